import { afterEach, describe, expect, it } from 'vitest';
import { connectAgent, connectPlayer } from '../support/clients';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;
afterEach(async () => {
  await server?.stop();
});

const metric = (text: string, name: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{site="demo"}`));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
};

describe('/metrics', () => {
  it('exposes the live floor and the last 24 h KPIs to a local scraper', async () => {
    server = await startTestServer();
    const player = await connectPlayer(server.url);
    const { conversationId } = await player.say('Hi there');
    const alice = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    await alice.socket.type('conversation', (f) => f.conversation.status === 'assigned');
    await alice.reply(conversationId, 'Hello!');
    player.socket.send({ type: 'csat', rating: 4 });
    await player.socket.type('csat');
    // Alice goes away: the next player waits in the queue.
    alice.socket.send({ type: 'status', status: 'away' });
    await alice.socket.type('agent', (f) => f.agent.status === 'away');
    await (await connectPlayer(server.url)).say('Anyone?');

    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(metric(text, 'pitboss_queue_length')).toBe(1);
    expect(metric(text, 'pitboss_agents_online')).toBe(0);
    expect(metric(text, 'pitboss_conversations_24h')).toBe(2);
    expect(metric(text, 'pitboss_answered_24h')).toBe(1);
    expect(metric(text, 'pitboss_csat_average')).toBe(4);
    expect(metric(text, 'pitboss_answered_within_target_ratio')).toBe(1);
    // Nothing to divide: left out rather than reported as 0.
    expect(metric(text, 'pitboss_bot_deflection_ratio')).toBeUndefined();
    expect(text).toContain('# HELP pitboss_first_response_p50_seconds');
    expect(text).toContain('pitboss_process_');
  });

  it('wants a bearer token when one is set, and refuses requests through a proxy without one', async () => {
    server = await startTestServer({ floorTools: { metricsToken: 'scrape-me-0123456789' } });
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer scrape-me-0123456789' } })).status).toBe(200);
    await server.stop();
    server = await startTestServer();
    expect((await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
  });
});
