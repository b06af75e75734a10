/**
 * Exchange packages (SPEC §7, docs/exchange-format.md): a unit prepares its nominations or monthly
 * good-deed reports on another PC and hands over one file; the ward previews what is new, what
 * duplicates an existing record, and what is invalid, then accepts the new ones in one transaction.
 */
import { z } from 'zod';
import { searchKey } from '../domain/text';
import type { ThiDuaDb } from './db';
import { FileRejectedError, APP_VERSION, canonicalJson, encodeJson, readJsonFile, sha256Hex } from './fileFormat';
import type { ReadLimits } from './fileFormat';
import { goodDeedRepo } from './goodDeeds';
import { futureYearError } from './imports/importRows';
import { nowIso } from './ids';
import { findDuplicateNomination, nominationRepo } from './nominations';
import { getWardProfile, personRepo, subjectKeyOf } from './registers';
import { parseWith, requireRecord, writeTransaction } from './repository';
import { goodDeedInputSchema, idSchema, isoMonth, nominationInputSchema, personInputSchema, yearSchema } from './schemas';
import type { GoodDeedInput, NominationInput, Person, PersonInput, Unit } from './schemas';

const EXCHANGE_FORMAT = 'thidua-exchange';
const EXCHANGE_FORMAT_VERSION = 1;
const EXCHANGE_LIMITS: ReadLimits = { maxBytes: 20_000_000, maxDepth: 30, maxStringLength: 100_000 };

export type ExchangeKind = 'nominations' | 'goodDeeds';

const unitRefSchema = z.object({ id: idSchema, name: z.string().min(1).max(300) });
const personRefSchema = z.object({
  id: idSchema,
  fullName: z.string().min(1).max(200),
  gender: z.enum(['male', 'female']),
  birthYear: z.number().int().nullable(),
  position: z.string().max(300),
});

const envelopeSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    formatVersion: z.number().int().min(1),
    kind: z.enum(['nominations', 'goodDeeds']),
    appVersion: z.string().max(50),
    createdAt: z.string().max(40),
    ward: z.string().max(200),
    unit: unitRefSchema,
    year: yearSchema().nullable(),
    month: isoMonth('Tháng').nullable(),
    /** Units and people the records name, so the ward can match them to its own registers. */
    units: z.array(unitRefSchema).max(5000),
    people: z.array(personRefSchema).max(20_000),
    records: z.array(z.record(z.string().max(100), z.unknown())).max(20_000),
    checksum: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
type Envelope = z.output<typeof envelopeSchema>;

const NOMINATION_FIELDS = [
  'nominee', 'year', 'titleCode', 'awardKind', 'proposingUnitId', 'movementId', 'achievementSummary', 'achievementRef',
  'initiatives', 'unitStats', 'judgements', 'holds', 'dossier', 'note',
] as const;
const GOOD_DEED_FIELDS = [
  'month', 'unitId', 'subjectKind', 'subjectName', 'personId', 'birthYear', 'gender', 'address', 'field', 'deed', 'evidence', 'submittedAt',
] as const;

function pick(record: object, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, (record as Record<string, unknown>)[f]]));
}

export interface ExchangeRequest {
  unitId: string;
  kind: ExchangeKind;
  /** Nominations: the year. */
  year?: number;
  /** Good deeds: the month "YYYY-MM". */
  month?: string;
}

/** Writes a unit's nominations of a year, or its good-deed reports of a month, as an exchange file. */
export async function exportExchange(db: ThiDuaDb, request: ExchangeRequest): Promise<Uint8Array> {
  const unit = await requireRecord<Unit>(db, 'units', request.unitId, 'đơn vị');
  let records: Record<string, unknown>[];
  if (request.kind === 'nominations') {
    const year = parseWith(yearSchema(), request.year);
    const rows = await db.nominations.where('[proposingUnitId+year]').equals([unit.id, year]).filter((n) => n.archived === 0).toArray();
    records = rows.map((n) => ({ sourceId: n.id, ...pick(n, NOMINATION_FIELDS) }));
  } else {
    const month = parseWith(isoMonth('Tháng'), request.month);
    const rows = await db.goodDeeds.where('[unitId+month]').equals([unit.id, month]).filter((d) => d.archived === 0).toArray();
    records = rows.map((d) => ({ sourceId: d.id, ...pick(d, GOOD_DEED_FIELDS) }));
  }
  const personIds = new Set<string>();
  const unitIds = new Set<string>([unit.id]);
  for (const r of records) {
    const nominee = r.nominee as NominationInput['nominee'] | undefined;
    if (nominee?.kind === 'person') personIds.add(nominee.personId);
    if (nominee?.kind === 'unit') unitIds.add(nominee.unitId);
    if (typeof r.personId === 'string') personIds.add(r.personId);
  }
  const people = (await db.people.bulkGet([...personIds])).filter((p): p is Person => p !== undefined);
  const units = (await db.units.bulkGet([...unitIds])).filter((u): u is Unit => u !== undefined);
  const content = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    kind: request.kind,
    appVersion: APP_VERSION,
    createdAt: nowIso(),
    ward: (await getWardProfile(db))?.name ?? '',
    unit: { id: unit.id, name: unit.name },
    year: request.kind === 'nominations' ? (request.year ?? null) : null,
    month: request.kind === 'goodDeeds' ? (request.month ?? null) : null,
    units: units.map((u) => ({ id: u.id, name: u.name })),
    people: people.map((p) => ({ id: p.id, fullName: p.fullName, gender: p.gender, birthYear: p.birthYear, position: p.position })),
    records,
  };
  return encodeJson({ ...content, checksum: await sha256Hex(canonicalJson(content)) });
}

export interface ExchangeItem {
  /** Line in the file, from 1. */
  line: number;
  /** What the screen shows: nominee or subject, title or field. */
  label: string;
  kind: ExchangeKind;
  /** Ready to create (ids resolved to this ward's registers); absent when invalid. */
  input?: NominationInput | GoodDeedInput;
  /** A person to register first, when the nominee is not in this ward's register yet. */
  newPerson?: PersonInput & { sourceId: string };
  /** The existing record this one duplicates. */
  duplicateOf?: string;
  issues: string[];
}

export interface ExchangePreview {
  kind: ExchangeKind;
  unitName: string;
  ward: string;
  createdAt: string;
  /** The period the package covers: nominations of a year, or good-deed reports of a month "YYYY-MM". */
  year: number | null;
  month: string | null;
  fresh: ExchangeItem[];
  duplicates: ExchangeItem[];
  invalid: ExchangeItem[];
}

/** Matches a unit of the file to this ward's register: same id, else the same name. */
async function resolveUnit(db: ThiDuaDb, ref: { id: string; name: string } | undefined): Promise<Unit | undefined> {
  if (!ref) return undefined;
  const byId = await db.units.get(ref.id);
  if (byId) return byId;
  const key = searchKey(ref.name);
  return db.units.where('searchKey').equals(key).filter((u) => u.archived === 0).first();
}

/** Matches a person: same id, else same name (ignoring diacritic variants) and birth year. */
async function resolvePerson(db: ThiDuaDb, ref: z.output<typeof personRefSchema>): Promise<Person | undefined> {
  const byId = await db.people.get(ref.id);
  if (byId) return byId;
  const candidates = await db.people.where('searchKey').equals(searchKey(ref.fullName)).filter((p) => p.archived === 0).toArray();
  return candidates.find((p) => p.birthYear === ref.birthYear) ?? (ref.birthYear === null && candidates.length === 1 ? candidates[0] : undefined);
}

async function previewNomination(db: ThiDuaDb, file: Envelope, raw: Record<string, unknown>, line: number, seen: Set<string>): Promise<ExchangeItem> {
  const item: ExchangeItem = { line, label: `Dòng ${line}`, kind: 'nominations', issues: [] };
  const parsed = nominationInputSchema.safeParse(raw);
  if (!parsed.success) return { ...item, issues: parsed.error.issues.map((i) => i.message) };
  const nomination = parsed.data;
  const futureYear = futureYearError('Năm đề nghị', nomination.year);
  if (futureYear) return { ...item, issues: [futureYear] };
  const proposing = await resolveUnit(db, file.units.find((u) => u.id === nomination.proposingUnitId) ?? file.unit);
  if (!proposing) item.issues.push(`Đơn vị “${file.unit.name}” chưa có trong danh mục của phường.`);
  let nominee = nomination.nominee;
  if (nominee.kind === 'person') {
    const personId = nominee.personId;
    const ref = file.people.find((p) => p.id === personId);
    if (!ref) return { ...item, issues: ['Tệp không kèm thông tin cá nhân được đề nghị.'] };
    item.label = ref.fullName;
    const futureBirth = futureYearError('Năm sinh', ref.birthYear);
    if (futureBirth) return { ...item, issues: [futureBirth] };
    const person = await resolvePerson(db, ref);
    if (person) nominee = { kind: 'person', personId: person.id };
    else {
      item.newPerson = { sourceId: ref.id, fullName: ref.fullName, gender: ref.gender, birthYear: ref.birthYear, position: ref.position, unitId: proposing?.id ?? null };
      nominee = { kind: 'person', personId: ref.id };
    }
  } else if (nominee.kind === 'unit') {
    const unitId = nominee.unitId;
    const unit = await resolveUnit(db, file.units.find((u) => u.id === unitId));
    item.label = unit?.name ?? file.units.find((u) => u.id === unitId)?.name ?? 'Tập thể';
    if (unit) nominee = { kind: 'unit', unitId: unit.id };
    else item.issues.push(`Tập thể “${item.label}” chưa có trong danh mục của phường.`);
  } else item.label = nominee.name;
  if (item.issues.length > 0 || !proposing) return item;
  const input: NominationInput = { ...nomination, nominee, proposingUnitId: proposing.id, movementId: null };
  const key = `${subjectKeyOf(nominee)}|${input.year}|${input.titleCode}`;
  const existing = item.newPerson ? undefined : await findDuplicateNomination(db, subjectKeyOf(nominee), input.year, input.titleCode);
  if (existing) return { ...item, input, duplicateOf: existing.id };
  if (seen.has(key)) return { ...item, input, issues: ['Trùng với một dòng khác trong cùng tệp.'] };
  seen.add(key);
  return { ...item, input };
}

async function previewGoodDeed(db: ThiDuaDb, file: Envelope, raw: Record<string, unknown>, line: number, seen: Set<string>): Promise<ExchangeItem> {
  const item: ExchangeItem = { line, label: `Dòng ${line}`, kind: 'goodDeeds', issues: [] };
  const parsed = goodDeedInputSchema.safeParse(raw);
  if (!parsed.success) return { ...item, issues: parsed.error.issues.map((i) => i.message) };
  const deed = parsed.data;
  item.label = deed.subjectName;
  const unit = await resolveUnit(db, file.units.find((u) => u.id === deed.unitId) ?? file.unit);
  if (!unit) return { ...item, issues: [`Đơn vị “${file.unit.name}” chưa có trong danh mục của phường.`] };
  const ref = file.people.find((p) => p.id === deed.personId);
  const person = ref ? await resolvePerson(db, ref) : undefined;
  const input: GoodDeedInput = { ...deed, unitId: unit.id, personId: person?.id ?? null };
  // Same unit, month and subject is the same report sent twice.
  const key = `${unit.id}|${deed.month}|${searchKey(deed.subjectName)}`;
  const existing = await db.goodDeeds
    .where('[unitId+month]')
    .equals([unit.id, deed.month])
    .filter((d) => d.archived === 0 && searchKey(d.subjectName) === searchKey(deed.subjectName))
    .first();
  if (existing) return { ...item, input, duplicateOf: existing.id };
  if (seen.has(key)) return { ...item, input, issues: ['Trùng với một dòng khác trong cùng tệp.'] };
  seen.add(key);
  return { ...item, input };
}

/** Reads and classifies an exchange file without writing anything. */
export async function previewExchange(db: ThiDuaDb, bytes: Uint8Array | string): Promise<ExchangePreview> {
  const parsed = readJsonFile(bytes, EXCHANGE_LIMITS, 'trao đổi');
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) throw new FileRejectedError('format', 'Đây không phải tệp trao đổi ThiDua hợp lệ.');
  const file = envelope.data;
  if (file.formatVersion > EXCHANGE_FORMAT_VERSION) {
    throw new FileRejectedError(
      'newer',
      `Tệp trao đổi được tạo bởi phiên bản ThiDua mới hơn (${file.appVersion}, định dạng ${file.formatVersion}); ` +
        `bản ThiDua này đọc được tệp định dạng ${EXCHANGE_FORMAT_VERSION}. Hãy cập nhật ThiDua.`,
    );
  }
  const { checksum, ...content } = file;
  if ((await sha256Hex(canonicalJson(content))) !== checksum) {
    throw new FileRejectedError('checksum', 'Mã kiểm tra của tệp trao đổi không khớp: tệp đã bị sửa hoặc hỏng.');
  }
  const preview: ExchangePreview = {
    kind: file.kind, unitName: file.unit.name, ward: file.ward, createdAt: file.createdAt, year: file.year, month: file.month,
    fresh: [], duplicates: [], invalid: [],
  };
  const seen = new Set<string>();
  for (const [i, raw] of file.records.entries()) {
    const { sourceId: _sourceId, ...record } = raw;
    const item = file.kind === 'nominations'
      ? await previewNomination(db, file, record, i + 1, seen)
      : await previewGoodDeed(db, file, record, i + 1, seen);
    if (item.issues.length > 0) preview.invalid.push(item);
    else if (item.duplicateOf) preview.duplicates.push(item);
    else preview.fresh.push(item);
  }
  return preview;
}

/**
 * Creates every fresh item (registering new people first) in one transaction: all or nothing.
 * Each record is validated again by its repository and audited as an import.
 */
export function acceptExchange(db: ThiDuaDb, preview: ExchangePreview): Promise<number> {
  const note = `Nhập từ tệp trao đổi của ${preview.unitName} (${preview.createdAt}).`;
  return writeTransaction(db, async () => {
    const created = new Map<string, string>();
    for (const item of preview.fresh) {
      if (item.kind === 'goodDeeds') {
        await goodDeedRepo.create(db, item.input as GoodDeedInput, { action: 'import', note });
        continue;
      }
      let input = item.input as NominationInput;
      if (item.newPerson) {
        const { sourceId, ...person } = item.newPerson;
        const personId = created.get(sourceId) ?? (await personRepo.create(db, parseWith(personInputSchema, person), { action: 'import', note })).id;
        created.set(sourceId, personId);
        input = { ...input, nominee: { kind: 'person', personId } };
      }
      await nominationRepo.create(db, input, { action: 'import', note });
    }
    return preview.fresh.length;
  });
}
