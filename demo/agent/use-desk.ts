import { useEffect, useState } from 'preact/hooks';
import type { AgentDesk } from './agent-client';
import type { DeskState } from './desk-state';

/** Re-render on every desk change; the state is immutable, so equal references mean no change. */
export function useDeskState(desk: AgentDesk): DeskState {
  const [state, setState] = useState(() => desk.getState());
  useEffect(() => {
    setState(desk.getState());
    return desk.subscribe(() => setState(desk.getState()));
  }, [desk]);
  return state;
}
