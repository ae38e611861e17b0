/**
 * The lobby header's language menu and "VIP login", both driving the chat
 * through its public command API as a casino's front-end would.
 */
type PitbossQueue = ((...args: unknown[]) => void) & { q?: unknown[][] };

/** The widget's ten languages, each named in itself. */
export const LANGUAGES = [
  ['en', 'English'],
  ['fr', 'Français'],
  ['ar', 'العربية'],
  ['ko', '한국어'],
  ['zh-CN', '简体中文'],
  ['es', 'Español'],
  ['de', 'Deutsch'],
  ['pt-BR', 'Português (Brasil)'],
  ['ru', 'Русский'],
  ['tr', 'Türkçe'],
] as const;

/** The demo CRM's Gold-tier player (server/demo-casino/crm-players.ts): routed as a VIP, with a sidebar full of history. */
export const VIP_PLAYER_ID = 'lucky-1001';

/** Call the chat, queueing like the embed snippet if widget.js has not run yet (it replays the queue). */
export function pitboss(win: Window, ...args: unknown[]): void {
  const w = win as unknown as { Pitboss?: PitbossQueue };
  if (!w.Pitboss) {
    const stub: PitbossQueue = (...queued) => void (stub.q ??= []).push(queued);
    w.Pitboss = stub;
  }
  w.Pitboss(...args);
}

/** The page speaks `locale` now: its lang and direction, and the chat's language. */
export function switchLanguage(doc: Document, locale: string): void {
  const known = LANGUAGES.find(([tag]) => tag === locale)?.[0] ?? 'en';
  doc.documentElement.lang = known;
  doc.documentElement.dir = known === 'ar' ? 'rtl' : 'ltr';
  pitboss(doc.defaultView ?? window, 'setLocale', known);
}

export interface SignedIdentity {
  playerId: string;
  issuedAt: number;
  signature: string;
  name: string;
}

/**
 * Log in as the demo VIP and tell the chat who they are. The signature comes
 * from the relay's demo-only endpoint because this demo has no backend of its
 * own; a real casino signs on its own servers after its login, with the
 * site's identity secret (docs/EMBED.md, "Verified players", shows Node and
 * PHP), and never lets the browser see that secret.
 */
export async function vipLogin(doc: Document, fetchImpl: typeof fetch = (...a) => fetch(...a)): Promise<SignedIdentity> {
  const res = await fetchImpl(`/demo-casino/identity?player=${encodeURIComponent(VIP_PLAYER_ID)}`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`The demo identity endpoint answered ${res.status}.`);
  const identity = (await res.json()) as SignedIdentity;
  pitboss(doc.defaultView ?? window, 'identify', { playerId: identity.playerId, issuedAt: identity.issuedAt, signature: identity.signature, name: identity.name });
  const avatar = doc.querySelector<HTMLElement>('.avatar');
  if (avatar) {
    avatar.textContent = identity.name.charAt(0);
    avatar.setAttribute('aria-label', `Signed in as ${identity.name}, VIP`);
  }
  return identity;
}

export function startAccount(doc: Document, fetchImpl?: typeof fetch): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const menu = doc.querySelector<HTMLSelectElement>('[data-language-menu]');
  if (menu) {
    menu.replaceChildren(
      ...LANGUAGES.map(([tag, name]) => {
        const option = doc.createElement('option');
        option.value = tag;
        option.lang = tag;
        option.textContent = name;
        return option;
      }),
    );
    menu.value = LANGUAGES.find(([tag]) => tag === doc.documentElement.lang)?.[0] ?? 'en';
    menu.addEventListener('change', () => switchLanguage(doc, menu.value), { signal });
  }
  const button = doc.querySelector<HTMLButtonElement>('[data-action="vip-login"]');
  button?.addEventListener(
    'click',
    () => {
      button.disabled = true;
      vipLogin(doc, fetchImpl).then(
        () => {
          button.textContent = 'VIP signed in';
        },
        (error: unknown) => {
          button.disabled = false;
          console.error(error);
        },
      );
    },
    { signal },
  );
  return () => controller.abort();
}
