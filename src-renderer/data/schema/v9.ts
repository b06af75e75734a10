/**
 * Schema version 9 (registrations): NEVER EDIT once released; a change is a new version file.
 * - registrations: a unit's đăng ký thi đua for a year (titles, commitments, the unit meeting's minutes
 *   as a file, state) — information beside nominations, never a condition (Luật TĐKT 2022 Điều 7).
 * - pledges: a block's giao ước thi đua for a year with the criteria set its units agree.
 * - movements: the form (thường xuyên / chuyên đề, Điều 16) and the parts of its Kế hoạch phát động
 *   (Điều 17.1), empty for movements recorded before.
 */
import type { SchemaVersion } from './types';

const EMPTY_MOVEMENT_PLAN = { objectives: '', scope: '', participants: '', contentAndCriteria: '', timeline: '', measures: '' };

export const v9: SchemaVersion = {
  version: 9,
  stores: {
    registrations: '&id, year, unitId, [unitId+year], archived, demo',
    pledges: '&id, year, blockId, [blockId+year], archived, demo',
  },
  migrate: (table, record) =>
    table === 'movements' ? { form: 'regular', plan: { ...EMPTY_MOVEMENT_PLAN }, ...record } : record,
};
