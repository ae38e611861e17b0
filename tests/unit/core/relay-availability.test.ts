import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalBus } from '../../../server/bus/local';
import type { BusEvent } from '../../../server/bus/bus';
import { SiteDirectory } from '../../../server/config/sites';
import { FakeClock } from '../../../server/core/clock';
import { Relay } from '../../../server/core/relay';
import type { AgentRecord } from '../../../server/store/records';
import type { KyselyStore } from '../../../server/store/kysely-store';
import { openSqliteStore } from '../../../server/store/sqlite';
import { TEST_SITE } from '../../support/test-server';

let store: KyselyStore;
let clock: FakeClock;
let events: BusEvent[];
let relay: Relay;
let counter = 0;

const agent = (id: string, siteId = 'demo'): AgentRecord => ({
  id,
  siteId,
  email: `${id}@t.test`,
  name: id,
  passwordHash: 'x',
  role: 'agent',
  capacity: 2,
  skills: [],
  languages: ['en'],
  disabled: false,
  createdAt: 0,
});

/** What the relay announced to players, as [site, agents online]. */
const announced = () => events.flatMap((e) => (e.kind === 'availability' ? [[e.siteId, e.floor.agentsOnline] as const] : []));

beforeEach(async () => {
  store = openSqliteStore(':memory:');
  await store.migrate();
  clock = new FakeClock(1_000_000);
  const bus = new LocalBus();
  events = [];
  bus.subscribe((e) => events.push(e));
  relay = new Relay({
    store,
    bus,
    clock,
    ids: { id: (p) => `${p}_${++counter}`, token: () => `token-${++counter}-${'z'.repeat(30)}` },
    sites: new SiteDirectory([{ ...TEST_SITE, agentReconnectGraceMs: 10_000 }, { ...TEST_SITE, id: 'rival', name: 'Rival' }]),
  });
  await relay.start();
});
afterEach(async () => {
  await store.close();
});

describe('availability announcements', () => {
  it('announces a site when its first agent comes online and when its last one leaves, and nothing in between', async () => {
    await relay.agentConnected(agent('alice'));
    expect(announced()).toEqual([]); // connected, but not online yet
    await relay.setAgentStatus('alice', 'online');
    expect(announced()).toEqual([['demo', 1]]);

    await relay.agentConnected(agent('alice')); // a second tab
    await relay.setAgentStatus('alice', 'online'); // the same status again
    await relay.tick(clock.now());
    expect(announced()).toEqual([['demo', 1]]);

    clock.advance(1000);
    await relay.agentConnected(agent('bob'));
    await relay.setAgentStatus('bob', 'online');
    expect(announced()).toEqual([['demo', 1], ['demo', 2]]);
    await relay.setAgentStatus('alice', 'away');
    expect(announced()).toEqual([['demo', 1], ['demo', 2]]); // within the second: held for the tick
    clock.advance(1000);
    await relay.tick(clock.now());
    await relay.setAgentStatus('bob', 'offline');
    expect(announced()).toEqual([['demo', 1], ['demo', 2], ['demo', 1], ['demo', 0]]);
  });

  it('coalesces a shift start: counts above zero reach players at most once a second, the first arrival at once', async () => {
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) {
      await relay.agentConnected(agent(id));
      await relay.setAgentStatus(id, 'online');
    }
    expect(announced()).toEqual([['demo', 1]]);
    clock.advance(400);
    await relay.tick(clock.now());
    expect(announced()).toEqual([['demo', 1]]);
    clock.advance(600);
    await relay.tick(clock.now());
    expect(announced()).toEqual([['demo', 1], ['demo', 5]]);
    // Leaving zero or reaching it is never held back.
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) await relay.setAgentStatus(id, 'offline');
    expect(announced()).toEqual([['demo', 1], ['demo', 5], ['demo', 0]]);
  });

  it('announces the moment the last socket goes (the reconnect grace keeps the chats, not the availability)', async () => {
    await relay.agentConnected(agent('alice'));
    await relay.setAgentStatus('alice', 'online');
    await relay.agentDisconnected('alice');
    expect(announced()).toEqual([['demo', 1], ['demo', 0]]);
    await relay.agentConnected(agent('alice'));
    expect(announced()).toEqual([['demo', 1], ['demo', 0], ['demo', 1]]);
  });

  it('announces only the site whose floor changed, with that floor (agents, capacity) for the wait estimate', async () => {
    const { player } = await relay.connectPlayer({ siteId: 'rival', session: null, locale: 'en', lastSeq: 0 });
    await relay.playerMessage(player, { clientId: 'msg-0001-xxxx', text: 'hello', locale: 'en', originSocket: 's' });
    await relay.agentConnected(agent('alice'));
    await relay.setAgentStatus('alice', 'online');
    expect(announced()).toEqual([['demo', 1]]);

    await relay.agentConnected(agent('rita', 'rival'));
    await relay.setAgentStatus('rita', 'away');
    await relay.setAgentStatus('rita', 'online');
    const rival = events.find((e) => e.kind === 'availability' && e.siteId === 'rival');
    expect(rival).toMatchObject({ floor: { agentsOnline: 1, capacity: 2 } });
    expect(announced()).toEqual([['demo', 1], ['rival', 1]]);
  });
});
