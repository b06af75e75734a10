/**
 * The office hub as the screens see it (issue 13): configure, test, start/stop, status, conflicts.
 * Features never talk to the hub themselves. With no hub configured nothing here runs and PouchDB is
 * never loaded (it is imported on demand).
 */
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { writeAudit } from '../audit';
import { can } from '../../domain/roles';
import { getCurrentUser, requirePermission } from '../currentUser';
import { getDb } from '../db';
import type { ThiDuaDb } from '../db';
import { RefusedError } from '../errors';
import { writeTransaction } from '../repository';
import { numberWaitingDocuments } from '../documents';
import { TABLE_LABELS } from '../tables';
import { OUTBOX_PREFIX, setCapturing, setOnNoted } from './capture';
import { CONFLICT_PREFIX, HubSync, describeSyncError } from './engine';
import type { SyncConflict, SyncStatus } from './engine';
import { SYNC_META_PREFIX } from './mapping';
import { setNumberingHub } from './numbers';
import { forgetPassword, loadHubSettings, loadPassword, saveHubSettings, savePassword } from './settings';
import type { HubSettings } from './settings';

export type { SyncConflict, SyncStatus } from './engine';
export type { HubSettings } from './settings';
export { loadHubSettings } from './settings';

/** The replica's name on this PC (a second IndexedDB database, owned by PouchDB). */
const REPLICA_NAME = 'thidua-hub-replica';

let engine: HubSync | null = null;
let status: SyncStatus | null = null;
const listeners = new Set<() => void>();

function publish(next: SyncStatus | null) {
  status = next;
  for (const listener of listeners) listener();
}

/** Basic auth header value; the password never leaves memory except through the host's safeStorage. */
function basicAuth(user: string, password: string): string {
  return `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${user}:${password}`)))}`;
}

export function normaliseHubUrl(raw: string): string {
  const url = raw.trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+\/[^/]+$/.test(url)) {
    throw new RefusedError('notFound', 'Địa chỉ máy chủ phải có dạng http://máy-chủ:5984/tên-cơ-sở-dữ-liệu, ví dụ http://192.168.1.10:5984/thidua.');
  }
  return url;
}

/** "Kiểm tra kết nối": reaches the hub's database with these credentials; a Vietnamese verdict. */
export async function testHubConnection(settings: HubSettings, password: string): Promise<{ ok: boolean; message: string }> {
  const url = normaliseHubUrl(settings.url);
  try {
    const response = await fetch(url, { headers: { Authorization: basicAuth(settings.user, password) } });
    if (response.ok) {
      const info = (await response.json()) as { doc_count?: number };
      return { ok: true, message: `Kết nối được. Máy chủ đang có ${(info.doc_count ?? 0).toLocaleString('vi-VN')} tài liệu.` };
    }
    return { ok: false, message: describeSyncError({ status: response.status }).message };
  } catch (error) {
    return { ok: false, message: describeSyncError(error).message };
  }
}

async function openEngine(db: ThiDuaDb, settings: HubSettings, password: string): Promise<HubSync> {
  const { default: PouchDB } = await import('pouchdb-browser');
  const local = new PouchDB(REPLICA_NAME, { auto_compaction: false });
  const url = normaliseHubUrl(settings.url);
  const remote = new PouchDB(url, { skip_setup: true, auth: { username: settings.user, password } });
  setNumberingHub({ url, authorization: basicAuth(settings.user, password) });
  // Numbering is the văn thư's (or standing member's) act: on a leader's PC the rows wait for them.
  const numberWaiting = async () => (can(getCurrentUser().role, 'issueDocuments') ? numberWaitingDocuments(db) : 0);
  return new HubSync(db, local, remote, { afterCycle: numberWaiting });
}

/** Joins (or rejoins) the hub and starts syncing; the Thường trực configures the office's hub. */
export async function connectHub(settings: HubSettings, password: string): Promise<void> {
  requirePermission('configureHub');
  const clean = { url: normaliseHubUrl(settings.url), user: settings.user.trim() };
  await disconnectEngine();
  saveHubSettings(clean);
  await savePassword(password);
  await startEngine(clean, password);
}

async function startEngine(settings: HubSettings, password: string) {
  const db = getDb();
  setCapturing(true);
  engine = await openEngine(db, settings, password);
  engine.subscribe((s) => publish(s));
  setOnNoted(() => engine?.kick());
  publish(engine.getStatus());
  engine.start();
}

async function disconnectEngine() {
  const running = engine;
  engine = null;
  setOnNoted(() => {});
  setNumberingHub(null);
  await running?.stop();
}

/**
 * On start: a configured PC resumes syncing. Without a stored password (web mode keeps it for the
 * session only) the status asks for it; changes are still noted and sent once it is given.
 */
export async function resumeHub(): Promise<void> {
  const settings = loadHubSettings();
  if (!settings || engine) return;
  setCapturing(true);
  const password = await loadPassword();
  if (password === null) {
    publish({ state: 'error', lastSyncAt: null, pending: 0, error: 'Cần nhập lại mật khẩu máy chủ văn phòng (mục “Máy chủ văn phòng”).', invalid: [], received: 0 });
    return;
  }
  await startEngine(settings, password);
}

/** Leaves the hub: this PC works alone again; its replica and sync bookkeeping are removed, its data kept. */
export async function leaveHub(): Promise<void> {
  requirePermission('configureHub');
  await disconnectEngine();
  setCapturing(false);
  saveHubSettings(null);
  await forgetPassword();
  const { default: PouchDB } = await import('pouchdb-browser');
  await new PouchDB(REPLICA_NAME).destroy();
  await getDb().meta.where('key').startsWith(SYNC_META_PREFIX).delete();
  publish(null);
}

/** Runs one cycle now ("Đồng bộ ngay"); tests use it to wait for convergence deterministically. */
export async function syncNow(): Promise<void> {
  await engine?.cycle();
}

export function isHubConfigured(): boolean {
  return loadHubSettings() !== null;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** null when no hub is configured (the app bar then shows nothing about sync). */
export function useSyncStatus(): SyncStatus | null {
  return useSyncExternalStore(subscribe, () => status);
}

export function usePendingChanges(): number | undefined {
  return useLiveQuery(() => getDb().meta.where('key').startsWith(OUTBOX_PREFIX).count(), []);
}

export function useSyncConflicts(): SyncConflict[] | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().meta.where('key').startsWith(CONFLICT_PREFIX).toArray();
    return rows.map((r) => r.value as SyncConflict);
  }, []);
}

/**
 * A Thường trực user keeps one version of a conflicted record; the other versions and the choice go
 * to the audit trail (issue 13: conflicts are never silent).
 */
export async function resolveSyncConflict(conflict: SyncConflict, chosenRev: string): Promise<void> {
  requirePermission('resolveConflicts');
  if (!engine) throw new RefusedError('conflict', 'Chưa kết nối máy chủ văn phòng: hãy kết nối lại rồi xử lý xung đột.');
  const chosen = await engine.resolve(conflict, chosenRev);
  const others = conflict.versions.filter((v) => v.rev !== chosenRev).map((v) => v.record);
  const db = getDb();
  await writeTransaction(db, async () => {
    await writeAudit(db, {
      table: conflict.table,
      recordId: conflict.key,
      action: 'update',
      before: { versions: others },
      after: chosen,
      note: `Xử lý xung đột đồng bộ (${TABLE_LABELS[conflict.table]}): giữ một phiên bản, bỏ ${others.length} phiên bản còn lại.`,
    });
    await db.meta.delete(`${CONFLICT_PREFIX}${conflict.docId}`);
  });
}
