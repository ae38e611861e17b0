import { afterEach, expect, it } from 'vitest';
import { newConversation } from '../../../server/core/conversation';
import type { Store } from '../../../server/store/store';

/**
 * Full-text search of transcripts, run against every backend: SQLite's FTS5
 * table and PostgreSQL's tsvector index must find the same conversations
 * (the meaning is written in protocol/search-terms.ts).
 */
export function transcriptSearchContract(open: () => Promise<Store>): void {
  let store: Store;
  afterEach(async () => {
    await store?.close();
  });

  let n = 0;
  async function chat(id: string, lines: string[], siteId = 'demo'): Promise<void> {
    await store.createPlayer({ id: `p_${id}`, siteId, sessionHash: `h-${id}`, name: null, vipTier: 0, managerAgentId: null, externalId: null, createdAt: 1 });
    await store.createConversation(newConversation({ id, siteId, playerId: `p_${id}`, createdAt: Number(id.replace(/\D/g, '')) * 1000 }));
    for (const text of lines) {
      await store.appendMessage({ conversationId: id, clientId: `m-${String(++n).padStart(8, '0')}`, author: 'player', authorId: null, authorName: null, text, at: n });
    }
  }
  async function floor(): Promise<void> {
    store = await open();
    await chat('c1', ['My withdrawal of 50% of my balance is stuck', 'It was 12.50 EUR to my e-wallet']);
    await chat('c2', ['Where is my free spins bonus?', 'Thanks, the spins arrived']);
    await chat('c3', ['Withdrawals of 500 pending since Monday']);
    await chat('c4', ['Le retrait est bloqué', 'Écrivez-moi à ana@mail.test']);
    await chat('c5', ['我的提款还没到账', '请帮我查一下']);
    await chat('c6', ['출금이 안돼요', 'السحب معلق منذ يومين']);
    await chat('c7', ['The bonus code did not work', 'I tried the code FREE50 twice']);
    await chat('c8', ['withdrawal on another site'], 'other');
  }
  const found = async (text: string) => (await store.transcripts.search('demo', { text }, { limit: 25, offset: 0 })).rows.map((r) => r.id).sort();

  it('matches words at their start, numbers whole, case aside, on the asking site only', async () => {
    await floor();
    expect(await found('withdraw')).toEqual(['c1', 'c3']);
    expect(await found('WITHDRAWALS')).toEqual(['c3']);
    expect(await found('50')).toEqual(['c1']);
    expect(await found('500')).toEqual(['c3']);
    expect(await found('free50')).toEqual(['c7']);
    expect(await found('withdrawn')).toEqual([]);
  });

  it('needs every term somewhere in the conversation, and a quoted phrase in order within one message', async () => {
    await floor();
    expect(await found('bonus spins')).toEqual(['c2']);
    expect(await found('spins arrived bonus')).toEqual(['c2']);
    expect(await found('"free spins"')).toEqual(['c2']);
    expect(await found('"spins free"')).toEqual([]);
    expect(await found('"bonus code"')).toEqual(['c7']);
    expect(await found('bonus code')).toEqual(['c7']);
    expect(await found('"bonus arrived"')).toEqual([]);
  });

  it('reads punctuation as a word break, so amounts, hyphenated words and emails are found', async () => {
    await floor();
    expect(await found('e-wallet')).toEqual(['c1']);
    expect(await found('12.50')).toEqual(['c1']);
    expect(await found('ana@mail.test')).toEqual(['c4']);
    expect(await found('free_spins')).toEqual(['c2']);
  });

  it('finds French, Korean and Arabic by word and Chinese anywhere in a message', async () => {
    await floor();
    expect(await found('bloqué')).toEqual(['c4']);
    expect(await found('RETRAIT')).toEqual(['c4']);
    expect(await found('출금')).toEqual(['c6']);
    expect(await found('السحب')).toEqual(['c6']);
    expect(await found('提款')).toEqual(['c5']);
    expect(await found('查一下')).toEqual(['c5']);
    expect(await found('提款 查一下')).toEqual(['c5']);
    expect(await found('提款 bonus')).toEqual([]);
  });

  it('takes search syntax and SQL as plain text and an empty query as no match', async () => {
    await floor();
    for (const hostile of ['"', '*', '""', ':*', "'", '\\', 'NEAR(', '%', '_', '-', '!', '&|', "' or 1=1 --"]) {
      expect(await found(hostile), hostile).toEqual([]);
    }
    expect(await found('bonus OR withdrawal')).toEqual([]);
    expect(await found('bonus AND code')).toEqual([]);
    // NOT is a word here, which c7 has ("did not work"), not a negation.
    expect(await found('NOT bonus')).toEqual(['c7']);
    expect(await found('code* "bonus')).toEqual(['c7']);
    expect(await found("o'clock bonus")).toEqual([]);
  });

  it('gives the first line matching any term in each conversation asked about', async () => {
    await floor();
    const lines = await store.transcripts.matchingLines(['c1', 'c2', 'c3', 'c5', 'c7'], 'spins 提款 code 12.50');
    expect(Object.fromEntries(lines)).toEqual({
      c1: { seq: 2, text: 'It was 12.50 EUR to my e-wallet' },
      c2: { seq: 1, text: 'Where is my free spins bonus?' },
      c5: { seq: 1, text: '我的提款还没到账' },
      c7: { seq: 1, text: 'The bonus code did not work' },
    });
    expect((await store.transcripts.matchingLines(['c2'], 'arrived')).get('c2')).toEqual({ seq: 2, text: 'Thanks, the spins arrived' });
    expect((await store.transcripts.matchingLines([], 'spins')).size).toBe(0);
    expect((await store.transcripts.matchingLines(['c2'], '%%')).size).toBe(0);
  });

  it('forgets a conversation’s words once its messages are erased', async () => {
    await floor();
    const player = (await store.playerData.findPlayer('demo', 'p_c2'))!;
    await store.playerData.erase(player, 'erased_c2', 10_000);
    expect(await found('spins')).toEqual([]);
    expect(await found('bonus')).toEqual(['c7']);
    await chat('c9', ['More free spins please']);
    expect(await found('spins')).toEqual(['c9']);
  });
}
