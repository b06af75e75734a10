/**
 * The baselines: the same rows read or written through the plain IndexedDB API, with no app code
 * (no Dexie, no validation, no canonical form). An app operation is compared with its baseline as a ratio.
 */

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** Opens the app's database at whatever version it has (no upgrade, no Dexie). */
export function openRaw(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

/** Every row of the given stores, in one read-only transaction. */
export async function readStores(db: IDBDatabase, stores: readonly string[]): Promise<Record<string, unknown[]>> {
  const tx = db.transaction(stores, 'readonly');
  const rows = await Promise.all(stores.map((s) => request(tx.objectStore(s).getAll())));
  return Object.fromEntries(stores.map((s, i) => [s, rows[i]]));
}

/** The rows of one index range, e.g. a year's nominations or the people whose words start with a prefix. */
export function readIndex(db: IDBDatabase, store: string, index: string, range: IDBKeyRange): Promise<unknown[]> {
  return request(db.transaction(store, 'readonly').objectStore(store).index(index).getAll(range));
}

/** The rows with these keys of one store, one `get` each in one read-only transaction (IndexedDB has no bulk get). */
export function readKeys(db: IDBDatabase, store: string, keys: readonly string[]): Promise<unknown[]> {
  const objects = db.transaction(store, 'readonly').objectStore(store);
  return Promise.all(keys.map((key) => request(objects.get(key))));
}

/** Replaces the content of every store with `tables`, in one read-write transaction. */
export async function replaceStores(db: IDBDatabase, tables: Record<string, readonly unknown[]>): Promise<void> {
  const names = Object.keys(tables);
  const tx = db.transaction(names, 'readwrite');
  for (const name of names) {
    const store = tx.objectStore(name);
    store.clear();
    for (const row of tables[name]) store.add(row);
  }
  await done(tx);
}

/**
 * The bytes of a backup file made the plain way: every store read, the envelope written by one
 * `JSON.stringify` (keys in the order they come, no canonical form), encoded as UTF-8, its SHA-256
 * taken with WebCrypto and appended. The same work a backup must do — read everything, produce the
 * file and its checksum — with no app code.
 */
export async function plainBackupFile(db: IDBDatabase): Promise<{ bytes: Uint8Array; rows: number; readMs: number }> {
  const start = performance.now();
  const tables = await readStores(db, [...db.objectStoreNames]);
  const readMs = performance.now() - start;
  const encoder = new TextEncoder();
  const content = encoder.encode(JSON.stringify({ format: 'thidua-backup', createdAt: new Date().toISOString(), tables }));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', content));
  const tail = encoder.encode(`,"checksum":"${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}"}`);
  const bytes = new Uint8Array(content.byteLength - 1 + tail.byteLength);
  bytes.set(content.subarray(0, -1));
  bytes.set(tail, content.byteLength - 1);
  return { bytes, rows: Object.values(tables).reduce((n, rows) => n + rows.length, 0), readMs };
}
