import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nanoid } from 'nanoid';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StoreTestFault } from '../../server/store/kysely-store';
import { connectPlayer } from '../support/clients';
import { buildChaosEntries, type ChaosEntries } from './chaos-build';
import { CHAOS_SITE } from './floor';
import { RelayChild } from './relay-child';

let entries: ChaosEntries;
const cleanup: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  entries = await buildChaosEntries();
});
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});
afterAll(() => entries?.dispose());

// Within the player socket's burst allowance (20 frames, the hello included), so none is refused.
const BURST = 15;

async function startRelay(fault?: StoreTestFault): Promise<RelayChild> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pitboss-durability-'));
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const relay = new RelayChild({ entry: entries.relay, dataDir, fault });
  cleanup.push(() => relay.stop());
  await relay.start();
  return relay;
}

/** Send a burst without waiting in between (group commit batches it), then wait for every ack. */
async function sendAcked(relay: RelayChild) {
  const player = await connectPlayer(relay.url, { site: CHAOS_SITE.id });
  cleanup.push(() => player.socket.terminate());
  const ids = Array.from({ length: BURST }, () => nanoid());
  for (const [i, id] of ids.entries()) player.socket.send({ type: 'send', id, text: `Deposit reference ${i + 1}` });
  const acks = await Promise.all(ids.map((id) => player.socket.type('ack', (f) => f.id === id)));
  return { session: player.welcome.session as string, ids, acks };
}

async function afterKill(relay: RelayChild, session: string) {
  await relay.restart();
  const player = await connectPlayer(relay.url, { site: CHAOS_SITE.id, session });
  cleanup.push(() => player.socket.terminate());
  return player;
}

describe('SQLite durability across kill -9', () => {
  it('keeps every message acked before the relay was killed, under the seq it was acked with', async () => {
    const relay = await startRelay();
    const { session, ids, acks } = await sendAcked(relay);

    const player = await afterKill(relay, session);
    expect(player.welcome.messages.map((m: { id: string }) => m.id)).toEqual(ids);
    expect(player.welcome.messages.map((m: { seq: number }) => m.seq)).toEqual(acks.map((a) => a.seq));

    // The restarted relay knows the ids from the database alone: a resend is acked again, not stored again.
    const again = await player.say('Deposit reference 1', ids[0]);
    expect(again.seq).toBe(acks[0].seq);
    const replay = await connectPlayer(relay.url, { site: CHAOS_SITE.id, session });
    cleanup.push(() => replay.socket.terminate());
    expect(replay.welcome.messages).toHaveLength(BURST);
  });

  it('would catch a relay that acks before its commit', async () => {
    const relay = await startRelay('ack-before-commit');
    const { session } = await sendAcked(relay);

    const player = await afterKill(relay, session);
    expect(player.welcome.messages.length).toBeLessThan(BURST);
  });
});
