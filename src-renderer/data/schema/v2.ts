/**
 * Schema version 2: versioned writes. Every record of an entity table carries `version` (1 on create,
 * +1 on every write), so an update made from a stale screen is refused instead of silently overwriting
 * a newer save from another window or PC. No index changes. NEVER EDIT: a change is schema/v3.ts.
 */
import type { SchemaVersion } from './types';
import { v1 } from './v1';

/** Tables whose rows are entity records (BaseRecord); meta, counters and audit are not versioned. */
const UNVERSIONED = new Set(['meta', 'counters', 'audit']);

export const v2: SchemaVersion = {
  version: 2,
  stores: v1.stores,
  migrate: (table, record) => (UNVERSIONED.has(table) || typeof record.version === 'number' ? record : { ...record, version: 1 }),
};
