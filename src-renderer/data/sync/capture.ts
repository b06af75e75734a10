/**
 * Change capture for the hub (issue 13): a Dexie middleware that, while this PC is joined to an
 * office hub, notes every changed row in an outbox (meta rows "sync:out|table|key") inside the SAME
 * transaction as the change — so no committed change can be missed by a crash, and the pump
 * (engine.ts) sends the row as it is at that moment. Rows written by the sync itself, when it applies
 * what came from the hub, are marked and not noted. With no hub configured nothing is noted.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { isReplicated, SYNC_META_PREFIX } from './mapping';

export const OUTBOX_PREFIX = `${SYNC_META_PREFIX}out|`;

export function outboxKey(table: string, key: string): string {
  return `${OUTBOX_PREFIX}${table}|${key}`;
}

export function parseOutboxKey(key: string): { table: string; key: string } | null {
  if (!key.startsWith(OUTBOX_PREFIX)) return null;
  const rest = key.slice(OUTBOX_PREFIX.length);
  const at = rest.indexOf('|');
  return at > 0 ? { table: rest.slice(0, at), key: rest.slice(at + 1) } : null;
}

let capturing = false;
let onNoted: () => void = () => {};
const applyingTransactions = new WeakSet<object>();

/** Turned on by the engine when a hub is configured; off, writes cost nothing extra. */
export function setCapturing(on: boolean): void {
  capturing = on;
}

export function isCapturing(): boolean {
  return capturing;
}

/** Called after a write noted rows (the engine then cycles soon). */
export function setOnNoted(listener: () => void): void {
  onNoted = listener;
}

/** Marks a transaction as the sync's own (its writes came from the hub and are not sent back). */
export function markApplying(idbtrans: object): void {
  applyingTransactions.add(idbtrans);
}

let marks = 0;
/** Each noting is distinct, so the pump drops an entry only if nothing was noted after it read it. */
function nextMark(): string {
  marks += 1;
  return `${Date.now().toString(36)}-${marks.toString(36)}`;
}

async function changedKeys(table: DBCoreTable, req: DBCoreMutateRequest, results: unknown[] | undefined): Promise<unknown[]> {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.keys ?? results ?? req.values.map((v) => (v as Record<string, unknown>)[String(table.schema.primaryKey.keyPath)]);
    case 'delete':
      return req.keys;
    case 'deleteRange': {
      const found = await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } });
      return found.result;
    }
  }
}

export const captureMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'thidua-sync-capture',
  create(down) {
    return {
      ...down,
      // The outbox lives in `meta`: every read-write transaction must include it.
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && !stores.includes('meta') ? [...stores, 'meta'] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          async mutate(req) {
            if (!capturing || applyingTransactions.has(req.trans as DBCoreTransaction)) return table.mutate(req);
            // deleteRange must list its keys before they are gone.
            const before = req.type === 'deleteRange' ? await changedKeys(table, req, undefined) : null;
            const response = await table.mutate(req);
            const keys = before ?? (await changedKeys(table, req, response.results));
            const noted = keys.map(String).filter((k) => isReplicated(name, k));
            if (noted.length > 0) {
              await down.table('meta').mutate({
                type: 'put',
                trans: req.trans,
                values: noted.map((k) => ({ key: outboxKey(name, k), value: nextMark() })),
              });
              onNoted();
            }
            return response;
          },
        };
      },
    };
  },
};
