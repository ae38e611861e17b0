import { describe, expect, it } from 'vitest';
import { frameWithoutNul, withoutNul } from '../../../server/edge/without-nul';

describe('NUL characters at the JSON edge', () => {
  it('drops NUL from every string of a frame, nested too, and leaves other frames untouched', () => {
    const raw = JSON.stringify({ type: 'send', id: 'a\u0000b', text: 'x\u0000y', nested: [{ deep: '\u0000' }] });
    expect(JSON.parse(frameWithoutNul(raw))).toEqual({ type: 'send', id: 'ab', text: 'xy', nested: [{ deep: '' }] });
    const plain = '{"type":"send","text":"a literal \\\\u0000 stays"}';
    expect(JSON.parse(frameWithoutNul(plain)).text).toBe('a literal \\u0000 stays');
    expect(frameWithoutNul('{"type":"ping"}')).toBe('{"type":"ping"}');
    expect(frameWithoutNul('{not json \\u0000')).toBe('{not json \\u0000');
  });

  it('works as the reviver of a REST body', () => {
    expect(JSON.parse('{"title":"a\\u0000b","n":1}', withoutNul)).toEqual({ title: 'ab', n: 1 });
  });
});
