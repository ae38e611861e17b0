import { createRef, render } from 'preact';
import { articleReader } from '../client/faq-articles';
import { PlayerClient, playerSocketUrl } from '../client/player-client';
import { fallbackMessages, loadMessages, type Messages } from '../i18n';
import type { PanelHandle, PanelMountOptions } from '../loader/panel-contract';
import { ChatPanel } from '../ui/chat-panel';
import { panelStyles } from './styles';
import { fitVisualViewport } from './viewport-fit';

/**
 * The chat panel, loaded by widget.js on first open or when the browser is
 * idle. Renders into the loader's container inside the widget's shadow root.
 * Everything it starts (socket, timers, listeners, stylesheets) ends in shutdown().
 */
export function mount(options: PanelMountOptions): PanelHandle {
  const { root, container } = options;
  const doc = container.ownerDocument;
  const win = doc.defaultView ?? window;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelStyles);
  const viewportSheet = new CSSStyleSheet();
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet, viewportSheet];

  const client = new PlayerClient({
    site: options.site,
    url: playerSocketUrl(options.origin),
    locale: options.locale,
    identity: options.identity,
    onIncoming: (m) => options.emit('message', { author: m.author, authorName: m.authorName, text: m.text, at: m.at }),
    onResolved: (conversationId) => options.emit('resolved', { conversationId }),
  });
  const composer = createRef<HTMLTextAreaElement>();
  const readArticle = articleReader(options.origin, options.site);
  let messages: Messages = fallbackMessages;
  let locale = options.locale;
  let alive = true;
  let isOpen = false;

  const draw = () =>
    render(<ChatPanel client={client} messages={messages} onRequestClose={options.requestClose} composerRef={composer} readArticle={readArticle} />, container);

  // The loader badges the launcher; the words come from the panel's catalog. A polite
  // live region outside the (hidden) panel tells screen readers when messages wait.
  const live = doc.createElement('span');
  live.className = 'vh';
  live.setAttribute('role', 'status');
  root.append(live);
  let reported = 0;
  const reportUnread = (count: number) => {
    options.setUnread(count, count > 0 ? messages.openWithUnread(count) : '');
    if (count === reported) return;
    // Speak only news; a count going down is the player reading.
    live.textContent = count > reported && !isOpen ? messages.unread(count) : '';
    reported = count;
    options.emit('unread', { count });
  };
  const unsubscribe = client.subscribe((view) => reportUnread(view.unread));

  // New messages count as read only while the player can see them.
  const onVisibility = () => client.setVisible(isOpen && doc.visibilityState === 'visible');
  doc.addEventListener('visibilitychange', onVisibility);
  const stopViewport = fitVisualViewport(win, viewportSheet);

  const setLocale = (next: string) => {
    locale = next;
    client.setLocale(next);
    void loadMessages(next).then((loaded) => {
      if (!alive || locale !== next || loaded === messages) return;
      messages = loaded;
      draw();
      reportUnread(client.view.unread);
    });
  };

  draw();
  setLocale(options.locale);
  void client.resumeIfKnown();

  return {
    open() {
      isOpen = true;
      client.start();
      onVisibility();
      composer.current?.focus();
    },
    close() {
      // The chat keeps running to receive replies; they now count as unread.
      isOpen = false;
      onVisibility();
    },
    setLocale,
    identify(identity) {
      client.identify(identity);
    },
    shutdown() {
      if (!alive) return;
      alive = false;
      render(null, container);
      unsubscribe();
      client.shutdown();
      doc.removeEventListener('visibilitychange', onVisibility);
      stopViewport();
      live.remove();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet && s !== viewportSheet);
    },
  };
}
