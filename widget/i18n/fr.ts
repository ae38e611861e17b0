import type { Messages } from './messages';

const unread = (n: number) => (n <= 1 ? `${n} message non lu` : `${n} messages non lus`);

const fr: Messages = {
  lang: 'fr',
  dir: 'ltr',
  title: 'Support du casino',
  subtitle: 'Nous répondons généralement en quelques minutes',
  minimize: 'Réduire la discussion',
  transcript: 'Conversation',
  you: 'Vous',
  agent: 'Conseiller',
  bot: 'Assistant',
  system: 'Information',
  composer: 'Message',
  placeholder: 'Écrivez votre message…',
  send: 'Envoyer',
  sending: 'Envoi…',
  sent: 'Envoyé',
  seen: 'Vu',
  failed: 'Non envoyé',
  connecting: 'Connexion…',
  reconnecting: 'Reconnexion…',
  unavailable: 'La discussion est indisponible pour le moment. Veuillez recharger la page.',
  empty: 'Posez-nous vos questions sur votre compte, vos dépôts, vos retraits ou vos bonus.',
  // French puts a narrow no-break space before a question mark.
  topicPrompt: 'De quoi s’agit-il\u202f? (facultatif)',
  topics: {
    'account-access': 'Accès au compte',
    deposit: 'Dépôt',
    withdrawal: 'Retrait',
    bonus: 'Bonus',
    kyc: 'Vérification d’identité',
    'game-issue': 'Problème de jeu',
    'responsible-gambling': 'Jeu responsable',
    complaint: 'Réclamation',
    vip: 'VIP',
    other: 'Autre chose',
  },
  newTab: 's’ouvre dans un nouvel onglet',
  typing: (name) => `${name ?? 'Le conseiller'} est en train d’écrire…`,
  unread,
  openWithUnread: (n) => `Ouvrir la discussion, ${unread(n)}`,
  status(status, agentName) {
    switch (status) {
      case 'queued':
        return 'En attente d’un conseiller…';
      case 'assigned':
        return `${agentName ?? 'Un conseiller'} a rejoint la discussion`;
      case 'resolved':
        return 'Cette conversation est terminée. Écrivez-nous à tout moment.';
      case 'missed':
        return 'Aucun conseiller n’a pu répondre à temps. Écrivez-nous de nouveau et nous vous répondrons.';
      case 'bot':
        return null;
    }
  },
  botIntro: 'Ces articles peuvent répondre à votre question\u202f:',
  botSolved: 'Cela a résolu mon problème',
  botHuman: 'Parler à un conseiller',
  botClosing: 'Ravis d’avoir pu vous aider\u202f! Écrivez-nous quand vous voulez.',
  articleLoading: 'Chargement…',
  articleFailed: 'Impossible de charger cet article. Veuillez réessayer.',
  emailOffer: 'Personne ne peut vous répondre pour le moment — laissez votre e-mail et nous vous répondrons par e-mail.',
  emailLabel: 'Votre e-mail',
  emailSave: 'Enregistrer l’e-mail',
  emailSaved: (email) => `Nous vous répondrons à ${email}.`,
  emailHeld: (email) => `Écrivez maintenant votre question\u202f; nous vous répondrons à ${email}.`,
  rateTitle: 'Qu’avez-vous pensé de notre aide\u202f?',
  rateStar: (n) => `${n} sur 5`,
  rateComment: 'Un commentaire\u202f? (facultatif)',
  rateSend: 'Envoyer la note',
  rateThanks: 'Merci pour votre avis\u202f!',
  transcriptSend: 'M’envoyer la conversation par e-mail',
  transcriptSent: (email) => `Conversation envoyée à ${email}.`,
  requestFailed: 'Cela n’a pas fonctionné. Veuillez réessayer dans un instant.',
  attach: 'Joindre un fichier',
  uploading: 'Envoi du fichier…',
  attachTooLarge: 'Un fichier ne peut pas dépasser 10 Mo.',
  attachWrongType: 'Seuls les images (PNG, JPEG, WebP) et les fichiers PDF peuvent être envoyés.',
};

export default fr;
