import { describe, expect, it } from 'vitest';
import { intentOf } from '../../../server/bot/intent';
import { TextAnalyzer } from '../../../server/bot/text/analyzer';
import { languageOf } from '../../../server/bot/text/language';

const intent = (locale: string, text: string) => {
  const language = languageOf(locale);
  return intentOf(language, text, TextAnalyzer.for(language).analyze(text));
};

describe('intent', () => {
  it('knows greetings in all ten locales', () => {
    const greetings: [string, string][] = [
      ['en', 'hi'],
      ['en', 'Hello!'],
      ['fr', 'bonjour'],
      ['fr', 'Salut !'],
      ['ar', 'مرحبا'],
      ['ar', 'السلام عليكم'],
      ['ko', '안녕하세요'],
      ['zh-CN', '你好'],
      ['zh-CN', '您好！'],
      ['es', 'hola'],
      ['es', 'buenas tardes'],
      ['de', 'hallo'],
      ['de', 'Guten Abend'],
      ['pt-BR', 'oi'],
      ['pt-BR', 'olá, boa noite'],
      ['ru', 'привет'],
      ['ru', 'добрый день'],
      ['tr', 'merhaba'],
      ['tr', 'selam'],
    ];
    for (const [locale, text] of greetings) expect(intent(locale, text), `${locale}: ${text}`).toBe('greeting');
  });

  it('knows "I want a person" in all ten locales', () => {
    const asks: [string, string][] = [
      ['en', 'I want a human'],
      ['en', 'can i talk to an agent'],
      ['en', 'real person please'],
      ['fr', 'je veux parler à un conseiller'],
      ['ar', 'اريد التحدث مع شخص حقيقي'],
      ['ar', 'ابغى اكلم موظف'],
      ['ko', '상담원 연결해 주세요'],
      ['zh-CN', '转人工'],
      ['zh-CN', '我要人工客服'],
      ['es', 'quiero hablar con una persona'],
      ['de', 'ich möchte mit einem Mitarbeiter sprechen'],
      ['pt-BR', 'quero falar com um atendente'],
      ['ru', 'позовите оператора'],
      ['ru', 'хочу поговорить с живым человеком'],
      ['tr', 'müşteri temsilcisi ile görüşmek istiyorum'],
    ];
    for (const [locale, text] of asks) expect(intent(locale, text), `${locale}: ${text}`).toBe('human');
  });

  it('sends harm, limits and self-exclusion to a person whatever else the message says', () => {
    expect(intent('en', 'hi, I think I have a gambling problem')).toBe('responsible-gambling');
    expect(intent('en', 'how do I set a deposit limit')).toBe('responsible-gambling');
    expect(intent('en', 'I need to take a break, please close my account')).toBe('responsible-gambling');
    expect(intent('en', 'I want a human, I cant stop gambling')).toBe('responsible-gambling');
    expect(intent('ar', 'عندي ادمان على القمار')).toBe('responsible-gambling'); // typed without hamza
    expect(intent('de', 'Ich möchte eine Selbstsperre')).toBe('responsible-gambling');
    expect(intent('zh-CN', '我想戒赌')).toBe('responsible-gambling');
  });

  it('calls a message without any casino word off-topic, and a casino question a question', () => {
    expect(intent('en', 'who won the champions league final')).toBe('off-topic');
    expect(intent('ru', 'какая погода в москве')).toBe('off-topic');
    expect(intent('en', 'hi, my withdrawal is still pending')).toBe('question');
    expect(intent('ko', '출금 얼마나 걸려요')).toBe('question');
  });
});
