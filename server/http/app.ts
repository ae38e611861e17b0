import type { Bus } from '../bus/bus';
import { healthRoutes } from './health-routes';
import express, { type Express, type RequestHandler, type Router } from 'express';
import { withoutNul } from '../edge/without-nul';
import type { AgentSessions } from '../core/agent-sessions';
import type { RelayApi as Relay } from '../core/relay-api';
import type { ProxyTrust } from '../edge/client-address';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import { agentAdminRoutes, type AgentSocketControl } from './agent-admin-routes';
import { agentAttachmentRoutes } from './agent-attachment-routes';
import { attachmentRoutes, type AttachmentEdge } from './attachment-routes';
import { authRoutes } from './auth-routes';
import { conversationRoutes } from './conversation-routes';
import { errorHandler } from './errors';
import { faqRoutes, type FaqEdge } from './faq-routes';
import type { LoginThrottle } from './login-throttle';
import { securityHeaders } from './security-headers';
import { staticRoutes } from './static-routes';

export interface HttpDeps {
  relay: Relay;
  sessions: AgentSessions;
  store: Store;
  /** The bus, when it is shared (Redis): /healthz reports it too. */
  bus?: Bus;
  log: Logger;
  distDir: string;
  secureCookies: boolean;
  trust: ProxyTrust;
  loginThrottle: LoginThrottle;
  agentSockets: AgentSocketControl;
  faq: FaqEdge;
  /** The floor tools' endpoints (dashboard, staffing, canned replies, player sidebar, admin, webhooks, metrics). */
  toolRoutes?: Router;
  /** Audits the admin routes' writes (server/http/audited-admin-writes.ts); mounted before all of them. */
  auditWrites?: RequestHandler;
  /** Files players send (upload, and download by the conversation's participants). */
  attachments?: AttachmentEdge;
}

export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // req.ip, req.protocol and req.secure believe X-Forwarded-* only from our own proxies.
  app.set('trust proxy', (address: string) => deps.trust.isTrusted(address));
  app.use(securityHeaders);
  app.use(express.json({ limit: '32kb', reviver: withoutNul }));
  if (deps.auditWrites) app.use(deps.auditWrites);
  app.use(healthRoutes(deps));
  app.use(authRoutes(deps));
  app.use(agentAdminRoutes(deps));
  app.use(conversationRoutes(deps));
  app.use(faqRoutes(deps));
  if (deps.toolRoutes) app.use(deps.toolRoutes);
  if (deps.attachments) app.use(attachmentRoutes(deps.attachments), agentAttachmentRoutes({ ...deps.attachments, relay: deps.relay }));
  app.use(staticRoutes(deps.distDir));
  app.use('/api', (_req, res) => res.status(404).json({ code: 'not_found', message: 'No such endpoint.' }));
  app.use(errorHandler(deps.log));
  return app;
}
