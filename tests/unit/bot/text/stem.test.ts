import { describe, expect, it } from 'vitest';
import { stem } from '../../../../server/bot/text/stem';

describe('light stemming', () => {
  it('meets singular and plural, and common verb endings', () => {
    expect(stem('en', 'withdrawals')).toBe(stem('en', 'withdrawal'));
    expect(stem('en', 'deposited')).toBe('deposit');
    expect(stem('fr', 'retraits')).toBe(stem('fr', 'retrait'));
    expect(stem('es', 'retiros')).toBe(stem('es', 'retiro'));
    expect(stem('de', 'auszahlungen')).toBe(stem('de', 'auszahlung'));
    expect(stem('ru', 'выводом')).toBe(stem('ru', 'вывод'));
  });

  it('takes the first five letters of Turkish words, which stack suffixes', () => {
    expect(stem('tr', 'yatirdigim')).toBe(stem('tr', 'yatirim'));
  });

  it('strips the Arabic article and attached prepositions, and Korean particles', () => {
    expect(stem('ar', 'بالرصيد')).toBe(stem('ar', 'رصيد'));
    expect(stem('ar', 'والسحب')).toBe('سحب');
    expect(stem('ko', '출금이')).toBe('출금');
    expect(stem('ko', '비밀번호를')).toBe('비밀번호');
  });
});
