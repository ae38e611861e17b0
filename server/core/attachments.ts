import { createHmac, timingSafeEqual } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES, type AttachmentRef } from '../../protocol';
import type { SiteConfig } from '../config/sites';
import type { AttachmentRecord, AttachmentStore } from '../store/attachment-store';
import type { AgentRecord, ConversationRecord, PlayerRecord } from '../store/records';
import type { Clock } from './clock';
import { acceptedIdentitySecrets } from './identity';
import { PitbossError } from './errors';
import { hashToken, type IdGenerator } from './ids';

type AttachmentType = AttachmentRef['type'];

/** How long an upload token works; every welcome brings a fresh one. */
export const UPLOAD_TOKEN_TTL_MS = 24 * 60 * 60_000;
/** Files per conversation: plenty for documents and screenshots, not a file store. */
export const MAX_ATTACHMENTS_PER_CONVERSATION = 20;

const EXTENSION: Record<AttachmentType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/** The type the bytes prove, whatever the name or the browser says; null for anything else. */
export function detectAttachmentType(bytes: Uint8Array): AttachmentType | null {
  const starts = (offset: number, ...expected: number[]) => expected.every((b, i) => bytes[offset + i] === b);
  if (starts(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0, 0x52, 0x49, 0x46, 0x46) && starts(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp'; // RIFF....WEBP
  if (starts(0, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  return null;
}

/**
 * A name safe to show and to put in Content-Disposition: no path, no control
 * or bidi-override characters, at most 120 characters, and the extension of
 * the type the bytes proved (so "invoice.html" that is a PNG is served as
 * "invoice.html.png").
 */
export function safeFileName(raw: string, type: AttachmentType): string {
  const base = raw
    .split(/[/\\]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069"]/g, '')
    .trim()
    .slice(0, 120);
  const extension = EXTENSION[type];
  const name = base || 'file';
  const has = type === 'image/jpeg' ? /\.jpe?g$/i.test(name) : name.toLowerCase().endsWith(`.${extension}`);
  return has ? name : `${name}.${extension}`;
}

function mac(secret: string, conversationId: string, expiresAt: number): string {
  return createHmac('sha256', secret).update(`attachment-upload.${conversationId}.${expiresAt}`).digest('base64url');
}

export function signUploadToken(secret: string, conversationId: string, expiresAt: number): string {
  return `${conversationId}.${expiresAt}.${mac(secret, conversationId, expiresAt)}`;
}

/** The conversation a token was signed for, read without trusting it (check it with verifyUploadToken). */
export function uploadTokenConversation(token: string): string | null {
  return /^([A-Za-z0-9_-]{1,64})\.\d{1,16}\.[A-Za-z0-9_-]{43}$/.exec(token)?.[1] ?? null;
}

export function verifyUploadToken(token: string, secrets: readonly string[], now: number): boolean {
  const [conversationId, exp, given] = token.split('.');
  const expiresAt = Number(exp);
  if (!conversationId || !given || !Number.isSafeInteger(expiresAt) || expiresAt < now) return false;
  const givenBytes = Buffer.from(given, 'base64url');
  return secrets.some((secret) => {
    const expected = Buffer.from(mac(secret, conversationId, expiresAt), 'base64url');
    return expected.length === givenBytes.length && timingSafeEqual(expected, givenBytes);
  });
}

const isOpen = (c: ConversationRecord) => c.status === 'bot' || c.status === 'queued' || c.status === 'assigned';

export interface AttachmentDeps {
  store: {
    attachments: AttachmentStore;
    getConversation(id: string): Promise<ConversationRecord | null>;
    findPlayerBySession(siteId: string, sessionHash: string): Promise<PlayerRecord | null>;
  };
  clock: Clock;
  ids: IdGenerator;
  relay: {
    site(siteId: string): SiteConfig;
    conversationOfPlayer(player: PlayerRecord): Promise<ConversationRecord | null>;
    /** Throws unless the agent may read the conversation (holder, or a supervisor of its site). */
    conversationForAgent(agent: AgentRecord, conversationId: string): Promise<ConversationRecord>;
  };
}

/**
 * Files players and agents send into a conversation: players upload over HTTP
 * with a per-conversation token the socket hands out, agents with their
 * session cookie; typed by their first bytes, stored with the conversation,
 * and read back only by its participants.
 */
export class Attachments {
  constructor(private readonly deps: AttachmentDeps) {}

  /** The upload token for an open conversation (sent to the player's widget). */
  tokenFor(conversation: ConversationRecord): { conversationId: string; token: string; expiresAt: number } | null {
    if (!isOpen(conversation)) return null;
    const expiresAt = this.deps.clock.now() + UPLOAD_TOKEN_TTL_MS;
    const secret = this.deps.relay.site(conversation.siteId).identitySecret;
    return { conversationId: conversation.id, token: signUploadToken(secret, conversation.id, expiresAt), expiresAt };
  }

  /** The conversation an upload token opens, once checked; throws `unauthorized` for anything else. */
  async conversationOfToken(token: string): Promise<ConversationRecord> {
    const id = uploadTokenConversation(token);
    const conversation = id ? await this.deps.store.getConversation(id) : null;
    const site = conversation ? this.deps.relay.site(conversation.siteId) : null;
    if (!conversation || !site || !verifyUploadToken(token, acceptedIdentitySecrets(site, this.deps.clock.now()), this.deps.clock.now())) {
      throw new PitbossError('unauthorized', 'The upload token is not valid; reopen the chat.');
    }
    return conversation;
  }

  /**
   * A file an agent sends into a conversation they hold (a supervisor reading
   * along may not: only the holder writes to the player). Same type, size and
   * count checks as a player's.
   */
  async uploadAsAgent(agent: AgentRecord, conversationId: string, rawName: string, bytes: Uint8Array): Promise<AttachmentRef> {
    const conversation = await this.deps.relay.conversationForAgent(agent, conversationId);
    if (conversation.agentId !== agent.id) throw new PitbossError('forbidden', 'This conversation is not assigned to you.');
    if (conversation.status !== 'assigned') throw new PitbossError('conflict', `This conversation is ${conversation.status}.`);
    return this.upload(conversation, rawName, bytes, { uploader: 'agent', uploaderId: agent.id });
  }

  async upload(conversation: ConversationRecord, rawName: string, bytes: Uint8Array, by?: Pick<AttachmentRecord, 'uploader' | 'uploaderId'>): Promise<AttachmentRef> {
    if (!isOpen(conversation)) throw new PitbossError('conflict', 'This conversation has ended; start a new one to send files.');
    if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new PitbossError('too_large', 'Files can be at most 10 MB.');
    const type = detectAttachmentType(bytes);
    if (!type) throw new PitbossError('bad_frame', 'Only PNG, JPEG and WebP images and PDF documents can be sent.');
    const { attachments } = this.deps.store;
    if ((await attachments.countInConversation(conversation.id)) >= MAX_ATTACHMENTS_PER_CONVERSATION) {
      throw new PitbossError('rate_limited', `A conversation holds at most ${MAX_ATTACHMENTS_PER_CONVERSATION} files.`);
    }
    const record: AttachmentRecord = {
      id: this.deps.ids.id('f'),
      name: safeFileName(rawName, type),
      type,
      size: bytes.byteLength,
      siteId: conversation.siteId,
      conversationId: conversation.id,
      uploader: by?.uploader ?? 'player',
      uploaderId: by?.uploaderId ?? conversation.playerId,
      createdAt: this.deps.clock.now(),
    };
    await attachments.save(record, bytes);
    return toRef(record);
  }

  /** An attachment the player uploaded into their current conversation, to send with a message. */
  async forPlayerMessage(player: PlayerRecord, id: string): Promise<AttachmentRef> {
    const [record, current] = await Promise.all([this.deps.store.attachments.get(id), this.deps.relay.conversationOfPlayer(player)]);
    // Only into the open conversation it was uploaded to: a chat resolved meanwhile starts afresh without it.
    if (!record || record.uploader !== 'player' || record.uploaderId !== player.id || !current || record.conversationId !== current.id || !isOpen(current)) {
      throw new PitbossError('not_found', 'No such attachment in your conversation.');
    }
    return toRef(record);
  }

  /** The bytes, for the player of the attachment's conversation (by their session token). */
  async readAsPlayer(sessionToken: string, id: string): Promise<{ attachment: AttachmentRecord; bytes: Buffer }> {
    const record = await this.deps.store.attachments.get(id);
    const player = record ? await this.deps.store.findPlayerBySession(record.siteId, hashToken(sessionToken)) : null;
    const conversation = record && player ? await this.deps.store.getConversation(record.conversationId) : null;
    // One answer for "no such file" and "not yours": ids must not be probeable.
    if (!record || !player || conversation?.playerId !== player.id) throw new PitbossError('not_found', 'No such attachment.');
    return this.withBytes(record);
  }

  /** The bytes, for an agent who may read the attachment's conversation. */
  async readAsAgent(agent: AgentRecord, id: string): Promise<{ attachment: AttachmentRecord; bytes: Buffer }> {
    const record = await this.deps.store.attachments.get(id);
    if (!record || record.siteId !== agent.siteId) throw new PitbossError('not_found', 'No such attachment.');
    await this.deps.relay.conversationForAgent(agent, record.conversationId);
    return this.withBytes(record);
  }

  private async withBytes(attachment: AttachmentRecord): Promise<{ attachment: AttachmentRecord; bytes: Buffer }> {
    const bytes = await this.deps.store.attachments.bytes(attachment.id);
    if (!bytes) throw new PitbossError('not_found', 'No such attachment.');
    return { attachment, bytes };
  }
}

function toRef(r: AttachmentRecord): AttachmentRef {
  return { id: r.id, name: r.name, type: r.type, size: r.size };
}
