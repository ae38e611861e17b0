import type { AgentConversation, AgentProfile, Message } from '../../../../protocol';

export const ME: AgentProfile = {
  id: 'agent-1',
  siteId: 'demo',
  name: 'Dana',
  email: 'dana@example.com',
  role: 'agent',
  status: 'offline',
  capacity: 3,
  skills: ['deposit'],
  languages: ['en'],
};

export function conversation(overrides: Partial<AgentConversation> = {}): AgentConversation {
  return {
    id: 'c1',
    siteId: 'demo',
    playerId: 'p1',
    playerName: 'Maria',
    status: 'assigned',
    agentId: ME.id,
    locale: 'en',
    topic: 'deposit',
    createdAt: 1_000,
    queuedAt: 2_000,
    assignedAt: 3_000,
    firstResponseAt: null,
    firstResponseMs: null,
    resolvedAt: null,
    lastSeq: 0,
    playerReadSeq: 0,
    vipTier: 0,
    responsibleGambling: false,
    complex: false,
    needsSenior: false,
    waitingOnPlayer: false,
    pausedMs: 0,
    missedOffers: 0,
    transfers: 0,
    breaches: [],
    deadlines: { firstResponse: 2_000 + 300_000, resolution: null },
    ...overrides,
  };
}

export function message(seq: number, overrides: Partial<Message> = {}): Message {
  return {
    conversationId: 'c1',
    seq,
    id: `msg-${seq}-xxxxxx`,
    author: 'player',
    authorName: 'Maria',
    text: `line ${seq}`,
    at: 10_000 + seq,
    ...overrides,
  };
}

/** A stand-in for the browser WebSocket, driven by the test. Each factory keeps its own sockets. */
export function fakeSocketFactory() {
  const sockets: FakeSocket[] = [];
  class FakeSocket {
    readyState = 0;
    readonly sent: string[] = [];
    onopen: ((event: unknown) => void) | null = null;
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onclose: ((event: { code: number; reason: string }) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    constructor(readonly url: string) {
      sockets.push(this);
    }
    send(data: string) {
      this.sent.push(data);
    }
    close() {
      this.readyState = 3;
    }
    /** The server accepts the upgrade. */
    accept() {
      this.readyState = 1;
      this.onopen?.({});
    }
    receive(frame: object | string) {
      this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
    }
    drop(code = 1006, reason = '') {
      this.readyState = 3;
      this.onclose?.({ code, reason });
    }
    frames(): Array<Record<string, unknown>> {
      return this.sent.map((s) => JSON.parse(s) as Record<string, unknown>);
    }
  }
  return { WebSocketImpl: FakeSocket as unknown as typeof WebSocket, sockets };
}
