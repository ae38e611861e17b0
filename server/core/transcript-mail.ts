import type { SiteConfig } from '../config/sites';
import type { ConversationRecord, MessageRecord, PlayerRecord } from '../store/records';
import type { Store } from '../store/store';
import type { Clock } from './clock';
import { PitbossError } from './errors';
import type { IdGenerator } from './ids';
import type { Notifier } from './relay';

/** Mails per conversation: enough for a typo in the address, too few to make the relay a mail cannon. */
export const MAX_TRANSCRIPT_MAILS = 3;
const PAGE = 500;

/**
 * "Email me the transcript": the player's latest conversation, as the player
 * saw it (the messages table only; agents' internal notes live elsewhere and
 * never reach a player). Each mail is a stored event, so the limit holds
 * across reconnects and relay nodes.
 */
export class TranscriptMail {
  constructor(
    private readonly deps: {
      store: Store;
      clock: Clock;
      ids: IdGenerator;
      notifier?: Notifier;
      conversations: { conversationOfPlayer(player: PlayerRecord): Promise<ConversationRecord | null>; site(siteId: string): SiteConfig };
    },
  ) {}

  async send(player: PlayerRecord, to: string): Promise<{ conversationId: string; email: string }> {
    const { store, notifier, conversations } = this.deps;
    if (!notifier) throw new PitbossError('not_found', 'Transcripts cannot be mailed from this relay.');
    const c = await conversations.conversationOfPlayer(player);
    if (!c || c.lastSeq === 0) throw new PitbossError('conflict', 'There is no conversation to send yet.');
    const mailed = (await store.listEvents(c.id)).filter((e) => e.kind === 'transcript_mailed').length;
    if (mailed >= MAX_TRANSCRIPT_MAILS) throw new PitbossError('rate_limited', `A transcript can be mailed ${MAX_TRANSCRIPT_MAILS} times per conversation.`);
    const messages = await this.allMessages(c.id);
    // Counted before sending: a failing mail server is not a reason to let a player retry without end.
    await store.addEvent({ id: this.deps.ids.id('e'), conversationId: c.id, siteId: c.siteId, kind: 'transcript_mailed', detail: to, agentId: null, note: null, at: this.deps.clock.now() });
    const site = conversations.site(c.siteId);
    try {
      await notifier.transcript({ to, siteName: site.name, conversationId: c.id, timeZone: site.timeZone, locale: c.locale, messages });
    } catch (error) {
      throw new PitbossError('internal', 'The transcript could not be mailed; please retry later.', { cause: error });
    }
    return { conversationId: c.id, email: to };
  }

  /** Where the conversation's transcript was last mailed (the event keeps the address), so a reloaded widget does not offer it again. */
  async mailedTo(conversationId: string): Promise<string | null> {
    const mailed = (await this.deps.store.listEvents(conversationId)).filter((e) => e.kind === 'transcript_mailed' && e.detail);
    return mailed.at(-1)?.detail ?? null;
  }

  private async allMessages(conversationId: string): Promise<MessageRecord[]> {
    const all: MessageRecord[] = [];
    for (;;) {
      const page = await this.deps.store.listMessages(conversationId, all.at(-1)?.seq ?? 0, PAGE);
      all.push(...page);
      if (page.length < PAGE) return all;
    }
  }
}
