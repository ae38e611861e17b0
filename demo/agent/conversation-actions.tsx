import { useState } from 'preact/hooks';
import { TOPICS, type AgentConversation, type Topic } from '../../protocol';
import type { AgentDesk } from './agent-client';
import { TOPIC_LABELS } from './topics';
import { TransferToColleague } from './transfer-to-colleague';

interface ConversationActionsProps {
  desk: AgentDesk;
  conversation: AgentConversation;
  ready: boolean;
}

/** Everything short of answering: pause the clock, flag, escalate, transfer. The server confirms with a `conversation` frame. */
export function ConversationActions({ desk, conversation: c, ready }: ConversationActionsProps) {
  return (
    <section aria-labelledby="details-handling" class="actions">
      <h3 id="details-handling">Handling</h3>
      <div class="actions__toggles">
        <button
          type="button"
          class="button toggle"
          aria-pressed={c.waitingOnPlayer}
          disabled={!ready}
          onClick={() => desk.setWaiting(c.id, !c.waitingOnPlayer)}
        >
          Waiting on player
        </button>
        <button type="button" class="button toggle" aria-pressed={c.complex} disabled={!ready} onClick={() => desk.setComplex(c.id, !c.complex)}>
          Complex case
        </button>
      </div>
      {c.needsSenior ? null : <EscalateForm onSubmit={(note) => desk.escalate(c.id, note)} ready={ready} />}
      <TransferForm current={c.topic} onSubmit={(topic, note) => desk.transfer(c.id, topic, note)} ready={ready} />
      <TransferToColleague conversation={c} onSubmit={(agentId, note) => desk.transferToAgent(c.id, agentId, note)} ready={ready} />
    </section>
  );
}

function EscalateForm({ onSubmit, ready }: { onSubmit: (note: string) => boolean; ready: boolean }) {
  const [note, setNote] = useState('');
  return (
    <details class="actions__form">
      <summary>Escalate to a senior</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (onSubmit(note)) setNote('');
        }}
      >
        <label for="escalate-note">Note for the senior</label>
        <textarea id="escalate-note" rows={2} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit" class="button" disabled={!ready}>
          Escalate
        </button>
      </form>
    </details>
  );
}

function TransferForm({ current, onSubmit, ready }: { current: Topic | null; onSubmit: (topic: Topic, note: string) => boolean; ready: boolean }) {
  const [topic, setTopic] = useState<Topic>(current ?? 'other');
  const [note, setNote] = useState('');
  return (
    <details class="actions__form">
      <summary>Transfer to a queue</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (onSubmit(topic, note)) setNote('');
        }}
      >
        <label for="transfer-topic">Queue</label>
        <select
          id="transfer-topic"
          value={topic}
          onChange={(e) => setTopic(TOPICS.find((t) => t === e.currentTarget.value) ?? 'other')}
        >
          {TOPICS.map((t) => (
            <option key={t} value={t}>
              {TOPIC_LABELS[t]}
            </option>
          ))}
        </select>
        <label for="transfer-note">Note for the next agent</label>
        <textarea id="transfer-note" rows={2} maxLength={1000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit" class="button" disabled={!ready}>
          Transfer
        </button>
      </form>
    </details>
  );
}
