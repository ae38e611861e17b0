import { AGENT_STATUSES, type AgentStatus } from '../../protocol';

const LABELS: Record<AgentStatus, string> = { online: 'Online', away: 'Away', offline: 'Offline' };

interface StatusControlProps {
  status: AgentStatus;
  disabled: boolean;
  onChange: (status: AgentStatus) => void;
}

/** Only "Online" makes the agent eligible for new chats; "Away" keeps the current ones. */
export function StatusControl({ status, disabled, onChange }: StatusControlProps) {
  return (
    <div class={`status-control status-control--${status}`}>
      <label for="agent-status">Status</label>
      <select
        id="agent-status"
        value={status}
        disabled={disabled}
        onChange={(event) => {
          const value = event.currentTarget.value;
          const next = AGENT_STATUSES.find((s) => s === value);
          if (next && next !== status) onChange(next);
        }}
      >
        {AGENT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {LABELS[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
