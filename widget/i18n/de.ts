import type { Messages } from './messages';

const unread = (n: number) => (n === 1 ? '1 ungelesene Nachricht' : `${n} ungelesene Nachrichten`);

const de: Messages = {
  lang: 'de',
  dir: 'ltr',
  title: 'Casino-Support',
  subtitle: 'Wir antworten meist innerhalb weniger Minuten',
  minimize: 'Chat minimieren',
  transcript: 'Unterhaltung',
  you: 'Sie',
  agent: 'Support',
  bot: 'Assistent',
  system: 'Hinweis',
  composer: 'Nachricht',
  placeholder: 'Nachricht eingeben…',
  send: 'Senden',
  sending: 'Wird gesendet…',
  sent: 'Gesendet',
  seen: 'Gelesen',
  failed: 'Nicht gesendet',
  connecting: 'Verbindung wird hergestellt…',
  reconnecting: 'Verbindung wird wiederhergestellt…',
  unavailable: 'Der Chat ist gerade nicht verfügbar. Bitte laden Sie die Seite neu.',
  empty: 'Fragen Sie uns alles zu Ihrem Konto, zu Einzahlungen, Auszahlungen oder Boni.',
  topicPrompt: 'Worum geht es? (optional)',
  topics: {
    'account-access': 'Kontozugang',
    deposit: 'Einzahlung',
    withdrawal: 'Auszahlung',
    bonus: 'Bonus',
    kyc: 'Identitätsprüfung',
    'game-issue': 'Problem mit einem Spiel',
    'responsible-gambling': 'Verantwortungsvolles Spielen',
    complaint: 'Beschwerde',
    vip: 'VIP',
    other: 'Etwas anderes',
  },
  newTab: 'öffnet in einem neuen Tab',
  typing: (name) => (name ? `${name} schreibt…` : 'Der Support schreibt…'),
  unread,
  openWithUnread: (n) => `Chat öffnen, ${unread(n)}`,
  status(status, agentName) {
    switch (status) {
      case 'queued':
        return 'Wir verbinden Sie gleich mit dem Support…';
      case 'assigned':
        return agentName ? `${agentName} ist dem Chat beigetreten` : 'Der Support ist dem Chat beigetreten';
      case 'resolved':
        return 'Diese Unterhaltung wurde abgeschlossen. Schreiben Sie uns jederzeit wieder.';
      case 'missed':
        return 'Leider konnte niemand rechtzeitig antworten. Schreiben Sie uns erneut, wir kümmern uns darum.';
      case 'bot':
        return null;
    }
  },
  botIntro: 'Diese Artikel beantworten vielleicht Ihre Frage:',
  botSolved: 'Das hat geholfen',
  botHuman: 'Mit einer Person sprechen',
  botClosing: 'Schön, dass wir helfen konnten! Schreiben Sie uns jederzeit wieder.',
  articleLoading: 'Wird geladen…',
  articleFailed: 'Dieser Artikel konnte nicht geladen werden. Bitte versuchen Sie es erneut.',
  emailOffer: 'Gerade kann niemand antworten — hinterlassen Sie Ihre E-Mail-Adresse, und wir antworten Ihnen dort.',
  emailLabel: 'Ihre E-Mail-Adresse',
  emailSave: 'E-Mail speichern',
  emailSaved: (email) => `Wir antworten Ihnen an ${email}.`,
  emailHeld: (email) => `Schreiben Sie jetzt Ihre Frage; wir antworten Ihnen an ${email}.`,
  rateTitle: 'Wie zufrieden waren Sie mit unserer Hilfe?',
  rateStar: (n) => `${n} von 5`,
  rateComment: 'Möchten Sie etwas ergänzen? (optional)',
  rateSend: 'Bewertung senden',
  rateThanks: 'Vielen Dank für Ihr Feedback!',
  transcriptSend: 'Gesprächsverlauf per E-Mail senden',
  transcriptSent: (email) => `Gesprächsverlauf an ${email} gesendet.`,
  requestFailed: 'Das hat nicht geklappt. Bitte versuchen Sie es gleich noch einmal.',
  attach: 'Datei anhängen',
  uploading: 'Wird hochgeladen…',
  attachTooLarge: 'Dateien dürfen höchstens 10 MB groß sein.',
  attachWrongType: 'Nur Bilder (PNG, JPEG, WebP) und PDF-Dateien können gesendet werden.',
};

export default de;
