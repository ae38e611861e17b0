/**
 * Baseline 1, the limit of this machine: a bare `ws` forwarder with no JSON,
 * no validation, no storage and no acks. A player socket (`/p/<id>/<agent>`)
 * has its frames forwarded verbatim to its agent; an agent (`/a/<id>`) prefixes
 * a frame with `<playerId>|` and it goes verbatim to that player.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import { serveControl } from './control';

const players = new Map<string, WebSocket>();
const agents = new Map<string, WebSocket>();
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, maxPayload: 16 * 1024 });
const BAR = '|'.charCodeAt(0);

wss.on('connection', (ws, req) => {
  const [, kind, id = '', agentId = ''] = (req.url ?? '').split('/');
  ws.on('error', () => ws.terminate());
  if (kind === 'p') {
    players.set(id, ws);
    ws.on('message', (data: Buffer) => agents.get(agentId)?.send(data, { binary: false }));
    ws.on('close', () => players.delete(id));
  } else {
    agents.set(id, ws);
    ws.on('message', (data: Buffer) => {
      const bar = data.indexOf(BAR);
      if (bar > 0) players.get(data.toString('latin1', 0, bar))?.send(data, { binary: false });
    });
    ws.on('close', () => agents.delete(id));
  }
});

wss.on('listening', () => {
  serveControl(
    () => ({ connections: wss.clients.size }),
    () => new Promise<void>((done) => wss.close(() => done())),
  );
  const address = wss.address();
  process.stdout.write(`READY ${address && typeof address === 'object' ? address.port : 0}\n`);
});
