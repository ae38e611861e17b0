import type { AgentRole } from '../../protocol';
import { viewHref, type PanelView } from './route';

export const SUPERVISING_ROLES: readonly AgentRole[] = ['supervisor', 'admin'];

/** The views a role may open; agents have only the desk, so they get no menu. */
export function viewsFor(role: AgentRole): { view: PanelView; label: string }[] {
  if (!SUPERVISING_ROLES.includes(role)) return [];
  return [
    { view: { kind: 'desk' }, label: 'Desk' },
    { view: { kind: 'dashboard' }, label: 'Dashboard' },
    { view: { kind: 'staffing' }, label: 'Staffing' },
    { view: { kind: 'transcripts', id: null }, label: 'Transcripts' },
    { view: { kind: 'admin', section: role === 'admin' ? 'agents' : 'canned' }, label: 'Admin' },
  ];
}

export function PanelNav({ role, current }: { role: AgentRole; current: PanelView }) {
  const views = viewsFor(role);
  if (views.length === 0) return null;
  return (
    <nav class="panel-nav" aria-label="Views">
      <ul>
        {views.map(({ view, label }) => (
          <li key={label}>
            <a href={viewHref(view)} class="panel-nav__link" aria-current={view.kind === current.kind ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
