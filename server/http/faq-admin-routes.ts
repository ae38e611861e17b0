import { Router, type Request } from 'express';
import * as v from 'valibot';
import { LocaleSchema, TopicSchema } from '../../protocol';
import type { AgentSessions } from '../core/agent-sessions';
import { PitbossError } from '../core/errors';
import type { Logger } from '../logger';
import type { FaqArticleRecord, FaqTranslationRecord } from '../store/faq-article-store';
import type { Store } from '../store/store';
import { requireAgent, requireCsrfHeader, type AuthedRequest } from './agent-auth';
import type { FaqEdge } from './faq-routes';

const ArticleIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'An article id is lowercase letters, digits and dashes.'));
const TranslationSchema = v.object({
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'A title is required.'), v.maxLength(200)),
  body: v.pipe(v.string(), v.trim(), v.minLength(1, 'A body is required.'), v.maxLength(8000)),
});
const CreateArticleSchema = v.object({
  id: v.optional(ArticleIdSchema),
  topic: TopicSchema,
  translations: v.pipe(
    v.record(LocaleSchema, TranslationSchema),
    v.check((t) => Object.keys(t).length > 0, 'An article needs at least one translation.'),
  ),
});
/** A partial update: a translation set to null is removed. */
const UpdateArticleSchema = v.object({
  topic: v.optional(TopicSchema),
  translations: v.optional(v.record(LocaleSchema, v.nullable(TranslationSchema))),
});

type Translation = v.InferOutput<typeof TranslationSchema>;

/** An article as the admin API shows it: translations keyed by locale. */
export interface FaqArticleAdminView {
  id: string;
  topic: FaqArticleRecord['topic'];
  createdAt: number;
  updatedAt: number;
  translations: Record<string, { title: string; body: string; updatedAt: number }>;
}

/**
 * The knowledge base, managed by a site's supervisors and admins: articles
 * and their translations. Every write reindexes the site at once on this
 * node; other nodes pick it up at their next refresh.
 */
export function faqAdminRoutes(deps: { faq: FaqEdge; sessions: AgentSessions; store: Store; log: Logger }): Router {
  const router = Router();
  const base = '/api/admin/sites/:siteId/faq/articles';
  const auth = [requireCsrfHeader, requireAgent(deps.sessions)];

  /** The site's id, once the signed-in agent is a supervisor or admin of it. */
  function managedSite(req: Request): { siteId: string; agentId: string } {
    const agent = (req as AuthedRequest).agent!;
    const siteId = String(req.params.siteId);
    if (!deps.faq.sites.get(siteId)) throw new PitbossError('not_found', 'No such site.');
    if ((agent.role !== 'admin' && agent.role !== 'supervisor') || agent.siteId !== siteId) {
      throw new PitbossError('forbidden', 'Only supervisors and admins of this site manage its FAQ.');
    }
    return { siteId, agentId: agent.id };
  }

  async function existing(siteId: string, id: string): Promise<FaqArticleRecord> {
    const article = await deps.store.faq.get(siteId, id);
    if (!article) throw new PitbossError('not_found', 'No such article.');
    return article;
  }

  async function save(article: FaqArticleRecord, agentId: string, action: string): Promise<void> {
    await deps.store.faq.save(article);
    await deps.faq.bot.reload(article.siteId);
    deps.log.info({ by: agentId, site: article.siteId, article: article.id }, action);
  }

  router.get(base, ...auth, async (req, res) => {
    const { siteId } = managedSite(req);
    res.json({ articles: (await deps.store.faq.list(siteId)).map(toAdminView) });
  });

  router.get(`${base}/:id`, ...auth, async (req, res) => {
    const { siteId } = managedSite(req);
    res.json({ article: toAdminView(await existing(siteId, String(req.params.id))) });
  });

  router.post(base, ...auth, async (req, res) => {
    const { siteId, agentId } = managedSite(req);
    const input = parse(CreateArticleSchema, req.body);
    const now = deps.faq.now();
    const id = input.id ?? (await freeId(siteId, slugOf(input.translations)));
    if (await deps.store.faq.get(siteId, id)) throw new PitbossError('conflict', 'An article with this id exists.');
    const article: FaqArticleRecord = { siteId, id, topic: input.topic, createdAt: now, updatedAt: now, translations: toRecords(input.translations, now) };
    await save(article, agentId, 'faq article created');
    res.status(201).json({ article: toAdminView(article) });
  });

  router.patch(`${base}/:id`, ...auth, async (req, res) => {
    const { siteId, agentId } = managedSite(req);
    const input = parse(UpdateArticleSchema, req.body);
    const current = await existing(siteId, String(req.params.id));
    const now = deps.faq.now();
    const byLocale = new Map(current.translations.map((t) => [t.locale, t]));
    for (const [locale, translation] of Object.entries(input.translations ?? {})) {
      if (translation === null) byLocale.delete(locale);
      else byLocale.set(locale, { locale, ...translation, updatedAt: now });
    }
    if (byLocale.size === 0) throw new PitbossError('conflict', 'An article keeps at least one translation; delete the article instead.');
    const article = { ...current, topic: input.topic ?? current.topic, updatedAt: now, translations: [...byLocale.values()] };
    await save(article, agentId, 'faq article updated');
    res.json({ article: toAdminView(article) });
  });

  router.put(`${base}/:id/translations/:locale`, ...auth, async (req, res) => {
    const { siteId, agentId } = managedSite(req);
    const locale = parse(LocaleSchema, req.params.locale);
    const translation = parse(TranslationSchema, req.body);
    const current = await existing(siteId, String(req.params.id));
    const now = deps.faq.now();
    const others = current.translations.filter((t) => t.locale !== locale);
    const article = { ...current, updatedAt: now, translations: [...others, { locale, ...translation, updatedAt: now }] };
    await save(article, agentId, 'faq translation saved');
    res.json({ article: toAdminView(article) });
  });

  router.delete(`${base}/:id/translations/:locale`, ...auth, async (req, res) => {
    const { siteId, agentId } = managedSite(req);
    const current = await existing(siteId, String(req.params.id));
    const others = current.translations.filter((t) => t.locale !== req.params.locale);
    if (others.length === current.translations.length) throw new PitbossError('not_found', 'The article has no text in this locale.');
    if (others.length === 0) throw new PitbossError('conflict', 'An article keeps at least one translation; delete the article instead.');
    await save({ ...current, updatedAt: deps.faq.now(), translations: others }, agentId, 'faq translation deleted');
    res.status(204).end();
  });

  router.delete(`${base}/:id`, ...auth, async (req, res) => {
    const { siteId, agentId } = managedSite(req);
    if (!(await deps.store.faq.delete(siteId, String(req.params.id)))) throw new PitbossError('not_found', 'No such article.');
    await deps.faq.bot.reload(siteId);
    deps.log.info({ by: agentId, site: siteId, article: req.params.id }, 'faq article deleted');
    res.status(204).end();
  });

  /** The slug, or the slug with the first free number after it. */
  async function freeId(siteId: string, slug: string): Promise<string> {
    const taken = new Set((await deps.store.faq.list(siteId)).map((a) => a.id));
    if (!taken.has(slug)) return slug;
    for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
  }

  return router;
}

function parse<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, input);
  if (!parsed.success) throw new PitbossError('bad_frame', parsed.issues[0]?.message ?? 'Malformed request.');
  return parsed.output;
}

/** From the English title when there is one (ids are for people reading URLs and logs), else "article". */
function slugOf(translations: Record<string, Translation>): string {
  const title = translations.en?.title ?? Object.values(translations)[0]?.title ?? '';
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || 'article';
}

function toRecords(translations: Record<string, Translation>, now: number): FaqTranslationRecord[] {
  return Object.entries(translations).map(([locale, t]) => ({ locale, title: t.title, body: t.body, updatedAt: now }));
}

function toAdminView(article: FaqArticleRecord): FaqArticleAdminView {
  return {
    id: article.id,
    topic: article.topic,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    translations: Object.fromEntries(article.translations.map((t) => [t.locale, { title: t.title, body: t.body, updatedAt: t.updatedAt }])),
  };
}
