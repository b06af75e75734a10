/**
 * Schema version 4 (law): NEVER EDIT once released; a change is a new version file.
 * - people: full date of birth, quê quán, trú quán, trình độ for the achievement reports (Mẫu 05,
 *   NĐ 152/2025); the ids merged into a record and pairs the clerk marked "not the same person".
 * - units: member and women counts, for the women-first tie-break (NĐ 152/2025 Đ4.6).
 * - nominations: who recognised each initiative (Luật TĐKT 2022 Đ22 needs a province-level body).
 * - cultureReviews: the yearly Gia đình văn hóa review of each tổ dân phố (NĐ 86/2023 Đ7).
 */
import type { SchemaVersion } from './types';

export const v4: SchemaVersion = {
  version: 4,
  stores: {
    cultureReviews: '&id, year, unitId, [unitId+year], archived, demo',
  },
  migrate: (table, record) => {
    switch (table) {
      case 'people':
        return {
          birthDate: null, hometown: '', residence: '', education: '', mergedFromIds: [], mergedIntoId: null, notDuplicateOfIds: [],
          ...record,
        };
      case 'units':
        return { memberCount: null, womenCount: null, ...record };
      case 'nominations': {
        const initiatives = Array.isArray(record.initiatives) ? (record.initiatives as Record<string, unknown>[]) : [];
        return { ...record, initiatives: initiatives.map((i) => ({ recognisedBy: '', ...i })) };
      }
      default:
        return record;
    }
  },
};
