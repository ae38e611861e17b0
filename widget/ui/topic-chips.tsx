import { TOPICS, type Topic } from '../../protocol';
import type { Messages } from '../i18n';

interface TopicChipsProps {
  messages: Messages;
  selected: Topic | null;
  /** null: the player took the chip back. Picking one is optional: typing right away skips it. */
  onSelect: (topic: Topic | null) => void;
}

/** Pre-chat topic chips from the shared vocabulary; the choice rides on the first message. */
export function TopicChips({ messages, selected, onSelect }: TopicChipsProps) {
  return (
    <div class="topics" role="group" aria-labelledby="pitboss-topics">
      <p id="pitboss-topics" class="topics-prompt">
        {messages.topicPrompt}
      </p>
      <div class="chips">
        {TOPICS.map((topic) => (
          <button
            key={topic}
            type="button"
            class="chip"
            aria-pressed={selected === topic}
            onClick={() => onSelect(selected === topic ? null : topic)}
          >
            {messages.topics[topic]}
          </button>
        ))}
      </div>
    </div>
  );
}
