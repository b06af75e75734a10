/**
 * Bulk intake of units, people and nominations from a spreadsheet (SPEC §2): the user maps columns
 * to fields, every row is converted and validated with the entity's schema, each row's errors are
 * listed, and the commit writes all accepted rows in one transaction (nothing half-imported).
 */
import { deathDateError, parseCivilDateText } from '../../domain/dates';
import { provinceLevelWord } from '../../domain/province';
import type { LocalTitle } from '../../domain/provincePack';
import type { WardSettings } from '../../domain/settings';
import { awardTitleInfo, titleInfoFor } from '../../domain/titles';
import { describeNamesake } from '../../domain/duplicates';
import { searchKey } from '../../domain/text';
import { localCode, TITLE_CODES, UNIT_KIND_LABELS } from '../../domain/vocabulary';
import type { AwardCode, TitleCode, UnitKind } from '../../domain/vocabulary';
import type { ThiDuaDb } from '../db';
import { probableDuplicatesAmong } from '../duplicates';
import { RefusedError } from '../errors';
import { civilToday } from '../ids';
import { findDuplicateNomination, nominationRepo } from '../nominations';
import { effectiveSettings, getWardProfile, personRepo, subjectKeyOf, unitRepo } from '../registers';
import { bulkWriteTransaction } from '../repository';
import { nominationInputSchema, personInputSchema, unitInputSchema } from '../schemas';
import type { NominationInput, PersonInput, UnitInput } from '../schemas';
import type { TabularData } from './tabular';

export type ImportKind = 'units' | 'people' | 'nominations';

export interface ImportField {
  key: string;
  label: string;
  required: boolean;
  /** Header texts recognised for automatic mapping (compared by search key). */
  aliases: readonly string[];
}

export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  units: [
    { key: 'name', label: 'Tên đơn vị', required: true, aliases: ['tên đơn vị', 'đơn vị', 'tên tập thể', 'tên'] },
    { key: 'kind', label: 'Loại đơn vị', required: false, aliases: ['loại', 'loại đơn vị'] },
    { key: 'block', label: 'Khối thi đua', required: false, aliases: ['khối', 'khối thi đua'] },
    { key: 'headName', label: 'Người đứng đầu', required: false, aliases: ['người đứng đầu', 'trưởng đơn vị', 'thủ trưởng'] },
    { key: 'address', label: 'Địa chỉ', required: false, aliases: ['địa chỉ'] },
  ],
  people: [
    { key: 'fullName', label: 'Họ và tên', required: true, aliases: ['họ và tên', 'họ tên', 'tên'] },
    { key: 'gender', label: 'Giới tính', required: true, aliases: ['giới tính', 'phái'] },
    { key: 'birthYear', label: 'Năm sinh', required: false, aliases: ['năm sinh', 'ngày sinh'] },
    { key: 'position', label: 'Chức vụ', required: false, aliases: ['chức vụ', 'chức danh'] },
    { key: 'unit', label: 'Đơn vị', required: false, aliases: ['đơn vị', 'đơn vị công tác', 'tổ dân phố'] },
    { key: 'phone', label: 'Số điện thoại', required: false, aliases: ['điện thoại', 'số điện thoại', 'sđt'] },
    { key: 'deathDate', label: 'Ngày mất', required: false, aliases: ['ngày mất', 'ngày từ trần', 'mất ngày'] },
  ],
  nominations: [
    { key: 'nominee', label: 'Họ và tên / Tên tập thể', required: true, aliases: ['họ và tên', 'họ tên', 'tên tập thể', 'họ và tên / tên tập thể'] },
    { key: 'birthYear', label: 'Năm sinh', required: false, aliases: ['năm sinh'] },
    { key: 'unit', label: 'Đơn vị đề nghị', required: true, aliases: ['đơn vị', 'đơn vị đề nghị', 'chức vụ, đơn vị'] },
    {
      key: 'title', label: 'Danh hiệu/hình thức', required: true,
      aliases: ['danh hiệu/hình thức', 'danh hiệu/hình thức đề nghị', 'danh hiệu', 'hình thức', 'danh hiệu đề nghị'],
    },
    { key: 'year', label: 'Năm', required: true, aliases: ['năm', 'năm đề nghị'] },
    { key: 'summary', label: 'Tóm tắt thành tích', required: false, aliases: ['tóm tắt thành tích', 'thành tích'] },
  ],
};

/** Column index per field key; null when the field is not in the file. */
export type ColumnMapping = Record<string, number | null>;

/** A header's key: its search key with the spaces around "/" dropped ("Danh hiệu / hình thức"). */
function headerKey(header: string): string {
  return searchKey(header).replace(/\s*\/\s*/g, '/');
}

/**
 * Maps headers to fields by their search keys, so "HỌ VÀ TÊN" and "Ho va ten" both match; a field's
 * own label always matches, so a file written with the labels (the template) maps itself.
 */
export function suggestMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const keys = headers.map(headerKey);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS[kind]) {
    const names = new Set([field.label, ...field.aliases].map(headerKey));
    const index = keys.findIndex((k, i) => !taken.has(i) && names.has(k));
    mapping[field.key] = index >= 0 ? index : null;
    if (index >= 0) taken.add(index);
  }
  return mapping;
}

export interface ImportRow {
  /** Spreadsheet line (the header is line 1). */
  line: number;
  input?: UnitInput | PersonInput | NominationInput;
  errors: string[];
  /** Accepted, but worth a look: a cell that a spreadsheet would read as a formula, a probable duplicate. */
  warnings: string[];
  /** A person row that probably duplicates people already in the register (their ids): the user chooses. */
  duplicateOf?: string[];
}

/** What to do with rows that probably duplicate someone already in the register: the clerk's choice. */
export type DuplicateChoice = 'skip' | 'import';

export interface ImportPreview {
  kind: ImportKind;
  rows: ImportRow[];
  valid: number;
  invalid: number;
  /** Valid rows that probably duplicate someone already in the register. */
  probableDuplicates: number;
}

const UNIT_KIND_WORDS: [string, UnitKind][] = [
  ['to dan pho', 'tdp'], ['khu pho', 'tdp'], ['thon', 'tdp'], ['truong', 'school'], ['y te', 'health'], ['cong an', 'police'],
  ['quan su', 'military'], ['mat tran', 'front'], ['doan thanh nien', 'front'], ['phu nu', 'front'], ['cuu chien binh', 'front'],
  ['nong dan', 'front'], ['cong doan', 'front'], ['hoi', 'association'], ['phong', 'office'], ['van phong', 'office'],
];

/** A unit kind from its label or code, else guessed from the unit's name ("Trường …" → school). */
function unitKindOf(text: string, name: string): UnitKind | null {
  const key = searchKey(text);
  if (key) {
    const byLabel = (Object.entries(UNIT_KIND_LABELS) as [UnitKind, string][]).find(([code, label]) => key === code || key === searchKey(label));
    if (byLabel) return byLabel[0];
  }
  const probe = key || searchKey(name);
  return UNIT_KIND_WORDS.find(([word]) => probe.includes(word))?.[1] ?? (key ? null : 'other');
}

function genderOf(text: string): 'male' | 'female' | null {
  const key = searchKey(text);
  if (key === 'nam' || key === 'male') return 'male';
  if (key === 'nu' || key === 'female') return 'female';
  return null;
}

/** Year of birth from "1980", "05/03/1980" or "1980-03-05". */
export function yearIn(text: string): number | null {
  const match = /(?:^|\D)(\d{4})(?:\D|$)/.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * The latest year a row may name: next year's nominations are prepared in December, but a year
 * beyond that (or a birth year in the future) is a typing slip, refused as 1800 is.
 */
export function latestImportYear(now = new Date()): number {
  return now.getFullYear() + 1;
}

/** The row error for a year past `latestImportYear`, or null. */
export function futureYearError(label: string, year: number | null): string | null {
  const latest = latestImportYear();
  return year !== null && year > latest ? `${label} ${year} không hợp lệ (muộn hơn năm ${latest}).` : null;
}

/**
 * Text a spreadsheet would run as a formula when the list is opened or sent on (CSV/formula injection).
 * It is stored as plain text; the warning lets the user check the cell. Plain numbers ("-5", "+84 912…") are not formulas.
 */
export function formulaLikeWarning(label: string, text: string): string | null {
  if (!/^[=+\-@]/.test(text) || /^[+-]?[\d\s.,()]+$/.test(text)) return null;
  return `Lưu ý: ô “${label}” bắt đầu bằng “${text[0]}”, sẽ được lưu như chữ thường, không phải công thức.`;
}

/** A title's name compared without quotes or commas ("Người tốt việc tốt" is "Người tốt, việc tốt"). */
const titleKey = (text: string) => searchKey(text.replace(/[“”",;.]/g, ' '));

/** Every name a title goes by: a province's, a centrally-run city's ("… thành phố"), a commune's ("… xã"). */
const TITLE_NAMES: readonly [TitleCode, string][] = TITLE_CODES.flatMap((code) =>
  (['province', 'city'] as const).flatMap((provinceKind) => (['phường', 'xã', 'đặc khu'] as const).flatMap((wardWord) => {
    const info = titleInfoFor(code, { provinceKind, wardWord });
    return [[code, titleKey(code)], [code, titleKey(info.label)], [code, titleKey(info.shortLabel)]] as [TitleCode, string][];
  })));


/** A title from any name it goes by (code, full or short label, in a province or a city). */
export function titleOf(text: string): TitleCode | null {
  const key = titleKey(text);
  return TITLE_NAMES.find(([, name]) => name === key)?.[0] ?? null;
}

/**
 * A national title as `titleOf` reads it, else a province pack's own title (issue 20) by its name,
 * short name or code ("local:<id>", or the id alone).
 */
export function awardCodeOf(text: string, localTitles: readonly LocalTitle[]): AwardCode | null {
  const national = titleOf(text);
  if (national) return national;
  const key = titleKey(text);
  const local = localTitles.find((t) => [t.label, t.shortLabel, localCode(t.id), t.id].some((name) => titleKey(name) === key));
  return local ? localCode(local.id) : null;
}

/** The row error for a title nobody knows, naming it and, with a pack in force, the pack's own titles. */
function unknownTitleError(text: string, settings: WardSettings): string {
  if (settings.localTitles.length === 0) return `Danh hiệu/hình thức “${text}” không rõ.`;
  const level = provinceLevelWord(settings.naming.provinceKind);
  return `Danh hiệu/hình thức “${text}” không rõ: không phải danh hiệu, hình thức toàn quốc, cũng không phải danh hiệu riêng của ${level} (${settings.localTitles.map((t) => `“${t.label}”`).join(', ')}).`;
}

function schemaErrors(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.success ? [] : result.error!.issues.map((i) => i.message);
}

interface Lookup {
  unitByKey: Map<string, string>;
  unitNameById: Map<string, string>;
  blockByKey: Map<string, string>;
  /** The rules in force: the titles' names as the ward says them, and its province pack's own titles. */
  settings: WardSettings;
}

async function lookups(db: ThiDuaDb): Promise<Lookup> {
  const units = await db.units.where('archived').equals(0).toArray();
  const blocks = await db.blocks.where('archived').equals(0).toArray();
  return {
    unitByKey: new Map(units.map((u) => [u.searchKey, u.id])),
    unitNameById: new Map(units.map((u) => [u.id, u.name])),
    blockByKey: new Map(blocks.sort((a, b) => a.year - b.year).map((b) => [searchKey(b.name), b.id])),
    settings: effectiveSettings(await getWardProfile(db)),
  };
}

type Cell = (key: string) => string;

function unitRow(cell: Cell, lookup: Lookup, seen: Set<string>): Omit<ImportRow, 'line' | 'warnings'> {
  const errors: string[] = [];
  const name = cell('name');
  const kind = unitKindOf(cell('kind'), name);
  if (!kind) errors.push(`Loại đơn vị “${cell('kind')}” không rõ.`);
  const blockId = cell('block') ? (lookup.blockByKey.get(searchKey(cell('block'))) ?? null) : null;
  if (cell('block') && !blockId) errors.push(`Khối thi đua “${cell('block')}” chưa có trong danh mục.`);
  const key = searchKey(name);
  if (key && (lookup.unitByKey.has(key) || seen.has(key))) errors.push(`Đơn vị “${name}” đã có.`);
  seen.add(key);
  const input = { name, kind: kind ?? 'other', blockId, headName: cell('headName'), address: cell('address') };
  const result = unitInputSchema.safeParse(input);
  errors.push(...schemaErrors(result));
  return { input, errors };
}

function personRow(cell: Cell, lookup: Lookup, seen: Set<string>): Omit<ImportRow, 'line' | 'warnings'> {
  const errors: string[] = [];
  const gender = genderOf(cell('gender'));
  if (!gender) errors.push(`Giới tính “${cell('gender')}” phải là Nam hoặc Nữ.`);
  const unitId = cell('unit') ? (lookup.unitByKey.get(searchKey(cell('unit'))) ?? null) : null;
  if (cell('unit') && !unitId) errors.push(`Đơn vị “${cell('unit')}” chưa có trong danh mục.`);
  const birthYear = cell('birthYear') ? yearIn(cell('birthYear')) : null;
  if (cell('birthYear') && birthYear === null) errors.push(`Năm sinh “${cell('birthYear')}” không hợp lệ.`);
  const future = futureYearError('Năm sinh', birthYear);
  if (future) errors.push(future);
  const deathDate = cell('deathDate') ? parseCivilDateText(cell('deathDate')) : null;
  if (cell('deathDate') && deathDate === null) errors.push(`Ngày mất “${cell('deathDate')}” không hợp lệ (ghi ngày/tháng/năm, ví dụ 05/03/2020).`);
  const deathError = deathDate ? deathDateError(deathDate, { birthDate: null, birthYear }, civilToday()) : null;
  if (deathError) errors.push(deathError);
  const key = `${searchKey(cell('fullName'))}|${birthYear}|${unitId}`;
  if (seen.has(key)) errors.push('Trùng với một dòng phía trên (cùng họ tên, năm sinh, đơn vị).');
  seen.add(key);
  const input = { fullName: cell('fullName'), gender: gender ?? 'male', birthYear, deathDate, position: cell('position'), unitId, phone: cell('phone') };
  errors.push(...schemaErrors(personInputSchema.safeParse(input)));
  return { input, errors };
}

async function nominationRow(db: ThiDuaDb, cell: Cell, lookup: Lookup, seen: Set<string>): Promise<Omit<ImportRow, 'line' | 'warnings'>> {
  const errors: string[] = [];
  const titleCode = awardCodeOf(cell('title'), lookup.settings.localTitles);
  if (!titleCode) errors.push(unknownTitleError(cell('title'), lookup.settings));
  const year = yearIn(cell('year'));
  if (year === null) errors.push(`Năm “${cell('year')}” không hợp lệ.`);
  const futureYear = futureYearError('Năm đề nghị', year);
  if (futureYear) errors.push(futureYear);
  const unitId = lookup.unitByKey.get(searchKey(cell('unit'))) ?? null;
  if (!unitId) errors.push(`Đơn vị “${cell('unit')}” chưa có trong danh mục.`);
  if (!titleCode || year === null || futureYear || !unitId) return { errors };
  const name = cell('nominee');
  let nominee: NominationInput['nominee'] | null = null;
  const title = awardTitleInfo(titleCode, lookup.settings);
  // A collective of the register by its name, where the title is given to collectives; else a person.
  const nomineeUnit = title.subjectKinds.includes('unit') ? lookup.unitByKey.get(searchKey(name)) : undefined;
  if (nomineeUnit) {
    nominee = { kind: 'unit', unitId: nomineeUnit };
  } else if (!title.subjectKinds.includes('person')) {
    errors.push(`Tập thể “${name}” chưa có trong danh mục.`);
  } else {
    const birthYear = cell('birthYear') ? yearIn(cell('birthYear')) : null;
    const futureBirth = futureYearError('Năm sinh', birthYear);
    if (futureBirth) return { errors: [...errors, futureBirth] };
    const people = await db.people.where('searchKey').equals(searchKey(name)).filter((p) => p.archived === 0).toArray();
    const matches = people.filter((p) => (birthYear === null || p.birthYear === birthYear) && (people.length === 1 || p.unitId === unitId));
    if (matches.length === 1) nominee = { kind: 'person', personId: matches[0].id };
    else errors.push(matches.length === 0 ? `Chưa có cá nhân “${name}” trong danh mục (hãy nhập danh sách cá nhân trước).` : `Có nhiều người tên “${name}”; hãy ghi năm sinh.`);
  }
  if (!nominee) return { errors };
  const input: NominationInput = { nominee, year, titleCode, proposingUnitId: unitId, achievementSummary: cell('summary') };
  const key = `${subjectKeyOf(nominee)}|${year}|${titleCode}`;
  if (seen.has(key) || (await findDuplicateNomination(db, subjectKeyOf(nominee), year, titleCode))) {
    errors.push(`Đã có đề nghị “${title.label}” năm ${year} cho ${name}.`);
  }
  seen.add(key);
  errors.push(...schemaErrors(nominationInputSchema.safeParse(input)));
  return { input, errors };
}

/** Converts and checks every row; writes nothing. */
export async function previewImport(db: ThiDuaDb, kind: ImportKind, data: TabularData, mapping: ColumnMapping): Promise<ImportPreview> {
  const missing = IMPORT_FIELDS[kind].filter((f) => f.required && (mapping[f.key] === null || mapping[f.key] === undefined));
  if (missing.length > 0) {
    throw new RefusedError('conflict', `Chưa chọn cột cho: ${missing.map((f) => f.label).join(', ')}.`);
  }
  const lookup = await lookups(db);
  const seen = new Set<string>();
  const rows: ImportRow[] = [];
  for (const [i, values] of data.rows.entries()) {
    const cell: Cell = (key) => {
      const index = mapping[key];
      return index === null || index === undefined ? '' : (values[index] ?? '').normalize('NFC').trim();
    };
    const row =
      kind === 'units' ? unitRow(cell, lookup, seen) : kind === 'people' ? personRow(cell, lookup, seen) : await nominationRow(db, cell, lookup, seen);
    const warnings = IMPORT_FIELDS[kind].flatMap((f) => formulaLikeWarning(f.label, cell(f.key)) ?? []);
    rows.push({ line: i + 2, ...row, warnings });
  }
  if (kind === 'people') await markProbableDuplicates(db, rows, lookup);
  const invalid = rows.filter((r) => r.errors.length > 0).length;
  return { kind, rows, valid: rows.length - invalid, invalid, probableDuplicates: rows.filter((r) => r.errors.length === 0 && r.duplicateOf).length };
}

/**
 * Warns on each valid person row whose name (by search key), birth year and unit match someone already
 * in the register (issue 12.5); one index read for the whole file.
 */
async function markProbableDuplicates(db: ThiDuaDb, rows: ImportRow[], lookup: Lookup): Promise<void> {
  const checked = rows.filter((r) => r.errors.length === 0 && r.input);
  const matches = await probableDuplicatesAmong(db, checked.map((r) => r.input as PersonInput & { birthYear: number | null; unitId: string | null }));
  checked.forEach((row, i) => {
    if (matches[i].length === 0) return;
    row.duplicateOf = matches[i].map((p) => p.id);
    const named = matches[i].map((p) => describeNamesake(p, p.unitId ? lookup.unitNameById.get(p.unitId) : null));
    row.warnings.unshift(`Có thể trùng với ${named.join(', ')} đã có trong danh mục.`);
  });
}

/**
 * Writes the valid rows in one transaction: all of them or none. With rows in error it refuses,
 * unless the user chose to leave those rows out; with probable duplicates, until the user chose
 * whether to import or skip them. Returns the number of records written.
 */
export function commitImport(
  db: ThiDuaDb,
  preview: ImportPreview,
  options: { skipInvalid?: boolean; duplicates?: DuplicateChoice } = {},
): Promise<number> {
  if (preview.invalid > 0 && !options.skipInvalid) {
    return Promise.reject(new RefusedError('conflict', `Còn ${preview.invalid} dòng lỗi. Hãy sửa tệp, hoặc chọn bỏ qua các dòng lỗi.`));
  }
  if (preview.probableDuplicates > 0 && !options.duplicates) {
    return Promise.reject(new RefusedError('conflict', `Có ${preview.probableDuplicates} dòng có thể trùng với người đã có. Hãy chọn nhập hay bỏ qua các dòng này.`));
  }
  const written = preview.rows.filter((r) => r.errors.length === 0 && r.input && !(r.duplicateOf && options.duplicates === 'skip'));
  const note = `Nhập từ bảng tính (${written.length} dòng).`;
  return bulkWriteTransaction(db, async () => {
    for (const row of written) {
      if (preview.kind === 'units') await unitRepo.create(db, row.input as UnitInput, { action: 'import', note });
      else if (preview.kind === 'people') await personRepo.create(db, row.input as PersonInput, { action: 'import', note });
      else await nominationRepo.create(db, row.input as NominationInput, { action: 'import', note });
    }
    return written.length;
  });
}
