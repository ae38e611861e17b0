import type { PlayerTexts } from './texts';

export const de: PlayerTexts = {
  lang: 'de',
  dir: 'ltr',
  responsibleGamblingHelp:
    'Sie sind nicht allein, und es war richtig, sich zu melden. Ein Spezialist aus unserem Team ist jetzt für Sie da. ' +
    'Sie können jederzeit in Ihren Kontoeinstellungen Einzahlungslimits festlegen, eine Pause einlegen oder sich selbst sperren. ' +
    'Kostenlose, vertrauliche Hilfe rund um die Uhr: die Anonymen Spieler (Gamblers Anonymous) weltweit, ' +
    'BeGambleAware.org und GamCare (Großbritannien).',
  seniorJoining: 'Ein erfahrener Kollege kommt dazu, um Ihnen dabei zu helfen. Vielen Dank für Ihre Geduld.',
  transferring: 'Wir verbinden Sie mit einem Kollegen, der Ihnen dabei am besten helfen kann. Ihr Gespräch bleibt hier erhalten.',
  suggestedArticles: (titles) => `Vorgeschlagene Artikel: ${titles}`,
  answeredSubject: (site, agent) => `${site}-Support: ${agent} hat Ihre Frage beantwortet`,
  answeredIntro: (agent, site) => `${agent} vom ${site}-Support schrieb:`,
  answeredReplyHint: (site) => `Um zu antworten, öffnen Sie den Chat auf ${site} erneut.`,
  offlineSubject: (site) => `${site}-Support: Ihre Frage ist bei uns angekommen`,
  offlineBody: (site) =>
    `Danke für Ihre Nachricht an den ${site}-Support. Gerade konnte niemand sofort antworten, daher senden wir die erste Antwort auf Ihre Frage an diese Adresse. ` +
    `Sie können den Chat auf ${site} auch jederzeit erneut öffnen und sie dort lesen.`,
  transcriptSubject: (site) => `${site}-Support: Ihr Chatverlauf`,
  transcriptHeading: (site) => `Ihr Gespräch mit dem ${site}-Support`,
  you: 'Sie',
  agent: 'Mitarbeiter',
  assistant: 'Assistent',
  notice: 'Hinweis',
  conversationRef: (id) => `(Gespräch ${id})`,
};
