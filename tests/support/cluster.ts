import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const DATABASE_URL = process.env.PITBOSS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.PITBOSS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface RelayNode {
  name: string;
  port: number;
  url: string;
  process: ChildProcess;
  output: string[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A cluster of real relay processes (server/main.ts, as deployed) on one
 * fresh PostgreSQL schema and one Redis key prefix, so runs never meet.
 */
export async function createCluster(options: { site?: Record<string, unknown> } = {}) {
  const id = `mn${process.pid}x${Date.now() % 1_000_000}`;
  const schema = `pitboss_${id}`;
  const dir = mkdtempSync(join(tmpdir(), 'pitboss-cluster-'));
  const sitesFile = join(dir, 'sites.json');
  writeFileSync(
    sitesFile,
    JSON.stringify({
      sites: [{ id: 'demo', name: 'Cluster Casino', allowedOrigins: ['self', 'http://casino.test'], identitySecret: 'cluster-secret-0123456789abcdef', ...options.site }],
    }),
  );
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const nodes: RelayNode[] = [];

  async function startNode(name: string, port?: number): Promise<RelayNode> {
    const p = port ?? (await freePort());
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(p),
        DATABASE_URL,
        DATABASE_SCHEMA: schema,
        REDIS_URL,
        REDIS_PREFIX: `pitboss:${id}`,
        PITBOSS_SITES: sitesFile,
        PITBOSS_DATA: dir,
        PITBOSS_LOG_LEVEL: process.env.PITBOSS_LOG_LEVEL ?? 'warn',
        PITBOSS_INSECURE_COOKIES: '1',
        // The tests play the load balancer: it is on 127.0.0.1 and names each player in X-Forwarded-For.
        PITBOSS_TRUSTED_PROXIES: '127.0.0.1',
        // Agents come straight from 127.0.0.1 without a proxy header.
        PITBOSS_SOCKETS_PER_IP: '200',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const node: RelayNode = { name, port: p, url: `http://127.0.0.1:${p}`, process: child, output: [] };
    child.stdout!.on('data', (d) => node.output.push(String(d)));
    child.stderr!.on('data', (d) => node.output.push(String(d)));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${name} exited: ${node.output.join('')}`);
      try {
        if ((await fetch(`${node.url}/healthz`)).ok) break;
      } catch {
        /* not listening yet */
      }
      if (Date.now() > deadline) throw new Error(`${name} did not start: ${node.output.join('')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    nodes.push(node);
    return node;
  }

  return {
    schema,
    admin,
    nodes,
    startNode,
    kill(node: RelayNode) {
      node.process.kill('SIGKILL');
    },
    async stop() {
      const exited = (n: RelayNode) => n.process.exitCode !== null || n.process.signalCode !== null;
      await Promise.all(
        nodes.map((n) => {
          if (exited(n)) return undefined;
          const gone = new Promise((r) => n.process.once('exit', r));
          n.process.kill('SIGKILL');
          return gone;
        }),
      );
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
