/**
 * Records by id for the names a list shows: a handful of keyed reads instead of loading a whole
 * register (the big ward has 10,000 people, and a list names only the ones it shows).
 */
import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from './db';
import type { ThiDuaDb } from './db';
import type { Person, Unit } from './schemas';

async function recordsByIds<T extends { id: string }>(table: Table<T, string>, ids: readonly string[]): Promise<Map<string, T>> {
  const found = await table.bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((r) => (r ? [[r.id, r] as const] : [])));
}

/** The people with these ids, by id; ids without a record are left out. */
export function getPeopleByIds(db: ThiDuaDb, ids: readonly string[]): Promise<Map<string, Person>> {
  return recordsByIds(db.people, ids);
}

export function getUnitsByIds(db: ThiDuaDb, ids: readonly string[]): Promise<Map<string, Unit>> {
  return recordsByIds(db.units, ids);
}

/** Reactive getPeopleByIds; ids compare by value, so a new array of the same ids does not query again. */
export function usePeopleByIds(ids: readonly string[]): Map<string, Person> | undefined {
  const key = [...new Set(ids)].sort().join('|');
  return useLiveQuery(() => getPeopleByIds(getDb(), key ? key.split('|') : []), [key]);
}
