// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFilter, openChat, startLobby } from '../../../../demo/casino/lobby';

const page = readFileSync(resolve(import.meta.dirname, '../../../../demo/casino/index.html'), 'utf8');
let stop: () => void;

beforeEach(() => {
  // Only the body, and without its scripts: the lobby's behaviour is under test, not the loading of assets.
  const template = document.createElement('template');
  template.innerHTML = page.slice(page.indexOf('<body>') + '<body>'.length, page.indexOf('</body>'));
  for (const script of template.content.querySelectorAll('script')) script.remove();
  document.body.replaceChildren(template.content);
  stop = startLobby(document);
});
afterEach(() => {
  stop();
  delete (window as { Pitboss?: unknown }).Pitboss;
});

const visibleTitles = () =>
  [...document.querySelectorAll<HTMLElement>('.tile')].filter((t) => !t.hidden).map((t) => t.querySelector('h3')?.textContent);
const click = (el: Element | null) => el?.dispatchEvent(new MouseEvent('click', { bubbles: true }));

describe('casino lobby', () => {
  it('shows every game, then only the category picked, and marks the pressed filter', () => {
    const all = visibleTitles().length;
    expect(all).toBeGreaterThanOrEqual(8);
    click(document.querySelector('[data-filter="live"]'));
    expect(visibleTitles()).toEqual(['Lightning Roulette', 'Live Baccarat Salon', 'VIP Blackjack', 'Star Wheel Show']);
    expect(document.querySelector('[data-filter="live"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector('[data-filter="all"]')?.getAttribute('aria-pressed')).toBe('false');
    click(document.querySelector('[data-filter="all"]'));
    expect(visibleTitles()).toHaveLength(all);
  });

  it('shows roulette and blackjack together from the "Table games" link', () => {
    click(document.querySelector('[data-goto="table"]'));
    expect(visibleTitles()).toContain('European Roulette');
    expect(visibleTitles()).toContain('Blackjack Classic');
    expect(visibleTitles()).not.toContain('Fruit Fiesta');
  });

  it('says so when a category is empty', () => {
    for (const tile of document.querySelectorAll('[data-category]')) tile.setAttribute('data-category', 'slots');
    expect(applyFilter(document, 'live')).toBe(0);
    expect(document.querySelector<HTMLElement>('.games__empty')?.hidden).toBe(false);
  });

  it('opens the chat through the public widget command, and does nothing before the widget loaded', () => {
    expect(openChat()).toBe(false);
    const pitboss = vi.fn();
    (window as { Pitboss?: unknown }).Pitboss = pitboss;
    click(document.querySelector('.help-cta [data-action="chat"]'));
    expect(pitboss).toHaveBeenCalledWith('open');
  });

  it('stops listening when stopped', () => {
    stop();
    click(document.querySelector('[data-filter="slots"]'));
    expect(document.querySelector('[data-filter="slots"]')?.getAttribute('aria-pressed')).toBe('false');
  });
});
