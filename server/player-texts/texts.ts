import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ko } from './ko';
import { ptBR } from './pt-BR';
import { ru } from './ru';
import { tr } from './tr';
import { zhCN } from './zh-CN';

/**
 * Every sentence the relay itself writes to a player (in the chat, or by
 * mail), in the conversation's language. One file per locale, as the
 * widget's catalogs; en.ts is the reference and the fallback for a locale
 * we do not have, or a key one lacks.
 */
export interface PlayerTexts {
  /** BCP 47 tag, for the mails' `lang` and Intl formatting. */
  lang: string;
  dir: 'ltr' | 'rtl';

  /** In the chat, to a player whose words signal gambling harm, while a person is found. */
  responsibleGamblingHelp: string;
  /** In the chat, when the chat goes up to a senior colleague. */
  seniorJoining: string;
  /** In the chat, when an agent hands the chat to a colleague. */
  transferring: string;
  /** The bot's message beside its article cards (the widget shows its own words; transcripts and agents read this). */
  suggestedArticles(titles: string): string;

  /** The email fallback: the first answer, mailed. */
  answeredSubject(siteName: string, agentName: string): string;
  answeredIntro(agentName: string, siteName: string): string;
  answeredReplyHint(siteName: string): string;
  /** The email fallback: the address was taken, the answer will come there. */
  offlineSubject(siteName: string): string;
  offlineBody(siteName: string): string;
  /** "Email me the transcript". */
  transcriptSubject(siteName: string): string;
  transcriptHeading(siteName: string): string;
  you: string;
  agent: string;
  assistant: string;
  notice: string;
  /** The last line of every mail, naming the conversation for support staff. */
  conversationRef(id: string): string;
}

export const PLAYER_TEXT_LOCALES = ['en', 'fr', 'ar', 'ko', 'zh-CN', 'es', 'de', 'pt-BR', 'ru', 'tr'] as const;

const catalogs: Record<string, PlayerTexts> = { en, fr, ar, ko, 'zh-cn': zhCN, zh: zhCN, es, de, 'pt-br': ptBR, pt: ptBR, ru, tr };

/** The most specific catalog for a conversation's locale ("pt-BR", "fr-CA", "zh-Hans-CN"), English for anything else; missing keys read English. */
export function playerTexts(locale: string | null | undefined): PlayerTexts {
  const tag = (locale ?? '').toLowerCase().replace(/_/g, '-');
  const catalog = catalogs[tag] ?? catalogs[tag.split('-')[0] ?? ''];
  return catalog && catalog !== en ? { ...en, ...catalog } : en;
}
