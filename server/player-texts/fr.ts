import type { PlayerTexts } from './texts';

export const fr: PlayerTexts = {
  lang: 'fr',
  dir: 'ltr',
  responsibleGamblingHelp:
    'Vous n’êtes pas seul, et vous avez bien fait d’en parler. Un spécialiste de notre équipe vous rejoint maintenant. ' +
    'Vous pouvez à tout moment fixer des limites de dépôt, faire une pause ou vous auto-exclure dans les paramètres de votre compte. ' +
    'Une aide gratuite et confidentielle est disponible 24 h/24 et 7 j/7 : Joueurs Info Service (09 74 75 13 13), ' +
    'BeGambleAware.org et GamCare (Royaume-Uni), Gamblers Anonymous dans le monde entier.',
  seniorJoining: 'Un collègue expérimenté nous rejoint pour vous aider. Merci de votre patience.',
  transferring: 'Nous vous mettons en relation avec le collègue le mieux placé pour vous aider. Votre conversation reste ici.',
  suggestedArticles: (titles) => `Articles suggérés : ${titles}`,
  answeredSubject: (site, agent) => `Support ${site} : ${agent} a répondu à votre question`,
  answeredIntro: (agent, site) => `${agent}, du support ${site}, a écrit :`,
  answeredReplyHint: (site) => `Pour répondre, rouvrez le chat sur ${site}.`,
  offlineSubject: (site) => `Support ${site} : nous avons bien reçu votre question`,
  offlineBody: (site) =>
    `Merci d’avoir écrit au support ${site}. Personne n’a pu répondre tout de suite : la première réponse à votre question sera envoyée à cette adresse. ` +
    `Vous pouvez aussi rouvrir le chat sur ${site} à tout moment pour la lire.`,
  transcriptSubject: (site) => `Support ${site} : la transcription de votre conversation`,
  transcriptHeading: (site) => `Votre conversation avec le support ${site}`,
  you: 'Vous',
  agent: 'Conseiller',
  assistant: 'Assistant',
  notice: 'Information',
  conversationRef: (id) => `(Conversation ${id})`,
};
