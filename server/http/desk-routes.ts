import { Router } from 'express';
import type { CannedReply, EarlierConversation, PlayerSidebar } from '../../protocol';
import type { AgentSessions } from '../core/agent-sessions';
import type { ConversationAccess } from '../core/notes';
import type { CrmDirectory } from '../crm/crm-directory';
import type { CannedReplyRecord } from '../store/canned-store';
import type { Store } from '../store/store';
import { requireAgent, type AuthedRequest } from './agent-auth';

/** How many earlier conversations the sidebar lists. */
export const EARLIER_LIMIT = 10;
const OPENING_CHARS = 140;

export interface DeskRouteDeps {
  sessions: AgentSessions;
  store: Store;
  relay: ConversationAccess;
  crm: Pick<CrmDirectory, 'lookup'>;
}

export function toWireCanned(r: CannedReplyRecord): CannedReply {
  return { id: r.id, shortcut: r.shortcut, title: r.title, texts: r.texts };
}

/** What any agent's desk reads beside the chat: canned replies and the player sidebar. */
export function deskRoutes(deps: DeskRouteDeps): Router {
  const router = Router();

  router.get('/api/canned', requireAgent(deps.sessions), async (req, res) => {
    const agent = (req as AuthedRequest).agent!;
    res.json({ replies: (await deps.store.canned.list(agent.siteId)).map(toWireCanned) });
  });

  /**
   * The player behind a conversation: the casino CRM's profile (or why there
   * is none) and their earlier conversations. The CRM call is bounded by the
   * site's timeout and cached; the chat itself never waits for it.
   */
  router.get('/api/conversations/:id/player', requireAgent(deps.sessions), async (req, res) => {
    const agent = (req as AuthedRequest).agent!;
    const conversation = await deps.relay.conversationForAgent(agent, String(req.params.id));
    const player = await deps.store.reports.player(conversation.playerId);
    const [lookup, history] = await Promise.all([
      deps.crm.lookup(conversation.siteId, player?.externalId ?? null),
      deps.store.reports.playerConversations(conversation.playerId, EARLIER_LIMIT + 1),
    ]);
    const earlier = history.filter((c) => c.id !== conversation.id).slice(0, EARLIER_LIMIT);
    const ids = earlier.map((c) => c.id);
    const [openings, ratings] = await Promise.all([deps.store.reports.openingLines(ids), deps.store.csat.ofConversations(ids)]);
    const ratingOf = new Map(ratings.map((r) => [r.conversationId, r.rating]));
    const sidebar: PlayerSidebar = {
      playerId: conversation.playerId,
      externalId: player?.externalId ?? null,
      crm: lookup.profile,
      crmStatus: lookup.status,
      earlier: earlier.map(
        (c): EarlierConversation => ({
          id: c.id,
          status: c.status,
          topic: c.topic,
          locale: c.locale,
          createdAt: c.createdAt,
          resolvedAt: c.resolvedAt,
          agentName: c.agentName,
          opening: shorten(openings.get(c.id) ?? null),
          csat: ratingOf.get(c.id) ?? null,
        }),
      ),
    };
    res.setHeader('Cache-Control', 'no-store');
    res.json(sidebar);
  });

  return router;
}

function shorten(text: string | null): string | null {
  if (text === null) return null;
  return text.length <= OPENING_CHARS ? text : `${text.slice(0, OPENING_CHARS - 1)}…`;
}
