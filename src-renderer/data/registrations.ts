/**
 * Registrations of units (đăng ký thi đua) and blocks' giao ước thi đua, on the shared write path, with
 * the intake of a unit's list from a spreadsheet. None of it takes part in eligibility: Luật TĐKT 2022
 * Điều 7 (see domain/registration.ts).
 */
import { registrationStateProblems } from '../domain/registration';
import { searchKey } from '../domain/text';
import { TITLES } from '../domain/titles';
import type { ThiDuaDb } from './db';
import { RefusedError } from './errors';
import { formulaLikeWarning, titleOf, yearIn } from './imports/importRows';
import type { TabularData } from './imports/tabular';
import { defineRepository, writeTransaction } from './repository';
import { MAX_ATTACHED_FILE_BYTES, pledgeInputSchema, pledgeRecordSchema, registrationInputSchema, registrationRecordSchema } from './schemas';
import type { AttachedFile, Pledge, Registration, RegistrationEntry } from './schemas';

export const registrationRepo = defineRepository({
  table: 'registrations',
  label: 'bản đăng ký thi đua',
  input: registrationInputSchema,
  record: registrationRecordSchema,
  derive: () => ({}),
  pointsTo: (input) => [
    { path: 'unitId', table: 'units', id: input.unitId, label: 'Đơn vị đăng ký' },
    ...input.entries.flatMap((e, i) => (e.personId ? [{ path: `entries.${i}.personId`, table: 'people' as const, id: e.personId, label: 'Cá nhân đăng ký' }] : [])),
  ],
  check: async (db, input, previous) => {
    const twin = await db.registrations.where('[unitId+year]').equals([input.unitId, input.year]).filter((r) => r.archived === 0).first();
    const issues = registrationStateProblems(input).map((p) => ({ path: p.field, message: p.message }));
    if (twin && twin.id !== previous?.id) {
      const unit = await db.units.get(input.unitId);
      issues.push({ path: 'year', message: `${unit?.name ?? 'Đơn vị'} đã có bản đăng ký thi đua năm ${input.year}.` });
    }
    return issues;
  },
});

export const pledgeRepo = defineRepository({
  table: 'pledges',
  label: 'giao ước thi đua',
  input: pledgeInputSchema,
  record: pledgeRecordSchema,
  derive: () => ({}),
  pointsTo: (input) => [
    { path: 'blockId', table: 'blocks', id: input.blockId, label: 'Khối thi đua' },
    { path: 'criteriaSetId', table: 'criteriaSets', id: input.criteriaSetId, label: 'Bộ tiêu chí' },
    ...input.signingUnitIds.map((id, i) => ({ path: `signingUnitIds.${i}`, table: 'units' as const, id, label: 'Đơn vị ký giao ước' })),
  ],
  check: async (db, input, previous) => {
    const issues = [];
    const twin = await db.pledges.where('[blockId+year]').equals([input.blockId, input.year]).filter((p) => p.archived === 0).first();
    if (twin && twin.id !== previous?.id) {
      const block = await db.blocks.get(input.blockId);
      issues.push({ path: 'year', message: `${block?.name ?? 'Khối'} đã có giao ước thi đua năm ${input.year}.` });
    }
    if (input.criteriaSetId) {
      const set = await db.criteriaSets.get(input.criteriaSetId);
      if (set && set.year !== input.year) issues.push({ path: 'criteriaSetId', message: `Bộ tiêu chí “${set.name}” là của năm ${set.year}, không phải năm ${input.year}.` });
    }
    return issues;
  },
});

/** The year's registrations, one per unit (archived ones left out). */
export function registrationsOfYear(db: ThiDuaDb, year: number): Promise<Registration[]> {
  return db.registrations.where('year').equals(year).filter((r) => r.archived === 0).toArray();
}

/** A unit's registration for a year, or null: one compound-index read. */
export async function registrationOf(db: ThiDuaDb, unitId: string, year: number): Promise<Registration | null> {
  return (await db.registrations.where('[unitId+year]').equals([unitId, year]).filter((r) => r.archived === 0).first()) ?? null;
}

export function pledgesOfYear(db: ThiDuaDb, year: number): Promise<Pledge[]> {
  return db.pledges.where('year').equals(year).filter((p) => p.archived === 0).toArray();
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The file kept with a registration: refused when empty or over the limit, checksummed (SHA-256). */
export async function attachFile(bytes: Uint8Array, name: string, mediaType: string): Promise<AttachedFile> {
  if (bytes.byteLength === 0) throw new RefusedError('conflict', `Tệp “${name}” trống.`);
  if (bytes.byteLength > MAX_ATTACHED_FILE_BYTES) {
    throw new RefusedError('conflict', `Tệp “${name}” lớn hơn 3 MB. Hãy quét lại với độ phân giải thấp hơn hoặc lưu dạng PDF.`);
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name, mediaType: mediaType || 'application/octet-stream', size: bytes.byteLength, sha256: Array.from(digest, (b) => HEX[b]).join(''), base64: btoa(binary) };
}

export function attachedFileBytes(file: AttachedFile): Uint8Array {
  return Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
}

/** Columns of a unit's registration list, recognised by these header names (compared by search key). */
const ENTRY_COLUMNS = {
  name: ['họ và tên / tên tập thể', 'họ và tên', 'họ tên', 'tên tập thể', 'tên'],
  title: ['danh hiệu đăng ký', 'danh hiệu', 'danh hiệu thi đua', 'hình thức'],
  birthYear: ['năm sinh', 'ngày sinh'],
} as const;

export interface EntryRow {
  line: number;
  entry?: RegistrationEntry;
  errors: string[];
  warnings: string[];
}

/**
 * A unit's list read from a spreadsheet and checked row by row; writes nothing. A person is matched to
 * the unit's people by name (and birth year when given); one not in the register is kept by name only.
 */
export async function previewRegistrationEntries(db: ThiDuaDb, unitId: string, data: TabularData): Promise<EntryRow[]> {
  const keys = data.headers.map((h) => searchKey(h).replace(/\s*\/\s*/g, ' / '));
  const column = (names: readonly string[]) => keys.findIndex((k) => names.some((n) => searchKey(n).replace(/\s*\/\s*/g, ' / ') === k));
  const nameAt = column(ENTRY_COLUMNS.name);
  const titleAt = column(ENTRY_COLUMNS.title);
  const birthAt = column(ENTRY_COLUMNS.birthYear);
  const absent = [nameAt < 0 && '“Họ và tên / Tên tập thể”', titleAt < 0 && '“Danh hiệu đăng ký”'].filter(Boolean);
  if (absent.length > 0) throw new RefusedError('conflict', `Tệp thiếu cột ${absent.join(' và ')}.`);
  const people = await db.people.where('unitId').equals(unitId).filter((p) => p.archived === 0).toArray();
  const byKey = new Map<string, typeof people>();
  for (const p of people) byKey.set(p.searchKey, [...(byKey.get(p.searchKey) ?? []), p]);
  const seen = new Set<string>();
  return data.rows.map((cells, i) => {
    const errors: string[] = [];
    const warnings: string[] = [];
    const name = (cells[nameAt] ?? '').trim();
    const titleText = (cells[titleAt] ?? '').trim();
    const birthText = birthAt >= 0 ? (cells[birthAt] ?? '').trim() : '';
    for (const [label, text] of [['Họ và tên / Tên tập thể', name], ['Danh hiệu đăng ký', titleText]] as const) {
      const warning = formulaLikeWarning(label, text);
      if (warning) warnings.push(warning);
    }
    if (!name) errors.push('Thiếu họ và tên / tên tập thể.');
    const titleCode = titleOf(titleText);
    if (!titleCode) errors.push(titleText ? `Danh hiệu “${titleText}” không rõ.` : 'Thiếu danh hiệu đăng ký.');
    const birthYear = birthText ? yearIn(birthText) : null;
    if (birthText && birthYear === null) errors.push(`Năm sinh “${birthText}” không hợp lệ.`);
    if (errors.length > 0 || !titleCode) return { line: i + 2, errors, warnings };
    const subjectKind = TITLES[titleCode].subjectKinds.includes('person') ? 'person' : 'collective';
    let personId: string | null = null;
    if (subjectKind === 'person') {
      const namesakes = (byKey.get(searchKey(name)) ?? []).filter((p) => birthYear === null || p.birthYear === birthYear);
      if (namesakes.length === 1) personId = namesakes[0].id;
      else if (namesakes.length > 1) errors.push(`Đơn vị có ${namesakes.length} người tên “${name}”; hãy ghi năm sinh.`);
      else warnings.push(`Chưa có “${name}” trong danh sách cá nhân của đơn vị; chỉ lưu họ tên.`);
    }
    const key = `${personId ?? searchKey(name)}|${titleCode}`;
    if (seen.has(key)) errors.push('Trùng với một dòng phía trên (cùng tên, cùng danh hiệu).');
    seen.add(key);
    return errors.length > 0 ? { line: i + 2, errors, warnings } : { line: i + 2, entry: { subjectKind, personId, name, titleCode }, errors, warnings };
  });
}

/**
 * Writes an imported list into the unit's registration for the year (created when there is none), in one
 * transaction, only when every row is valid: a file with bad rows changes nothing.
 */
export async function importRegistrationEntries(db: ThiDuaDb, unitId: string, year: number, rows: readonly EntryRow[], fileName: string): Promise<Registration> {
  const bad = rows.filter((r) => r.errors.length > 0);
  if (bad.length > 0) {
    throw new RefusedError('conflict', `Tệp còn ${bad.length} dòng lỗi (dòng ${bad.slice(0, 10).map((r) => r.line).join(', ')}${bad.length > 10 ? ', …' : ''}); chưa lưu gì. Hãy sửa tệp rồi nhập lại.`);
  }
  if (rows.length === 0) throw new RefusedError('conflict', 'Tệp không có dòng nào để nhập.');
  const entries = rows.map((r) => r.entry!);
  const note = `Nhập danh sách đăng ký từ tệp “${fileName}” (${entries.length} dòng).`;
  return writeTransaction(db, async () => {
    const current = await registrationOf(db, unitId, year);
    if (!current) return registrationRepo.create(db, { unitId, year, entries }, { action: 'import', note });
    const kept = current.entries.filter((e) => !entries.some((n) => n.titleCode === e.titleCode && (n.personId && e.personId ? n.personId === e.personId : searchKey(n.name) === searchKey(e.name))));
    return registrationRepo.update(db, current, { entries: [...kept, ...entries] }, note);
  });
}
