import { nanoid } from 'nanoid';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CLOSE_CODES, type AgentProfile } from '../../protocol';
import { AgentDesk, type AgentDeskOptions, type SessionEnd } from './agent-client';
import { ConversationActions } from './conversation-actions';
import { ConversationDetails } from './conversation-details';
import { ConversationList } from './conversation-list';
import { ConversationView } from './conversation-view';
import { DeskHeader } from './desk-header';
import { isEnded, listedConversations, threadOf, totalUnread } from './desk-state';
import { SUPERVISING_ROLES } from './panel-nav';
import { DashboardView } from './reports/dashboard-view';
import { StaffingView } from './reports/staffing-view';
import { AdminView } from './admin/admin-view';
import { TranscriptsView } from './transcripts/transcripts-view';
import { useRoutedConversationId, useRoutedView } from './route';
import { PlayerSidebar } from './player-sidebar';
import { useAlertSettings } from './use-alert-settings';
import { useCannedReplies } from './use-canned';
import { useDeskAlerts } from './use-desk-alerts';
import { useDeskState } from './use-desk';

interface WorkspaceProps {
  agent: AgentProfile;
  onSignOut: () => Promise<{ ok: boolean; message: string }>;
  onSessionEnd: (notice: string) => void;
  /** Where and how to open the socket; the page's own host by default (tests pass a fake). */
  connect?: Pick<AgentDeskOptions, 'url' | 'WebSocketImpl'>;
}

export function sessionEndNotice(end: SessionEnd): string {
  if (end.code === CLOSE_CODES.unauthorized) return 'Your session has expired. Please sign in again.';
  if (end.code === CLOSE_CODES.forbidden) return 'This account may not use the agent desk.';
  return 'You were signed out here because you signed out or signed in somewhere else.';
}

/** The signed-in screen: one live desk, three columns (list, conversation, details). */
export function Workspace({ agent, onSignOut, onSessionEnd, connect }: WorkspaceProps) {
  const sessionEnd = useRef(onSessionEnd);
  sessionEnd.current = onSessionEnd;
  const [desk] = useState(
    () =>
      new AgentDesk({
        ...connect,
        agent,
        newId: nanoid,
        network: window,
        page: document,
        onSessionEnd: (end) => sessionEnd.current(sessionEndNotice(end)),
      }),
  );
  useEffect(() => {
    desk.start();
    return () => desk.stop();
  }, [desk]);

  const state = useDeskState(desk);
  const routedId = useRoutedConversationId();
  const view = useRoutedView();
  const supervising = SUPERVISING_ROLES.includes(state.me.role);
  const canned = useCannedReplies();
  const alerts = useAlertSettings();
  useDeskAlerts(desk, alerts.settings);
  useEffect(() => desk.select(routedId), [desk, routedId]);

  const unread = totalUnread(state);
  useEffect(() => {
    document.title = `${unread ? `(${unread}) ` : ''}Agent desk · Pitboss`;
  }, [unread]);

  const drafts = useRef(new Map<string, string>());
  const open = state.openId ? state.conversations[state.openId] : undefined;

  return (
    <div class="desk">
      <DeskHeader desk={desk} state={state} onSignOut={onSignOut} view={view} alerts={alerts} />
      {state.notice ? (
        <div class="notice" role="alert">
          <p>{state.notice.message}</p>
          <button type="button" class="button button--quiet" onClick={() => desk.clearNotice()}>
            Dismiss
          </button>
        </div>
      ) : null}
      {supervising && view.kind === 'dashboard' ? (
        <DashboardView liveFloor={state.floor} liveBreaches={state.breachAlerts} />
      ) : supervising && view.kind === 'staffing' ? (
        <StaffingView />
      ) : supervising && view.kind === 'admin' ? (
        <AdminView me={state.me} section={view.section} />
      ) : supervising && view.kind === 'transcripts' ? (
        <TranscriptsView openId={view.id} />
      ) : (
        <div class="desk__columns">
          <ConversationList conversations={listedConversations(state)} state={state} />
          <main class="desk__conversation" aria-label="Conversation">
            {open ? (
              <ConversationView
                key={open.id}
                desk={desk}
                conversation={open}
                thread={threadOf(state, open.id)}
                ready={state.ready}
                drafts={drafts.current}
                notes={state.notes[open.id]}
                canned={canned}
                agentName={state.me.name}
              />
            ) : (
              <div class="empty">
                {state.openId && !state.ready ? (
                  <p>Loading the conversation…</p>
                ) : state.openId ? (
                  <p>This conversation is not assigned to you.</p>
                ) : (
                  <p>Pick a conversation from the list.</p>
                )}
              </div>
            )}
          </main>
          <aside class="desk__details" aria-label="Conversation details">
            {open ? <ConversationDetails conversation={open} /> : null}
            {open ? <PlayerSidebar key={open.id} conversation={open} /> : null}
            {open && !isEnded(open) ? <ConversationActions key={open.id} desk={desk} conversation={open} ready={state.ready} /> : null}
          </aside>
        </div>
      )}
    </div>
  );
}
