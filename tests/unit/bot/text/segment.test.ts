import { describe, expect, it } from 'vitest';
import { bigrams, cleanWord, segmentWords } from '../../../../server/bot/text/segment';

describe('word segmentation', () => {
  it('splits Chinese written without spaces into dictionary words with Intl.Segmenter', () => {
    const words = segmentWords('zh', '忘记密码了怎么办');
    expect(words).toContain('忘记');
    expect(words).toContain('密码');
    expect(words).toContain('怎么');
  });

  it('keeps Latin words in a Chinese message whole', () => {
    expect(segmentWords('zh', 'bonus 流水多少倍')).toEqual(expect.arrayContaining(['bonus', '流水', '多少']));
  });

  it('gives character pairs, so a word split differently in the article and the question still meets', () => {
    expect(bigrams('提款申请')).toEqual(['提款', '款申', '申请']);
    expect(bigrams('출금이')).toEqual(['출금', '금이']);
    expect(bigrams('出金')).toEqual([]);
  });

  it('drops French elisions, Turkish suffix apostrophes and English contraction marks', () => {
    expect(segmentWords('fr', "j'ai oublié l'accès")).toEqual(['ai', 'oublié', 'accès']);
    expect(cleanWord('tr', "kasa'da")).toBe('kasa');
    expect(cleanWord('en', 'didn’t')).toBe('didnt');
  });

  it('leaves out amounts and other tokens without a letter', () => {
    expect(segmentWords('en', 'deposited 50 eur on 12/03, 35x')).toEqual(['deposited', 'eur', 'on', '35x']);
  });
});
