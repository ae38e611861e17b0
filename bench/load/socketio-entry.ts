/**
 * Baseline 2, what a team would write instead: a minimal socket.io relay
 * (websocket transport only, rooms, an ack callback per message, nothing
 * stored). A player joins `p:<id>` and names its agent in the handshake; an
 * agent joins `a:<id>` and addresses a player per message.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { serveControl } from './control';

const http = createServer();
const io = new Server(http, { transports: ['websocket'], maxHttpBufferSize: 16 * 1024, serveClient: false });

io.on('connection', (socket) => {
  const { role, id, agent } = socket.handshake.query as Record<string, string>;
  void socket.join(`${role}:${id}`);
  if (role === 'p') {
    socket.on('send', (msg: { text: string }, ack?: (ok: boolean) => void) => {
      io.to(`a:${agent}`).emit('message', { from: id, text: msg.text });
      ack?.(true);
    });
  } else {
    socket.on('send', (msg: { to: string; text: string }, ack?: (ok: boolean) => void) => {
      io.to(`p:${msg.to}`).emit('message', { text: msg.text });
      ack?.(true);
    });
  }
});

http.listen(0, '127.0.0.1', () => {
  serveControl(
    () => ({ connections: io.engine.clientsCount }),
    () => new Promise<void>((done) => io.close(() => done())),
  );
  process.stdout.write(`READY ${(http.address() as AddressInfo).port}\n`);
});
