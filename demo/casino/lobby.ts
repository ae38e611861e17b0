/**
 * The lobby's own behaviour: category filters, the (disabled) deposit dialog,
 * and "Chat with support" buttons that drive the widget through its public
 * command API, as a casino's front-end would.
 */
type PitbossCommand = (command: string, ...args: unknown[]) => void;

/** `table` has no button of its own: the nav's "Table games" link shows roulette and blackjack together. */
export type GameFilter = 'all' | 'slots' | 'roulette' | 'blackjack' | 'table' | 'live';
const FILTERS: readonly GameFilter[] = ['all', 'slots', 'roulette', 'blackjack', 'table', 'live'];

export function asFilter(value: string | undefined): GameFilter {
  return FILTERS.find((f) => f === value) ?? 'all';
}

/** Show the tiles whose space-separated `data-category` holds the filter; returns how many are shown. */
export function applyFilter(root: ParentNode, filter: GameFilter): number {
  let shown = 0;
  for (const tile of root.querySelectorAll<HTMLElement>('[data-category]')) {
    const match = filter === 'all' || (tile.dataset.category ?? '').split(' ').includes(filter);
    tile.hidden = !match;
    if (match) shown += 1;
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-filter]')) {
    button.setAttribute('aria-pressed', String(button.dataset.filter === filter));
  }
  const empty = root.querySelector<HTMLElement>('.games__empty');
  if (empty) empty.hidden = shown > 0;
  return shown;
}

/** The widget installs `window.Pitboss` when its script loads; before that a click simply does nothing. */
export function openChat(target: object = window): boolean {
  const pitboss = (target as { Pitboss?: unknown }).Pitboss;
  if (typeof pitboss !== 'function') return false;
  (pitboss as PitbossCommand)('open');
  return true;
}

export function startLobby(doc: Document): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const dialog = doc.querySelector<HTMLDialogElement>('#deposit-dialog');

  doc.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const filterButton = target?.closest<HTMLElement>('[data-filter]');
      if (filterButton) applyFilter(doc, asFilter(filterButton.dataset.filter));
      const goto = target?.closest<HTMLElement>('[data-goto]');
      if (goto) applyFilter(doc, asFilter(goto.dataset.goto));
      const action = target?.closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'deposit') dialog?.showModal();
      if (action === 'chat') openChat();
    },
    { signal },
  );
  dialog?.addEventListener(
    'close',
    () => {
      if (dialog.returnValue === 'chat') openChat();
    },
    { signal },
  );
  return () => controller.abort();
}
