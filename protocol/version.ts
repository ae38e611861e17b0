/**
 * Bumped on any change a deployed client could not understand. The server
 * refuses older clients with the `version` error instead of misreading them.
 */
export const PROTOCOL_VERSION = 1;

/** WebSocket paths, one per kind of peer. */
export const PLAYER_SOCKET_PATH = '/v1/player';
export const AGENT_SOCKET_PATH = '/v1/agent';
