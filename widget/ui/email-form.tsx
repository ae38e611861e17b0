import { useState } from 'preact/hooks';

interface EmailFormProps {
  /** The field's accessible name and placeholder. */
  label: string;
  action: string;
  initial?: string | null;
  busy: boolean;
  onSubmit: (email: string) => void;
}

/** One email field and its button; the browser checks the address (type=email) before it is sent. */
export function EmailForm({ label, action, initial, busy, onSubmit }: EmailFormProps) {
  const [email, setEmail] = useState(initial ?? '');
  return (
    <form
      class="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const value = email.trim();
        if (value) onSubmit(value);
      }}
    >
      <input
        class="field"
        type="email"
        required
        maxLength={254}
        autoComplete="email"
        aria-label={label}
        placeholder={label}
        value={email}
        onInput={(event) => setEmail(event.currentTarget.value)}
      />
      <button type="submit" class="action" disabled={busy}>
        {action}
      </button>
    </form>
  );
}
