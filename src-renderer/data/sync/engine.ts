/**
 * Replication with the office hub (issue 13). Dexie stays the app's store; a local PouchDB database
 * on this PC is the replica that PouchDB's own replication (the CouchDB protocol: checkpoints,
 * _revs_diff, _bulk_docs new_edits=false) keeps in step with the hub. One cycle:
 *   1. pump: rows noted in the outbox (capture.ts) → documents of the local replica;
 *   2. replicate: local ⇄ hub, one-shot (a fresh start every cycle, so a restarted hub is pulled from
 *      again — live replication stops pulling after a hub restart, apache/pouchdb#8050);
 *   3. apply: the replica's changes since the last applied sequence → Dexie rows, conflicts → merge
 *      by field or the "Xung đột đồng bộ" list (conflicts.ts). The sequence is stored with the rows
 *      in one transaction, and kept opaque (CouchDB sequences are strings).
 */
import type PouchDB from 'pouchdb-browser';
import type { Doc } from 'pouchdb-browser';
import type { TableName, ThiDuaDb } from '../db';
import { OUTBOX_PREFIX, markApplying, outboxKey, parseOutboxKey, setCapturing } from './capture';
import { mergeRecords } from './conflicts';
import type { MergeOutcome } from './conflicts';
import { SYNCED_TABLES, SYNC_META_PREFIX, fromDoc, parseDocId, toDoc, tombstone } from './mapping';
import type { RecordDoc } from './mapping';

const APPLIED_SEQ_KEY = `${SYNC_META_PREFIX}appliedSeq`;
const SEEDED_KEY = `${SYNC_META_PREFIX}seeded`;
export const CONFLICT_PREFIX = `${SYNC_META_PREFIX}conflict|`;
const BATCH = 500;

type Row = Record<string, unknown>;

export type SyncState = 'connecting' | 'syncing' | 'idle' | 'offline' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** ISO time of the last cycle that reached the hub. */
  lastSyncAt: string | null;
  /** Local changes not yet at the hub. */
  pending: number;
  /** Vietnamese, for the app bar and the settings screen. */
  error: string | null;
  /** Documents from the hub this version cannot store (kept at the hub). */
  invalid: string[];
  /** First sync of a big ward: documents received so far. */
  received: number;
}

/** A conflict waiting for a Thường trực user: both versions, stored in this PC's sync bookkeeping. */
export interface SyncConflict {
  docId: string;
  table: TableName;
  key: string;
  reason: Extract<MergeOutcome, { kind: 'conflict' }>['reason'];
  fields: string[];
  /** Every leaf of the document: its revision and its row (null = deleted). */
  versions: { rev: string; record: Row | null }[];
  detectedAt: string;
}

export function describeSyncError(error: unknown): { state: 'offline' | 'error'; message: string } {
  const status = (error as { status?: number } | null)?.status;
  if (status === 401) return { state: 'error', message: 'Sai tên đăng nhập hoặc mật khẩu của máy chủ văn phòng. Hãy nhập lại trong “Máy chủ văn phòng”.' };
  if (status === 403) return { state: 'error', message: 'Máy chủ văn phòng từ chối tài khoản này (không phải thành viên của cơ sở dữ liệu).' };
  if (status === 404) return { state: 'error', message: 'Không tìm thấy cơ sở dữ liệu trên máy chủ văn phòng. Hãy kiểm tra địa chỉ.' };
  return {
    state: 'offline',
    message: 'Không kết nối được máy chủ văn phòng: đang làm việc ngoại tuyến, thay đổi sẽ được gửi khi có kết nối.',
  };
}

function rowOf(doc: Doc | null | undefined): Row | null {
  if (!doc || doc._deleted) return null;
  const incoming = fromDoc(doc as RecordDoc);
  return incoming.kind === 'put' ? incoming.record : null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class HubSync {
  private status: SyncStatus = { state: 'connecting', lastSyncAt: null, pending: 0, error: null, invalid: [], received: 0 };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private stopped = false;
  private kicked = false;
  private unpushed = 0;
  private current: Promise<void> | null = null;
  private readonly invalid = new Map<string, string>();

  constructor(
    private readonly db: ThiDuaDb,
    private readonly local: PouchDB,
    private readonly remote: PouchDB,
    private readonly options: { intervalMs?: number; now?: () => string; afterCycle?: () => Promise<unknown> } = {},
  ) {}

  getStatus(): SyncStatus {
    return this.status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setStatus(patch: Partial<SyncStatus>) {
    this.status = { ...this.status, ...patch };
    for (const listener of this.listeners) listener(this.status);
  }

  private now(): string {
    return this.options.now?.() ?? new Date().toISOString();
  }

  /** Starts noting local changes and cycling; the first cycle sends everything this PC already had. */
  start(): void {
    setCapturing(true);
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops cycling (the outbox keeps noting until `setCapturing(false)`, so nothing made meanwhile is lost). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.current;
  }

  /** A local write happened: cycle soon instead of waiting for the interval. */
  kick(): void {
    if (this.running) this.kicked = true;
    else this.schedule(50);
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.runCycle(), delay);
  }

  private async runCycle(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    this.kicked = false;
    let delay = this.options.intervalMs ?? 1500;
    this.current = this.cycle().then(
      () => undefined,
      async (error: unknown) => {
        const { state, message } = describeSyncError(error);
        this.setStatus({ state, error: message, pending: await this.pendingCount() });
        delay = Math.min(10_000, delay * 2);
      },
    );
    await this.current;
    this.running = false;
    this.schedule(this.kicked ? 0 : delay);
  }

  /** One full cycle; exposed for tests and "Đồng bộ ngay". */
  async cycle(): Promise<void> {
    if (this.status.state !== 'idle') this.setStatus({ state: this.status.lastSyncAt ? 'syncing' : 'connecting' });
    if (!(await this.db.meta.get(SEEDED_KEY))) await this.seed();
    await this.pump();
    await this.replicate();
    await this.apply();
    // While the hub answers: documents waiting "chờ cấp số" get their numbers (data/documents).
    await this.options.afterCycle?.();
    await this.pump();
    this.setStatus({ state: 'idle', error: null, lastSyncAt: this.now(), pending: await this.pendingCount() });
  }

  /** Joining a hub: every row this PC has is noted once, then sent like any change. */
  private async seed(): Promise<void> {
    for (const table of SYNCED_TABLES) {
      const keys = (await this.db.table(table).toCollection().primaryKeys()) as string[];
      for (let i = 0; i < keys.length; i += BATCH) {
        const rows = keys
          .slice(i, i + BATCH)
          .filter((k) => !(table === 'meta' && String(k).startsWith(SYNC_META_PREFIX)))
          .map((k) => ({ key: outboxKey(table, String(k)), value: 1 }));
        await this.db.meta.bulkPut(rows);
      }
    }
    await this.db.meta.put({ key: SEEDED_KEY, value: this.now() });
  }

  private async pendingCount(): Promise<number> {
    return (await this.db.meta.where('key').startsWith(OUTBOX_PREFIX).count()) + this.unpushed;
  }

  /** Outbox → local replica, in batches; an entry is dropped only if no newer change was noted meanwhile. */
  private async pump(): Promise<void> {
    for (;;) {
      const entries = await this.db.meta.where('key').startsWith(OUTBOX_PREFIX).limit(BATCH).toArray();
      if (entries.length === 0) return;
      const targets = entries.map((e) => ({ entry: e, target: parseOutboxKey(e.key)! }));
      const ids = targets.map(({ target }) => `${target.table}:${target.key}`);
      const existing = await this.local.allDocs({ keys: ids });
      const docs: Doc[] = [];
      for (const [i, { target }] of targets.entries()) {
        const table = target.table as TableName;
        const row = (await this.db.table(table).get(target.key)) as Row | undefined;
        const known = existing.rows[i].value;
        const rev = known?.rev;
        if (!row) {
          if (rev && !known?.deleted) docs.push({ ...tombstone(table, target.key), _rev: rev } as Doc);
          continue;
        }
        docs.push({ ...toDoc(table, row), ...(rev ? { _rev: rev } : {}) } as Doc);
      }
      const results = docs.length > 0 ? await this.local.bulkDocs(docs) : [];
      const failed = new Set(results.filter((r) => r.error).map((r) => r.id));
      await this.db.transaction('rw', this.db.meta, async (tx) => {
        markApplying(tx.idbtrans);
        for (const { entry, target } of targets) {
          if (failed.has(`${target.table}:${target.key}`)) continue;
          const now = await this.db.meta.get(entry.key);
          if (now && same(now.value, entry.value)) await this.db.meta.delete(entry.key);
        }
      });
      this.unpushed += results.length - failed.size;
      if (failed.size === entries.length) return; // retried next cycle
    }
  }

  private async replicate(): Promise<void> {
    const handle = this.local.sync(this.remote, { batch_size: BATCH });
    handle.on('change', (info) => {
      if (info.direction === 'pull') this.setStatus({ received: this.status.received + info.change.docs_written });
    });
    const result = await handle;
    if (result.push && result.push.doc_write_failures > 0) {
      throw Object.assign(new Error('push refused'), { status: 403 });
    }
    this.unpushed = 0;
  }

  /** Local replica → Dexie, from the last applied sequence; conflicts are merged or listed. */
  private async apply(): Promise<void> {
    for (;;) {
      const since = ((await this.db.meta.get(APPLIED_SEQ_KEY))?.value as string | number | undefined) ?? 0;
      const { results, last_seq } = await this.local.changes({ since, limit: BATCH, include_docs: true, conflicts: true, style: 'all_docs' });
      if (results.length === 0) return;
      const writes: { table: TableName; key: string; record: Row | null }[] = [];
      const conflicts: SyncConflict[] = [];
      const resolved: string[] = [];
      for (const change of results) {
        const doc = change.doc;
        if (!doc || !parseDocId(doc._id)) continue;
        if (doc._conflicts?.length) {
          const outcome = await this.mergeLeaves(doc);
          if (outcome) conflicts.push(outcome);
          continue; // a merge writes a new revision, applied when it comes through the feed
        }
        resolved.push(doc._id);
        const incoming = fromDoc(doc as RecordDoc);
        if (incoming.kind === 'invalid') this.invalid.set(doc._id, incoming.reason);
        if (incoming.kind === 'put') writes.push({ table: incoming.table, key: incoming.key, record: incoming.record });
        if (incoming.kind === 'delete') writes.push({ table: incoming.table, key: incoming.key, record: null });
      }
      await this.writeRows(writes, conflicts, resolved, last_seq);
      this.setStatus({ invalid: [...this.invalid.values()] });
    }
  }

  private async writeRows(
    writes: { table: TableName; key: string; record: Row | null }[],
    conflicts: SyncConflict[],
    resolved: string[],
    lastSeq: string | number,
  ): Promise<void> {
    await this.db.transaction('rw', this.db.tables, async (tx) => {
      markApplying(tx.idbtrans);
      for (const { table, key, record } of writes) {
        // A row changed here since it was noted waits for the pump: the hub's version must not overwrite it.
        if (await this.db.meta.get(outboxKey(table, key))) continue;
        const current = await this.db.table(table).get(key);
        if (record === null) {
          if (current) await this.db.table(table).delete(key);
        } else if (!same(current, record)) await this.db.table(table).put(record);
      }
      for (const conflict of conflicts) await this.db.meta.put({ key: `${CONFLICT_PREFIX}${conflict.docId}`, value: conflict as never });
      for (const id of resolved) await this.db.meta.delete(`${CONFLICT_PREFIX}${id}`);
      await this.db.meta.put({ key: APPLIED_SEQ_KEY, value: lastSeq });
    });
  }

  /** The leaves of a conflicted document: merged by field when they can be, else a listed conflict. */
  private async mergeLeaves(doc: Doc): Promise<SyncConflict | null> {
    const target = parseDocId(doc._id)!;
    const revs = [doc._rev!, ...(doc._conflicts ?? [])];
    const leaves = await this.local.bulkGet({ docs: revs.map((rev) => ({ id: doc._id, rev })), revs: true });
    const versions = leaves.results.map((r, i) => {
      const found = r.docs[0];
      const leaf = 'ok' in found ? found.ok : null;
      return { rev: revs[i], doc: leaf, record: rowOf(leaf) };
    });
    // Fold the losers into the winner one by one, each against its common ancestor with the winner.
    let merged: Row | null = versions[0].record;
    for (const other of versions.slice(1)) {
      const base = await this.ancestor(doc._id, versions[0].doc, other.doc);
      const outcome = mergeRecords(target.table, base, merged, other.record);
      if (outcome.kind === 'conflict') {
        return {
          docId: doc._id,
          table: target.table,
          key: target.key,
          reason: outcome.reason,
          fields: outcome.fields,
          versions: versions.map(({ rev, record }) => ({ rev, record })),
          detectedAt: this.now(),
        };
      }
      merged = outcome.record;
    }
    await this.settle(doc._id, versions.map((v) => v.rev), merged);
    return null;
  }

  /** The body of the newest revision both leaves descend from, when this replica still has it. */
  private async ancestor(id: string, a: Doc | null, b: Doc | null): Promise<Row | null | undefined> {
    const history = (d: Doc | null) => {
      const revisions = (d as { _revisions?: { start: number; ids: string[] } } | null)?._revisions;
      return revisions ? revisions.ids.map((hash, i) => `${revisions.start - i}-${hash}`) : [];
    };
    const theirs = new Set(history(b));
    const common = history(a).find((rev) => theirs.has(rev));
    if (!common) return undefined;
    try {
      return rowOf(await this.local.get(id, { rev: common }));
    } catch {
      return undefined; // compacted away: every differing field counts as changed on both sides
    }
  }

  /** Writes the chosen row on the winning leaf and deletes the other leaves: one resolution, replicated. */
  private async settle(id: string, revs: string[], record: Row | null): Promise<void> {
    const target = parseDocId(id)!;
    const [winner, ...losers] = revs;
    const kept: Doc = record ? ({ ...toDoc(target.table, record), _rev: winner } as Doc) : ({ _id: id, _rev: winner, _deleted: true } as Doc);
    await this.local.bulkDocs([kept, ...losers.map((rev) => ({ _id: id, _rev: rev, _deleted: true }) as Doc)]);
  }

  /** A Thường trực user's choice for a listed conflict: that version becomes the record everywhere. */
  async resolve(conflict: SyncConflict, chosenRev: string): Promise<Row | null> {
    const chosen = conflict.versions.find((v) => v.rev === chosenRev);
    if (!chosen) throw new Error('Phiên bản đã chọn không còn.');
    const current = await this.local.get(conflict.docId, { conflicts: true }).catch(() => null);
    const revs = current ? [current._rev!, ...(current._conflicts ?? [])] : conflict.versions.map((v) => v.rev);
    // A new write of its own, newer than every version: forms open on any of them are refused as stale.
    const versions = conflict.versions.map((v) => v.record?.version).filter((n): n is number => typeof n === 'number');
    const record = chosen.record && versions.length > 0 ? { ...chosen.record, version: Math.max(...versions) + 1 } : chosen.record;
    await this.settle(conflict.docId, revs, record);
    this.kick();
    return record;
  }
}
