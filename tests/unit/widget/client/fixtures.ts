import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { expect, vi } from 'vitest';
import { PROTOCOL_VERSION, type Message, type PlayerConversation } from '../../../../protocol';
import { PlayerClient, type PlayerClientOptions } from '../../../../widget/client/player-client';
import type { MessageLine } from '../../../../widget/client/transcript';
import { asWebSocket, FakeWebSocket } from '../fake-websocket';

/** Shared by the PlayerClient suites: a client on a fake socket, and server frames as the relay sends them. */
export const db = createStore('pitboss', 'kv');
let siteCounter = 0;
let clients: PlayerClient[] = [];

/** Each test its own site, so IndexedDB keys (session, outbox, read position) never collide. */
export function newSite(): string {
  return `site-${++siteCounter}`;
}

export function makeClient(site: string, extra: Partial<PlayerClientOptions> = {}): PlayerClient {
  const client = new PlayerClient({
    site,
    url: 'ws://chat.test/v1/player',
    locale: 'en',
    WebSocketImpl: asWebSocket(FakeWebSocket),
    connection: { backoffBaseMs: 1, backoffCapMs: 1, heartbeatIntervalMs: 60_000 },
    retryDelayMs: 20,
    ...extra,
  });
  clients.push(client);
  return client;
}

export function shutdownClients(): void {
  for (const client of clients) client.shutdown();
  clients = [];
}

export async function socketNumber(n: number): Promise<FakeWebSocket> {
  await vi.waitFor(() => expect(FakeWebSocket.instances.length).toBeGreaterThanOrEqual(n));
  return FakeWebSocket.instances[n - 1]!;
}

export function welcome(over: { session?: string; playerId?: string; conversation?: PlayerConversation | null; messages?: Message[] } = {}) {
  return { type: 'welcome', v: PROTOCOL_VERSION, session: 'sess-1', playerId: 'player-1', conversation: null, messages: [], ...over };
}

export function message(over: Partial<Message> & Pick<Message, 'seq'>): Message {
  return {
    conversationId: 'conv-1',
    id: `srv-msg-${over.seq}-aaaaaaaa`,
    author: 'agent',
    authorName: 'Anna',
    text: `agent line ${over.seq}`,
    at: 1_700_000_000_000 + over.seq,
    ...over,
  };
}

export const conversation = (over: Partial<PlayerConversation> = {}): PlayerConversation => ({
  id: 'conv-1',
  status: 'queued',
  agentName: null,
  lastSeq: 1,
  agentReadSeq: 0,
  ...over,
});

export const framesOf = (socket: FakeWebSocket, type: string) => socket.frames.filter((f) => f.type === type);
export const sends = (socket: FakeWebSocket) => framesOf(socket, 'send');
export const ownLines = (client: PlayerClient) =>
  client.view.lines.filter((l): l is MessageLine => l.kind === 'message' && l.author === 'player');
export const storedOutbox = (site: string) => get<Array<{ id: string; text: string; topic?: string }>>(`pitboss:${site}:outbox`, db);

/** A client on a fresh site, connected and welcomed. */
export async function connected(over: Parameters<typeof welcome>[0] = {}, extra: Partial<PlayerClientOptions> = {}) {
  const site = newSite();
  const client = makeClient(site, extra);
  client.start();
  const socket = await socketNumber(FakeWebSocket.instances.length + 1);
  socket.accept();
  socket.deliver(welcome(over));
  return { site, client, socket };
}
