import fc from 'fast-check';
import { nanoid } from 'nanoid';
import { afterAll, describe, expect, it } from 'vitest';
import { AgentClientFrameSchema, decodeFrame, ERROR_CODES, PlayerClientFrameSchema } from '../../protocol';
import { connectAgent, connectPlayer } from '../support/clients';
import { expectStillServing } from '../support/serving';
import { startTestServer, type TestServer } from '../support/test-server';
import type { TestSocket } from '../support/ws-client';

/**
 * Property-based fuzzing of the frame decoder (protocol/codec.ts) alone, then
 * through real player and agent sockets: no input throws, every refusal is a
 * typed error, and no frame makes the relay answer `internal` or drop the socket.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const PLAYER_TYPES = ['hello', 'send', 'ping', 'typing', 'read', 'email', 'bot', 'csat', 'transcript', 'upload'];
const AGENT_TYPES = ['hello', 'status', 'open', 'send', 'resolve', 'transfer', 'escalate', 'waiting', 'complex', 'typing', 'read', 'note', 'ping'];
const FIELDS = ['id', 'text', 'seq', 'typing', 'rating', 'comment', 'email', 'choice', 'conversationId', 'topic', 'attachmentId', 'session', 'identity', 'v', 'site', 'locale', 'lastSeq', 'status', 'afterSeq', 'to', 'note', 'waiting', 'complex', '__proto__', 'constructor'];

const leaf = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(nanoid(), 'c_other', '<img src=x onerror=alert(1)>', "'; DROP TABLE messages; --", 'x'.repeat(5000), -1, 2 ** 53, NaN),
);
const nested = fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(fc.constantFrom(...FIELDS), leaf, { maxKeys: 4 }));
/** Frames shaped like the protocol's, with plausible and hostile fields. */
const frameLike = (types: string[]) => fc.record({ type: fc.constantFrom(...types, 'unknown', '__proto__') }).chain((head) => fc.dictionary(fc.constantFrom(...FIELDS), nested).map((rest) => JSON.stringify({ ...rest, ...head })));
const rawFrames = (types: string[]) =>
  fc.oneof(
    { arbitrary: frameLike(types), weight: 5 },
    { arbitrary: fc.json(), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 2 },
    { arbitrary: fc.anything().map((a) => JSON.stringify(a) ?? 'undefined'), weight: 1 },
  );

describe('the frame decoder, fuzzed', () => {
  it('never throws and answers every refusal with bad_frame or too_large, a message, and at most a 64-character ref', () => {
    for (const schema of [PlayerClientFrameSchema, AgentClientFrameSchema]) {
      fc.assert(
        fc.property(rawFrames([...PLAYER_TYPES, ...AGENT_TYPES]), (raw) => {
          const decoded = decodeFrame(schema, raw);
          if (decoded.ok) {
            expect(typeof decoded.value.type).toBe('string');
            return;
          }
          expect(['bad_frame', 'too_large']).toContain(decoded.error.code);
          expect(decoded.error.message.length).toBeGreaterThan(0);
          if (decoded.error.ref !== undefined) expect(decoded.error.ref.length).toBeLessThanOrEqual(64);
        }),
        { numRuns: 3000, seed: SEED },
      );
    }
  });
});

let server: TestServer | undefined;
afterAll(async () => {
  await server?.stop();
});

/**
 * Send fuzzed frames, then a frame that must get its answer: the socket is
 * still open and in order. Every error seen meanwhile has a typed code, never `internal`.
 */
async function fuzzSocket(socket: TestSocket, types: string[], sentinel: () => Promise<unknown>, runs: number) {
  const typed = ERROR_CODES.filter((c) => c !== 'internal');
  await fc.assert(
    fc.asyncProperty(fc.array(rawFrames(types), { minLength: 1, maxLength: 8 }), async (frames) => {
      for (const raw of frames) socket.send(raw);
      await sentinel();
      expect(socket.closed).toBeNull();
      for (const error of socket.frames.filter((f) => f.type === 'error')) expect(typed).toContain(error.code);
      socket.frames.length = 0;
    }),
    { numRuns: runs, seed: SEED },
  );
}

describe('frames fuzzed through real sockets', () => {
  it('never gets an internal error or a dropped socket out of the player or the agent socket', async () => {
    const relaxed = { burst: 100_000, perSecond: 100_000 };
    server = await startTestServer({ limits: { playerRate: relaxed, agentRate: relaxed, addressRate: relaxed } });
    const player = await connectPlayer(server.url);
    // `hello` again would switch the socket's site or end it by design; it is fuzzed in the decoder above and in frames.test.ts.
    await fuzzSocket(player.socket, PLAYER_TYPES.filter((t) => t !== 'hello'), () => player.say(`sentinel ${nanoid(6)}`), 150);

    const agent = await connectAgent(server.url, 'alice@luckystar.test', { status: 'online' });
    const held = (await agent.socket.type('conversation', (f) => f.conversation.status === 'assigned')).conversation.id;
    await fuzzSocket(
      agent.socket,
      AGENT_TYPES.filter((t) => t !== 'hello' && t !== 'status'),
      async () => {
        // Fuzzed frames may resolve or hand back the chat: the sentinel is a ping, answered whatever the chat's state.
        agent.socket.send({ type: 'ping' });
        await agent.socket.type('pong');
      },
      150,
    );
    expect(held).toMatch(/^c_/);
    await expectStillServing(server.url);
  });
});
