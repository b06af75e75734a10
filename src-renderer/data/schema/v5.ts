/**
 * Schema version 5 (province): NEVER EDIT once released; a change is a new version file.
 * - goodDeeds: the nomination a vetted report became, where the province pack lets the ward
 *   chairman confer a title of its own from the good-deeds register (issue 20 item 4); indexed so a
 *   nomination knows the report it came from.
 */
import type { SchemaVersion } from './types';

export const v5: SchemaVersion = {
  version: 5,
  stores: {
    goodDeeds: '&id, month, unitId, [unitId+month], status, nominationId, archived, demo',
  },
  migrate: (table, record) => (table === 'goodDeeds' ? { nominationId: null, ...record } : record),
};
