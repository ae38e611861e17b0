import type { WebSocket } from 'ws';
import * as v from 'valibot';
import { CLOSE_CODES, decodeFrame, type WireError } from '../../protocol';
import type { Rate } from '../config/edge';
import type { RateLimiter } from '../edge/rate-limiter';
import { frameWithoutNul } from '../edge/without-nul';
import { TokenBucket } from '../edge/token-bucket';
import type { Logger } from '../logger';
import type { Peer } from './socket-registry';
import { toWireError } from './wire-errors';

export interface FrameSessionOptions<F, Out> {
  ws: WebSocket;
  peerId: string;
  schema: v.GenericSchema<unknown, F>;
  log: Logger;
  now: () => number;
  /** Frames per second this socket may send, with a burst allowance. */
  rate: Rate;
  /**
   * The client address's bucket, shared by all its sockets: every frame but
   * `hello` and `ping` takes a token from it too (those two are bounded by
   * the sockets-per-address limit and this socket's own bucket).
   */
  address?: { limiter: RateLimiter; key: string };
  /** The first frame must arrive (and be `hello`) within this time. */
  helloTimeoutMs: number;
  /** Close the socket after this long without a frame other than `ping`; 0 = never. */
  idleTimeoutMs?: number;
  /** A socket whose unsent bytes pass this is not reading: close it rather than buffer without bound. */
  maxBufferedBytes: number;
  /** Handle one decoded frame. Throwing answers with a typed error frame; the socket stays open. */
  onFrame: (frame: F) => Promise<void>;
  onClose: () => void;
}

/** Frames waiting behind the one being handled; past this the sender is flooding. */
const MAX_BACKLOG = 64;

/**
 * What every socket shares: decode and validate each frame, rate-limit,
 * handle frames one at a time in arrival order (so a player's messages keep
 * their order), turn failures into typed error frames, and never let a
 * bad frame take the socket or the server down.
 */
export function startFrameSession<F extends { type: string }, Out extends { type: string }>(options: FrameSessionOptions<F, Out>): Peer<Out> {
  const { ws, log } = options;
  const bucket = new TokenBucket(options.rate.burst, options.rate.perSecond, options.now());
  let chain: Promise<void> = Promise.resolve();
  let backlog = 0;
  let greeted = false;

  const peer: Peer<Out> = {
    id: options.peerId,
    send(frame) {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > options.maxBufferedBytes) {
        log.warn({ peer: options.peerId, buffered: ws.bufferedAmount }, 'closing slow reader');
        ws.close(CLOSE_CODES.rateLimited, 'slow reader');
        return;
      }
      // A text frame, as the protocol says, though the bytes are a Buffer.
      ws.send(encode(frame), { binary: false });
    },
  };
  const sendError = (error: WireError) => peer.send({ type: 'error', ...error } as unknown as Out);

  const helloTimer = setTimeout(() => {
    if (!greeted) ws.close(CLOSE_CODES.unauthorized, 'no hello');
  }, options.helloTimeoutMs);
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const stillActive = () => {
    if (!options.idleTimeoutMs) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => ws.close(CLOSE_CODES.normal, 'idle'), options.idleTimeoutMs);
    idleTimer.unref();
  };

  ws.on('message', (data, isBinary) => {
    if (isBinary) return sendError({ code: 'bad_frame', message: 'Binary frames are not part of the protocol.' });
    if (!bucket.take(options.now()) || backlog >= MAX_BACKLOG) {
      return sendError({ code: 'rate_limited', message: 'Too many messages; slow down and retry.', ...refOf(data) });
    }
    const decoded = decodeFrame(options.schema, frameWithoutNul(data.toString()));
    if (!decoded.ok) return sendError(decoded.error);
    const frame = decoded.value;
    if (!greeted && frame.type !== 'hello') return sendError({ code: 'bad_frame', message: 'The first frame must be hello.' });
    if (greeted && frame.type === 'hello') return sendError({ code: 'bad_frame', message: 'Already greeted.' });
    if (frame.type === 'hello') {
      greeted = true;
      clearTimeout(helloTimer);
    }
    if (frame.type !== 'ping') stillActive();
    const ref = 'id' in frame && typeof frame.id === 'string' ? frame.id : undefined;
    backlog += 1;
    chain = chain.then(async () => {
      try {
        if (options.address && frame.type !== 'hello' && frame.type !== 'ping') {
          const decision = await options.address.limiter.take(options.address.key);
          if (!decision.allowed) {
            sendError({ code: 'rate_limited', message: 'Too many messages from your network; slow down and retry.', ...(ref ? { ref } : {}) });
            return;
          }
        }
        await options.onFrame(frame);
      } catch (error) {
        const wire = toWireError(error, ref);
        if (wire.code === 'internal') log.error({ err: error, peer: options.peerId, frame: frame.type }, 'frame failed');
        sendError(wire);
      } finally {
        backlog -= 1;
      }
    });
  });
  ws.on('error', (error) => log.debug({ err: error, peer: options.peerId }, 'socket error'));
  ws.on('close', () => {
    clearTimeout(helloTimer);
    clearTimeout(idleTimer);
    // Let frames already accepted finish before the owner forgets the socket.
    void chain.then(options.onClose);
  });
  return peer;
}

/**
 * One frame object handed to many sockets (a message to a player's tabs and the agent's) is serialized once:
 * the bytes are remembered for as long as the object lives.
 */
const encodedFrames = new WeakMap<object, Buffer>();
function encode(frame: object): Buffer {
  let bytes = encodedFrames.get(frame);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(frame));
    encodedFrames.set(frame, bytes);
  }
  return bytes;
}

function refOf(data: unknown): { ref?: string } {
  const match = /"id"\s*:\s*"([A-Za-z0-9_-]{1,64})"/.exec(String(data).slice(0, 512));
  return match?.[1] ? { ref: match[1] } : {};
}
