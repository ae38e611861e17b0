import type { PlayerTexts } from './texts';

export const ptBR: PlayerTexts = {
  lang: 'pt-BR',
  dir: 'ltr',
  responsibleGamblingHelp:
    'Você não está sozinho, e fez bem em pedir ajuda. Um especialista da nossa equipe está entrando na conversa agora. ' +
    'Você pode definir limites de depósito, fazer uma pausa ou se autoexcluir a qualquer momento nas configurações da sua conta. ' +
    'Ajuda gratuita e confidencial 24 horas: Jogadores Anônimos no mundo todo, e BeGambleAware.org e GamCare no Reino Unido.',
  seniorJoining: 'Um colega mais experiente está entrando para ajudar com isso. Obrigado pela paciência.',
  transferring: 'Estamos conectando você com o colega que melhor pode ajudar com isso. Sua conversa continua aqui mesmo.',
  suggestedArticles: (titles) => `Artigos sugeridos: ${titles}`,
  answeredSubject: (site, agent) => `Suporte ${site}: ${agent} respondeu à sua pergunta`,
  answeredIntro: (agent, site) => `${agent}, do suporte ${site}, escreveu:`,
  answeredReplyHint: (site) => `Para responder, abra o chat em ${site} novamente.`,
  offlineSubject: (site) => `Suporte ${site}: recebemos sua pergunta`,
  offlineBody: (site) =>
    `Obrigado por escrever ao suporte ${site}. Ninguém pôde responder na hora, então a primeira resposta à sua pergunta será enviada para este endereço. ` +
    `Você também pode abrir o chat em ${site} novamente a qualquer momento para lê-la lá.`,
  transcriptSubject: (site) => `Suporte ${site}: a transcrição do seu chat`,
  transcriptHeading: (site) => `Sua conversa com o suporte ${site}`,
  you: 'Você',
  agent: 'Atendente',
  assistant: 'Assistente',
  notice: 'Aviso',
  conversationRef: (id) => `(Conversa ${id})`,
};
