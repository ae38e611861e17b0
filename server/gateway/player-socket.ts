import type { WebSocket } from 'ws';
import { CLOSE_CODES, PROTOCOL_VERSION, PlayerClientFrameSchema, type ConversationStatus, type PlayerClientFrame, type PlayerServerFrame } from '../../protocol';
import type { SiteDirectory } from '../config/sites';
import { PitbossError, isPitbossError } from '../core/errors';
import type { RelayApi as Relay } from '../core/relay-api';
import { estimateAvailability } from '../core/availability';
import { toPlayerConversation, toWireMessage } from '../core/views';
import type { Logger } from '../logger';
import type { ConversationRecord, PlayerRecord } from '../store/records';
import { startFrameSession, type FrameSessionOptions } from './frame-session';
import type { PlayerPeer, SiteFloor, SocketRegistry } from './socket-registry';
import type { DeskServices } from './desk-services';
import type { TranscriptMail } from '../core/transcript-mail';
import type { Attachments } from '../core/attachments';

export interface PlayerSocketContext {
  relay: Relay;
  sites: SiteDirectory;
  registry: SocketRegistry;
  log: Logger;
  now: () => number;
  limits: Pick<FrameSessionOptions<unknown, unknown>, 'rate' | 'address' | 'helloTimeoutMs' | 'idleTimeoutMs' | 'maxBufferedBytes'>;
  /** CSAT and the CRM look-up; absent in servers built without them. */
  desk?: DeskServices;
  /** "Email me the transcript"; absent in servers built without mail. */
  transcripts?: Pick<TranscriptMail, 'send' | 'mailedTo'>;
  /** Upload tokens, and files sent with messages; absent: no attachments. */
  attachments?: Pick<Attachments, 'tokenFor' | 'forPlayerMessage'>;
}

/** One widget's socket: hello (site, origin, version, resume) then messages. */
export function handlePlayerSocket(ws: WebSocket, ctx: PlayerSocketContext, meta: { peerId: string; origin: string | undefined; selfOrigin: string }): void {
  let player: PlayerRecord | null = null;
  let locale = 'en';
  /** The conversation this socket last handed an upload token for. */
  let tokenFor: string | null = null;
  /** The status of the player's conversation as this socket last told it (undefined: none yet). */
  let status: ConversationStatus | undefined;
  /** The address last left for the conversation, as the last availability frame said. */
  let email: string | null = null;

  const peer = startFrameSession<PlayerClientFrame, PlayerServerFrame>({
    ws,
    peerId: meta.peerId,
    schema: PlayerClientFrameSchema,
    log: ctx.log,
    now: ctx.now,
    ...ctx.limits,
    async onFrame(frame) {
      switch (frame.type) {
        case 'hello': {
          if (frame.v !== PROTOCOL_VERSION) {
            peer.send({ type: 'error', code: 'version', message: `Protocol ${frame.v} is not supported; this relay speaks ${PROTOCOL_VERSION}. Reload the page.` });
            ws.close(CLOSE_CODES.version, 'protocol version');
            return;
          }
          const site = ctx.sites.get(frame.site);
          if (!site || !pageAllowed(site.id)) return refuseOrigin();
          locale = frame.locale;
          const session = await ctx.relay.connectPlayer({
            siteId: site.id,
            session: frame.session,
            locale,
            lastSeq: frame.lastSeq,
            conversationId: frame.conversationId,
            identity: frame.identity,
          }).catch((error: unknown) => {
            // A refused identity ends the socket: reconnecting with the same signature cannot help.
            if (isPitbossError(error) && error.code === 'unauthorized') {
              peer.send({ type: 'error', code: error.code, message: error.message });
              ws.close(CLOSE_CODES.unauthorized, 'identity refused');
              return null;
            }
            throw error;
          });
          if (!session) return;
          player = session.player;
          if (player.externalId) ctx.desk?.playerConnected?.(player);
          if (ws.readyState !== ws.OPEN) return;
          status = session.conversation?.status;
          ctx.registry.addPlayer(player.id, watched, site.id);
          peer.send({
            type: 'welcome',
            v: PROTOCOL_VERSION,
            session: session.token,
            playerId: player.id,
            conversation: session.conversation ? toPlayerConversation(session.conversation) : null,
            messages: session.messages.map(toWireMessage),
          });
          // Stored between reading the replay and registering this socket? Send it now (see Relay.catchUp).
          const late = await ctx.relay.catchUp(player, {
            conversationId: session.conversation?.id ?? null,
            lastSeq: session.messages.at(-1)?.seq ?? session.conversation?.lastSeq ?? 0,
          });
          if (late) {
            if (late.conversation.id !== session.conversation?.id) watched.send({ type: 'conversation', conversation: toPlayerConversation(late.conversation) });
            for (const m of late.messages) peer.send({ type: 'message', message: toWireMessage(m) });
          }
          sendAvailability(session.conversation);
          sendUploadToken(session.conversation);
          await sendEndOfChat(session.conversation);
          return;
        }
        case 'send': {
          if (!player) throw new PitbossError('unauthorized', 'Say hello first.');
          if (frame.attachmentId && !ctx.attachments) throw new PitbossError('not_found', 'Attachments are not available on this relay.');
          const attachment = frame.attachmentId ? await ctx.attachments!.forPlayerMessage(player, frame.attachmentId) : undefined;
          const message = await ctx.relay.playerMessage(player, { clientId: frame.id, text: frame.text, topic: frame.topic, locale, originSocket: peer.id, attachment });
          peer.send({ type: 'ack', id: frame.id, conversationId: message.conversationId, seq: message.seq, at: message.at });
          const conversation = await ctx.relay.conversationOfPlayer(player);
          if (conversation?.status === 'queued') sendAvailability(conversation);
          if (conversation && conversation.id !== tokenFor) sendUploadToken(conversation);
          return;
        }
        case 'email': {
          if (!player) throw new PitbossError('unauthorized', 'Say hello first.');
          sendAvailability(await ctx.relay.leaveEmail(player, frame.email));
          return;
        }
        case 'bot': {
          if (!player) throw new PitbossError('unauthorized', 'Say hello first.');
          // Now in the human queue: whether anyone can answer soon (and the email fallback) matters again.
          const conversation = await ctx.relay.botChoice(player, frame.choice);
          if (conversation.status === 'queued') sendAvailability(conversation);
          return;
        }
        case 'csat': {
          if (!player) throw new PitbossError('unauthorized', 'Say hello first.');
          if (!ctx.desk) throw new PitbossError('not_found', 'Ratings are not available on this relay.');
          const rating = await ctx.desk.satisfaction.rate(player, { rating: frame.rating, comment: frame.comment });
          peer.send({ type: 'csat', conversationId: rating.conversationId, rating: rating.rating });
          return;
        }
        case 'transcript': {
          if (!player) throw new PitbossError('unauthorized', 'Say hello first.');
          if (!ctx.transcripts) throw new PitbossError('not_found', 'Transcripts cannot be mailed from this relay.');
          const sent = await ctx.transcripts.send(player, frame.email);
          peer.send({ type: 'transcript', ...sent });
          return;
        }
        case 'typing':
          if (player) await ctx.relay.typing({ player }, null, frame.typing, peer.id);
          return;
        case 'read':
          if (player) await ctx.relay.markRead({ player }, null, frame.seq);
          return;
        case 'ping':
          peer.send({ type: 'pong' });
          return;
      }
    },
    onClose() {
      if (player) ctx.registry.removePlayer(player.id, watched, player.siteId);
    },
  });

  /** The peer live delivery uses: it notes the conversation's status on the way out, so an availability change needs no store read. */
  const watched: PlayerPeer = {
    id: peer.id,
    send(frame) {
      if (frame.type === 'conversation') status = frame.conversation.status;
      peer.send(frame);
    },
    availabilityChanged(floor) {
      void pushAvailability(floor).catch((err: unknown) => ctx.log.warn({ err }, 'availability push failed'));
    },
    siteChanged() {
      // An admin removed this page's origin: the socket it opened before goes too, not only the next one.
      if (player && !pageAllowed(player.siteId)) refuseOrigin();
    },
    end(code, reason) {
      ws.close(code, reason);
    },
  };

  /** The hello's check, and again after every change to the site: may this socket's page chat with the site now? */
  function pageAllowed(siteId: string): boolean {
    const site = ctx.sites.get(siteId);
    return site !== undefined && ctx.sites.allowsOrigin(site, meta.origin, meta.selfOrigin);
  }

  /** Same answer for an unknown site and a foreign origin: nothing to learn by probing. */
  function refuseOrigin(): void {
    peer.send({ type: 'error', code: 'forbidden', message: 'This page is not allowed to open this chat.' });
    ws.close(CLOSE_CODES.forbidden, 'origin not allowed');
  }

  /**
   * Someone came online at the site, or its last agent left: a player who
   * waits, or may ask next, learns it now (the email offer comes or goes).
   * A player whose chat an agent holds has nothing to learn from it.
   */
  async function pushAvailability(floor: SiteFloor): Promise<void> {
    if (!player || status === 'assigned') return;
    const site = ctx.relay.site(player.siteId);
    const conversation = status === 'queued' ? await ctx.relay.conversationOfPlayer(player) : null;
    const estimate = estimateAvailability({ sites: { [site.id]: floor }, statuses: {} }, site, conversation);
    email = conversation ? estimate.email : email;
    peer.send({ type: 'availability', ...estimate, email });
  }

  /** A reload after the chat ended: what the player already did (rated it, had the transcript mailed) is not asked again. */
  async function sendEndOfChat(conversation: ConversationRecord | null): Promise<void> {
    if (!conversation || (conversation.status !== 'resolved' && conversation.status !== 'missed')) return;
    const [rating, mailedTo] = await Promise.all([ctx.desk?.satisfaction.ratingOf(conversation.id), ctx.transcripts?.mailedTo(conversation.id)]);
    if (rating) peer.send({ type: 'csat', conversationId: conversation.id, rating: rating.rating });
    if (mailedTo) peer.send({ type: 'transcript', conversationId: conversation.id, email: mailedTo });
  }

  function sendUploadToken(conversation: ConversationRecord | null): void {
    const upload = conversation ? ctx.attachments?.tokenFor(conversation) : null;
    if (!upload) return;
    tokenFor = upload.conversationId;
    peer.send({ type: 'upload', ...upload });
  }

  function sendAvailability(conversation: ConversationRecord | null): void {
    if (!player) return;
    const availability = ctx.relay.availability(player, conversation);
    email = availability.email;
    peer.send({ type: 'availability', ...availability });
  }
}
