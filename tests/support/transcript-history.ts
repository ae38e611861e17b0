import { newConversation } from '../../server/core/conversation';
import type { HistoryBatch } from '../../server/store/history-import';
import type { ConversationRecord, MessageRecord } from '../../server/store/records';

const HOUR = 3_600_000;

/**
 * Closed chats for transcript, GDPR and retention tests, ended `hoursAgo`
 * before `now`: Ana Lima (verified, casino id "casino-ana-77") asked about a
 * stuck withdrawal and rated it 5; Bob asked about a bonus, with a line a
 * spreadsheet would run as a formula; both answered by Alice.
 */
export function transcriptHistory(now: number, options: { hoursAgo?: number; siteId?: string; prefix?: string } = {}): HistoryBatch {
  const siteId = options.siteId ?? 'demo';
  const p = options.prefix ?? '';
  const start = now - (options.hoursAgo ?? 3) * HOUR;
  const chat = (id: string, playerId: string, at: number, topic: ConversationRecord['topic'], lines: [MessageRecord['author'], string][]) => {
    const conversation = newConversation({
      id, siteId, playerId, createdAt: at, status: 'resolved', topic, agentId: 'a_alice', agentName: 'Alice Martin', assignedAt: at + 1_000,
      firstResponseAt: at + 20_000, firstResponseMs: 20_000, resolvedAt: at + 600_000, lastSeq: lines.length,
    });
    const messages = lines.map(([author, text], i): MessageRecord => ({
      conversationId: id, seq: i + 1, clientId: `${id}-m${i + 1}-0000`, author, authorId: author === 'agent' ? 'a_alice' : author === 'player' ? playerId : null,
      authorName: author === 'agent' ? 'Alice Martin' : null, text, at: at + (i + 1) * 10_000,
    }));
    return { conversation, messages };
  };
  const ana = chat(`${p}c_ana`, `${p}p_ana`, start, 'withdrawal', [
    ['player', 'My withdrawal of 200 EUR is stuck since Monday'],
    ['agent', 'Hi Ana, I can see it; it leaves today.'],
  ]);
  const bob = chat(`${p}c_bob`, `${p}p_bob`, start + HOUR, 'bonus', [
    ['player', '=HYPERLINK("http://evil.test","free spins")'],
    ['agent', 'Your bonus is in your account.'],
  ]);
  return {
    players: [
      { id: `${p}p_ana`, siteId, sessionHash: `${p}h-ana`, name: 'Ana Lima', vipTier: 0, managerAgentId: null, externalId: `${p}casino-ana-77`, createdAt: start },
      { id: `${p}p_bob`, siteId, sessionHash: `${p}h-bob`, name: 'Bob Stone', vipTier: 0, managerAgentId: null, externalId: null, createdAt: start },
    ],
    conversations: [{ ...ana.conversation, offlineEmail: 'ana@mail.test' }, bob.conversation],
    messages: [...ana.messages, ...bob.messages],
    events: [],
    ratings: [{ conversationId: `${p}c_ana`, siteId, agentId: 'a_alice', rating: 5, comment: 'Quick and kind', at: start + 700_000 }],
  };
}
