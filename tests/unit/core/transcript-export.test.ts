import { describe, expect, it } from 'vitest';
import { csv, csvCell } from '../../../server/core/transcript-export';

describe('CSV export', () => {
  it('quotes what needs quoting and keeps a would-be formula as text', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    // Numbers the export writes itself are numbers, not text.
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csv([['a', 1], ['b', null]])).toBe('a,1\r\nb,\r\n');
  });
});
