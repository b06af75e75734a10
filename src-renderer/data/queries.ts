/**
 * Read queries behind the screens' hooks, kept free of React so they are tested directly. They use
 * the indexes (search words, year/status, unit) because the big ward has 10,000 people and 3,000
 * nominations a year; sorting follows Vietnamese collation from the domain.
 */
import type { Collection, Table } from 'dexie';
import { compareVi, searchKey, sortByPersonName } from '../domain/text';
import type { NominationStatus } from '../domain/lifecycle';
import { isNationalCode, TITLE_CODES } from '../domain/vocabulary';
import type { AwardCode } from '../domain/vocabulary';
import type { ThiDuaDb } from './db';
import type { Block, CriteriaSet, GoodDeed, Meeting, Nomination, Person, ScoreSheet, Unit } from './schemas';

interface Searchable {
  id: string;
  searchWords: string[];
  archived: 0 | 1;
}

/** Every word of the query starts some word of the record ("ng th hoa" finds "Nguyễn Thị Hoà"). */
export function matchesWords(recordWords: readonly string[], queryWords: readonly string[]): boolean {
  return queryWords.every((q) => recordWords.some((w) => w.startsWith(q)));
}

/** A search box's text as search-key words (no diacritics, lower case). */
export function queryWordsOf(query: string | undefined): string[] {
  return searchKey(query ?? '').split(' ').filter((w) => w.length > 0);
}

/**
 * Records whose words match the query, found through the multiEntry `searchWords` index. The range
 * is read whole (one `getAll`) and filtered here: a Dexie `distinct()`/`filter()` walks a cursor, one
 * IndexedDB request per row, which made the people search ~1.7× its raw index read. A multiEntry
 * range holds a record once per matching word ("Nguyễn Nguyên" twice for "nguy"), hence the dedup.
 */
async function searchTable<T extends Searchable>(
  all: () => Collection<T, string>,
  byWord: (prefix: string) => Collection<T, string>,
  query: string | undefined,
  includeArchived: boolean,
): Promise<T[]> {
  const words = queryWordsOf(query);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const candidates = await (longest ? byWord(longest) : all()).toArray();
  const seen = new Set<string>();
  return candidates.filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return (includeArchived || r.archived === 0) && matchesWords(r.searchWords, words);
  });
}

export interface UnitFilter {
  query?: string;
  blockId?: string;
  includeArchived?: boolean;
}

/** Units in natural Vietnamese order ("Tổ dân phố 2" before "Tổ dân phố 10"). */
export async function findUnits(db: ThiDuaDb, filter: UnitFilter = {}): Promise<Unit[]> {
  const units = await searchTable(
    () => (filter.blockId ? db.units.where('blockId').equals(filter.blockId) : db.units.toCollection()),
    (prefix) => db.units.where('searchWords').startsWith(prefix),
    filter.query,
    filter.includeArchived ?? false,
  );
  return units.filter((u) => !filter.blockId || u.blockId === filter.blockId).sort((a, b) => compareVi(a.name, b.name));
}

export interface PersonFilter {
  query?: string;
  unitId?: string;
  includeArchived?: boolean;
  /** At most this many, after sorting (search boxes show the first page only). */
  limit?: number;
}

/** People sorted by tên, tên đệm, họ (DOMAIN.md §9). */
export async function findPeople(db: ThiDuaDb, filter: PersonFilter = {}): Promise<Person[]> {
  const people = await searchTable(
    () => (filter.unitId ? db.people.where('unitId').equals(filter.unitId) : db.people.toCollection()),
    (prefix) => db.people.where('searchWords').startsWith(prefix),
    filter.query,
    filter.includeArchived ?? false,
  );
  const sorted = sortByPersonName(people.filter((p) => !filter.unitId || p.unitId === filter.unitId));
  return filter.limit === undefined ? sorted : sorted.slice(0, filter.limit);
}

export async function findBlocks(db: ThiDuaDb, year?: number): Promise<Block[]> {
  const blocks = await (year === undefined ? db.blocks.toArray() : db.blocks.where('year').equals(year).toArray());
  return blocks.filter((b) => b.archived === 0).sort((a, b) => b.year - a.year || compareVi(a.name, b.name));
}

/** The year's criteria sets in use, read whole (one getAll: a Dexie filter() walks a cursor). */
export async function findCriteriaSets(db: ThiDuaDb, year: number): Promise<CriteriaSet[]> {
  return (await db.criteriaSets.where('year').equals(year).toArray()).filter((s) => s.archived === 0);
}

/** The score sheets of one criteria set. */
export function findScoreSheets(db: ThiDuaDb, setId: string): Promise<ScoreSheet[]> {
  return db.scoreSheets.where('setId').equals(setId).toArray();
}

export interface NominationFilter {
  year: number;
  status?: NominationStatus;
  titleCode?: AwardCode;
  proposingUnitId?: string;
  includeArchived?: boolean;
}

/** A year's nominations through the narrowest compound index the filter allows. */
export async function findNominations(db: ThiDuaDb, filter: NominationFilter): Promise<Nomination[]> {
  const { year } = filter;
  const collection = filter.status
    ? db.nominations.where('[year+status]').equals([year, filter.status])
    : filter.titleCode
      ? db.nominations.where('[year+titleCode]').equals([year, filter.titleCode])
      : filter.proposingUnitId
        ? db.nominations.where('[proposingUnitId+year]').equals([filter.proposingUnitId, year])
        : db.nominations.where('year').equals(year);
  // Read whole (one getAll) and filtered here: a Dexie filter() walks a cursor, one request per row.
  return (await collection.toArray()).filter(
    (n) =>
      (filter.includeArchived || n.archived === 0) &&
      (!filter.titleCode || n.titleCode === filter.titleCode) &&
      (!filter.proposingUnitId || n.proposingUnitId === filter.proposingUnitId),
  );
}

/**
 * The nominations with these ids, in the order asked (a meeting's agenda), through the primary key
 * rather than a scan of their year; ids without a record, and repeats, are left out.
 */
export async function findNominationsByIds(db: ThiDuaDb, ids: readonly string[]): Promise<Nomination[]> {
  return [...(await recordsByIds(db.nominations, ids)).values()];
}

export async function findMeetings(db: ThiDuaDb, year?: number): Promise<Meeting[]> {
  const meetings = await (year === undefined ? db.meetings.toArray() : db.meetings.where('year').equals(year).toArray());
  return meetings.filter((m) => m.archived === 0).sort((a, b) => b.date.localeCompare(a.date));
}

export interface GoodDeedFilter {
  /** "YYYY-MM" for one month, or a year for all its months. */
  month?: string;
  year?: number;
  unitId?: string;
}

export async function findGoodDeeds(db: ThiDuaDb, filter: GoodDeedFilter): Promise<GoodDeed[]> {
  const collection = filter.month
    ? db.goodDeeds.where('month').equals(filter.month)
    : filter.year !== undefined
      ? db.goodDeeds.where('month').between(`${filter.year}-01`, `${filter.year}-12`, true, true)
      : db.goodDeeds.toCollection();
  const deeds = (await collection.toArray()).filter((d) => d.archived === 0 && (!filter.unitId || d.unitId === filter.unitId));
  return deeds.sort((a, b) => b.month.localeCompare(a.month) || compareVi(a.subjectName, b.subjectName));
}

/** How many awards of one title (null: a form outside the catalogue, e.g. a Huân chương) a year has. */
export interface AwardCount {
  year: number;
  titleCode: AwardCode | null;
  count: number;
}

/**
 * Awards of the history (lịch sử khen thưởng: entered by hand or written by the ward's decisions) from
 * `fromYear` to `toYear`, through the `year` index; by year, then in catalogue order, other forms last.
 */
export async function countAwardsByYear(db: ThiDuaDb, fromYear: number, toYear: number): Promise<AwardCount[]> {
  const counts = new Map<string, AwardCount>();
  // Read whole (one getAll): each() walks a cursor, one IndexedDB request per row — tens of thousands
  // once the five years shown are on record, on the dashboard's first paint.
  for (const award of await db.awards.where('year').between(fromYear, toYear, true, true).toArray()) {
    if (award.archived === 1) continue;
    const key = `${award.year}|${award.titleCode}`;
    const row = counts.get(key) ?? { year: award.year, titleCode: award.titleCode, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  // The catalogue's order, a province's own titles after the national ones, the uncoded last.
  const order = (code: AwardCode | null) => (code === null ? TITLE_CODES.length + 1 : isNationalCode(code) ? TITLE_CODES.indexOf(code) : TITLE_CODES.length);
  return [...counts.values()].sort((a, b) => a.year - b.year || order(a.titleCode) - order(b.titleCode));
}

/**
 * Records by id for the names a list shows: a handful of keyed reads instead of loading a whole
 * register (the big ward has 10,000 people, and a list names only the ones it shows).
 */
async function recordsByIds<T extends { id: string }>(table: Table<T, string>, ids: readonly string[]): Promise<Map<string, T>> {
  const found = await table.bulkGet([...new Set(ids)]);
  return new Map(found.flatMap((r) => (r ? [[r.id, r] as const] : [])));
}

/** The people with these ids, by id; ids without a record are left out. */
export function getPeopleByIds(db: ThiDuaDb, ids: readonly string[]): Promise<Map<string, Person>> {
  return recordsByIds(db.people, ids);
}

export function getUnitsByIds(db: ThiDuaDb, ids: readonly string[]): Promise<Map<string, Unit>> {
  return recordsByIds(db.units, ids);
}

/** True while any record of the demo ward remains. */
export async function hasDemoData(db: ThiDuaDb): Promise<boolean> {
  for (const table of db.tables) {
    if (table.schema.indexes.some((i) => i.name === 'demo') && (await table.where('demo').equals(1).count()) > 0) return true;
  }
  return (await db.wardProfile.get('ward'))?.demo === 1;
}
