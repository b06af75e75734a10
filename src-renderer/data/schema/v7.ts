/**
 * Schema version 7 (dossier): NEVER EDIT once released; a change is a new version file.
 * - upwardDossiers: the dossier sent upward per meeting and title — the package's manifest, "Sẵn sàng
 *   gửi", and the signed PDFs brought back (SPEC §11). A new table: older records need no change.
 */
import type { SchemaVersion } from './types';

export const v7: SchemaVersion = {
  version: 7,
  stores: {
    upwardDossiers: '&id, meetingId, [meetingId+titleCode], archived, demo',
  },
  migrate: (_table, record) => record,
};
