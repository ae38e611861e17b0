import * as v from 'valibot';
import { AgentAdminSchema, CannedReplySchema, TopicSchema, WebhookSchema } from '../../../protocol';

/** Answers of single-item admin writes, checked like every other answer. */
export const AgentUpdateResultSchema = v.object({ agent: AgentAdminSchema });
export const CannedResultSchema = v.object({ reply: CannedReplySchema });
export const WebhookResultSchema = v.object({ webhook: WebhookSchema });

/**
 * The FAQ admin API's article (server/http/faq-admin-routes.ts, the FAQ
 * engineer's endpoints; its shape is not in protocol/ yet, so the panel
 * states what it reads here).
 */
export const FaqArticleSchema = v.object({
  id: v.string(),
  topic: TopicSchema,
  createdAt: v.number(),
  updatedAt: v.number(),
  translations: v.record(v.string(), v.object({ title: v.string(), body: v.string(), updatedAt: v.number() })),
});
export type FaqArticle = v.InferOutput<typeof FaqArticleSchema>;
export const FaqListSchema = v.object({ articles: v.array(FaqArticleSchema) });
export const FaqResultSchema = v.object({ article: FaqArticleSchema });
