import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAgent, connectPlayer } from '../support/clients';
import { createCluster } from '../support/cluster';

/** docs/deploy/nginx.conf, as documented, in front of two relay nodes. */
const NGINX = '/usr/sbin/nginx';
let cluster: Awaited<ReturnType<typeof createCluster>>;
let nginx: ChildProcess;
let dir: string;
let proxyUrl: string;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error('nginx not found: apt-get install -y nginx-light (.ci/run does)');
  cluster = await createCluster();
  const a = await cluster.startNode('node-a');
  const b = await cluster.startNode('node-b');
  dir = mkdtempSync(join(tmpdir(), 'pitboss-nginx-'));
  mkdirSync(join(dir, 'temp'));
  const port = await freePort();
  const config = readFileSync('docs/deploy/nginx.conf', 'utf8')
    .replaceAll('{{ERROR_LOG}}', join(dir, 'error.log'))
    .replaceAll('{{PID_FILE}}', join(dir, 'nginx.pid'))
    .replaceAll('{{TEMP}}', join(dir, 'temp'))
    .replaceAll('{{LISTEN_PORT}}', String(port))
    .replaceAll('{{UPSTREAM_SERVERS}}', `server 127.0.0.1:${a.port} max_fails=1 fail_timeout=5s;\n    server 127.0.0.1:${b.port} max_fails=1 fail_timeout=5s;`);
  writeFileSync(join(dir, 'nginx.conf'), config);
  nginx = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], { stdio: 'ignore' });
  proxyUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${proxyUrl}/healthz`)).ok) return;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not come up: ${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`);
}, 90_000);

afterAll(async () => {
  nginx?.kill('SIGTERM');
  await cluster?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('behind nginx (docs/deploy/nginx.conf)', () => {
  it('carries both sockets and the API, and keeps serving when a node is killed', async () => {
    const agent = await connectAgent(proxyUrl, 'alice@luckystar.test', { status: 'online' });
    const player = await connectPlayer(proxyUrl);
    const ack = await player.say('Hello through nginx');
    await agent.socket.type('conversation', (f) => f.conversation.status === 'assigned', 10_000);
    await agent.reply(ack.conversationId, 'Hello back');
    expect((await player.socket.type('message', (f) => f.message.author === 'agent')).message.text).toBe('Hello back');

    cluster.kill(cluster.nodes[0]!);
    // New connections go to the surviving node; a player who reconnects resumes the same conversation.
    const again = await connectPlayer(proxyUrl, { session: player.welcome.session });
    expect(again.welcome.messages.map((m: { text: string }) => m.text)).toEqual(['Hello through nginx', 'Hello back']);
    expect((await fetch(`${proxyUrl}/healthz`)).status).toBe(200);
  }, 60_000);
});
