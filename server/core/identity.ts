import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Identity } from '../../protocol';
import { PitbossError } from './errors';

/** What the casino backend signs: the player id and the time of signing, so a signature expires. */
export function identityPayload(playerId: string, issuedAt: number): string {
  return `${playerId}.${issuedAt}`;
}

export function signIdentity(secret: string, playerId: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(identityPayload(playerId, issuedAt)).digest('hex');
}

/**
 * The secrets that verify a signed identity (or an upload token) at `now`:
 * the current one, the sites file's previous ones, and those an admin rotated
 * away while their grace period lasts.
 */
export function acceptedIdentitySecrets(
  site: { identitySecret: string; previousIdentitySecrets: readonly string[]; retiringIdentitySecrets: readonly { secret: string; until: number }[] },
  now: number,
): string[] {
  return [site.identitySecret, ...site.previousIdentitySecrets, ...site.retiringIdentitySecrets.filter((r) => r.until > now).map((r) => r.secret)];
}

/**
 * Accept a signed identity if any current or previous site secret signed it
 * (rotation without breaking live chats) and it is neither too old nor from
 * the future. Compared in constant time.
 */
export function verifyIdentity(identity: Identity, secrets: readonly string[], now: number, maxAgeMs: number): void {
  const age = now - identity.issuedAt;
  // A little clock skew between the casino's servers and ours is normal.
  if (age > maxAgeMs || age < -5 * 60_000) throw new PitbossError('unauthorized', 'The player signature has expired; reload the page.');
  const given = Buffer.from(identity.signature, 'hex');
  const valid = secrets.some((secret) => {
    const expected = Buffer.from(signIdentity(secret, identity.playerId, identity.issuedAt), 'hex');
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!valid) throw new PitbossError('unauthorized', 'The player signature is not valid.');
}
