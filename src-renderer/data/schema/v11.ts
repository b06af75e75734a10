/**
 * Schema version 11 (issue 20, province rules from data): NEVER EDIT once released; a change is a new version file.
 * - people: the date of death (ngày mất), null for everyone recorded before: a province's title that
 *   is not awarded posthumously refuses a deceased person.
 * No index changes.
 */
import type { SchemaVersion } from './types';

export const v11: SchemaVersion = {
  version: 11,
  stores: {},
  migrate: (table, record) => (table === 'people' ? { deathDate: null, ...record } : record),
};
