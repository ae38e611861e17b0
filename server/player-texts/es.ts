import type { PlayerTexts } from './texts';

export const es: PlayerTexts = {
  lang: 'es',
  dir: 'ltr',
  responsibleGamblingHelp:
    'No estás solo, e hiciste bien en pedir ayuda. Un especialista de nuestro equipo se une a la conversación ahora. ' +
    'Puedes fijar límites de depósito, tomarte un descanso o autoexcluirte en cualquier momento desde la configuración de tu cuenta. ' +
    'Hay ayuda gratuita y confidencial las 24 horas: Jugadores Anónimos en todo el mundo, y BeGambleAware.org y GamCare en el Reino Unido.',
  seniorJoining: 'Un compañero con más experiencia se une para ayudarte con esto. Gracias por tu paciencia.',
  transferring: 'Te estamos conectando con el compañero que mejor puede ayudarte con esto. Tu conversación sigue aquí mismo.',
  suggestedArticles: (titles) => `Artículos sugeridos: ${titles}`,
  answeredSubject: (site, agent) => `Soporte de ${site}: ${agent} respondió a tu pregunta`,
  answeredIntro: (agent, site) => `${agent}, del soporte de ${site}, escribió:`,
  answeredReplyHint: (site) => `Para responder, vuelve a abrir el chat en ${site}.`,
  offlineSubject: (site) => `Soporte de ${site}: hemos recibido tu pregunta`,
  offlineBody: (site) =>
    `Gracias por escribir al soporte de ${site}. Nadie pudo responder en ese momento, así que la primera respuesta a tu pregunta llegará a esta dirección. ` +
    `También puedes volver a abrir el chat en ${site} cuando quieras para leerla allí.`,
  transcriptSubject: (site) => `Soporte de ${site}: la transcripción de tu chat`,
  transcriptHeading: (site) => `Tu conversación con el soporte de ${site}`,
  you: 'Tú',
  agent: 'Agente',
  assistant: 'Asistente',
  notice: 'Aviso',
  conversationRef: (id) => `(Conversación ${id})`,
};
