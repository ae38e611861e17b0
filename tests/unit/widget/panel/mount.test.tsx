// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION } from '../../../../protocol';
import type { PanelHandle, PanelMountOptions } from '../../../../widget/loader/panel-contract';
import { mount } from '../../../../widget/panel/index';
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
});
