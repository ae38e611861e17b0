import type { BotLanguage } from '../text/language';
import { ar } from './ar';
import type { Lexicon } from './concepts';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ko } from './ko';
import { pt } from './pt';
import { ru } from './ru';
import { tr } from './tr';
import { zh } from './zh';

export const LEXICONS: Record<BotLanguage, Lexicon> = { en, fr, ar, ko, zh, es, de, pt, ru, tr };
