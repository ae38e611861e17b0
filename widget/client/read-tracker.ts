import type { PlayerConversation } from '../../protocol';
import { loadReadPosition, saveReadPosition, type ReadPosition } from './read-position';

/**
 * How far the player has read their current conversation: the base of the
 * unread count, the `read` frame the server has not heard yet, and what a
 * reload starts from.
 */
export class ReadTracker {
  private read: ReadPosition | null = null;
  /** What the server last heard from this tab (or from another tab, through it). */
  private told: ReadPosition | null = null;
  /** What an earlier page load of this device stored. */
  private stored: ReadPosition | null = null;

  constructor(private readonly site: string) {}

  async restore(): Promise<void> {
    this.stored = await loadReadPosition(this.site);
  }

  /** Someone else on this device now (identify): nothing read yet. */
  reset(): void {
    this.read = this.told = null;
  }

  seqOf(conversationId: string | null): number {
    return conversationId !== null && this.read?.conversationId === conversationId ? this.read.seq : 0;
  }

  /**
   * A welcome names the current conversation. One this tab has not followed:
   * what an earlier page load read; failing that, on the page's first welcome
   * its history counts as read (a reload is not news), while on a later one
   * (another tab started it while this one was away) all of it is new.
   */
  welcome(conversation: PlayerConversation | null, firstWelcome: boolean): void {
    if (!conversation || this.read?.conversationId === conversation.id) return;
    this.read =
      this.stored?.conversationId === conversation.id ? this.stored : { conversationId: conversation.id, seq: firstWelcome ? conversation.lastSeq : 0 };
    this.told = this.read;
  }

  /** Another tab of this player read up to `seq`; the server already knows. */
  readElsewhere(conversationId: string, seq: number): void {
    if (seq <= this.seqOf(conversationId)) return;
    this.read = this.told = { conversationId, seq };
  }

  /** The player has seen everything up to `seq`. Stored only when it moves, never per frame. */
  readUpTo(conversationId: string, seq: number): void {
    if (seq <= this.seqOf(conversationId)) return;
    this.read = { conversationId, seq };
    void saveReadPosition(this.site, this.read);
  }

  /** The seq to put in a `read` frame for the current conversation, or null when the server is up to date. */
  untold(currentConversationId: string | null): number | null {
    const read = this.read;
    if (!read || read.conversationId !== currentConversationId) return null;
    if (this.told?.conversationId === read.conversationId && this.told.seq >= read.seq) return null;
    return read.seq;
  }

  /** The `read` frame for `seq` went out. */
  sent(conversationId: string, seq: number): void {
    this.told = { conversationId, seq };
  }
}
