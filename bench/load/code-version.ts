import { execFileSync } from 'node:child_process';

/** The commit measured, and whether the relay's code had uncommitted changes (other work in progress) at the time. */
export function codeVersion(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'server', 'protocol'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted server changes` : head;
  } catch {
    return 'unknown';
  }
}
