import { expect } from 'vitest';
import { connectPlayer } from './clients';

/**
 * After hostile input: the server still answers /healthz and a new player
 * can still open a chat and have a message stored.
 */
export async function expectStillServing(baseUrl: string): Promise<void> {
  const health = await fetch(`${baseUrl}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true });
  const player = await connectPlayer(baseUrl);
  const ack = await player.say('still there?');
  expect(ack.seq).toBeGreaterThan(0);
  player.socket.close();
}
