import type { Relay } from './relay';

/**
 * What the edges (gateway, http) may ask of the relay. A single process uses
 * the Relay itself; several nodes use server/cluster's ClusterRelay, which
 * runs the same Relay on the elected leader and forwards to it.
 */
export type RelayApi = Pick<
  Relay,
  | 'start'
  | 'tick'
  | 'site'
  | 'agentStatus'
  | 'availability'
  | 'connectPlayer'
  | 'conversationOfPlayer'
  | 'catchUp'
  | 'playerMessage'
  | 'botChoice'
  | 'leaveEmail'
  | 'typing'
  | 'markRead'
  | 'agentConnected'
  | 'agentDisconnected'
  | 'setAgentStatus'
  | 'agentChanged'
  | 'agentMessage'
  | 'readConversation'
  | 'conversationForAgent'
  | 'resolve'
  | 'transfer'
  | 'escalate'
  | 'setWaiting'
  | 'setComplex'
>;
