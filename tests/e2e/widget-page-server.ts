import { existsSync, readFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * A casino's own web server for the widget browser tests: it serves the test's
 * pages (with whatever Content-Security-Policy each needs), its external
 * scripts, and the built widget (dist/widget.js and dist/widget/**) from its
 * own origin, as a casino that self-hosts or reverse-proxies the chat would.
 * WebSocket upgrades on /v1/ are piped byte for byte to the relay under test,
 * so with `connect-src 'self'` the widget still reaches a real relay; the relay
 * sees this server's origin and must list it in the site's allowedOrigins.
 * HTTP requests under /api/ (FAQ articles, attachments) are proxied the same way.
 */
export interface PageServer {
  origin: string;
  /** The relay's port; set it once the relay runs (its allowedOrigins need this server's origin first). */
  relayPort: number;
  /** While true, chat sockets are refused at the door (the relay is unreachable; pages still load). */
  refuseSockets: boolean;
  url(path: string): string;
  page(path: string, html: string, headers?: Record<string, string>): void;
  script(path: string, js: string): void;
  close(): Promise<void>;
}

interface Entry {
  body: string;
  type: string;
  headers: Record<string, string>;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

export async function startPageServer(distDir = resolve('dist')): Promise<PageServer> {
  const entries = new Map<string, Entry>();
  const sockets = new Set<Socket>();

  const serveWidget = (path: string, res: ServerResponse): boolean => {
    if (path !== '/widget.js' && !path.startsWith('/widget/')) return false;
    const file = normalize(join(distDir, path));
    if (!file.startsWith(distDir) || !existsSync(file)) return false;
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
    return true;
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const entry = entries.get(path);
    if (entry) {
      res.writeHead(200, { 'content-type': entry.type, 'cache-control': 'no-store', ...entry.headers });
      res.end(entry.body);
      return;
    }
    if (serveWidget(path, res)) return;
    if (path.startsWith('/api/')) return proxyApi(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });

  const proxyApi = (req: IncomingMessage, res: ServerResponse) => {
    const upstream = request({ host: '127.0.0.1', port: pages.relayPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  };

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  server.on('upgrade', (req, client: Socket, head: Buffer) => {
    if (!req.url?.startsWith('/v1/') || pages.refuseSockets) {
      client.destroy();
      return;
    }
    const upstream = connect(pages.relayPort, '127.0.0.1', () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      client.pipe(upstream).pipe(client);
    });
    sockets.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(upstream);
    };
    upstream.on('error', end).on('close', end);
    client.on('error', end).on('close', end);
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const pages: PageServer = {
    origin,
    relayPort: 0,
    refuseSockets: false,
    url: (path) => `${origin}${path}`,
    page(path, html, headers = {}) {
      entries.set(path, { body: html, type: 'text/html; charset=utf-8', headers });
    },
    script(path, js) {
      entries.set(path, { body: js, type: TYPES['.js']!, headers: {} });
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  return pages;
}

/** The snippet a casino pastes before the script tag (docs/EMBED.md), as an external file for strict CSPs. */
export const SNIPPET_STUB = 'window.Pitboss=window.Pitboss||function(){(Pitboss.q=Pitboss.q||[]).push(arguments)};';
