import { localeCandidates } from '../i18n/locale-tag';

/**
 * The only words the loader shows, per locale. Kept here rather than in
 * widget/i18n so that every page view does not download the panel's strings.
 * Add a row per supported locale.
 */
export interface LauncherLabels {
  open: string;
  close: string;
}

const LABELS: Record<string, LauncherLabels> = {
  en: { open: 'Open chat', close: 'Close chat' },
};

export function launcherLabels(locale: string): LauncherLabels {
  for (const candidate of localeCandidates(locale)) {
    const labels = LABELS[candidate];
    if (labels) return labels;
  }
  return LABELS.en!;
}
