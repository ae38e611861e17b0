import type { Bus } from '../bus/bus';
import type { CsatRecord } from '../store/csat-store';
import type { ConversationRecord, PlayerRecord } from '../store/records';
import type { Store } from '../store/store';
import type { Clock } from './clock';
import { PitbossError } from './errors';

/**
 * Player satisfaction (CSAT): the player rates their latest conversation once
 * an agent has answered it, during the chat or after; a later rating replaces
 * the earlier one. The holder at rating time gets the credit.
 */
export class Satisfaction {
  constructor(
    private readonly deps: {
      store: Store;
      bus: Bus;
      clock: Clock;
      conversations: { conversationOfPlayer(player: PlayerRecord): Promise<ConversationRecord | null> };
    },
  ) {}

  async rate(player: PlayerRecord, input: { rating: number; comment?: string }): Promise<CsatRecord> {
    const conversation = await this.deps.conversations.conversationOfPlayer(player);
    if (!conversation || conversation.firstResponseAt === null) {
      throw new PitbossError('conflict', 'There is no answered conversation to rate yet.');
    }
    const rating: CsatRecord = {
      conversationId: conversation.id,
      siteId: conversation.siteId,
      agentId: conversation.agentId,
      rating: input.rating,
      comment: input.comment ? input.comment : null,
      at: this.deps.clock.now(),
    };
    await this.deps.store.csat.record(rating);
    this.deps.bus.publish({ kind: 'csat', rating });
    return rating;
  }

  /** The stored rating of a conversation, so a reloaded widget does not ask again. */
  ratingOf(conversationId: string): Promise<CsatRecord | null> {
    return this.deps.store.csat.get(conversationId);
  }
}
