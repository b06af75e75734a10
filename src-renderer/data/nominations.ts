/**
 * Nominations (đề nghị khen thưởng, SPEC §2): the register, the eligibility snapshot taken at every
 * save, and the lifecycle through the domain's explicit transition table (lifecycle.ts).
 */
import type { z } from 'zod';
import { evaluateEligibility, evaluateYearQuotas, hasWomenPriority } from '../domain/eligibility';
import type { QuotaResult } from '../domain/eligibility';
import { DISCIPLINE_LEVELS } from '../domain/eligibility/types';
import type { DisciplineLevel, EligibilityInput, EligibilityResult, Nominee as EligibilityNominee, OtherNomination } from '../domain/eligibility/types';
import { checkTransition, isFinal, NOMINATION_STATUS_LABELS } from '../domain/lifecycle';
import type { NominationStatus } from '../domain/lifecycle';
import { TITLES } from '../domain/titles';
import type { TaskRating } from '../domain/vocabulary';
import { getActor } from './audit';
import type { ThiDuaDb } from './db';
import { RefusedError } from './errors';
import { nowIso } from './ids';
import { awardRepo, effectiveSettings, getWardProfile, subjectKeyOf } from './registers';
import { defineRepository, missingReferences, parseWith, requireRecord, writeRecord, writeTransaction } from './repository';
import { decisionRefSchema, nominationInputSchema, nominationRecordSchema, nomineeSubjectFields } from './schemas';
import type { DecisionRef, Nomination, Person } from './schemas';

type NominationFields = z.output<typeof nominationInputSchema>;
type YearRating = { year: number; rating: TaskRating };

/** Outcomes that end a nomination without an award; they do not block a new nomination. */
const CLOSED_WITHOUT_AWARD: readonly NominationStatus[] = ['not_awarded', 'withdrawn'];

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

/** How many of the people hold each title in the year: one indexed query for the whole unit. */
async function titleHolders(db: ThiDuaDb, people: readonly Person[], year: number): Promise<Record<'LDTT' | 'CSTDCS', number>> {
  const awards = await db.awards.where('[subjectKey+year]').anyOf(people.map((p) => [`p:${p.id}`, year])).toArray();
  const holders = (code: 'LDTT' | 'CSTDCS') => new Set(awards.filter((a) => a.titleCode === code).map((a) => a.subjectKey)).size;
  return { LDTT: holders('LDTT'), CSTDCS: holders('CSTDCS') };
}

/** A collective's member facts: as entered on the nomination, else counted from its registered people. */
async function unitNominee(db: ThiDuaDb, fields: NominationFields, unitId: string): Promise<EligibilityNominee> {
  const unit = await db.units.get(unitId);
  const stats = fields.unitStats;
  const base = { kind: 'unit' as const, unitKind: unit?.kind ?? 'other', ...ratingsOf(unit?.ratings ?? [], fields.year) };
  if (stats) return { ...base, ...stats };
  const members = (await db.people.where('unitId').equals(unitId).toArray()).filter((p) => p.archived === 0);
  const holders = await titleHolders(db, members, fields.year);
  const ratings = members.map((m) => ratingsOf(m.ratings, fields.year).taskRating);
  return {
    ...base,
    memberCount: members.length,
    ldttCount: holders.LDTT,
    cstdcsCount: holders.CSTDCS,
    womenCount: members.filter((m) => m.gender === 'female').length,
    allMembersCompleteTasks: members.length === 0 || ratings.includes(null) ? null : ratings.every((r) => r !== 'KHTNV'),
    highestMemberDiscipline: heaviest(members.map((m) => disciplineIn(m, fields.year)).filter((d) => d !== null)),
  };
}

async function nomineeFacts(db: ThiDuaDb, fields: NominationFields): Promise<EligibilityNominee> {
  const nominee = fields.nominee;
  if (nominee.kind === 'household') return { kind: 'household' };
  if (nominee.kind === 'unit') return unitNominee(db, fields, nominee.unitId);
  const person = await requireRecord<Person>(db, 'people', nominee.personId, 'cá nhân');
  return {
    kind: 'person',
    gender: person.gender,
    isPublicServant: person.isPublicServant,
    ...ratingsOf(person.ratings, fields.year),
    disciplineThisYear: disciplineIn(person, fields.year),
  };
}

function outcomeOf(status: NominationStatus): OtherNomination['outcome'] {
  if (status === 'awarded') return 'awarded';
  return CLOSED_WITHOUT_AWARD.includes(status) ? 'not_awarded' : 'pending';
}

/**
 * The domain's EligibilityInput for a nomination, read from the registers: the nominee's facts, its
 * award history, and its other nominations of the year (one achievement, one award: NĐ 152/2025 Đ4.1).
 */
export async function assembleEligibilityInput(db: ThiDuaDb, nomination: NominationFields & { id?: string }): Promise<EligibilityInput> {
  const subjectKey = subjectKeyOf(nomination.nominee);
  const [nominee, awards, sameYear] = await Promise.all([
    nomineeFacts(db, nomination),
    db.awards.where('subjectKey').equals(subjectKey).toArray(),
    // The nominee's own index range: scanning the whole year per nomination made evaluating a
    // year's 3,000 nominations quadratic (minutes in the big-ward benchmark, docs/benchmarks.md).
    db.nominations.where('[nomineeKey+year+titleCode]').between([subjectKey, nomination.year, ''], [subjectKey, nomination.year, '\uffff']).toArray(),
  ]);
  return {
    nominee,
    year: nomination.year,
    titleCode: nomination.titleCode,
    awardKind: nomination.awardKind,
    achievementRef: nomination.achievementRef || null,
    // The award this nomination itself produced is its outcome, not part of the history it is judged on.
    history: awards.flatMap((a) =>
      a.titleCode && a.archived === 0 && !(nomination.id && a.nominationId === nomination.id)
        ? [{ year: a.year, titleCode: a.titleCode, awardKind: a.awardKind, decisionNo: a.decisionNo, decisionDate: a.decisionDate, issuer: a.issuer }]
        : [],
    ),
    judgements: nomination.judgements,
    initiatives: nomination.initiatives,
    holds: nomination.holds,
    otherNominations: sameYear
      .filter((n) => n.id !== nomination.id && n.status !== 'withdrawn')
      .map((n) => ({ id: n.id, titleCode: n.titleCode, awardKind: n.awardKind, achievementRef: n.achievementRef || null, outcome: outcomeOf(n.status) })),
  };
}

/** Evaluates eligibility with the ward's settings in force. */
export async function evaluateNomination(db: ThiDuaDb, nomination: NominationFields & { id?: string }): Promise<EligibilityResult> {
  return evaluateEligibility(await assembleEligibilityInput(db, nomination), effectiveSettings(await getWardProfile(db)));
}

export const nominationRepo = defineRepository({
  table: 'nominations',
  label: 'đề nghị khen thưởng',
  input: nominationInputSchema,
  record: nominationRecordSchema,
  derive: async (input, previous, db) => ({
    nomineeKey: subjectKeyOf(input.nominee),
    status: previous?.status ?? 'draft',
    steps: previous?.steps ?? [],
    meetingId: previous?.meetingId ?? null,
    decision: previous?.decision ?? null,
    eligibility: { evaluatedAt: nowIso(), result: await evaluateNomination(db, { ...input, id: previous?.id }) },
  }),
  check: async (db, input, previous) => {
    if (previous && isFinal(previous.status)) {
      throw new RefusedError('immutable', `Đề nghị đã ở trạng thái cuối “${NOMINATION_STATUS_LABELS[previous.status]}”, không thể sửa.`);
    }
    const nominee = input.nominee;
    const issues = await missingReferences(db, [
      { path: 'nominee.personId', table: 'people', id: nominee.kind === 'person' ? nominee.personId : null, label: 'Cá nhân được đề nghị' },
      { path: 'nominee.unitId', table: 'units', id: nominee.kind === 'unit' ? nominee.unitId : null, label: 'Tập thể được đề nghị' },
      { path: 'proposingUnitId', table: 'units', id: input.proposingUnitId, label: 'Đơn vị đề nghị' },
      { path: 'movementId', table: 'movements', id: input.movementId, label: 'Phong trào thi đua' },
    ]);
    if (!TITLES[input.titleCode].subjectKinds.includes(nominee.kind)) {
      issues.push({ path: 'titleCode', message: `“${TITLES[input.titleCode].label}” không xét cho đối tượng này.` });
    }
    const twin = await findDuplicateNomination(db, subjectKeyOf(nominee), input.year, input.titleCode);
    if (twin && twin.id !== previous?.id) {
      issues.push({ path: 'titleCode', message: `Đối tượng này đã có đề nghị “${TITLES[input.titleCode].label}” năm ${input.year}.` });
    }
    return issues;
  },
  references: [
    { table: 'meetings', index: 'nominationIds', key: (id) => id, label: 'phiên họp' },
    { table: 'documents', index: 'sourceIds', key: (id) => id, label: 'văn bản' },
    { table: 'awards', index: 'nominationId', key: (id) => id, label: 'lịch sử khen thưởng' },
  ],
});

/** A live nomination of the same nominee, title and year (withdrawn or unsuccessful ones don't count). */
export async function findDuplicateNomination(db: ThiDuaDb, nomineeKey: string, year: number, titleCode: string): Promise<Nomination | undefined> {
  return db.nominations
    .where('[nomineeKey+year+titleCode]')
    .equals([nomineeKey, year, titleCode])
    .filter((n) => !CLOSED_WITHOUT_AWARD.includes(n.status) && n.archived === 0)
    .first();
}

export interface AdvanceOptions {
  /** Required to send back or reverse a step. */
  reason?: string;
  /** The meeting whose vote is recorded (→ voted). */
  meetingId?: string;
  /** The decision that awards (→ decided/awarded). */
  decision?: DecisionRef;
}

/**
 * Moves a nomination one step through the transition table, appends the step (who, when, why) and
 * audits it in the same transaction. A nomination on hold only moves backward or out (NĐ 152/2025 Đ4).
 * Reaching "awarded" with a decision writes the award into the award history.
 */
export function advanceNomination(db: ThiDuaDb, id: string, to: NominationStatus, options: AdvanceOptions = {}): Promise<Nomination> {
  return writeTransaction(db, async () => {
    const previous = await requireRecord<Nomination>(db, 'nominations', id, 'đề nghị khen thưởng');
    const reason = options.reason?.normalize('NFC').trim() ?? '';
    const check = checkTransition(previous.status, to, reason);
    if (!check.ok) throw new RefusedError('transition', check.reason);
    const activeHold = previous.holds.find((h) => h.active);
    if (activeHold && check.transition.kind === 'advance' && !CLOSED_WITHOUT_AWARD.includes(to)) {
      throw new RefusedError('transition', `Đề nghị đang tạm dừng xét: ${activeHold.note || 'đang xem xét kỷ luật, thanh tra hoặc khiếu nại'}.`);
    }
    const decision = options.decision ? parseWith(decisionRefSchema, options.decision) : previous.decision;
    if (options.meetingId) await requireRecord(db, 'meetings', options.meetingId, 'phiên họp');
    const at = nowIso();
    // A reversal undoes what the reversed step recorded: the vote's meeting, or the decision.
    const reversing = check.transition.kind === 'reverse';
    const next: Nomination = {
      ...previous,
      status: to,
      steps: [...previous.steps, { from: previous.status, to, kind: check.transition.kind, at, actor: getActor(), reason }],
      meetingId: reversing && previous.status === 'voted' ? null : (options.meetingId ?? previous.meetingId),
      decision: reversing && previous.status === 'decided' ? null : decision,
      updatedAt: at,
    };
    const saved = await writeRecord(db, nominationRepo.def, previous, next, 'transition', [check.transition.label, reason].filter(Boolean).join(': '));
    if (to === 'awarded' && decision) await recordAward(db, saved, decision);
    return saved;
  });
}

/** The app's own decision enters the award history, with the issuer as it was (DOMAIN.md §1). */
function recordAward(db: ThiDuaDb, nomination: Nomination, decision: DecisionRef) {
  return awardRepo.create(db, {
    subjectKind: nomination.nominee.kind,
    ...nomineeSubjectFields(nomination.nominee),
    year: nomination.year,
    titleCode: nomination.titleCode,
    titleLabel: TITLES[nomination.titleCode].label,
    awardKind: nomination.awardKind,
    decisionNo: decision.number,
    decisionDate: decision.date,
    issuer: decision.issuer,
    nominationId: nomination.id,
  });
}

/** Re-evaluates and stores the eligibility snapshot (e.g. after the award history changed). */
export function refreshEligibility(db: ThiDuaDb, id: string): Promise<Nomination> {
  return writeTransaction(db, async () => {
    const previous = await requireRecord<Nomination>(db, 'nominations', id, 'đề nghị khen thưởng');
    const next = { ...previous, eligibility: { evaluatedAt: nowIso(), result: await evaluateNomination(db, previous) } };
    return writeRecord(db, nominationRepo.def, previous, next, 'update', 'Đánh giá lại điều kiện.');
  });
}

/** The name a list prints for a nominee: full name, unit name, or household. */
export async function nomineeName(db: ThiDuaDb, nominee: Nomination['nominee']): Promise<string> {
  if (nominee.kind === 'household') return nominee.name;
  const record = nominee.kind === 'person' ? await db.people.get(nominee.personId) : await db.units.get(nominee.unitId);
  if (!record) return '(đã xóa)';
  return 'fullName' in record ? record.fullName : record.name;
}

/**
 * Year-wide checks across the live nominations of a year (quota caps, one achievement one award,
 * women first among equals: NĐ 152/2025 Đ4), with the ward's settings.
 */
export async function yearQuotas(db: ThiDuaDb, year: number): Promise<QuotaResult[]> {
  const settings = effectiveSettings(await getWardProfile(db));
  const live = await db.nominations
    .where('year')
    .equals(year)
    .filter((n) => n.archived === 0 && !CLOSED_WITHOUT_AWARD.includes(n.status))
    .toArray();
  // All reads at once: one nomination after another waited on ~6,000 IndexedDB round trips in
  // the big ward (seconds; docs/benchmarks.md).
  const items = await Promise.all(
    live.map(async (n) => ({
      id: n.id,
      nomineeId: n.nomineeKey,
      nomineeName: await nomineeName(db, n.nominee),
      titleCode: n.titleCode,
      awardKind: n.awardKind,
      achievementRef: n.achievementRef || null,
      womenPriority: hasWomenPriority(await nomineeFacts(db, n), settings),
    })),
  );
  return evaluateYearQuotas(items, settings);
}
