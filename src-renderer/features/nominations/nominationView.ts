/** Pure view logic of nominations: names, quota inputs, which lifecycle buttons to offer. */
import type { YearNomination } from '../../domain/eligibility';
import { applyingHolds } from '../../domain/eligibility';
import { FINAL_STATUSES, NOMINATION_STATUS_LABELS, transitionsFrom } from '../../domain/lifecycle';
import type { NominationStatus, Transition } from '../../domain/lifecycle';
import { comparePersonNames, compareVi } from '../../domain/text';
import type { NameSortOrder } from '../../domain/text';
import type { SubjectKind, RuleVerdict } from '../../domain/vocabulary';
import type { Nomination, Person, Unit } from '../../data/schemas';

export const VERDICT_LABELS: Record<RuleVerdict, string> = {
  pass: 'Đạt',
  fail: 'Không đạt',
  judgement: 'Cần đánh giá',
  hold: 'Tạm dừng xét',
};

export const VERDICT_COLORS: Record<RuleVerdict, 'success' | 'error' | 'warning' | 'info'> = {
  pass: 'success',
  fail: 'error',
  judgement: 'warning',
  hold: 'info',
};

/** The label of the nomination's state: "Tạm dừng xét" while a hold applies today (NĐ 152/2025 Đ4.4), its lifecycle status otherwise. */
export const ON_HOLD_LABEL = 'Tạm dừng xét';

export function nominationStateLabel(n: Pick<Nomination, 'status' | 'holds'>, today: string): string {
  const status = NOMINATION_STATUS_LABELS[n.status];
  return !FINAL_STATUSES.includes(n.status) && applyingHolds({ holds: n.holds, asOf: today }).length > 0 ? `${ON_HOLD_LABEL} (${status.toLocaleLowerCase('vi')})` : status;
}

/**
 * The eligibility the list shows: the stored snapshot, except that a hold decides it live, since a
 * hold with an end date stops applying by itself; a snapshot taken on hold then reads "Xét tiếp".
 */
export function eligibilityLabel(n: Pick<Nomination, 'holds' | 'eligibility'>, today: string): { label: string; color: (typeof VERDICT_COLORS)[RuleVerdict] } | null {
  if (applyingHolds({ holds: n.holds, asOf: today }).length > 0) return { label: ON_HOLD_LABEL, color: VERDICT_COLORS.hold };
  const verdict = (n.eligibility?.result as { verdict?: RuleVerdict } | undefined)?.verdict;
  if (!verdict) return null;
  if (verdict === 'hold') return { label: 'Hết tạm dừng, xét tiếp', color: 'warning' };
  return { label: VERDICT_LABELS[verdict], color: VERDICT_COLORS[verdict] };
}

/** The nominee as lists print it: the person's or unit's name, or "Hộ ông/bà … (địa chỉ)". */
export function nomineeName(n: Pick<Nomination, 'nominee'>, people: ReadonlyMap<string, Person>, units: ReadonlyMap<string, Unit>): string {
  const nominee = n.nominee;
  if (nominee.kind === 'person') return people.get(nominee.personId)?.fullName ?? '(cá nhân đã xóa)';
  if (nominee.kind === 'unit') return units.get(nominee.unitId)?.name ?? '(tập thể đã xóa)';
  return nominee.address ? `${nominee.name} (${nominee.address})` : nominee.name;
}

/** The people the nominations name, to read just those from the 10,000 of a big ward. */
export function nomineePersonIds(nominations: readonly Pick<Nomination, 'nominee'>[]): string[] {
  return nominations.flatMap((n) => (n.nominee.kind === 'person' ? [n.nominee.personId] : []));
}

/** The year's live nominations in the shape the domain's quota check reads (NĐ 152/2025 Đ4). */
export function yearNominations(
  nominations: readonly Nomination[],
  people: ReadonlyMap<string, Person>,
  units: ReadonlyMap<string, Unit>,
): YearNomination[] {
  return nominations
    .filter((n) => n.archived === 0 && n.status !== 'withdrawn' && n.status !== 'not_awarded')
    .map((n) => {
      const nominee = n.nominee;
      const person = nominee.kind === 'person' ? people.get(nominee.personId) : undefined;
      return {
        id: n.id,
        nomineeId: n.nomineeKey,
        nomineeName: nomineeName(n, people, units),
        titleCode: n.titleCode,
        awardKind: n.awardKind,
        achievementRef: n.achievementRef || null,
        // Women first among equals (NĐ 152/2025 Đ4); a collective's share needs member counts the list lacks.
        womenPriority: person?.gender === 'female',
      };
    });
}

/**
 * Lifecycle buttons offered on a nomination. The vote itself is recorded from a meeting (its result
 * moves the nomination), so "→ voted" is not a button here.
 */
export function manualTransitions(status: NominationStatus): Transition[] {
  if (FINAL_STATUSES.includes(status)) return [];
  return transitionsFrom(status).filter((t) => t.to !== 'voted' || t.kind === 'reverse');
}

/** Steps that record a decision (number, date, issuer). */
export function needsDecision(t: Pick<Transition, 'from' | 'to'>): boolean {
  return t.to === 'decided' || (t.from === 'forwarded' && t.to === 'awarded');
}

/** Groups as official lists print them (DOMAIN.md §5 T1): I. Tập thể, II. Cá nhân, III. Hộ gia đình. */
const KIND_ORDER: readonly SubjectKind[] = ['unit', 'person', 'household'];

/** List order: by group, then people by tên, tên đệm, họ and collectives by natural Vietnamese order. */
export function compareNominees(
  a: { kind: SubjectKind; label: string },
  b: { kind: SubjectKind; label: string },
  order: NameSortOrder = 'givenMiddleFamily',
): number {
  const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  return a.kind === 'person' ? comparePersonNames({ fullName: a.label }, { fullName: b.label }, order) : compareVi(a.label, b.label);
}
