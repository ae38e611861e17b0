import { useState } from 'preact/hooks';
import type { ArticleRef } from '../../protocol';
import type { ReadArticle } from '../client/faq-articles';
import type { Messages } from '../i18n';
import { RequestFailed } from './request-failed';

interface BotAnswerProps {
  articles: readonly ArticleRef[];
  messages: Messages;
  readArticle: ReadArticle | undefined;
  /** Set while the conversation is still with the bot: the player's two ways on. */
  choose: ((choice: 'solved' | 'human') => void) | null;
  busy: boolean;
  failed: boolean;
}

/**
 * The bot's suggestions: up to three articles, each opening its text in
 * place, and "This solved it" / "Talk to a person" while the bot waits.
 * The relay's own line ("Suggested articles: …") is for agents and
 * transcripts; the player reads these localized words instead.
 */
export function BotAnswer({ articles, messages, readArticle, choose, busy, failed }: BotAnswerProps) {
  return (
    <div class="text bot-answer">
      <p class="intro">{messages.botIntro}</p>
      <ul class="articles">
        {articles.slice(0, 3).map((article) => (
          <ArticleCard key={article.id} article={article} messages={messages} readArticle={readArticle} />
        ))}
      </ul>
      {choose ? (
        <div class="actions">
          <button type="button" class="action" disabled={busy} onClick={() => choose('solved')}>
            {messages.botSolved}
          </button>
          <button type="button" class="action quiet" disabled={busy} onClick={() => choose('human')}>
            {messages.botHuman}
          </button>
        </div>
      ) : null}
      {failed ? <RequestFailed messages={messages} /> : null}
    </div>
  );
}

function ArticleCard({ article, messages, readArticle }: { article: ArticleRef; messages: Messages; readArticle: ReadArticle | undefined }) {
  const [open, setOpen] = useState(false);
  /** undefined: loading; null: it failed. */
  const [body, setBody] = useState<string | null | undefined>(undefined);
  const toggle = () => {
    setOpen(!open);
    if (open || typeof body === 'string') return;
    setBody(undefined);
    if (!readArticle) return setBody(null);
    readArticle(article.id, messages.lang).then(
      (a) => setBody(a.body),
      () => setBody(null),
    );
  };
  return (
    <li class="article">
      <button type="button" class="article-title" aria-expanded={open} onClick={toggle}>
        {article.title}
      </button>
      {open ? <p class="article-body">{body ?? (body === null ? messages.articleFailed : messages.articleLoading)}</p> : null}
    </li>
  );
}
