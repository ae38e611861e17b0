import { describe, expect, it } from 'vitest';
import { chunks, chunksByParameters, LARGEST_SHAPE, padToShape, PARAMETERS_PER_STATEMENT, shapedParts } from '../../../server/store/statement-shapes';

describe('statement shapes', () => {
  it('pads a list to the next power of two with the pad value, and leaves a power of two alone', () => {
    expect(padToShape(['a'], 'x')).toEqual(['a']);
    expect(padToShape(['a', 'b', 'c'], 'x')).toEqual(['a', 'b', 'c', 'x']);
    expect(padToShape(['a', 'b', 'c', 'd', 'e'], 'x')).toHaveLength(8);
    expect(padToShape([1, 2, 3, 4], 0)).toEqual([1, 2, 3, 4]);
  });

  it('cuts an unpaddable list into power-of-two parts, largest first, keeping every item once and in order', () => {
    const items = Array.from({ length: 2 * LARGEST_SHAPE + 13 }, (_, i) => i);
    const parts = shapedParts(items);
    expect(parts.map((p) => p.length)).toEqual([LARGEST_SHAPE, LARGEST_SHAPE, 8, 4, 1]);
    expect(parts.flat()).toEqual(items);
    expect(shapedParts([])).toEqual([]);
  });

  it('keeps every statement under the parameter budget', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => i);
    const parts = chunksByParameters(rows, 10);
    expect(parts.every((p) => p.length * 10 <= PARAMETERS_PER_STATEMENT)).toBe(true);
    expect(parts.flat()).toEqual(rows);
    expect(chunks([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
  });
});
