import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How the relay signs its calls to a casino CRM, and how a CRM (the demo one,
 * or the casino's) checks them: hex HMAC-SHA256 with the site's CRM secret
 * over `${timestamp}.${METHOD}.${path}`, where path is the request's path and
 * query as sent. The timestamp (epoch ms) bounds replays.
 */
export const CRM_TIMESTAMP_HEADER = 'x-pitboss-timestamp';
export const CRM_SIGNATURE_HEADER = 'x-pitboss-signature';
/** A CRM should refuse a signature older (or newer) than this. */
export const CRM_MAX_SKEW_MS = 5 * 60_000;

export function signCrmRequest(secret: string, method: string, path: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}.${method.toUpperCase()}.${path}`).digest('hex');
}

export function verifyCrmRequest(input: {
  secret: string;
  method: string;
  path: string;
  timestamp: string | undefined;
  signature: string | undefined;
  now: number;
}): boolean {
  const timestamp = Number(input.timestamp);
  if (!input.timestamp || !Number.isSafeInteger(timestamp) || Math.abs(input.now - timestamp) > CRM_MAX_SKEW_MS) return false;
  if (!input.signature || !/^[0-9a-f]{64}$/.test(input.signature)) return false;
  const expected = Buffer.from(signCrmRequest(input.secret, input.method, input.path, timestamp), 'hex');
  return timingSafeEqual(expected, Buffer.from(input.signature, 'hex'));
}
