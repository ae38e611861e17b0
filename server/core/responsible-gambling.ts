/**
 * Messages that signal gambling harm or ask for limits or self-exclusion, in
 * the widget's locales. A match marks the conversation `rg`: front of the
 * queue, agents with the responsible-gambling skill, never the bot alone.
 * Deliberately broad: a false positive costs a priority slot, a miss costs a
 * person in trouble.
 */
const PATTERNS: RegExp[] = [
  // English
  /\b(self[- ]?exclu\w*|exclude myself|close my account for good|gambling problem|problem gambl\w*|addict\w*|can(?:'?t|not|no) stop (gambling|playing|betting)|lost everything|deposit limit|loss limit|cool[- ]?off|take a break from gambling|suicid\w*|kill myself)\b/i,
  // French
  /(auto[- ]?exclu\w*|m'exclure|interdiction de jeu|probl[eè]me de jeu|d[ée]pendan\w*|accro au jeu|limite de d[ée]p[oô]t|je ne peux (plus )?m'arr[eê]ter)/i,
  // Spanish / Portuguese
  /(autoexclu\w*|auto[- ]?exclus\w*|adicci[oó]n|v[ií]cio em jogo|viciad\w*|l[ií]mite de dep[oó]sito|problema con el juego|problema com jogo)/i,
  // German
  /(selbstsperr\w*|spielsucht|s[üu]chtig|einzahlungslimit|sperren sie mein konto)/i,
  // Russian
  /(самоисключ\w*|игров\w* зависимост\w*|лудоман\w*|лимит депозит\w*|не могу остановиться)/i,
  // Turkish
  /(kendimi hari[cç] tut|kumar ba[gğ][iı]ml\w*|yat[iı]r[iı]m limiti)/i,
  // Arabic
  /(إدمان|الإدمان|استبعاد نفسي|الاستبعاد الذاتي|حد الإيداع|مشكلة قمار)/,
  // Korean
  /(도박 중독|중독|자기 배제|입금 한도|이용 제한)/,
  // Chinese
  /(赌博成瘾|上瘾|自我排除|自我禁止|存款限额|戒赌)/,
  // As players type them: Arabic without hamza or taa marbuta; asking for help or saying they cannot stop, in plain words.
  /(ادمان|مدمن|ما اقدر اوقف|لا استطيع التوقف|حد الايداع|حد للايداع|مشكله مع القمار|مشكلة مع القمار)/,
  /\b(help with (my )?gambling|gambling (is )?out of control|can'?t control my gambling|block me from (playing|gambling))\b/i,
  /(no puedo parar de (jugar|apostar)|n[aã]o consigo parar de (jogar|apostar)|kann nicht (mehr )?aufh[öo]ren,? zu spielen|kumar sorun\w*|赌瘾|控制不住自己)/i,
];

export function signalsResponsibleGambling(text: string): boolean {
  const normalized = text.normalize('NFKC');
  return PATTERNS.some((pattern) => pattern.test(normalized));
}
