import type { ConversationStatus, Topic } from '../../protocol';

export const TOPIC_LABELS: Record<Topic, string> = {
  'account-access': 'Account access',
  deposit: 'Deposit',
  withdrawal: 'Withdrawal',
  bonus: 'Bonus',
  kyc: 'KYC',
  'game-issue': 'Game issue',
  'responsible-gambling': 'Responsible gambling',
  complaint: 'Complaint',
  vip: 'VIP',
  other: 'Other',
};

export const STATUS_LABELS: Record<ConversationStatus, string> = {
  bot: 'With the bot',
  queued: 'Queued',
  assigned: 'Assigned',
  resolved: 'Resolved',
  missed: 'Missed',
};
