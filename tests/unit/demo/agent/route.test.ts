import { describe, expect, it } from 'vitest';
import { conversationHref, conversationIdFromHash } from '../../../../demo/agent/route';

describe('conversation route', () => {
  it('round-trips ids, including characters that need escaping', () => {
    for (const id of ['c1', 'V1StGXR8_Z5jdHi6B-myT', 'a/b c']) {
      expect(conversationIdFromHash(conversationHref(id))).toBe(id);
    }
  });

  it('ignores anything that is not a conversation link', () => {
    expect(conversationIdFromHash('')).toBeNull();
    expect(conversationIdFromHash('#/')).toBeNull();
    expect(conversationIdFromHash('#/c/')).toBeNull();
    expect(conversationIdFromHash('#/c/%E0%A4%A')).toBeNull();
  });
});
