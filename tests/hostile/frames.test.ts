import { nanoid } from 'nanoid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../protocol';
import { wsUrl } from '../support/clients';
import { TestSocket } from '../support/ws-client';
import { startFloorUnderAttack, type FloorUnderAttack } from './floor-under-attack';

/**
 * Hostile frames on the player socket, each answered with a typed error (or a
 * clear close code) while a bystander chat keeps flowing. The 1 MB frame and
 * a 300-frame burst are also in tests/integration/security-limits.test.ts;
 * here they run at full size and speed beside a live chat.
 */
let floor: FloorUnderAttack;
beforeAll(async () => {
  floor = await startFloorUnderAttack();
});
afterAll(async () => {
  await floor?.finish().catch(() => undefined);
});

/** The socket must still work after hostile frames: a real message gets its ack. */
async function stillUsable(player: Awaited<ReturnType<FloorUnderAttack['player']>>) {
  expect(player.socket.closed).toBeNull();
  expect((await player.say(`still usable ${nanoid(4)}`)).seq).toBeGreaterThan(0);
}

describe('hostile frames on the player socket', () => {
  it('answers malformed JSON with bad_frame and keeps the socket', async () => {
    const attacker = await floor.player();
    const garbage = ['{', '}', 'null', '[]', '"send"', '42', 'true', '{"type":', '\u0000\u0001\u0002', '\ud800', '{"type":"send","id":"x","text":"a"}}', '[' .repeat(5000) + ']'.repeat(5000)];
    await floor.whileFlowing(async () => {
      for (const raw of garbage) {
        attacker.socket.send(raw);
        const error = await attacker.socket.type('error');
        expect(error.code, raw.slice(0, 20)).toBe('bad_frame');
        expect(typeof error.message).toBe('string');
      }
      // A binary frame is not a text frame of JSON either.
      attacker.socket.ws.send(Buffer.from([0xde, 0xad, 0xbe, 0xef]));
      expect((await attacker.socket.type('error')).code).toBe('bad_frame');
    });
    await stillUsable(attacker);
  });

  it('answers wrong types, unknown message types and prototype keys with a typed error naming the frame', async () => {
    const attacker = await floor.player();
    const frames: unknown[] = [
      { type: 'send', id: 5, text: 'hi' },
      { type: 'send', id: 'ok-id', text: { html: '<b>' } },
      { type: 'send', id: 'ok-id-2', text: ['a'] },
      { type: 'send', id: 'ok-id-3', text: '   ' },
      { type: 'send', id: 'x'.repeat(500), text: 'hi' },
      { type: 'typing', typing: 'yes' },
      { type: 'read', seq: -1 },
      { type: 'read', seq: 1.5 },
      { type: 'read', seq: 'NaN' },
      { type: 'csat', rating: 99 },
      { type: 'email', email: 'not an email' },
      { type: 'admin' },
      { type: 'resolve', conversationId: 'c_anything' },
      { type: '__proto__' },
      { type: 'constructor' },
      { type: 'toString' },
      { type: 'hello', v: PROTOCOL_VERSION, site: 'demo' },
      { type: null },
      {},
    ];
    await floor.whileFlowing(async () => {
      for (const frame of frames) {
        attacker.socket.send(frame);
        const error = await attacker.socket.type('error');
        expect(['bad_frame', 'too_large', 'conflict'], JSON.stringify(frame).slice(0, 60)).toContain(error.code);
      }
      // A frame that names itself gets its id back as `ref`, so the client knows which send failed.
      attacker.socket.send({ type: 'send', id: 'named-bad-frame', text: 42 });
      expect((await attacker.socket.type('error')).ref).toBe('named-bad-frame');
      // __proto__ in the JSON is an own key, never the object's prototype: nothing on the server changes shape.
      // (A fresh socket: this one has spent its burst of 20 frames.)
      const other = await floor.player();
      other.socket.send('{"type":"send","id":"proto-0001","text":"hi","__proto__":{"isAdmin":true,"conversationId":"c_other"}}');
      const ack = await other.socket.next((f) => (f.type === 'ack' || f.type === 'error') && (f.id === 'proto-0001' || f.ref === 'proto-0001'));
      expect(ack).toMatchObject({ type: 'ack' });
      expect((await floor.server.store.getConversation(ack.conversationId))?.playerId).toBe(other.welcome.playerId);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });
    // The 20-frame burst is spent; one token comes back every 200 ms.
    await new Promise((r) => setTimeout(r, 400));
    await stillUsable(attacker);
  });

  it('refuses 10,000 emoji as too large and keeps an emoji-only message that fits intact', async () => {
    const attacker = await floor.player();
    await floor.whileFlowing(async () => {
      // 1,500 emoji are 3,000 UTF-16 units: under the 4,000-character bound, stored and echoed intact.
      const fits = '🎰'.repeat(1500);
      const ack = await attacker.say(fits);
      const stored = await floor.server.store.listMessages(ack.conversationId, 0, 100);
      expect(stored.some((m) => m.text === fits)).toBe(true);
      // 3,000 emoji fit in a frame but not in a message: too_large, the socket stays.
      attacker.socket.send({ type: 'send', id: 'emoji-3k', text: '😀'.repeat(3000) });
      expect(await attacker.socket.type('error')).toMatchObject({ code: 'too_large', ref: 'emoji-3k' });
    });
    await stillUsable(attacker);
    // 10,000 emoji (40 KB of UTF-8) pass the 16 KiB frame bound: the socket is closed with 1009, nobody else notices.
    const flood = await floor.player();
    await floor.whileFlowing(async () => {
      flood.socket.send({ type: 'send', id: 'emoji-10k', text: '🃏'.repeat(10_000) });
      expect((await flood.socket.waitClosed()).code).toBe(1009);
    });
  });

  it('closes a socket that sends a 1 MB frame with 1009 while the bystander chat flows', async () => {
    const attacker = await floor.player();
    await floor.whileFlowing(async () => {
      attacker.socket.send(JSON.stringify({ type: 'send', id: 'huge', text: 'x'.repeat(1024 * 1024) }));
      expect((await attacker.socket.waitClosed()).code).toBe(1009);
    });
  });

  it('answers 10,000 frames a second from one socket with rate_limited, and the bystander never waits for them', async () => {
    const attacker = await floor.player();
    const before = await floor.server.store.listMessages((await attacker.say('before the flood')).conversationId, 0, 100);
    let limited = 0;
    attacker.socket.ws.on('message', (data) => {
      if (String(data).includes('"rate_limited"')) limited += 1;
    });
    await floor.whileFlowing(async () => {
      const started = Date.now();
      // 10,000 frames in ten slices of 1,000 over one second.
      for (let slice = 0; slice < 10; slice++) {
        for (let i = 0; i < 1000; i++) attacker.socket.ws.send(JSON.stringify({ type: 'send', id: `f${slice}-${i}`, text: `flood ${slice}-${i}` }));
        await new Promise((r) => setTimeout(r, Math.max(0, started + (slice + 1) * 100 - Date.now())));
      }
      await expect.poll(() => limited, { timeout: 20_000 }).toBeGreaterThan(9_000);
    });
    // What was stored before the flood is intact, and the flood stored at most a burst's worth.
    const stored = await floor.server.store.listMessages(before[0]!.conversationId, 0, 20_000);
    expect(stored[0]!.text).toBe('before the flood');
    expect(stored.filter((m) => m.text.startsWith('flood ')).length).toBeLessThan(100);
  });

  it('refuses a message before hello with a typed error', async () => {
    const early = await TestSocket.open(wsUrl(floor.server.url, '/v1/player'), { origin: floor.server.url, 'x-forwarded-for': '203.0.113.251' });
    await floor.whileFlowing(async () => {
      early.send({ type: 'send', id: 'early-0001', text: 'before hello' });
      const error = await early.type('error');
      expect(error.code).toBe('bad_frame');
      expect(error.message).toMatch(/hello/i);
    });
    early.terminate();
  });

  it('lost no message of any other conversation', async () => {
    const finished = floor;
    floor = undefined as unknown as FloorUnderAttack;
    await finished.finish();
  });
});
