import type { PlayerDataExport, PlayerErased } from '../../protocol';
import type { Bus } from '../bus/bus';
import type { AgentRecord, PlayerRecord } from '../store/records';
import type { Store } from '../store/store';
import type { AuditTrail } from './audit-trail';
import type { Clock } from './clock';
import { PitbossError } from './errors';
import type { IdGenerator } from './ids';
import { toWireMessage } from './views';

const ALL = 100_000;
const OPEN = new Set(['bot', 'queued', 'assigned']);

/**
 * A player's data under the GDPR (docs/SECURITY.md, "Player data"): the
 * export of everything stored about them, and the erasure. The routes let
 * only admins call these; both are audited.
 */
export class PlayerData {
  constructor(private readonly deps: { store: Pick<Store, 'playerData' | 'reports' | 'listMessages' | 'csat'>; bus: Pick<Bus, 'publish'>; clock: Clock; ids: Pick<IdGenerator, 'id'>; audit: AuditTrail }) {}

  async export(admin: AgentRecord, ref: string): Promise<PlayerDataExport> {
    const player = await this.find(admin, ref);
    const { store } = this.deps;
    const conversations = await store.reports.playerConversations(player.id, ALL);
    const ids = conversations.map((c) => c.id);
    const [ratings, attachments, messages] = await Promise.all([
      store.csat.ofConversations(ids),
      store.playerData.attachmentsOf(ids),
      Promise.all(ids.map((id) => store.listMessages(id, 0, ALL))),
    ]);
    const ratingOf = new Map(ratings.map((r) => [r.conversationId, { rating: r.rating, comment: r.comment, at: r.at }]));
    await this.deps.audit.record(admin, admin.siteId, 'player.export', { type: 'player', id: player.id });
    return {
      exportedAt: this.deps.clock.now(),
      player: { id: player.id, siteId: player.siteId, externalId: player.externalId, name: player.name, vipTier: player.vipTier, createdAt: player.createdAt },
      conversations: conversations.map((c, i) => ({
        id: c.id,
        status: c.status,
        topic: c.topic,
        locale: c.locale,
        agentName: c.agentName,
        createdAt: c.createdAt,
        resolvedAt: c.resolvedAt,
        offlineEmail: c.offlineEmail,
        rating: ratingOf.get(c.id) ?? null,
        messages: messages[i]!.map(toWireMessage),
        attachments: attachments
          .filter((a) => a.conversationId === c.id)
          .map((a) => ({ id: a.id, name: a.name, type: a.type, size: a.size, uploader: a.uploader, createdAt: a.createdAt })),
      })),
    };
  }

  /**
   * Refused while the player has a conversation open: the relay holds it in
   * memory and an agent may be typing into it. End it first, then erase.
   */
  async erase(admin: AgentRecord, ref: string): Promise<PlayerErased> {
    const player = await this.find(admin, ref);
    const conversations = await this.deps.store.reports.playerConversations(player.id, ALL);
    if (conversations.some((c) => OPEN.has(c.status))) throw new PitbossError('conflict', 'This player has an open conversation; end it before erasing their data.');
    const anonymousId = this.deps.ids.id('erased');
    const removed = await this.deps.store.playerData.erase(player, anonymousId, this.deps.clock.now());
    // Written after the erasure, so it names only the anonymous id.
    await this.deps.audit.record(admin, admin.siteId, 'player.erase', { type: 'player', id: anonymousId }, { ...removed });
    // A widget still open under the erased id, on any node, reconnects as a new anonymous player.
    this.deps.bus.publish({ kind: 'erased', playerId: player.id });
    return { anonymousId, ...removed };
  }

  /** Only the admin's own site: another site's player is "not found", like any id that does not exist. */
  private async find(admin: AgentRecord, ref: string): Promise<PlayerRecord> {
    const player = await this.deps.store.playerData.findPlayer(admin.siteId, ref);
    if (!player) throw new PitbossError('not_found', 'No such player.');
    return player;
  }
}
