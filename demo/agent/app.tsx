import { useEffect, useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol';
import { fetchMe, signOut } from './auth-api';
import { SignIn } from './sign-in';
import { Workspace } from './workspace';

type Session =
  | { phase: 'checking' }
  | { phase: 'signed-out'; notice: string | null }
  | { phase: 'signed-in'; agent: AgentProfile };

/** Which screen: sign-in until /api/me or /api/login gives a profile, then the desk. */
export function App() {
  const [session, setSession] = useState<Session>({ phase: 'checking' });

  useEffect(() => {
    let cancelled = false;
    void fetchMe().then((result) => {
      if (cancelled) return;
      if (result.ok) setSession({ phase: 'signed-in', agent: result.agent });
      else setSession({ phase: 'signed-out', notice: result.status === 401 ? null : result.message });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (session.phase === 'checking') {
    return (
      <main class="splash" aria-busy="true">
        <p>Loading the agent desk…</p>
      </main>
    );
  }
  if (session.phase === 'signed-out') {
    return <SignIn notice={session.notice} onSignedIn={(agent) => setSession({ phase: 'signed-in', agent })} />;
  }
  return (
    <Workspace
      agent={session.agent}
      onSignOut={async () => {
        const result = await signOut();
        if (result.ok) setSession({ phase: 'signed-out', notice: null });
        return result;
      }}
      onSessionEnd={(notice) => setSession({ phase: 'signed-out', notice })}
    />
  );
}
