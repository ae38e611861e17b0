import { describe, expect, it } from 'vitest';
import { AddressSockets } from '../../../server/gateway/address-sockets';

describe('AddressSockets', () => {
  it('admits up to the bound per address and frees a slot on close', () => {
    const counts = new AddressSockets(2);
    expect([counts.tryOpen('a'), counts.tryOpen('a'), counts.tryOpen('a'), counts.tryOpen('b')]).toEqual([true, true, false, true]);
    counts.closed('a');
    expect(counts.tryOpen('a')).toBe(true);
    counts.closed('b');
    expect(counts.count('b')).toBe(0);
  });
});
