/**
 * Schema version 1: the first release. NEVER EDIT: a change is schema/v2.ts with a `migrate`.
 * Indexes serve the screens and the big-ward workload (10,000 people, 3,000 nominations a year):
 * search by diacritic-free key prefix and words, year/status/unit lookups, nominee duplicates.
 */
import type { SchemaVersion } from './types';

export const v1: SchemaVersion = {
  version: 1,
  stores: {
    wardProfile: '&id',
    meta: '&key',
    blocks: '&id, year, archived, demo',
    units: '&id, searchKey, *searchWords, blockId, kind, archived, demo',
    people: '&id, searchKey, *searchWords, unitId, archived, demo',
    councilMembers: '&id, personId, role, archived, demo',
    movements: '&id, status, leadUnitId, archived, demo',
    awards: '&id, subjectKey, [subjectKey+year], year, titleCode, nominationId, archived, demo',
    nominations:
      '&id, year, status, [year+status], [year+titleCode], [proposingUnitId+year], proposingUnitId, nomineeKey, ' +
      '[nomineeKey+year+titleCode], movementId, meetingId, archived, demo',
    criteriaSets: '&id, year, blockId, archived, demo',
    scoreSheets: '&id, setId, unitId, [setId+unitId], archived, demo',
    goodDeeds: '&id, month, unitId, [unitId+month], status, archived, demo',
    meetings: '&id, date, year, status, *nominationIds, *memberIds, archived, demo',
    documents: '&id, [series+year], kind, year, date, *sourceIds, archived, demo',
    counters: '&key',
    audit: '&id, at, [table+recordId], recordId',
  },
};
