import { useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol';
import { signIn } from './auth-api';

interface SignInProps {
  notice: string | null;
  onSignedIn: (agent: AgentProfile) => void;
}

export function SignIn({ notice, onSignedIn }: SignInProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await signIn(email.trim(), password);
    setBusy(false);
    if (result.ok) onSignedIn(result.agent);
    else setError(result.message);
  }

  return (
    <main class="sign-in">
      <form class="sign-in__card" onSubmit={submit} aria-labelledby="sign-in-title" noValidate>
        <p class="brand">
          <span class="brand__mark" aria-hidden="true">P</span> Pitboss
        </p>
        <h1 id="sign-in-title">Agent desk</h1>
        {notice && !error ? <p class="sign-in__notice" role="status">{notice}</p> : null}
        <label for="sign-in-email">Email</label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <label for="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        {error ? (
          <p class="sign-in__error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="button button--primary" disabled={busy} aria-busy={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}
