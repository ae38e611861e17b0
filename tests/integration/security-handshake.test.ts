import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../protocol';
import { login, wsUrl } from '../support/clients';
import { OPCODE, RawClient } from '../support/raw-socket';
import { expectStillServing } from '../support/serving';
import { startTestServer, type TestServer } from '../support/test-server';
import { TestSocket } from '../support/ws-client';

let server: TestServer;
const raws: RawClient[] = [];
afterEach(async () => {
  for (const raw of raws.splice(0)) raw.destroy();
  await server.stop();
});

async function raw(): Promise<RawClient> {
  const client = await RawClient.open(server.port);
  raws.push(client);
  return client;
}

const selfHeaders = () => ({ Host: `localhost:${server.port}`, Origin: `http://localhost:${server.port}` });

/** Open the player socket by hand and greet, so later frames reach the greeted state. */
async function greetedRawPlayer(): Promise<RawClient> {
  const client = await raw();
  expect(await client.upgrade('/v1/player', selfHeaders())).toMatch(/^HTTP\/1\.1 101/);
  client.sendFrame(OPCODE.text, JSON.stringify({ type: 'hello', v: PROTOCOL_VERSION, site: 'demo', session: null, locale: 'en', lastSeq: 0 }));
  await client.until(() => client.text.includes('"welcome"'), 'welcome');
  return client;
}

describe('hostile handshakes', () => {
  it('refuses a handshake with 5,000 headers with 431 and keeps serving', async () => {
    server = await startTestServer();
    const client = await raw();
    const headers = Array.from({ length: 5000 }, (_, i) => `X-Junk-${i}: ${i}`).join('\r\n');
    client.write(`GET /v1/player HTTP/1.1\r\nHost: localhost:${server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n${headers}\r\n\r\n`);
    expect(await client.status()).toBe(431);
    await client.waitClosed();
    await expectStillServing(server.url);
  });

  it('drops a handshake whose headers never end once the headers timeout passes', async () => {
    server = await startTestServer({ limits: { headersTimeoutMs: 400 } });
    const client = await raw();
    const started = Date.now();
    client.write(`GET /v1/player HTTP/1.1\r\nHost: localhost:${server.port}\r\nUpgrade: websocket\r\n`);
    const drip = setInterval(() => client.write(`X-Drip: ${Date.now()}\r\n`), 50);
    try {
      await client.waitClosed(3000);
    } finally {
      clearInterval(drip);
    }
    expect(Date.now() - started).toBeLessThan(2000);
    expect(client.text).not.toMatch(/101 Switching Protocols/);
    await expectStillServing(server.url);
  });

  it('answers an unknown socket path with 404', async () => {
    server = await startTestServer();
    const client = await raw();
    expect(await client.upgrade('/v1/admin', selfHeaders())).toMatch(/^HTTP\/1\.1 404/);
    await client.waitClosed();
    await expectStillServing(server.url);
  });
});

describe('compression and fragmentation', () => {
  it('grants no permessage-deflate to a client that offers it', async () => {
    server = await startTestServer();
    const client = await raw();
    const head = await client.upgrade('/v1/player', { ...selfHeaders(), 'Sec-WebSocket-Extensions': 'permessage-deflate; client_max_window_bits' });
    expect(head).toMatch(/^HTTP\/1\.1 101/);
    expect(head.toLowerCase()).not.toContain('sec-websocket-extensions');

    const ws = new WebSocket(wsUrl(server.url, '/v1/player'), { headers: { origin: server.url }, perMessageDeflate: true });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    expect(ws.extensions).toBe('');
    ws.close();
    await expectStillServing(server.url);
  });

  it('closes a socket whose fragments add up past the frame limit with 1009, and keeps serving', async () => {
    server = await startTestServer();
    const client = await greetedRawPlayer();
    const chunk = Buffer.alloc(4096, 'a');
    client.sendFrame(OPCODE.text, chunk, false);
    for (let i = 0; i < 8; i += 1) client.sendFrame(OPCODE.continuation, chunk, false);
    expect(await client.closeCode()).toBe(1009);
    await expectStillServing(server.url);
  });

  it('closes a socket whose message never ends, before it says hello and after', async () => {
    server = await startTestServer({ limits: { helloTimeoutMs: 300, playerIdleMs: 500, closeGraceMs: 200 } });
    const silent = await raw();
    expect(await silent.upgrade('/v1/player', selfHeaders())).toMatch(/^HTTP\/1\.1 101/);
    silent.sendFrame(OPCODE.text, '{"type":"hel', false);
    expect(await silent.closeCode(2000)).toBe(4001);
    // It never answers the close frame, so the TCP connection is cut after the grace.
    await silent.waitClosed(2000);

    const greeted = await greetedRawPlayer();
    greeted.sendFrame(OPCODE.text, '{"type":"send","id":"never-ending","text":"', false);
    // Pongs keep the heartbeat happy; only the idle bound ends it.
    const pong = setInterval(() => greeted.sendFrame(OPCODE.pong, ''), 100);
    try {
      expect(await greeted.closeCode(3000)).toBe(1000);
      await greeted.waitClosed(2000);
    } finally {
      clearInterval(pong);
    }
    await expectStillServing(server.url);
  });
});

describe('cross-site WebSocket hijacking', () => {
  const refused = (url: string, headers: Record<string, string>) =>
    TestSocket.open(url, headers).then(
      () => 'opened',
      (error: Error) => error.message,
    );

  it('refuses the agent socket from any origin but the relay itself, even with a valid cookie', async () => {
    server = await startTestServer();
    const { cookie } = await login(server.url, 'alice@luckystar.test');
    const url = wsUrl(server.url, '/v1/agent');
    expect(await refused(url, { origin: 'https://evil.example', cookie })).toBe('upgrade refused: 403');
    // An embedding casino's page is not the agent panel either.
    expect(await refused(url, { origin: 'https://casino.example', cookie })).toBe('upgrade refused: 403');
    expect(await refused(url, { cookie })).toBe('upgrade refused: 403');
    // The control: the same cookie from the relay's own page works.
    const own = await TestSocket.open(url, { origin: server.url, cookie });
    own.close();
    await expectStillServing(server.url);
  });

  it('believes X-Forwarded-Proto for the relay’s own origin only from a trusted proxy', async () => {
    server = await startTestServer({ trustedProxies: ['127.0.0.1', '::1'] });
    const { cookie } = await login(server.url, 'alice@luckystar.test');
    const url = wsUrl(server.url, '/v1/agent');
    const httpsOrigin = server.url.replace(/^http:/, 'https:');
    // Behind a proxy that ends TLS, the panel's page is https although our socket is plain.
    const behindProxy = await TestSocket.open(url, { origin: httpsOrigin, cookie, 'x-forwarded-proto': 'https' });
    behindProxy.close();
    expect(await refused(url, { origin: httpsOrigin, cookie })).toBe('upgrade refused: 403');
    await server.stop();

    server = await startTestServer();
    const again = await login(server.url, 'alice@luckystar.test');
    expect(await refused(wsUrl(server.url, '/v1/agent'), { origin: server.url.replace(/^http:/, 'https:'), cookie: again.cookie, 'x-forwarded-proto': 'https' })).toBe(
      'upgrade refused: 403',
    );
  });

  it('refuses the player socket from an origin in no site allowlist, or with none', async () => {
    server = await startTestServer();
    const url = wsUrl(server.url, '/v1/player');
    expect(await refused(url, { origin: 'https://evil.example' })).toBe('upgrade refused: 403');
    expect(await refused(url, { origin: 'null' })).toBe('upgrade refused: 403');
    expect(await refused(url, {})).toBe('upgrade refused: 403');
    const casino = await TestSocket.open(url, { origin: 'https://casino.example' });
    casino.close();
    await expectStillServing(server.url);
  });
});
