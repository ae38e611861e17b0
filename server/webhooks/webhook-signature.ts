import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook deliveries are signed like Stripe's: `X-Pitboss-Signature:
 * t=<epoch ms>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the webhook's
 * secret>`. A receiver recomputes it over the raw body and refuses old
 * timestamps, so a captured delivery cannot be replayed later.
 */
export const WEBHOOK_SIGNATURE_HEADER = 'x-pitboss-signature';
export const WEBHOOK_EVENT_HEADER = 'x-pitboss-event';
export const WEBHOOK_DELIVERY_HEADER = 'x-pitboss-delivery';

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): true when the header signs this body with this secret, within `toleranceMs` of now. */
export function verifyWebhook(secret: string, header: string | undefined, body: string, now: number, toleranceMs = 5 * 60_000): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const timestamp = Number(match[1]);
  if (Math.abs(now - timestamp) > toleranceMs) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body).slice(-64), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'));
}
