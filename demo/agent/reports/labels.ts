import type { AgentRole, AgentStatus } from '../../../protocol';

export const AGENT_STATUS_LABELS: Record<AgentStatus, string> = { online: 'Online', away: 'Away', offline: 'Offline' };
export const ROLE_LABELS: Record<AgentRole, string> = { agent: 'Agent', senior: 'Senior', supervisor: 'Supervisor', admin: 'Admin' };
export const WEEKDAY_LABELS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
