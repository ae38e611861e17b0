import type { Ack, ArticleRef, AttachmentRef, Author, ConversationStatus, Message, PlayerConversation } from '../../protocol';

/** The player's own lines: typed, stored by the server, read by the agent, or refused. */
export type Delivery = 'sending' | 'sent' | 'seen' | 'failed';

export interface MessageLine {
  kind: 'message';
  /** The client-made id: the dedupe key across acks, replays and other tabs. */
  id: string;
  author: Author;
  authorName: string | null;
  text: string;
  /** Null while the server has not stored it yet. */
  conversationId: string | null;
  seq: number | null;
  at: number;
  /** The player's own lines only; null for everybody else's. */
  delivery: Delivery | null;
  /** The FAQ articles a bot answer suggests. */
  articles?: readonly ArticleRef[];
  /** A file sent with the message. */
  attachment?: AttachmentRef;
}

/** "Waiting for an agent", "Anna joined", ...: a change of the conversation, placed after the message it followed. */
export interface StatusLine {
  kind: 'status';
  id: string;
  conversationId: string;
  afterSeq: number;
  status: ConversationStatus;
  agentName: string | null;
  /** Resolved by the player's "This solved it": a closing line of its own. */
  deflected?: boolean;
}

export type TranscriptLine = MessageLine | StatusLine;

/**
 * The player's view of the chat, merged from what they typed, acks, live
 * frames and replays, so that no line ever shows twice: a message is the same
 * line when its client id or its (conversationId, seq) is already known.
 *
 * Order: stored lines by conversation (in the order they were first seen) then
 * seq; lines still waiting for the server after them, in the order typed.
 */
export class Transcript {
  private items: TranscriptLine[] = [];
  private readonly byId = new Map<string, MessageLine>();
  private readonly stored = new Set<string>();
  private readonly conversationIndex = new Map<string, number>();
  private readonly maxSeq = new Map<string, number>();
  private readonly conversations = new Map<string, PlayerConversation>();
  private current: string | null = null;
  private statusCount = 0;

  get lines(): readonly TranscriptLine[] {
    return this.items;
  }

  /** The newest conversation this player has: the one a hello's lastSeq refers to. */
  get conversationId(): string | null {
    return this.current;
  }

  get conversation(): PlayerConversation | null {
    return this.current ? (this.conversations.get(this.current) ?? null) : null;
  }

  /** Highest seq seen in the current conversation: the resume point. */
  lastSeq(): number {
    return this.current ? (this.maxSeq.get(this.current) ?? 0) : 0;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  isStored(id: string): boolean {
    return this.byId.get(id)?.seq != null;
  }

  addPending(id: string, text: string, at: number, attachment?: AttachmentRef): void {
    if (this.byId.has(id)) return;
    this.put({ kind: 'message', id, author: 'player', authorName: null, text, conversationId: null, seq: null, at, delivery: 'sending', ...(attachment ? { attachment } : {}) });
  }

  /** The server stored one of ours. Returns whether anything changed. */
  ack(ack: Ack): boolean {
    const line = this.byId.get(ack.id);
    if (!line || line.seq !== null) return false;
    this.confirm(line, ack.conversationId, ack.seq, ack.at);
    return true;
  }

  fail(id: string): boolean {
    const line = this.byId.get(id);
    if (!line || line.seq !== null || line.delivery === 'failed') return false;
    this.replace(line, { ...line, delivery: 'failed' });
    return true;
  }

  /** A stored message from a frame or a replay. Returns true only when it is a new line. */
  receive(message: Message): boolean {
    const known = this.byId.get(message.id);
    if (known) {
      if (known.seq === null) this.confirm(known, message.conversationId, message.seq, message.at);
      return false;
    }
    if (this.stored.has(storedKey(message.conversationId, message.seq))) return false;
    this.noteConversation(message.conversationId);
    this.put({
      kind: 'message',
      id: message.id,
      author: message.author,
      authorName: message.authorName,
      text: message.text,
      conversationId: message.conversationId,
      seq: message.seq,
      at: message.at,
      delivery: message.author === 'player' ? (message.seq <= (this.conversations.get(message.conversationId)?.agentReadSeq ?? 0) ? 'seen' : 'sent') : null,
      ...(message.articles ? { articles: message.articles } : {}),
      ...(message.attachment ? { attachment: message.attachment } : {}),
    });
    this.markStored(message.conversationId, message.seq);
    return true;
  }

  /** Record the conversation's state; adds a status line when its status or agent changed. */
  updateConversation(conversation: PlayerConversation): boolean {
    this.noteConversation(conversation.id);
    const before = this.conversations.get(conversation.id);
    // A read frame may have told us more than this (older) snapshot knows.
    const agentReadSeq = Math.max(conversation.agentReadSeq, before?.agentReadSeq ?? 0);
    this.conversations.set(conversation.id, { ...conversation, agentReadSeq });
    const seenChanged = this.markSeen(conversation.id, agentReadSeq);
    if (before && before.status === conversation.status && before.agentName === conversation.agentName) return seenChanged;
    if (conversation.status !== 'bot') {
      this.put({
        kind: 'status',
        id: `status-${++this.statusCount}`,
        conversationId: conversation.id,
        afterSeq: conversation.lastSeq,
        status: conversation.status,
        agentName: conversation.agentName,
        ...(conversation.deflected ? { deflected: true } : {}),
      });
    }
    return true;
  }

  /** The agent has read up to `seq`: the player's lines up to it show "Seen". Returns whether anything changed. */
  agentRead(conversationId: string, seq: number): boolean {
    const conversation = this.conversations.get(conversationId);
    if (conversation && seq > conversation.agentReadSeq) this.conversations.set(conversationId, { ...conversation, agentReadSeq: seq });
    return this.markSeen(conversationId, seq) || (conversation !== undefined && seq > conversation.agentReadSeq);
  }

  /** Lines by somebody else than the player in the current conversation after `seq`: the unread count. */
  othersAfter(seq: number): number {
    let count = 0;
    for (const line of this.items) {
      if (line.kind === 'message' && line.author !== 'player' && line.conversationId === this.current && line.seq !== null && line.seq > seq) count++;
    }
    return count;
  }

  private confirm(line: MessageLine, conversationId: string, seq: number, at: number): void {
    this.noteConversation(conversationId);
    this.markStored(conversationId, seq);
    const read = this.conversations.get(conversationId)?.agentReadSeq ?? 0;
    const delivery = line.delivery === null ? null : seq <= read ? 'seen' : 'sent';
    this.replace(line, { ...line, conversationId, seq, at, delivery });
  }

  private markSeen(conversationId: string, upTo: number): boolean {
    let changed = false;
    const items = this.items.map((line) => {
      if (line.kind !== 'message' || line.delivery !== 'sent' || line.conversationId !== conversationId || line.seq === null || line.seq > upTo) return line;
      changed = true;
      const next: MessageLine = { ...line, delivery: 'seen' };
      this.byId.set(next.id, next);
      return next;
    });
    if (changed) this.items = items;
    return changed;
  }

  private markStored(conversationId: string, seq: number): void {
    this.stored.add(storedKey(conversationId, seq));
    if (seq > (this.maxSeq.get(conversationId) ?? 0)) this.maxSeq.set(conversationId, seq);
  }

  /** Conversations only ever get newer: the first time we hear of one, it is the current one. */
  private noteConversation(id: string): void {
    if (this.conversationIndex.has(id)) return;
    this.conversationIndex.set(id, this.conversationIndex.size);
    this.current = id;
  }

  private put(line: TranscriptLine): void {
    if (line.kind === 'message') this.byId.set(line.id, line);
    this.items = sortLines([...this.items, line], this.conversationIndex);
  }

  private replace(old: MessageLine, next: MessageLine): void {
    this.byId.set(next.id, next);
    this.items = sortLines(
      this.items.map((l) => (l === old ? next : l)),
      this.conversationIndex,
    );
  }
}

function storedKey(conversationId: string, seq: number): string {
  return `${conversationId}\u0000${seq}`;
}

function position(line: TranscriptLine, index: Map<string, number>): [number, number] | null {
  if (line.kind === 'status') return [index.get(line.conversationId) ?? 0, line.afterSeq + 0.5];
  if (line.seq === null || line.conversationId === null) return null;
  return [index.get(line.conversationId) ?? 0, line.seq];
}

/** Stable sort: equal positions (two status lines at one point, pending lines) keep their arrival order. */
function sortLines(lines: TranscriptLine[], index: Map<string, number>): TranscriptLine[] {
  return lines.sort((a, b) => {
    const pa = position(a, index);
    const pb = position(b, index);
    if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
    return pa[0] - pb[0] || pa[1] - pb[1];
  });
}
