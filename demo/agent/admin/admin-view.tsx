import type { AgentProfile } from '../../../protocol';
import { viewHref, type AdminSection } from '../route';
import { AgentsAdmin } from './agents-admin';
import { CannedAdmin } from './canned-admin';
import { FaqAdmin } from './faq-admin';
import { SiteAdmin } from './site-admin';
import { WebhooksAdmin } from './webhooks-admin';
import { AuditLogAdmin } from './audit-log-admin';
import { PlayerDataAdmin } from './player-data-admin';

const SECTIONS: { section: AdminSection; label: string; adminOnly: boolean }[] = [
  { section: 'agents', label: 'Agents', adminOnly: false },
  { section: 'canned', label: 'Canned replies', adminOnly: false },
  { section: 'faq', label: 'FAQ articles', adminOnly: false },
  { section: 'webhooks', label: 'Webhooks', adminOnly: true },
  { section: 'site', label: 'Site', adminOnly: true },
  { section: 'players', label: 'Player data', adminOnly: true },
  { section: 'audit', label: 'Audit log', adminOnly: true },
];

/** Site administration: admins manage everything; supervisors see the agents and manage canned replies and the FAQ. */
export function AdminView({ me, section }: { me: AgentProfile; section: AdminSection }) {
  const sections = SECTIONS.filter((s) => !s.adminOnly || me.role === 'admin');
  const current = sections.find((s) => s.section === section) ?? sections[0]!;
  return (
    <main class="board" aria-labelledby="admin-title">
      <header class="board__header">
        <h2 id="admin-title">Admin</h2>
        <nav aria-label="Admin sections" class="subnav">
          <ul>
            {sections.map((s) => (
              <li key={s.section}>
                <a href={viewHref({ kind: 'admin', section: s.section })} aria-current={s.section === current.section ? 'page' : undefined}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {current.section === 'agents' ? <AgentsAdmin me={me} /> : null}
      {current.section === 'canned' ? <CannedAdmin /> : null}
      {current.section === 'faq' ? <FaqAdmin siteId={me.siteId} /> : null}
      {current.section === 'webhooks' ? <WebhooksAdmin /> : null}
      {current.section === 'site' ? <SiteAdmin /> : null}
      {current.section === 'players' ? <PlayerDataAdmin /> : null}
      {current.section === 'audit' ? <AuditLogAdmin /> : null}
    </main>
  );
}
