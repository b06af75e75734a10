/** Every schema version ever released, oldest first. The last one is the current schema. */
import type { SchemaVersion } from './types';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v7 } from './v7';
import { v8 } from './v8';
import { v9 } from './v9';
import { v10 } from './v10';
import { v11 } from './v11';

export type { SchemaVersion } from './types';
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [v1, v2, v3, v4, v5, v7, v8, v9, v10, v11];
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

/** Tables of the current schema, in a stable order (backup files list them in this order). */
export function currentTableNames(versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): string[] {
  const tables = new Set<string>();
  for (const v of versions) {
    for (const [name, def] of Object.entries(v.stores)) {
      if (def === null) tables.delete(name);
      else tables.add(name);
    }
  }
  return [...tables];
}
