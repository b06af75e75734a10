/**
 * Schema version 10 (dossier attachments): NEVER EDIT once released; a change is a new version file.
 * - upwardDossiers: the other files the ward adds to the dossier are kept in the record (name, type,
 *   size, SHA-256, bytes); a dossier written before has none.
 */
import type { SchemaVersion } from './types';

export const v10: SchemaVersion = {
  version: 10,
  stores: {},
  migrate: (table, record) => (table === 'upwardDossiers' ? { attachments: [], ...record } : record),
};
