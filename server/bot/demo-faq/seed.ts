import type { Store } from '../../store/store';
import type { BOT_LOCALES } from '../text/language';
import { DEMO_ARTICLES, type DemoTexts } from './articles';
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

export const DEMO_FAQ_TEXTS: Record<(typeof BOT_LOCALES)[number], DemoTexts> = { en, fr, ar, ko, 'zh-CN': zhCN, es, de, 'pt-BR': ptBR, ru, tr };

/**
 * Give the demo site its FAQ, in the ten widget locales, when it has none.
 * Once a site has articles they are its admins' to edit and delete: a restart
 * never brings back one they removed. Returns how many articles were added.
 */
export async function seedDemoFaq(store: Store, now: number, siteId = 'demo'): Promise<number> {
  if ((await store.faq.list(siteId)).length > 0) return 0;
  for (const { id, topic } of DEMO_ARTICLES) {
    const translations = Object.entries(DEMO_FAQ_TEXTS).map(([locale, texts]) => ({ locale, ...texts[id], updatedAt: now }));
    await store.faq.save({ siteId, id, topic, createdAt: now, updatedAt: now, translations });
  }
  return DEMO_ARTICLES.length;
}
