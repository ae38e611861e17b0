// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION } from '../../../../protocol';
import type { PanelHandle, PanelMountOptions } from '../../../../widget/loader/panel-contract';
import { mount } from '../../../../widget/panel/index';
import { fitVisualViewport } from '../../../../widget/panel/viewport-fit';
import { FakeWebSocket } from '../fake-websocket';

let handle: PanelHandle | null = null;
let siteCounter = 0;

function setUp(over: Partial<PanelMountOptions> = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  root.append(container);
  const options: PanelMountOptions = {
    root,
    container,
    site: `mount-site-${++siteCounter}`,
    origin: 'https://chat.casino.example',
    locale: 'en',
    identity: null,
    requestClose: vi.fn(),
    setUnread: vi.fn(),
    emit: vi.fn(),
    ...over,
  };
  handle = mount(options);
  return { root, container, options, handle };
}

beforeEach(() => {
  FakeWebSocket.reset();
  vi.stubGlobal('WebSocket', FakeWebSocket);
});
afterEach(() => {
  handle?.shutdown();
  handle = null;
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('panel mount', () => {
  it('renders into the container with an adopted stylesheet and no inline styles', () => {
    const { root, container } = setUp();
    expect(root.adoptedStyleSheets).toHaveLength(2); // the panel's, and the one tracking the visual viewport
    expect(container.querySelector('[role="log"]')).not.toBeNull();
    expect(root.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  it('opens no socket for a first-time visitor until the chat is opened, then focuses the composer', async () => {
    const { root } = setUp();
    await new Promise((r) => setTimeout(r, 20));
    expect(FakeWebSocket.instances).toHaveLength(0);

    handle!.open();
    expect(root.activeElement?.getAttribute('aria-label')).toBe('Message');
    await vi.waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    expect(FakeWebSocket.latest().url).toBe('wss://chat.casino.example/v1/player');
  });

  it('resumes a stored session right away so agent replies arrive while closed, and reports them to the page', async () => {
    const site = `mount-site-resume-${siteCounter}`;
    await set(`pitboss:${site}:session`, 'token-1', createStore('pitboss', 'kv'));
    const { options } = setUp({ site });
    await vi.waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.latest();
    socket.accept();
    expect(socket.frames[0]).toMatchObject({ type: 'hello', session: 'token-1' });
    socket.deliver({ type: 'welcome', v: PROTOCOL_VERSION, session: 'token-1', playerId: 'p', conversation: null, messages: [] });
    socket.deliver({
      type: 'message',
      message: { conversationId: 'c', seq: 2, id: 'agent-line-0002', author: 'agent', authorName: 'Anna', text: 'Still there?', at: 7 },
    });
    expect(options.emit).toHaveBeenCalledWith('message', { author: 'agent', authorName: 'Anna', text: 'Still there?', at: 7 });
  });

  it('leaves nothing behind on shutdown', async () => {
    const { root, container } = setUp();
    handle!.open();
    await vi.waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.latest();
    socket.accept();
    handle!.shutdown();
    expect(container.childNodes).toHaveLength(0);
    expect(root.adoptedStyleSheets).toHaveLength(0);
    expect(socket.closedWith).toBe(1000);
    await new Promise((r) => setTimeout(r, 20));
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it('badges the launcher and tells screen readers about messages that arrive while closed; reads them on open', async () => {
    const site = `mount-site-unread-${siteCounter}`;
    await set(`pitboss:${site}:session`, 'token-2', createStore('pitboss', 'kv'));
    const { root, options } = setUp({ site });
    await vi.waitFor(() => expect(FakeWebSocket.instances).toHaveLength(1));
    const socket = FakeWebSocket.latest();
    socket.accept();
    const conversation = { id: 'c', status: 'assigned', agentName: 'Anna', lastSeq: 1, agentReadSeq: 0 };
    socket.deliver({ type: 'welcome', v: PROTOCOL_VERSION, session: 'token-2', playerId: 'p', conversation, messages: [] });
    for (const seq of [2, 3]) {
      socket.deliver({ type: 'message', message: { conversationId: 'c', seq, id: `agent-line-000${seq}`, author: 'agent', authorName: 'Anna', text: `news ${seq}`, at: seq } });
    }
    expect(options.setUnread).toHaveBeenLastCalledWith(2, 'Open chat, 2 unread messages');
    expect(options.emit).toHaveBeenCalledWith('unread', { count: 2 });
    const live = root.querySelector('[role="status"].vh')!;
    expect(live.textContent).toBe('2 unread messages');
    expect(live.closest('[hidden]')).toBeNull();

    handle!.open();
    expect(options.setUnread).toHaveBeenLastCalledWith(0, '');
    expect(options.emit).toHaveBeenLastCalledWith('unread', { count: 0 });
    expect(live.textContent).toBe('');
    expect(socket.frames.filter((f) => f.type === 'read')).toEqual([{ type: 'read', seq: 3 }]);
  });

  it('renders right to left in Arabic and loads the catalog on demand', async () => {
    const { container } = setUp({ locale: 'ar' });
    await vi.waitFor(() => expect(container.querySelector('section')?.getAttribute('dir')).toBe('rtl'));
    expect(container.querySelector('section')?.getAttribute('lang')).toBe('ar');
    expect(container.querySelector('textarea')?.getAttribute('aria-label')).toBe('الرسالة');
    handle!.setLocale('ko');
    await vi.waitFor(() => expect(container.querySelector('section')?.getAttribute('dir')).toBe('ltr'));
    expect(container.querySelector('button[type="submit"]')?.textContent).toBe('보내기');
  });
});

describe('fitVisualViewport', () => {
  it('follows the visual viewport (the on-screen keyboard) through a stylesheet, and stops on cleanup', () => {
    const viewport = Object.assign(new EventTarget(), { height: 800, offsetTop: 0 });
    const frames: Array<() => void> = [];
    const win = {
      visualViewport: viewport,
      requestAnimationFrame: (cb: () => void) => frames.push(cb),
      cancelAnimationFrame: vi.fn(),
    } as unknown as Window;
    const rules: string[] = [];
    const sheet = { replaceSync: (css: string) => rules.push(css) } as unknown as CSSStyleSheet;

    const stop = fitVisualViewport(win, sheet);
    expect(rules.at(-1)).toBe(':host{--pb-vh:800px;--pb-vt:0px}');
    viewport.height = 420.4; // the keyboard opened
    viewport.offsetTop = 120;
    viewport.dispatchEvent(new Event('resize'));
    viewport.dispatchEvent(new Event('scroll'));
    expect(frames).toHaveLength(1); // one update per frame
    frames.shift()!();
    expect(rules.at(-1)).toBe(':host{--pb-vh:420px;--pb-vt:120px}');

    stop();
    viewport.dispatchEvent(new Event('resize'));
    expect(frames).toHaveLength(0);
  });
});
