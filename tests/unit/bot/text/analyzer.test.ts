import { describe, expect, it } from 'vitest';
import { TextAnalyzer } from '../../../../server/bot/text/analyzer';
import type { BotLanguage } from '../../../../server/bot/text/language';

const concepts = (language: BotLanguage, text: string) => TextAnalyzer.for(language).analyze(text).concepts;

describe('synonyms: the words players use meet the words articles use', () => {
  it('reads cashout, payout, withdrawal and their typos as one thing', () => {
    for (const text of ['cashout', 'cash out my winnings', 'payout', 'withdrawl', 'withdrawal']) expect(concepts('en', text)).toContain('withdrawal');
  });

  it('reads pwd and password, verify and KYC, playthrough and wagering as the same', () => {
    expect(concepts('en', 'pwd reset')).toEqual(expect.arrayContaining(['password', 'reset']));
    expect(concepts('en', 'pasword')).toContain('password');
    expect(concepts('en', 'how do i verify')).toContain('kyc');
    expect(concepts('en', 'KYC')).toContain('kyc');
    expect(concepts('en', 'playthrough on the bonus')).toEqual(expect.arrayContaining(['wagering', 'bonus']));
  });

  it('does it in every widget language', () => {
    expect(concepts('fr', 'mon retrait')).toContain('withdrawal');
    expect(concepts('es', 'mi retiro')).toContain('withdrawal');
    expect(concepts('pt', 'meu saque')).toContain('withdrawal');
    expect(concepts('de', 'meine Auszahlungsanfrage')).toContain('withdrawal');
    expect(concepts('ru', 'вывод средств')).toContain('withdrawal');
    expect(concepts('tr', 'çekim talebim')).toContain('withdrawal');
    expect(concepts('ar', 'طلب السحب')).toContain('withdrawal');
    expect(concepts('ko', '출금이 안돼요')).toContain('withdrawal');
    expect(concepts('zh', '提现要多久')).toContain('withdrawal');
    expect(concepts('zh', '出款')).toContain('withdrawal');
  });

  it('finds concepts inside German compounds', () => {
    expect(concepts('de', 'Einzahlungslimit')).toEqual(expect.arrayContaining(['deposit', 'limit']));
    expect(concepts('de', 'Umsatzbedingungen')).toContain('wagering');
  });

  it('reads English mixed into another language, without guessing typos across languages', () => {
    expect(concepts('es', 'mi withdrawal sigue pending')).toEqual(expect.arrayContaining(['withdrawal', 'pending']));
    expect(concepts('zh', 'bonus 流水多少倍')).toEqual(expect.arrayContaining(['bonus', 'wagering']));
    // "poner" is Spanish for "to put", not a typo of "poker".
    expect(concepts('es', 'quiero poner una reclamacion')).toEqual(['complaint']);
  });

  it('matches a whole phrase before its words: free spins are not a bare spin', () => {
    expect(concepts('en', 'my free spins')).toEqual(['freespins']);
  });

  it('tolerates one typo in longer words but not a shortened prefix inside another word', () => {
    expect(concepts('en', 'withdrwal')).toContain('withdrawal');
    expect(concepts('en', 'cashout to visa')).not.toContain('fault'); // "cash|out" is not "crash"
    expect(concepts('en', 'does blackjack count')).not.toContain('locked'); // "black|jack" is not "block"
  });
});

describe('what the message is', () => {
  it('knows a message made of greetings and filler', () => {
    for (const [language, text] of [
      ['en', 'hello there, anyone around?'],
      ['pt', 'oi, tudo bem?'],
      ['ko', '안녕하세요~'],
      ['zh', '你好，在吗？'],
      ['ar', 'السلام عليكم'],
    ] as const) {
      expect(TextAnalyzer.for(language).analyze(text).greetingOnly, text).toBe(true);
    }
    expect(TextAnalyzer.for('en').analyze('hi, my deposit is missing').greetingOnly).toBe(false);
    expect(TextAnalyzer.for('zh').analyze('你好，提现要多久').greetingOnly).toBe(false);
  });

  it('finds Chinese words the dictionary does not know, between the function words', () => {
    // ICU splits 账号 (account) into two characters; the stretch between 被 and 了 is still a word.
    expect(TextAnalyzer.for('zh').analyze('账号被锁了').words).toEqual([['账号'], ['被锁', '锁了']]);
  });

  it('indexes Chinese and Korean by words and character pairs, each word counted once', () => {
    const zh = TextAnalyzer.for('zh').analyze('验证需要什么证件');
    expect(zh.terms).toEqual(expect.arrayContaining(['验证', '证件']));
    const ko = TextAnalyzer.for('ko').analyze('출금이 계속 대기중이에요');
    expect(ko.words.map((w) => w[0])).toEqual(['출금', '계속', '대기중이에']);
    expect(ko.terms).toEqual(expect.arrayContaining(['출금', '대기']));
  });
});
