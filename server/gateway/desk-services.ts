import type { Floor } from '../../protocol';
import type { ConversationNotes } from '../core/notes';
import type { Satisfaction } from '../core/satisfaction';
import type { PlayerRecord } from '../store/records';

/** The agent desk's services beside the relay (notes, CSAT, the floor, the CRM), wired by the server's entry point. */
export interface DeskServices {
  notes: ConversationNotes;
  satisfaction: Satisfaction;
  /** The site's live floor, for supervisors. */
  floor(siteId: string): Promise<Floor>;
  /** A verified player connected: refresh what the casino's CRM says of them. Never awaited: the chat does not wait for a CRM. */
  playerConnected?(player: PlayerRecord): void;
  /** How often supervisors get the floor (ms); 5 s by default. */
  floorIntervalMs?: number;
}

export const FLOOR_INTERVAL_MS = 5_000;
