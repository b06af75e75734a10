/**
 * Registers (danh mục, SPEC §1): ward profile, emulation blocks, units, people, council members,
 * emulation movements and award history. Each is a repository over the shared write path.
 */
import { deathDateError } from '../domain/dates';
import { searchKey } from '../domain/text';
import { DEFAULT_SETTINGS, defaultSettingsFor } from '../domain/settings';
import type { WardSettings } from '../domain/settings';
import { namingOf } from '../domain/province';
import { settingsWithPack, type ProvincePack } from '../domain/provincePack';
import type { ThiDuaDb } from './db';
import { civilToday, nowIso } from './ids';
import { defineRepository, parseWith, requireCurrent, staleError, writeRecord, writeTransaction } from './repository';
import type { ReadRecord, Reference } from './repository';
import type { ValidationIssue } from './errors';
import {
  WARD_PROFILE_ID, awardInputSchema, awardRecordSchema, blockInputSchema, blockRecordSchema, councilMemberInputSchema,
  councilMemberRecordSchema, movementInputSchema, movementRecordSchema, personInputSchema, personRecordSchema,
  unitInputSchema, unitRecordSchema, wardProfileInputSchema, wardProfileRecordSchema,
} from './schemas';
import type { Movement, Nominee, WardProfile, WardProfileInput } from './schemas';

/** Diacritic-free key and its distinct words, for prefix search on any word of a name. */
export function searchFieldsOf(text: string): { searchKey: string; searchWords: string[] } {
  const key = searchKey(text);
  return { searchKey: key, searchWords: [...new Set(key.split(' ').filter((w) => w.length > 0))] };
}

/** "p:<personId>", "u:<unitId>", "h:<name|address key>": who a nomination or award is for. */
export function subjectKeyOf(nominee: Nominee): string {
  switch (nominee.kind) {
    case 'person':
      return `p:${nominee.personId}`;
    case 'unit':
      return `u:${nominee.unitId}`;
    case 'household':
      return `h:${searchKey(nominee.name)}|${searchKey(nominee.address)}`;
  }
}

// ---- Ward profile (thông tin đơn vị): a single row ----

export function getWardProfile(db: ThiDuaDb): Promise<WardProfile | undefined> {
  return db.wardProfile.get(WARD_PROFILE_ID);
}

/**
 * Creates the profile on first save, updates it afterwards; audited either way. A screen passes
 * `readVersion`, the version it showed (null: it showed no profile), so a stale form is refused.
 * The province pack is kept as it was unless the input names `provincePack` (forms edit the rest).
 */
export function saveWardProfile(
  db: ThiDuaDb,
  input: WardProfileInput,
  options: { demo?: boolean; readVersion?: number | null } = {},
): Promise<WardProfile> {
  return writeTransaction(db, async () => {
    const previous = await getWardProfile(db);
    if (options.readVersion !== undefined && previous && previous.version !== options.readVersion) {
      throw await staleError(db, 'wardProfile', previous);
    }
    const keepPack = !Object.hasOwn(input, 'provincePack') && previous?.provincePack;
    const parsed = parseWith(wardProfileInputSchema, keepPack ? { ...input, provincePack: previous.provincePack } : input);
    const at = nowIso();
    const next: Omit<WardProfile, 'version'> = {
      ...parsed,
      id: WARD_PROFILE_ID,
      createdAt: previous?.createdAt ?? at,
      updatedAt: at,
      archived: 0,
      ...(options.demo ? { demo: 1 as const } : {}),
    };
    return writeRecord(db, { table: 'wardProfile', record: wardProfileRecordSchema }, previous, next, previous ? 'update' : 'create');
  });
}

/**
 * The rules in force: the domain's defaults, the province pack's rules and citations, then the
 * ward's overrides on top (DOMAIN.md: provinces set them). Only keys the domain knows apply: the upper level lives in `profile.upperLevel` alone,
 * so an `upperLevel` key left in the overrides (or any stray key) changes nothing.
 */
export function effectiveSettings(profile: WardProfile | undefined): WardSettings {
  const overrides = Object.entries(profile?.settingsOverrides ?? {})
    .filter(([key]) => Object.hasOwn(DEFAULT_SETTINGS, key) && !['naming', 'ruleReferences', 'localTitles', 'titleDeadlines'].includes(key));
  const pack = profile?.provincePack as ProvincePack | undefined;
  const naming = namingOf(profile);
  return { ...settingsWithPack(pack, Object.fromEntries(overrides) as Partial<WardSettings>, defaultSettingsFor(naming)), naming };
}

// ---- Emulation blocks, units, people ----

export const blockRepo = defineRepository({
  table: 'blocks',
  label: 'khối thi đua',
  input: blockInputSchema,
  record: blockRecordSchema,
  derive: () => ({}),
  references: [
    { table: 'units', index: 'blockId', key: (id) => id, label: 'đơn vị' },
    { table: 'criteriaSets', index: 'blockId', key: (id) => id, label: 'bộ tiêu chí' },
  ],
});

const subjectReferences = (prefix: 'p' | 'u', label: string): Reference[] => [
  { table: 'nominations', index: 'nomineeKey', key: (id) => `${prefix}:${id}`, label: 'đề nghị khen thưởng' },
  { table: 'awards', index: 'subjectKey', key: (id) => `${prefix}:${id}`, label: `lịch sử khen thưởng của ${label}` },
];

export const unitRepo = defineRepository({
  table: 'units',
  label: 'đơn vị',
  input: unitInputSchema,
  record: unitRecordSchema,
  derive: (input) => searchFieldsOf(input.name),
  pointsTo: (input) => [{ path: 'blockId', table: 'blocks', id: input.blockId, label: 'Khối thi đua' }],
  references: [
    ...subjectReferences('u', 'đơn vị'),
    { table: 'nominations', index: 'proposingUnitId', key: (id) => id, label: 'đề nghị khen thưởng' },
    { table: 'people', index: 'unitId', key: (id) => id, label: 'cá nhân' },
    { table: 'scoreSheets', index: 'unitId', key: (id) => id, label: 'phiếu chấm điểm' },
    { table: 'goodDeeds', index: 'unitId', key: (id) => id, label: 'báo cáo người tốt, việc tốt' },
  ],
});

export const personRepo = defineRepository({
  table: 'people',
  label: 'cá nhân',
  input: personInputSchema,
  record: personRecordSchema,
  derive: (input, previous) => ({
    ...searchFieldsOf(input.fullName),
    mergedFromIds: previous?.mergedFromIds ?? [],
    mergedIntoId: previous?.mergedIntoId ?? null,
    notDuplicateOfIds: previous?.notDuplicateOfIds ?? [],
  }),
  pointsTo: (input) => [{ path: 'unitId', table: 'units', id: input.unitId, label: 'Đơn vị' }],
  check: async (_db, input) => {
    const death = input.deathDate ? deathDateError(input.deathDate, input, civilToday()) : null;
    return [
      ...(input.birthDate && input.birthYear !== null && Number(input.birthDate.slice(0, 4)) !== input.birthYear
        ? [{ path: 'birthYear', message: 'Năm sinh không khớp với ngày sinh.' }]
        : []),
      ...(death ? [{ path: 'deathDate', message: death }] : []),
    ];
  },
  references: [
    ...subjectReferences('p', 'cá nhân'),
    { table: 'councilMembers', index: 'personId', key: (id) => id, label: 'Hội đồng' },
  ],
});

// ---- Council members (thành viên Hội đồng) ----

export const councilMemberRepo = defineRepository({
  table: 'councilMembers',
  label: 'thành viên Hội đồng',
  input: councilMemberInputSchema,
  record: councilMemberRecordSchema,
  derive: () => ({}),
  pointsTo: (input) => [{ path: 'personId', table: 'people', id: input.personId, label: 'Cá nhân' }],
  check: async (_db, input) => [
    ...(input.termTo && input.termTo < input.termFrom
      ? [{ path: 'termTo', message: 'Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu.' }]
      : []),
  ],
  references: [{ table: 'meetings', index: 'memberIds', key: (id) => id, label: 'phiên họp' }],
});

/** Members whose term covers `date` (quorum and thresholds count them, DOMAIN.md §4). */
export async function councilOn(db: ThiDuaDb, date: string) {
  const members = await db.councilMembers.where('archived').equals(0).toArray();
  return members.filter((m) => m.termFrom <= date && (m.termTo === null || m.termTo >= date));
}

// ---- Emulation movements (phong trào thi đua) ----

export const movementRepo = defineRepository({
  table: 'movements',
  label: 'phong trào thi đua',
  input: movementInputSchema,
  record: movementRecordSchema,
  derive: (_input, previous) => ({ nameHistory: previous?.nameHistory ?? [] }),
  pointsTo: (input) => [{ path: 'leadUnitId', table: 'units', id: input.leadUnitId, label: 'Đơn vị chủ trì' }],
  check: async (_db, input) => [
    ...(input.periodTo && input.periodTo < input.periodFrom
      ? [{ path: 'periodTo', message: 'Ngày kết thúc phải sau ngày bắt đầu.' }]
      : []),
  ],
  references: [{ table: 'nominations', index: 'movementId', key: (id) => id, label: 'đề nghị khen thưởng' }],
});

/** Renames a movement and keeps the old name in its history, so earlier documents still match it. */
export function renameMovement(db: ThiDuaDb, read: ReadRecord, newName: string, note = ''): Promise<Movement> {
  return writeTransaction(db, async () => {
    const previous = await requireCurrent<Movement>(db, 'movements', read, 'phong trào thi đua');
    const name = parseWith(movementInputSchema.shape.name, newName);
    const at = nowIso();
    const next: Omit<Movement, 'version'> = {
      ...previous,
      name,
      nameHistory: [...previous.nameHistory, { name: previous.name, renamedAt: at, note: note.normalize('NFC') }],
      updatedAt: at,
    };
    return writeRecord(db, movementRepo.def, previous, next, 'update', `Đổi tên: “${previous.name}” → “${name}”.`);
  });
}

// ---- Award history (lịch sử khen thưởng) ----

export const awardRepo = defineRepository({
  table: 'awards',
  label: 'khen thưởng',
  input: awardInputSchema,
  record: awardRecordSchema,
  derive: (input) => ({
    subjectKey: subjectKeyOf(
      input.subjectKind === 'person'
        ? { kind: 'person', personId: input.personId ?? '' }
        : input.subjectKind === 'unit'
          ? { kind: 'unit', unitId: input.unitId ?? '' }
          : { kind: 'household', name: input.householdName, address: input.householdAddress },
    ),
  }),
  pointsTo: (input) => [
    { path: 'personId', table: 'people', id: input.personId, label: 'Cá nhân' },
    { path: 'unitId', table: 'units', id: input.unitId, label: 'Đơn vị' },
  ],
  check: async (_db, input) => {
    const issues: ValidationIssue[] = [];
    if (input.subjectKind === 'person' && !input.personId) issues.push({ path: 'personId', message: 'Phải chọn cá nhân được khen thưởng.' });
    if (input.subjectKind === 'unit' && !input.unitId) issues.push({ path: 'unitId', message: 'Phải chọn tập thể được khen thưởng.' });
    if (input.subjectKind === 'household' && !input.householdName) {
      issues.push({ path: 'householdName', message: 'Phải nhập tên hộ gia đình được khen thưởng.' });
    }
    if (input.decisionDate && Number(input.decisionDate.slice(0, 4)) < input.year) {
      issues.push({ path: 'decisionDate', message: 'Ngày quyết định không thể trước năm khen thưởng.' });
    }
    return issues;
  },
});
