import { createRef, render } from 'preact';
import { PlayerClient, playerSocketUrl } from '../client/player-client';
import { fallbackMessages, loadMessages, type Messages } from '../i18n';
import type { PanelHandle, PanelMountOptions } from '../loader/panel-contract';
import { ChatPanel } from '../ui/chat-panel';
import { panelStyles } from './styles';

/**
 * The chat panel, loaded by widget.js on first open or when the browser is
 * idle. Renders into the loader's container inside the widget's shadow root.
 */
export function mount(options: PanelMountOptions): PanelHandle {
  const { root, container } = options;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(panelStyles);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];

  const client = new PlayerClient({
    site: options.site,
    url: playerSocketUrl(options.origin),
    locale: options.locale,
    onIncoming: (m) => options.emit('message', { author: m.author, authorName: m.authorName, text: m.text, at: m.at }),
  });
  const composer = createRef<HTMLTextAreaElement>();
  let messages: Messages = fallbackMessages;
  let locale = options.locale;
  let alive = true;

  const draw = () =>
    render(<ChatPanel client={client} messages={messages} onRequestClose={options.requestClose} composerRef={composer} />, container);

  const setLocale = (next: string) => {
    locale = next;
    client.setLocale(next);
    void loadMessages(next).then((loaded) => {
      if (!alive || locale !== next || loaded === messages) return;
      messages = loaded;
      draw();
    });
  };

  draw();
  setLocale(options.locale);
  void client.resumeIfKnown();

  return {
    open() {
      client.start();
      composer.current?.focus();
    },
    close() {
      /* the loader hid the container; the chat keeps running to receive replies */
    },
    setLocale,
    identify() {
      /* The hello frame has no field for a verified identity yet (protocol change requested). */
    },
    shutdown() {
      if (!alive) return;
      alive = false;
      render(null, container);
      client.shutdown();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
