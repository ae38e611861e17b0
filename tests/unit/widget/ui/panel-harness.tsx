import 'fake-indexeddb/auto';
import { render, waitFor } from '@testing-library/preact';
import { createRef } from 'preact';
import { expect } from 'vitest';
import { PROTOCOL_VERSION, type PlayerConversation } from '../../../../protocol';
import type { ReadArticle } from '../../../../widget/client/faq-articles';
import { PlayerClient } from '../../../../widget/client/player-client';
import { en } from '../../../../widget/i18n/en';
import type { Messages } from '../../../../widget/i18n/messages';
import { ChatPanel } from '../../../../widget/ui/chat-panel';
import { asWebSocket, FakeWebSocket } from '../fake-websocket';

let siteCounter = 0;

/** The chat panel on a fake socket, welcomed; the test plays the relay. Call client.shutdown() after. */
export async function renderPanel(options: { readArticle?: ReadArticle; messages?: Messages } = {}) {
  const client = new PlayerClient({
    site: `panel-site-${++siteCounter}`,
    url: 'ws://chat.test/v1/player',
    locale: 'en',
    WebSocketImpl: asWebSocket(FakeWebSocket),
    connection: { backoffBaseMs: 1, backoffCapMs: 1, heartbeatIntervalMs: 60_000 },
  });
  const view = render(<ChatPanel client={client} messages={options.messages ?? en} onRequestClose={() => {}} composerRef={createRef()} readArticle={options.readArticle} />);
  client.start();
  await waitFor(() => expect(FakeWebSocket.instances.length).toBeGreaterThan(0));
  const socket = FakeWebSocket.latest();
  socket.accept();
  socket.deliver({ type: 'welcome', v: PROTOCOL_VERSION, session: 's', playerId: 'p', conversation: null, messages: [] });
  const sent = (type: string) => socket.frames.filter((f) => f.type === type);
  return { client, socket, view, sent };
}

export const conversation = (over: Partial<PlayerConversation> = {}): PlayerConversation => ({
  id: 'c1',
  status: 'queued',
  agentName: null,
  lastSeq: 1,
  agentReadSeq: 0,
  ...over,
});
