import type { Messages } from './messages';

const unread = (n: number) => (n === 1 ? '1 mensagem não lida' : `${n} mensagens não lidas`);

const ptBR: Messages = {
  lang: 'pt-BR',
  dir: 'ltr',
  title: 'Suporte do cassino',
  subtitle: 'Costumamos responder em poucos minutos',
  minimize: 'Minimizar o chat',
  transcript: 'Conversa',
  you: 'Você',
  agent: 'Atendente',
  bot: 'Assistente',
  system: 'Aviso',
  composer: 'Mensagem',
  placeholder: 'Digite sua mensagem…',
  send: 'Enviar',
  sending: 'Enviando…',
  sent: 'Enviada',
  seen: 'Vista',
  failed: 'Não enviada',
  connecting: 'Conectando…',
  reconnecting: 'Reconectando…',
  unavailable: 'O chat está indisponível no momento. Recarregue a página.',
  empty: 'Pergunte o que quiser sobre sua conta, depósitos, saques ou bônus.',
  topicPrompt: 'Sobre o que é? (opcional)',
  topics: {
    'account-access': 'Acesso à conta',
    deposit: 'Depósito',
    withdrawal: 'Saque',
    bonus: 'Bônus',
    kyc: 'Verificação de identidade',
    'game-issue': 'Problema em um jogo',
    'responsible-gambling': 'Jogo responsável',
    complaint: 'Reclamação',
    vip: 'VIP',
    other: 'Outro assunto',
  },
  newTab: 'abre em uma nova aba',
  typing: (name) => `${name ?? 'O atendente'} está digitando…`,
  unread,
  openWithUnread: (n) => `Abrir o chat, ${unread(n)}`,
  status(status, agentName) {
    switch (status) {
      case 'queued':
        return 'Aguardando um atendente…';
      case 'assigned':
        return `${agentName ?? 'Um atendente'} entrou na conversa`;
      case 'resolved':
        return 'Esta conversa foi resolvida. Escreva quando quiser.';
      case 'missed':
        return 'Nenhum atendente conseguiu responder a tempo. Escreva de novo e vamos atender você.';
      case 'bot':
        return null;
    }
  },
  botIntro: 'Estes artigos podem responder à sua pergunta:',
  botSolved: 'Isso resolveu',
  botHuman: 'Falar com uma pessoa',
  botClosing: 'Que bom que pudemos ajudar! Escreva quando quiser.',
  articleLoading: 'Carregando…',
  articleFailed: 'Não foi possível carregar este artigo. Tente novamente.',
  emailOffer: 'Ninguém pode responder agora — deixe seu e-mail e responderemos por lá.',
  emailLabel: 'Seu e-mail',
  emailSave: 'Salvar e-mail',
  emailSaved: (email) => `Responderemos para ${email}.`,
  emailHeld: (email) => `Agora escreva sua pergunta; responderemos para ${email}.`,
  rateTitle: 'Como foi o nosso atendimento?',
  rateStar: (n) => `${n} de 5`,
  rateComment: 'Quer acrescentar algo? (opcional)',
  rateSend: 'Enviar avaliação',
  rateThanks: 'Obrigado pela sua opinião!',
  transcriptSend: 'Enviar a conversa para o meu e-mail',
  transcriptSent: (email) => `Conversa enviada para ${email}.`,
  requestFailed: 'Não funcionou. Tente novamente em instantes.',
  attach: 'Anexar um arquivo',
  uploading: 'Enviando arquivo…',
  attachTooLarge: 'Os arquivos podem ter no máximo 10 MB.',
  attachWrongType: 'Só é possível enviar imagens (PNG, JPEG, WebP) e arquivos PDF.',
};

export default ptBR;
