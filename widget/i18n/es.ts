import type { Messages } from './messages';

const unread = (n: number) => (n === 1 ? '1 mensaje sin leer' : `${n} mensajes sin leer`);

const es: Messages = {
  lang: 'es',
  dir: 'ltr',
  title: 'Atención al cliente del casino',
  subtitle: 'Solemos responder en pocos minutos',
  minimize: 'Minimizar el chat',
  transcript: 'Conversación',
  you: 'Tú',
  agent: 'Agente',
  bot: 'Asistente',
  system: 'Aviso',
  composer: 'Mensaje',
  placeholder: 'Escribe tu mensaje…',
  send: 'Enviar',
  sending: 'Enviando…',
  sent: 'Enviado',
  seen: 'Visto',
  failed: 'No enviado',
  connecting: 'Conectando…',
  reconnecting: 'Reconectando…',
  unavailable: 'El chat no está disponible en este momento. Vuelve a cargar la página.',
  empty: 'Pregúntanos lo que quieras sobre tu cuenta, depósitos, retiros o bonos.',
  topicPrompt: '¿De qué se trata? (opcional)',
  topics: {
    'account-access': 'Acceso a la cuenta',
    deposit: 'Depósito',
    withdrawal: 'Retiro',
    bonus: 'Bono',
    kyc: 'Verificación de identidad',
    'game-issue': 'Problema con un juego',
    'responsible-gambling': 'Juego responsable',
    complaint: 'Reclamación',
    vip: 'VIP',
    other: 'Otro tema',
  },
  newTab: 'se abre en una pestaña nueva',
  typing: (name) => `${name ?? 'El agente'} está escribiendo…`,
  unread,
  openWithUnread: (n) => `Abrir el chat, ${unread(n)}`,
  status(status, agentName) {
    switch (status) {
      case 'queued':
        return 'Esperando a un agente…';
      case 'assigned':
        return `${agentName ?? 'Un agente'} se ha unido`;
      case 'resolved':
        return 'Esta conversación se ha resuelto. Escríbenos cuando quieras.';
      case 'missed':
        return 'Ningún agente pudo responder a tiempo. Vuelve a escribirnos y te atenderemos.';
      case 'bot':
        return null;
    }
  },
  botIntro: 'Estos artículos pueden responder a tu pregunta:',
  botSolved: 'Esto lo ha resuelto',
  botHuman: 'Hablar con una persona',
  botClosing: '¡Nos alegra haberte ayudado! Escríbenos cuando quieras.',
  articleLoading: 'Cargando…',
  articleFailed: 'No se pudo cargar este artículo. Inténtalo de nuevo.',
  emailOffer: 'Ahora mismo no hay nadie disponible — déjanos tu correo y te responderemos allí.',
  emailLabel: 'Tu correo electrónico',
  emailSave: 'Guardar correo',
  emailSaved: (email) => `Te responderemos a ${email}.`,
  emailHeld: (email) => `Escribe ahora tu pregunta; te responderemos a ${email}.`,
  rateTitle: '¿Qué te ha parecido nuestra ayuda?',
  rateStar: (n) => `${n} de 5`,
  rateComment: '¿Algo que añadir? (opcional)',
  rateSend: 'Enviar valoración',
  rateThanks: '¡Gracias por tu opinión!',
  transcriptSend: 'Enviarme la conversación por correo',
  transcriptSent: (email) => `Conversación enviada a ${email}.`,
  requestFailed: 'No ha funcionado. Inténtalo de nuevo en un momento.',
  attach: 'Adjuntar un archivo',
  uploading: 'Subiendo…',
  attachTooLarge: 'Los archivos pueden ocupar como máximo 10 MB.',
  attachWrongType: 'Solo se pueden enviar imágenes (PNG, JPEG, WebP) y archivos PDF.',
};

export default es;
