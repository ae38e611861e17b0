/** Shared by the composer (to stop typing) and the server (to refuse). */
export const MAX_MESSAGE_CHARS = 4000;
/** The largest attachment a player may upload (10 MiB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** A whole frame, in bytes; the ws `maxPayload` of both sockets. */
export const MAX_FRAME_BYTES = 16 * 1024;
/** Client-made message ids are nanoids (21 chars); allow other generators up to this. */
export const MAX_CLIENT_ID_CHARS = 64;
/** How often clients ping, and how long they wait for any frame before calling the socket dead. */
export const HEARTBEAT_INTERVAL_MS = 20_000;
export const HEARTBEAT_TIMEOUT_MS = 45_000;
