import type { Generated } from 'kysely';
import type { AttachmentTables } from './attachment-store';
import type { FaqTables } from './faq-article-store';
import type { AuditTables } from './audit-store';
import type { SiteSettingsTables } from './site-settings-store';

/** Table shapes as kysely sees them: snake_case columns, epoch-ms integers, 0/1 booleans (portable across SQLite and PostgreSQL). */
export interface Database {
  agents: {
    id: string;
    site_id: string;
    email: string;
    name: string;
    password_hash: string;
    role: string;
    capacity: number;
    skills: Generated<string>;
    languages: Generated<string>;
    disabled: number;
    created_at: number;
  };
  agent_sessions: {
    token_hash: string;
    agent_id: string;
    created_at: number;
    expires_at: number;
  };
  players: {
    id: string;
    site_id: string;
    session_hash: string;
    name: string | null;
    vip_tier: Generated<number>;
    manager_agent_id: string | null;
    external_id: string | null;
    created_at: number;
  };
  conversations: {
    id: string;
    site_id: string;
    player_id: string;
    status: string;
    agent_id: string | null;
    agent_name: string | null;
    locale: string;
    topic: string | null;
    created_at: number;
    queued_at: number | null;
    assigned_at: number | null;
    first_response_at: number | null;
    first_response_ms: number | null;
    resolved_at: number | null;
    last_seq: Generated<number>;
    vip_tier: Generated<number>;
    rg: Generated<number>;
    complex: Generated<number>;
    complex_since: number | null;
    needs_senior: Generated<number>;
    senior_reached_at: number | null;
    manager_id: string | null;
    target_agent_id: string | null;
    excluded_agents: Generated<string>;
    missed_offers: Generated<number>;
    transfers: Generated<number>;
    waiting_since: number | null;
    paused_ms: Generated<number>;
    breaches: Generated<string>;
    player_read_seq: Generated<number>;
    agent_read_seq: Generated<number>;
    offline_email: string | null;
    deflected: Generated<number>;
    bot_at: number | null;
    /** Content removed by retention or an erasure (0010). */
    purged_at: number | null;
  };
  conversation_events: {
    id: string;
    conversation_id: string;
    site_id: string;
    kind: string;
    detail: string | null;
    agent_id: string | null;
    note: string | null;
    at: number;
  };
  messages: {
    conversation_id: string;
    seq: number;
    client_id: string;
    author: string;
    author_id: string | null;
    author_name: string | null;
    text: string;
    at: number;
    articles: string | null;
    attachment: string | null;
  };
  // ── floor tools (0007): notes, CSAT, canned replies, shifts, webhooks ──
  notes: {
    conversation_id: string;
    client_id: string;
    site_id: string;
    agent_id: string;
    agent_name: string;
    text: string;
    at: number;
  };
  csat_ratings: {
    conversation_id: string;
    site_id: string;
    agent_id: string | null;
    rating: number;
    comment: string | null;
    at: number;
  };
  canned_replies: {
    id: string;
    site_id: string;
    shortcut: string;
    title: string;
    texts: string;
    created_at: number;
    updated_at: number;
  };
  shifts: {
    id: string;
    site_id: string;
    agent_id: string | null;
    weekday: number;
    start_hour: number;
    end_hour: number;
  };
  webhooks: {
    id: string;
    site_id: string;
    url: string;
    secret: string;
    events: string;
    active: number;
    created_at: number;
  };
  webhook_deliveries: {
    id: string;
    webhook_id: string;
    site_id: string;
    event: string;
    event_key: string;
    payload: string;
    status: string;
    attempts: number;
    next_attempt_at: number | null;
    last_status: number | null;
    last_error: string | null;
    created_at: number;
    delivered_at: number | null;
  };
  faq_articles: FaqTables['faq_articles'];
  faq_translations: FaqTables['faq_translations'];
  attachments: AttachmentTables['attachments'];
  site_settings: SiteSettingsTables['site_settings'];
  audit_log: AuditTables['audit_log'];
}
