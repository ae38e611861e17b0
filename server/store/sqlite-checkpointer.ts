import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const CHECKPOINT_EVERY_MS = 1000;

/**
 * Folds the WAL back into the database file from a worker thread. SQLite's
 * automatic checkpoint runs inside the commit that crosses the threshold, on
 * the event loop, and a checkpoint syncs the file: every few hundred commits
 * one chat message waited for a disk flush. A PASSIVE checkpoint on a second
 * connection never blocks the writer, so the main connection turns its own
 * off (`wal_autocheckpoint = 0`) and commits only append to the WAL.
 *
 * The worker is plain CommonJS evaluated from a string, so it runs the same
 * under tsx, vitest and a bundler without a loader of its own.
 */
export function startCheckpointer(file: string, onFailure: () => void): { stop(): Promise<void> } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(
    `
    const { workerData, parentPort } = require('node:worker_threads');
    const Database = require(workerData.driver);
    const db = new Database(workerData.file);
    db.pragma('busy_timeout = 5000');
    const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
    const timer = setInterval(checkpoint, workerData.everyMs);
    // Closing after the main connection makes this the last one: SQLite checkpoints and removes the WAL.
    parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });
    `,
    { eval: true, workerData: { driver, file, everyMs: CHECKPOINT_EVERY_MS } },
  );
  worker.unref();
  // Without it the WAL would only grow (never a risk to the data): hand checkpoints back to SQLite.
  worker.on('error', onFailure);
  const exited = new Promise<void>((done) => worker.once('exit', () => done()));
  return {
    // Resolves once the worker let go of the file (a caller may delete it next). A process that ends
    // first kills the worker, which a checkpoint survives.
    stop: () => {
      // Held while stopping: an unref'd worker's exit alone would not keep the process waiting for it.
      worker.ref();
      worker.postMessage('stop');
      return exited;
    },
  };
}
