/**
 * The domain's EligibilityInput built from records already loaded, and the batched path that loads
 * a whole year's records at once. The single-nomination loaders (nominations.ts) and `evaluateYear`
 * share the builders here, so both give the same input for the same records.
 */
import { evaluateEligibility, evaluateYearQuotas, hasWomenPriority } from '../domain/eligibility';
import type { QuotaResult, YearNomination } from '../domain/eligibility';
import { DISCIPLINE_LEVELS } from '../domain/eligibility/types';
import type {
  DisciplineLevel, EligibilityInput, EligibilityResult, Nominee as EligibilityNominee, OtherNomination, UnitNominee,
} from '../domain/eligibility/types';
import type { NominationStatus } from '../domain/lifecycle';
import type { WardSettings } from '../domain/settings';
import { isLocalCode, type TaskRating } from '../domain/vocabulary';
import type { ThiDuaDb } from './db';
import { RefusedError } from './errors';
import { civilToday } from './ids';
import { effectiveSettings, getWardProfile, subjectKeyOf } from './registers';
import type { Award, Nomination, Person, Unit } from './schemas';

/** What an EligibilityInput reads of a nomination: its fields, with the id once it is saved. */
export type NominationFacts = Pick<
  Nomination,
  'nominee' | 'year' | 'titleCode' | 'awardKind' | 'achievementRef' | 'judgements' | 'initiatives' | 'holds' | 'unitStats'
> & { id?: string };

type YearRating = { year: number; rating: TaskRating };

/** Outcomes that end a nomination without an award; they do not block a new nomination. */
export const CLOSED_WITHOUT_AWARD: readonly NominationStatus[] = ['not_awarded', 'withdrawn'];

function ratingsOf(ratings: readonly YearRating[], year: number) {
  return {
    taskRating: ratings.find((r) => r.year === year)?.rating ?? null,
    ratingHistory: ratings.filter((r) => r.year !== year),
  };
}

function heaviest(levels: readonly DisciplineLevel[]): DisciplineLevel | null {
  let worst: DisciplineLevel | null = null;
  for (const level of levels) if (worst === null || DISCIPLINE_LEVELS.indexOf(level) > DISCIPLINE_LEVELS.indexOf(worst)) worst = level;
  return worst;
}

function disciplineIn(person: Person, year: number): DisciplineLevel | null {
  return heaviest(person.disciplines.filter((d) => Number(d.decidedOn.slice(0, 4)) === year).map((d) => d.level));
}

/** The person nominee's facts for the year: rating, earlier ratings, discipline, date of death. */
export function personNominee(person: Person, year: number): EligibilityNominee {
  return {
    kind: 'person',
    gender: person.gender,
    isPublicServant: person.isPublicServant,
    ...ratingsOf(person.ratings, year),
    disciplineThisYear: disciplineIn(person, year),
    diedOn: person.deathDate,
  };
}

/**
 * A collective's member facts: as entered on the nomination, else counted from its registered
 * members (not archived) and the members' awards of the year (`memberAwards`, any other rows ignored).
 */
export function unitNominee(unit: Unit | undefined, nomination: NominationFacts, members: readonly Person[], memberAwards: readonly Award[]): UnitNominee {
  const base = { kind: 'unit' as const, unitKind: unit?.kind ?? 'other', ...ratingsOf(unit?.ratings ?? [], nomination.year) };
  if (nomination.unitStats) return { ...base, ...nomination.unitStats };
  const memberKeys = new Set(members.map((m) => `p:${m.id}`));
  const ofYear = memberAwards.filter((a) => a.year === nomination.year && memberKeys.has(a.subjectKey));
  const holders = (code: 'LDTT' | 'CSTDCS') => new Set(ofYear.filter((a) => a.titleCode === code).map((a) => a.subjectKey)).size;
  const ratings = members.map((m) => ratingsOf(m.ratings, nomination.year).taskRating);
  return {
    ...base,
    memberCount: members.length,
    ldttCount: holders('LDTT'),
    cstdcsCount: holders('CSTDCS'),
    womenCount: members.filter((m) => m.gender === 'female').length,
    allMembersCompleteTasks: members.length === 0 || ratings.includes(null) ? null : ratings.every((r) => r !== 'KHTNV'),
    highestMemberDiscipline: heaviest(members.map((m) => disciplineIn(m, nomination.year)).filter((d) => d !== null)),
  };
}

/** The members counted for a collective: its registered people that are not archived. */
export function activeMembers(people: readonly Person[]): Person[] {
  return people.filter((p) => p.archived === 0);
}

/** A person nominee must exist: a nomination of someone deleted cannot be judged. */
export function requirePerson(person: Person | undefined): Person {
  if (!person) throw new RefusedError('notFound', 'Không tìm thấy cá nhân cần thao tác (có thể đã bị xóa).');
  return person;
}

function outcomeOf(status: NominationStatus): OtherNomination['outcome'] {
  if (status === 'awarded') return 'awarded';
  return CLOSED_WITHOUT_AWARD.includes(status) ? 'not_awarded' : 'pending';
}

/** Orders nominations as the `[nomineeKey+year+titleCode]` index returns them (title, then id). */
function byTitleThenId(a: Nomination, b: Nomination): number {
  if (a.titleCode !== b.titleCode) return a.titleCode < b.titleCode ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The domain's EligibilityInput: the nominee's facts, its award history (`awards`: the nominee's
 * rows, in id order) and its other nominations of the year (`sameYear`, index order), because one
 * achievement earns one award (NĐ 152/2025 Đ4.1).
 */
export function eligibilityInputOf(
  nomination: NominationFacts,
  nominee: EligibilityNominee,
  awards: readonly Award[],
  sameYear: readonly Nomination[],
  sameTitle: readonly Nomination[] = [],
): EligibilityInput {
  return {
    awardedThisYear: awardedOf(sameTitle, nomination),
    nominee,
    year: nomination.year,
    titleCode: nomination.titleCode,
    awardKind: nomination.awardKind,
    achievementRef: nomination.achievementRef || null,
    // The award this nomination itself produced is its outcome, not part of the history it is judged on.
    history: awards.flatMap((a) =>
      a.titleCode && a.archived === 0 && !(nomination.id && a.nominationId === nomination.id)
        ? [{ year: a.year, titleCode: a.titleCode, label: a.titleLabel, awardKind: a.awardKind, decisionNo: a.decisionNo, decisionDate: a.decisionDate, issuer: a.issuer }]
        : [],
    ),
    judgements: nomination.judgements,
    initiatives: nomination.initiatives,
    holds: nomination.holds,
    // Holds with an end date stop applying on that day, so the review resumes by itself (NĐ 152/2025 Đ4.4).
    asOf: civilToday(),
    otherNominations: sameYear
      .filter((n) => n.id !== nomination.id && n.status !== 'withdrawn')
      .map((n) => ({ id: n.id, titleCode: n.titleCode, awardKind: n.awardKind, achievementRef: n.achievementRef || null, outcome: outcomeOf(n.status) })),
  };
}

/** Statuses past the council's vote: they take a place in a title's yearly cap. */
const PASSED: readonly NominationStatus[] = ['voted', 'decided', 'forwarded', 'awarded'];

/**
 * How many of a province's own title the ward already gave in the year, this nomination aside
 * (`sameTitle`: the year's nominations of that title), for the pack's yearly cap.
 */
function awardedOf(sameTitle: readonly Nomination[], nomination: NominationFacts): number {
  return sameTitle.filter((n) => n.id !== nomination.id && n.archived === 0 && n.titleCode === nomination.titleCode && PASSED.includes(n.status)).length;
}

/** The name a list prints for a nominee: full name, unit name, or household. */
export function nameOf(nominee: Nomination['nominee'], record: Person | Unit | undefined): string {
  if (nominee.kind === 'household') return nominee.name;
  if (!record) return '(đã xóa)';
  return 'fullName' in record ? record.fullName : record.name;
}

/** The nominations still in play for the year's caps: not archived, not closed without an award. */
export function isLive(nomination: Nomination): boolean {
  return nomination.archived === 0 && !CLOSED_WITHOUT_AWARD.includes(nomination.status);
}

/** One live nomination as the year-wide checks see it (NĐ 152/2025 Đ4: caps, women first among equals). */
export function yearNominationOf(nomination: Nomination, name: string, nominee: EligibilityNominee, settings: WardSettings): YearNomination {
  return {
    id: nomination.id,
    nomineeId: nomination.nomineeKey,
    nomineeName: name,
    titleCode: nomination.titleCode,
    awardKind: nomination.awardKind,
    achievementRef: nomination.achievementRef || null,
    womenPriority: hasWomenPriority(nominee, settings),
    passedCouncil: PASSED.includes(nomination.status),
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Everything the year's eligibility and quota checks read, loaded once and grouped in memory. */
interface YearRecords {
  settings: WardSettings;
  /** All the year's nominations, archived ones too (they still count as the nominee's other nominations). */
  nominations: Nomination[];
  people: Map<string, Person>;
  units: Map<string, Unit>;
  awardsBySubject: Map<string, Award[]>;
  membersByUnit: Map<string, Person[]>;
  sameYearByNominee: Map<string, Nomination[]>;
}

/**
 * Award rows per nomination past which the nominees' histories are read one nominee at a time rather
 * than the award register whole. Measured in Chromium (docs/benchmarks.md): a row of a whole-register
 * getAll costs ~9 µs, a nominee's own getAll ~40 µs plus ~8 µs a row; with 3,000 nominations the
 * register whole wins at one year of record (15,000 rows), by nominee at three and more (1.4 s → 0.5 s
 * at ten years).
 */
const AWARD_ROWS_PER_NOMINATION_READ_WHOLE = 6;

/** Reads the award register by nominee rather than whole, for this many rows and nominations of the year. */
export function readsHistoryByNominee(awardRows: number, nominations: number): boolean {
  return awardRows > AWARD_ROWS_PER_NOMINATION_READ_WHOLE * nominations;
}

/**
 * Loads the year in one read transaction: the year's nominations by the `year` index, the people and
 * units registers whole, and the award rows the checks need. Whole-register reads (one getAll each)
 * beat asking per nominee while registers are small: in Chromium every IndexedDB request costs far
 * more than a row of a getAll (docs/benchmarks.md). The award history grows with every year of record:
 * once it outgrows the year's nominations, what is read is every row of the year's nominees (their
 * whole history: the rules look back as far as the law and the province's titles say) and the year's
 * rows of everyone else (a collective counts its members' awards of the year).
 */
async function loadYear(db: ThiDuaDb, year: number): Promise<YearRecords> {
  const tables = [db.wardProfile, db.nominations, db.people, db.units, db.awards];
  const [profile, nominations, people, units, awards] = await db.transaction('r', tables, async () => {
    const [awardRows, nominationCount] = await Promise.all([db.awards.count(), db.nominations.where('year').equals(year).count()]);
    const byNominee = readsHistoryByNominee(awardRows, nominationCount);
    const [profile, nominations, people, units, read] = await Promise.all([
      getWardProfile(db), db.nominations.where('year').equals(year).toArray(), db.people.toArray(), db.units.toArray(),
      byNominee ? db.awards.where('year').equals(year).toArray() : db.awards.toArray(),
    ]);
    if (!byNominee) return [profile, nominations, people, units, read] as const;
    const nominees = [...new Set(nominations.map((n) => subjectKeyOf(n.nominee)))];
    // Asked for together inside the read transaction: the requests queue at once, a getAll each.
    const histories = await Promise.all(nominees.map((key) => db.awards.where('subjectKey').equals(key).toArray()));
    const nomineeKeys = new Set(nominees);
    return [profile, nominations, people, units, [...histories.flat(), ...read.filter((a) => !nomineeKeys.has(a.subjectKey))]] as const;
  });
  return {
    settings: effectiveSettings(profile),
    nominations,
    people: new Map(people.map((p) => [p.id, p])),
    units: new Map(units.map((u) => [u.id, u])),
    // Each subject's rows in id order: the register's order, and each nominee's history by its index.
    awardsBySubject: groupBy(awards, (a) => a.subjectKey),
    membersByUnit: groupBy(activeMembers(people), (p) => p.unitId),
    sameYearByNominee: new Map([...groupBy(nominations, (n) => n.nomineeKey)].map(([key, group]) => [key, group.sort(byTitleThenId)])),
  };
}

function nomineeFrom(records: YearRecords, nomination: Nomination): EligibilityNominee {
  const nominee = nomination.nominee;
  if (nominee.kind === 'household') return { kind: 'household' };
  if (nominee.kind === 'person') return personNominee(requirePerson(records.people.get(nominee.personId)), nomination.year);
  const members = nomination.unitStats ? [] : (records.membersByUnit.get(nominee.unitId) ?? []);
  return unitNominee(records.units.get(nominee.unitId), nomination, members, members.flatMap((m) => records.awardsBySubject.get(`p:${m.id}`) ?? []));
}

function recordOf(records: YearRecords, nominee: Nomination['nominee']): Person | Unit | undefined {
  if (nominee.kind === 'person') return records.people.get(nominee.personId);
  return nominee.kind === 'unit' ? records.units.get(nominee.unitId) : undefined;
}

function quotasOf(records: YearRecords, nominees: Map<string, EligibilityNominee>): QuotaResult[] {
  const live = records.nominations.filter(isLive);
  return evaluateYearQuotas(
    live.map((n) => yearNominationOf(n, nameOf(n.nominee, recordOf(records, n.nominee)), nominees.get(n.id) ?? nomineeFrom(records, n), records.settings)),
    records.settings,
  );
}

function inputsOf(records: YearRecords): Map<string, { nominee: EligibilityNominee; input: EligibilityInput }> {
  const inputs = new Map<string, { nominee: EligibilityNominee; input: EligibilityInput }>();
  for (const nomination of records.nominations) {
    if (nomination.archived !== 0) continue;
    const nominee = nomineeFrom(records, nomination);
    const key = subjectKeyOf(nomination.nominee);
    const sameTitle = isLocalCode(nomination.titleCode) ? records.nominations : [];
    const input = eligibilityInputOf(nomination, nominee, records.awardsBySubject.get(key) ?? [], records.sameYearByNominee.get(key) ?? [], sameTitle);
    inputs.set(nomination.id, { nominee, input });
  }
  return inputs;
}

/** The EligibilityInput of every nomination of the year (not archived), by nomination id. */
export async function assembleYearInputs(db: ThiDuaDb, year: number): Promise<Map<string, EligibilityInput>> {
  return new Map([...inputsOf(await loadYear(db, year))].map(([id, { input }]) => [id, input]));
}

export interface YearEvaluation {
  /** Eligibility of every nomination of the year (not archived), by nomination id. */
  results: Map<string, EligibilityResult>;
  /** The year-wide checks across the live nominations (caps, one achievement one award). */
  quotas: QuotaResult[];
}

/**
 * Eligibility of all the year's nominations and the year-wide checks, with the ward's settings in
 * force: the same results as `evaluateNomination` and `yearQuotas` one by one, from one batch of reads.
 */
export async function evaluateYear(db: ThiDuaDb, year: number): Promise<YearEvaluation> {
  const records = await loadYear(db, year);
  const inputs = inputsOf(records);
  const results = new Map([...inputs].map(([id, { input }]) => [id, evaluateEligibility(input, records.settings)]));
  return { results, quotas: quotasOf(records, new Map([...inputs].map(([id, { nominee }]) => [id, nominee]))) };
}

/**
 * Year-wide checks across the live nominations of a year (quota caps, one achievement one award,
 * women first among equals: NĐ 152/2025 Đ4), with the ward's settings.
 */
export async function yearQuotas(db: ThiDuaDb, year: number): Promise<QuotaResult[]> {
  return quotasOf(await loadYear(db, year), new Map());
}
