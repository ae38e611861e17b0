import type { Messages } from './messages';

const unread = (n: number) => (n === 1 ? '1 unread message' : `${n} unread messages`);

export const en: Messages = {
  lang: 'en',
  dir: 'ltr',
  title: 'Casino support',
  subtitle: 'We usually answer in a few minutes',
  minimize: 'Minimize chat',
  transcript: 'Conversation',
  you: 'You',
  agent: 'Agent',
  bot: 'Assistant',
  system: 'Notice',
  composer: 'Message',
  placeholder: 'Type your message…',
  send: 'Send',
  sending: 'Sending…',
  sent: 'Sent',
  seen: 'Seen',
  failed: 'Not sent',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  unavailable: 'Chat is unavailable right now. Please reload the page.',
  empty: 'Ask us anything about your account, deposits, withdrawals or bonuses.',
  topicPrompt: 'What is it about? (optional)',
  topics: {
    'account-access': 'Account access',
    deposit: 'Deposit',
    withdrawal: 'Withdrawal',
    bonus: 'Bonus',
    kyc: 'Identity check',
    'game-issue': 'Game problem',
    'responsible-gambling': 'Safer gambling',
    complaint: 'Complaint',
    vip: 'VIP',
    other: 'Something else',
  },
  newTab: 'opens in a new tab',
  typing: (name) => `${name ?? 'The agent'} is typing…`,
  unread,
  openWithUnread: (n) => `Open chat, ${unread(n)}`,
  status(status, agentName) {
    switch (status) {
      case 'queued':
        return 'Waiting for an agent…';
      case 'assigned':
        return `${agentName ?? 'An agent'} joined`;
      case 'resolved':
        return 'This conversation was resolved. Write again any time.';
      case 'missed':
        return 'No agent could answer in time. Write again and we will pick it up.';
      case 'bot':
        return null;
    }
  },
  botIntro: 'These articles may answer your question:',
  botSolved: 'This solved it',
  botHuman: 'Talk to a person',
  botClosing: 'Glad we could help! Write again any time.',
  articleLoading: 'Loading…',
  articleFailed: 'This article could not be loaded. Please try again.',
  emailOffer: 'Nobody can answer right now — leave your email and we’ll reply there.',
  emailLabel: 'Your email',
  emailSave: 'Save email',
  emailSaved: (email) => `We’ll reply to ${email}.`,
  emailHeld: (email) => `Now write your question; we’ll reply to ${email}.`,
  rateTitle: 'How did we do?',
  rateStar: (n) => `${n} of 5`,
  rateComment: 'Anything to add? (optional)',
  rateSend: 'Send rating',
  rateThanks: 'Thank you for your feedback!',
  transcriptSend: 'Email me the transcript',
  transcriptSent: (email) => `Transcript sent to ${email}.`,
  requestFailed: 'That did not work. Please try again in a moment.',
  attach: 'Attach a file',
  uploading: 'Uploading…',
  attachTooLarge: 'Files can be at most 10 MB.',
  attachWrongType: 'Only images (PNG, JPEG, WebP) and PDF files can be sent.',
};

export default en;
