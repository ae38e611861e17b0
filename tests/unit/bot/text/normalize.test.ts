import { describe, expect, it } from 'vitest';
import { foldLatin, normalizeArabic, normalizeText } from '../../../../server/bot/text/normalize';

describe('Arabic normalisation', () => {
  it('drops diacritics and tatweel, so vowelled and plain spellings meet', () => {
    expect(normalizeArabic('أُرِيدُ سَحْبَ')).toBe(normalizeArabic('اريد سحب'));
    expect(normalizeArabic('ســـحب')).toBe('سحب');
  });

  it('unifies alef with hamza or madda, alef maqsura, taa marbuta, hamza on waw and yeh', () => {
    expect(normalizeArabic('إيداع')).toBe('ايداع');
    expect(normalizeArabic('آمن')).toBe('امن');
    expect(normalizeArabic('شكوى')).toBe('شكوي');
    expect(normalizeArabic('مكافأة')).toBe('مكافاه');
    expect(normalizeArabic('مسؤول')).toBe('مسوول');
    expect(normalizeArabic('جائزة')).toBe('جايزه');
  });

  it('reads Persian yeh and kaf from some keyboards, and Arabic-Indic digits', () => {
    expect(normalizeArabic('یک')).toBe('يك');
    expect(normalizeArabic('٣٥ مرة')).toBe('35 مره');
  });
});

describe('accent folding and case', () => {
  it('folds French, Spanish, Portuguese, German and Turkish letters to what players type without accents', () => {
    expect(foldLatin('dépôt réinitialisé')).toBe('depot reinitialise');
    expect(foldLatin('contraseña verificación')).toBe('contrasena verificacion');
    expect(foldLatin('não saque cartão')).toBe('nao saque cartao');
    expect(foldLatin('auszahlung überweisung straße')).toBe('auszahlung uberweisung strasse');
    expect(foldLatin('şifremi çekim ığdır')).toBe('sifremi cekim igdir');
  });

  it('lowercases Turkish I as ı and İ as i, and folds both to i', () => {
    expect('KILIT'.toLocaleLowerCase('tr')).toBe('kılıt');
    expect(normalizeText('tr', 'KİLİT ŞİFRE')).toBe('kilit sifre');
    expect(normalizeText('tr', 'ÇEKIM')).toBe('cekim');
    // Outside Turkish, İ lowercases to i plus a combining dot, which folding removes.
    expect(normalizeText('en', 'İSTANBUL')).toBe('istanbul');
  });

  it('leaves Hangul, Han and Cyrillic letters alone (only ё becomes е)', () => {
    expect(normalizeText('ko', '출금 얼마나 걸려요')).toBe('출금 얼마나 걸려요');
    expect(normalizeText('zh', '提现要多久')).toBe('提现要多久');
    expect(normalizeText('ru', 'Ещё ВЫВОД')).toBe('еще вывод');
  });

  it('maps full-width forms to plain ones', () => {
    expect(normalizeText('zh', 'ＫＹＣ　ｂｏｎｕｓ')).toBe('kyc bonus');
  });
});
