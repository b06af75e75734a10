/**
 * Schema version 3 (issue 13, users and the office hub): a register row names who made it ("người
 * lập"), and a row made while the office hub was out of reach keeps the request key of the number it
 * waits for ("chờ cấp số"; empty once numbered). Rows written before get empty values. No index
 * changes. NEVER EDIT: a change is a new file.
 */
import type { SchemaVersion } from './types';
import { v1 } from './v1';

export const v3: SchemaVersion = {
  version: 3,
  // Same indexes as v1; listed so the upgrade runs the migration over the register.
  stores: { documents: v1.stores.documents },
  migrate: (table, record) => (table === 'documents' ? { createdBy: '', numberRequest: '', ...record } : record),
};
