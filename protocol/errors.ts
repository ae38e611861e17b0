import * as v from 'valibot';

/**
 * Every error that crosses the wire is one of these codes. Clients branch on
 * the code, never on the human text.
 */
export const ERROR_CODES = [
  'bad_frame', // not JSON, or not a known message shape
  'too_large', // frame or message text above the limit
  'rate_limited', // too many frames in a short time
  'unauthorized', // missing, wrong or expired credentials
  'forbidden', // authenticated, but not allowed to touch this
  'not_found', // no such conversation (or not yours: we do not say which)
  'conflict', // the thing is not in a state that allows this (e.g. resolved)
  'version', // client protocol too old or too new
  'internal', // our fault; the client may retry
] as const;

export const ErrorCodeSchema = v.picklist(ERROR_CODES);
export type ErrorCode = v.InferOutput<typeof ErrorCodeSchema>;

/** WebSocket close codes (4000-4999 is the application range). */
export const CLOSE_CODES = {
  normal: 1000,
  goingAway: 1001,
  unauthorized: 4001,
  forbidden: 4003,
  version: 4006,
  rateLimited: 4008,
  tooLarge: 1009,
  replaced: 4009, // the same session logged out or signed in elsewhere
} as const;

/** An error as it travels in a frame or an HTTP body. `ref` names the client message it answers. */
export const WireErrorSchema = v.object({
  code: ErrorCodeSchema,
  message: v.string(),
  ref: v.optional(v.string()),
});
export type WireError = v.InferOutput<typeof WireErrorSchema>;
