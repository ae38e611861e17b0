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
};

export default en;
