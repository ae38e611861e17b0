import type { Messages } from '../i18n';

/** Said where the player asked: a rating, an address or a bot choice the relay refused or never answered. */
export function RequestFailed({ messages }: { messages: Messages }) {
  return (
    <p class="oops" role="alert">
      {messages.requestFailed}
    </p>
  );
}
