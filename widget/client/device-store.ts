import { createStore, type UseStore } from 'idb-keyval';

let store: UseStore | undefined;

/**
 * The widget's own IndexedDB database on the casino's origin. Not idb-keyval's
 * default "keyval-store", which the casino's own scripts may be using.
 * Created on first use so merely loading the panel opens nothing.
 */
export function deviceStore(): UseStore {
  store ??= createStore('pitboss', 'kv');
  return store;
}
