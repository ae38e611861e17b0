// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import type { PitbossStub } from '../../../../widget/loader/global-api';

const win = window as Window & { Pitboss?: PitbossStub };

afterEach(() => {
  win.Pitboss?.('shutdown');
  delete win.Pitboss;
  document.head.innerHTML = '';
});

it('widget.js installs Pitboss from its own script tag and replays the page queue', async () => {
  // type="text/plain" keeps happy-dom from fetching it; the loader only reads src and data-site.
  const tag = document.createElement('script');
  tag.type = 'text/plain';
  tag.src = 'https://chat.casino.example/widget.js';
  tag.dataset.site = 'demo';
  document.head.append(tag);
  win.Pitboss = function (...args: unknown[]) {
    (win.Pitboss!.q = win.Pitboss!.q || []).push(args);
  };
  // The page asked to shut the widget down before it even loaded (a logged-out view, say).
  win.Pitboss('shutdown');

  await import('../../../../widget/loader/index');

  expect(win.Pitboss.q).toBeUndefined();
  expect(document.querySelector('[data-pitboss]')).toBeNull(); // booted from the tag, then the queued shutdown ran
  // Only window.Pitboss is added: nothing else of ours leaks onto window.
  expect(Object.keys(window).filter((k) => /pitboss/i.test(k))).toEqual(['Pitboss']);

  win.Pitboss('boot');
  const button = document.querySelector('[data-pitboss]')?.shadowRoot?.querySelector('button');
  expect(button?.getAttribute('aria-label')).toBe('Open chat');
});
