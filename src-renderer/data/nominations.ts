/**
 * Nominations (đề nghị khen thưởng, SPEC §2): the register, the eligibility snapshot taken at every
 * save, and the lifecycle through the domain's explicit transition table (lifecycle.ts).
 */
import type { z } from 'zod';
import { applyingHolds, evaluateEligibility, HOLD_LABELS } from '../domain/eligibility';
import type { EligibilityInput, EligibilityResult, Nominee as EligibilityNominee } from '../domain/eligibility/types';
import { checkTransition, frozenReason } from '../domain/lifecycle';
import type { NominationStatus } from '../domain/lifecycle';
import { awardTitleInfo, localTitleFor } from '../domain/titles';
import { isLocalCode } from '../domain/vocabulary';
import { getActor } from './audit';
import type { ThiDuaDb } from './db';
import { activeMembers, CLOSED_WITHOUT_AWARD, eligibilityInputOf, nameOf, personNominee, requirePerson, unitNominee } from './eligibilityInputs';
import { RefusedError } from './errors';
import type { ValidationIssue } from './errors';
import { civilToday, nowIso } from './ids';
import { awardRepo, effectiveSettings, getWardProfile, subjectKeyOf } from './registers';
import { defineRepository, parseWith, requireRecord, writeRecord, writeTransaction } from './repository';
import { decisionRefSchema, nominationInputSchema, nominationRecordSchema, nomineeSubjectFields } from './schemas';
import type { DecisionRef, Nomination } from './schemas';

export { evaluateYear, yearQuotas } from './eligibilityInputs';

type NominationFields = z.output<typeof nominationInputSchema>;

/**
 * The nominee's facts, read for one nomination. A collective without entered member facts reads its
 * members by the `unitId` index and their awards of the year with one `[subjectKey+year]` anyOf.
 */
async function nomineeFacts(db: ThiDuaDb, fields: NominationFields): Promise<EligibilityNominee> {
  const nominee = fields.nominee;
  if (nominee.kind === 'household') return { kind: 'household' };
  if (nominee.kind === 'person') return personNominee(requirePerson(await db.people.get(nominee.personId)), fields.year);
  const unit = await db.units.get(nominee.unitId);
  if (fields.unitStats) return unitNominee(unit, fields, [], []);
  const members = activeMembers(await db.people.where('unitId').equals(nominee.unitId).toArray());
  const memberAwards = await db.awards.where('[subjectKey+year]').anyOf(members.map((p) => [`p:${p.id}`, fields.year])).toArray();
  return unitNominee(unit, fields, members, memberAwards);
}

/**
 * The domain's EligibilityInput for one nomination, read from the registers (the batched twin for a
 * whole year is `assembleYearInputs`, eligibilityInputs.ts).
 */
export async function assembleEligibilityInput(db: ThiDuaDb, nomination: NominationFields & { id?: string }): Promise<EligibilityInput> {
  const subjectKey = subjectKeyOf(nomination.nominee);
  const [nominee, awards, sameYear, sameTitle] = await Promise.all([
    nomineeFacts(db, nomination),
    db.awards.where('subjectKey').equals(subjectKey).toArray(),
    // The nominee's own index range: scanning the whole year per nomination made evaluating a
    // year's 3,000 nominations quadratic (docs/benchmarks.md).
    db.nominations.where('[nomineeKey+year+titleCode]').between([subjectKey, nomination.year, ''], [subjectKey, nomination.year, '\uffff']).toArray(),
    // A province's own title may cap the ward's awards per year: its nominations of the year, by index.
    isLocalCode(nomination.titleCode) ? db.nominations.where('[year+titleCode]').equals([nomination.year, nomination.titleCode]).toArray() : [],
  ]);
  return eligibilityInputOf(nomination, nominee, awards, sameYear, sameTitle);
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
  frozen: (nomination, change) => frozenReason(nomination.status, change),
  pointsTo: ({ nominee, proposingUnitId, movementId }) => [
    { path: 'nominee.personId', table: 'people', id: nominee.kind === 'person' ? nominee.personId : null, label: 'Cá nhân được đề nghị' },
    { path: 'nominee.unitId', table: 'units', id: nominee.kind === 'unit' ? nominee.unitId : null, label: 'Tập thể được đề nghị' },
    { path: 'proposingUnitId', table: 'units', id: proposingUnitId, label: 'Đơn vị đề nghị' },
    { path: 'movementId', table: 'movements', id: movementId, label: 'Phong trào thi đua' },
  ],
  check: async (db, input, previous) => {
    const nominee = input.nominee;
    const issues: ValidationIssue[] = [];
    const settings = effectiveSettings(await getWardProfile(db));
    const title = awardTitleInfo(input.titleCode, settings);
    if (isLocalCode(input.titleCode) && !localTitleFor(input.titleCode, settings) && input.titleCode !== previous?.titleCode) {
      issues.push({ path: 'titleCode', message: 'Danh hiệu riêng này không có trong quy định của tỉnh, thành phố đang áp dụng.' });
    } else if (!title.subjectKinds.includes(nominee.kind) && title.subjectKinds.length > 0) {
      issues.push({ path: 'titleCode', message: `“${title.label}” không xét cho đối tượng này.` });
    }
    const twin = await findDuplicateNomination(db, subjectKeyOf(nominee), input.year, input.titleCode);
    if (twin && twin.id !== previous?.id) {
      issues.push({ path: 'titleCode', message: `Đối tượng này đã có đề nghị “${title.label}” năm ${input.year}.` });
    }
    return issues;
  },
  references: [
    { table: 'meetings', index: 'nominationIds', key: (id) => id, label: 'phiên họp' },
    { table: 'documents', index: 'sourceIds', key: (id) => id, label: 'văn bản' },
    { table: 'awards', index: 'nominationId', key: (id) => id, label: 'lịch sử khen thưởng' },
    { table: 'goodDeeds', index: 'nominationId', key: (id) => id, label: 'báo cáo người tốt, việc tốt' },
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
    const activeHold = applyingHolds({ holds: previous.holds, asOf: civilToday() })[0];
    if (activeHold && check.transition.kind === 'advance' && !CLOSED_WITHOUT_AWARD.includes(to)) {
      throw new RefusedError('transition', `Đề nghị đang tạm dừng xét (${HOLD_LABELS[activeHold.kind]}${activeHold.note ? `: ${activeHold.note}` : ''}); xét tiếp khi kết thúc.`);
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

/** The app's own decision enters the award history, with the issuer and the title's name as they were (DOMAIN.md §1). */
async function recordAward(db: ThiDuaDb, nomination: Nomination, decision: DecisionRef) {
  const settings = effectiveSettings(await getWardProfile(db));
  return awardRepo.create(db, {
    subjectKind: nomination.nominee.kind,
    ...nomineeSubjectFields(nomination.nominee),
    year: nomination.year,
    titleCode: nomination.titleCode,
    titleLabel: awardTitleInfo(nomination.titleCode, settings).label,
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
    // A decided nomination keeps the assessment it was decided on.
    const frozen = frozenReason(previous.status, 'edit');
    if (frozen) throw new RefusedError('immutable', frozen);
    const next = { ...previous, eligibility: { evaluatedAt: nowIso(), result: await evaluateNomination(db, previous) } };
    return writeRecord(db, nominationRepo.def, previous, next, 'update', 'Đánh giá lại điều kiện.');
  });
}

/** The name a list prints for a nominee: full name, unit name, or household. */
export async function nomineeName(db: ThiDuaDb, nominee: Nomination['nominee']): Promise<string> {
  if (nominee.kind === 'household') return nominee.name;
  return nameOf(nominee, nominee.kind === 'person' ? await db.people.get(nominee.personId) : await db.units.get(nominee.unitId));
}
