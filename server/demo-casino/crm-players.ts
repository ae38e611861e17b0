import type { CrmLimit, CrmProfile, CrmTransaction } from '../../protocol';

/**
 * The demo casino's players as its CRM knows them. Times are relative to
 * "now" so the sidebar always shows recent activity. The seeded history
 * (server/demo-casino/history.ts) and the lobby's "Play as" menu use these ids.
 */
const DAY = 86_400_000;

interface DemoPlayer {
  id: string;
  name: string;
  locale: string;
  country: string;
  registeredDaysAgo: number;
  tier: number;
  currency: string;
  balance: number;
  bonus: number | null;
  kyc: CrmProfile['kyc']['status'];
  missing?: string[];
  /** [days ago, amount, method, status] */
  deposits: [number, number, string, CrmTransaction['status']][];
  withdrawals: [number, number, string, CrmTransaction['status']][];
  limits: CrmLimit[];
  exclusion?: { kind: 'cooling-off' | 'self-exclusion'; inDays: number | null };
}

export const VIP_LABELS = ['Standard', 'Bronze', 'Silver', 'Gold', 'Platinum'] as const;

export const DEMO_PLAYERS: readonly DemoPlayer[] = [
  {
    id: 'lucky-1001', name: 'Marco Rossi', locale: 'en', country: 'IT', registeredDaysAgo: 912, tier: 3, currency: 'EUR', balance: 2340.5, bonus: 50, kyc: 'verified',
    deposits: [[1, 500, 'Visa •••• 4242', 'completed'], [4, 1000, 'Skrill', 'completed'], [9, 250, 'Visa •••• 4242', 'completed']],
    withdrawals: [[2, 1200, 'Bank transfer', 'pending'], [16, 800, 'Skrill', 'completed']],
    limits: [{ kind: 'deposit', period: 'week', value: 2000, unit: 'EUR', used: 1750 }, { kind: 'loss', period: 'month', value: 5000, unit: 'EUR', used: 1320 }],
  },
  {
    id: 'lucky-1002', name: 'Sophie Martin', locale: 'fr', country: 'FR', registeredDaysAgo: 21, tier: 0, currency: 'EUR', balance: 35.2, bonus: 10, kyc: 'pending', missing: ['Proof of address'],
    deposits: [[3, 20, 'Paysafecard', 'completed'], [6, 20, 'Paysafecard', 'completed']],
    withdrawals: [[1, 50, 'Visa •••• 1881', 'failed']],
    limits: [{ kind: 'deposit', period: 'day', value: 50, unit: 'EUR', used: 0 }],
  },
  {
    id: 'lucky-1003', name: 'Lucas Oliveira', locale: 'pt-BR', country: 'BR', registeredDaysAgo: 240, tier: 1, currency: 'BRL', balance: 410, bonus: null, kyc: 'verified',
    deposits: [[0, 200, 'Pix', 'completed'], [7, 150, 'Pix', 'completed'], [12, 100, 'Pix', 'cancelled']],
    withdrawals: [[5, 600, 'Pix', 'completed']],
    limits: [],
  },
  {
    id: 'lucky-1004', name: 'Emma Schmidt', locale: 'de', country: 'DE', registeredDaysAgo: 530, tier: 2, currency: 'EUR', balance: 187.9, bonus: null, kyc: 'verified',
    deposits: [[2, 100, 'PayPal', 'completed'], [9, 100, 'PayPal', 'completed'], [23, 300, 'Sofort', 'completed']],
    withdrawals: [[30, 420, 'PayPal', 'completed']],
    limits: [{ kind: 'deposit', period: 'month', value: 1000, unit: 'EUR', used: 200 }, { kind: 'session', period: 'day', value: 120, unit: 'min', used: 45 }],
  },
  {
    id: 'lucky-1005', name: 'Youssef El Amrani', locale: 'ar', country: 'MA', registeredDaysAgo: 1460, tier: 4, currency: 'EUR', balance: 18450, bonus: 500, kyc: 'verified',
    deposits: [[0, 5000, 'Bank transfer', 'completed'], [3, 2500, 'Neteller', 'completed'], [8, 5000, 'Bank transfer', 'completed']],
    withdrawals: [[1, 5000, 'Bank transfer', 'completed'], [6, 12000, 'Bank transfer', 'pending']],
    limits: [{ kind: 'loss', period: 'month', value: 50000, unit: 'EUR', used: 21300 }],
  },
  {
    id: 'lucky-1006', name: 'Ji-woo Park', locale: 'ko', country: 'CA', registeredDaysAgo: 95, tier: 1, currency: 'CAD', balance: 96.4, bonus: null, kyc: 'verified',
    deposits: [[5, 100, 'Interac', 'completed'], [19, 50, 'Interac', 'completed']],
    withdrawals: [],
    limits: [{ kind: 'wager', period: 'week', value: 500, unit: 'CAD', used: 310 }],
  },
  {
    id: 'lucky-1007', name: 'Olga Ivanova', locale: 'ru', country: 'EE', registeredDaysAgo: 700, tier: 0, currency: 'EUR', balance: 0, bonus: null, kyc: 'verified',
    deposits: [[11, 300, 'Visa •••• 9034', 'completed'], [12, 300, 'Visa •••• 9034', 'completed'], [12, 400, 'Visa •••• 9034', 'completed']],
    withdrawals: [],
    limits: [{ kind: 'deposit', period: 'week', value: 100, unit: 'EUR', used: 0 }],
    exclusion: { kind: 'cooling-off', inDays: 5 },
  },
  {
    id: 'lucky-1008', name: 'Mehmet Yılmaz', locale: 'tr', country: 'DE', registeredDaysAgo: 380, tier: 2, currency: 'EUR', balance: 642, bonus: 25, kyc: 'verified',
    deposits: [[1, 200, 'Mastercard •••• 5100', 'completed'], [4, 200, 'Mastercard •••• 5100', 'completed']],
    withdrawals: [[3, 350, 'Bank transfer', 'completed']],
    limits: [],
  },
  {
    id: 'lucky-1009', name: 'Carmen García', locale: 'es', country: 'ES', registeredDaysAgo: 160, tier: 0, currency: 'EUR', balance: 212.75, bonus: null, kyc: 'rejected', missing: ['A valid ID (the one sent has expired)'],
    deposits: [[8, 100, 'Bizum', 'completed'], [15, 150, 'Bizum', 'completed']],
    withdrawals: [[2, 200, 'Bank transfer', 'cancelled']],
    limits: [],
  },
  {
    id: 'lucky-1010', name: "James O'Connor", locale: 'en', country: 'IE', registeredDaysAgo: 1100, tier: 3, currency: 'EUR', balance: 1295, bonus: 100, kyc: 'verified',
    deposits: [[0, 300, 'Apple Pay', 'completed'], [2, 300, 'Apple Pay', 'completed'], [5, 500, 'Visa •••• 7788', 'completed']],
    withdrawals: [[10, 2000, 'Bank transfer', 'completed']],
    limits: [{ kind: 'loss', period: 'week', value: 500, unit: 'EUR', used: 480 }],
  },
  {
    id: 'lucky-1011', name: 'Wei Zhang', locale: 'zh-CN', country: 'NZ', registeredDaysAgo: 60, tier: 1, currency: 'NZD', balance: 58, bonus: null, kyc: 'verified',
    deposits: [[4, 100, 'POLi', 'completed']],
    withdrawals: [],
    limits: [],
  },
  {
    id: 'lucky-1012', name: 'Anna Kowalska', locale: 'en', country: 'PL', registeredDaysAgo: 2, tier: 0, currency: 'PLN', balance: 100, bonus: 100, kyc: 'not_started', missing: ['ID document', 'Proof of address'],
    deposits: [[1, 100, 'BLIK', 'completed']],
    withdrawals: [],
    limits: [],
  },
];

export function demoPlayer(id: string): DemoPlayer | undefined {
  return DEMO_PLAYERS.find((p) => p.id === id);
}

export function crmProfile(player: DemoPlayer, now: number): CrmProfile {
  const tx = (kind: string) => ([daysAgo, amount, method, status]: DemoPlayer['deposits'][number], i: number): CrmTransaction => ({
    id: `${player.id}-${kind}-${i + 1}`,
    // Spread within the day so two on one day do not look identical.
    at: now - daysAgo * DAY - (i + 1) * 3_700_000,
    amount,
    currency: player.currency,
    method,
    status,
  });
  return {
    playerId: player.id,
    name: player.name,
    country: player.country,
    registeredAt: now - player.registeredDaysAgo * DAY,
    vip: { tier: player.tier, label: VIP_LABELS[player.tier] ?? `Tier ${player.tier}` },
    balance: { amount: player.balance, currency: player.currency },
    bonusBalance: player.bonus === null ? null : { amount: player.bonus, currency: player.currency },
    kyc: { status: player.kyc, updatedAt: player.kyc === 'not_started' ? null : now - Math.min(player.registeredDaysAgo, 14) * DAY, missing: player.missing ?? [] },
    deposits: player.deposits.map(tx('dep')),
    withdrawals: player.withdrawals.map(tx('wd')),
    limits: player.limits,
    exclusion: player.exclusion ? { kind: player.exclusion.kind, until: player.exclusion.inDays === null ? null : now + player.exclusion.inDays * DAY } : null,
  };
}
