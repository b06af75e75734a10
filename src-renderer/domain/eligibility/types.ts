/**
 * What the eligibility engine reads and answers. The data layer assembles an EligibilityInput from its
 * records (nominee, award history, ratings, initiatives, holds, judgements, other nominations).
 */
import type { AwardCode, AwardKind, Gender, RuleVerdict, TaskRating, UnitKind } from '../vocabulary';

/** Disciplinary measures, mildest first (Luật Cán bộ, công chức; Luật Viên chức). */
export type DisciplineLevel =
  | 'khien_trach'
  | 'canh_cao'
  | 'ha_bac_luong'
  | 'giang_chuc'
  | 'cach_chuc'
  | 'bai_nhiem'
  | 'buoc_thoi_viec';

export const DISCIPLINE_LEVELS: readonly DisciplineLevel[] = [
  'khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'bai_nhiem', 'buoc_thoi_viec',
];

export const DISCIPLINE_LABELS: Record<DisciplineLevel, string> = {
  khien_trach: 'khiển trách',
  canh_cao: 'cảnh cáo',
  ha_bac_luong: 'hạ bậc lương',
  giang_chuc: 'giáng chức',
  cach_chuc: 'cách chức',
  bai_nhiem: 'bãi nhiệm',
  buoc_thoi_viec: 'buộc thôi việc',
};

/** One award received (lịch sử khen thưởng), entered by hand or produced by the app's decisions. */
export interface AwardHistoryEntry {
  year: number;
  titleCode: AwardCode;
  /** The title as the award history prints it (a province's own title is named by its register row). */
  label?: string;
  awardKind: AwardKind;
  decisionNo?: string | null;
  decisionDate?: string | null;
  issuer?: string | null;
}

/** The yearly rating (xếp loại chất lượng) of a person or, for a collective, of the unit. */
export interface RatingRecord {
  year: number;
  rating: TaskRating;
}

/** An initiative (sáng kiến) or a science topic (đề tài), with the level that recognised it. */
export interface InitiativeInfo {
  title: string;
  kind: 'initiative' | 'researchTopic';
  /** Recognised (initiative) or accepted (topic). */
  recognised: boolean;
  /** Scope of recognition / effect: cơ sở, tỉnh, toàn quốc. */
  level: 'grassroots' | 'province' | 'national';
  /** Year of recognition. */
  year: number;
  recognitionNo?: string | null;
  /** The body that recognised it (Hội đồng sáng kiến cơ sở, Sở …): for CSTĐ tỉnh a province-level body (Luật TĐKT 2022 Đ22). */
  recognisedBy?: string | null;
}

/** Something that suspends a nomination while it is being verified (NĐ 152/2025 Đ4.4). */
export interface Hold {
  kind: 'discipline' | 'investigation' | 'inspection' | 'complaint';
  /** Applies until ended; a hold with an end date applies only before that date. */
  active: boolean;
  note: string;
  /**
   * The day it ends (ended, or known in advance, e.g. the end of a discipline's term): from this day
   * on it no longer applies and the review resumes by itself. For a discipline only achievements after it count.
   */
  endedOn?: string | null;
}

/** A recorded human judgement for a rule that data cannot decide (e.g. "gương mẫu"). */
export interface HumanJudgement {
  ruleId: string;
  value: boolean;
  evidence: string;
}

export interface PersonNominee {
  kind: 'person';
  gender: Gender;
  /** Cán bộ, công chức, viên chức (rated yearly) as opposed to workers, farmers and others. */
  isPublicServant: boolean;
  /** This year's rating; null when not rated yet (or not applicable). */
  taskRating: TaskRating | null;
  /** Earlier years' ratings. */
  ratingHistory: RatingRecord[];
  /** Discipline imposed in the year considered, if any. */
  disciplineThisYear: DisciplineLevel | null;
  /** Ngày mất from the people register; absent or null = living. A title any award of which would be posthumous reads it. */
  diedOn?: string | null;
}

export interface UnitNominee {
  kind: 'unit';
  /** 'ward' when the ward itself is the nominee (Xã/phường tiêu biểu, Cờ thi đua). */
  unitKind: UnitKind | 'ward';
  memberCount: number;
  ldttCount: number;
  cstdcsCount: number;
  womenCount?: number | null;
  /** Every member completed their tasks (HTNV or better); null = not known yet. */
  allMembersCompleteTasks: boolean | null;
  /** The heaviest discipline among members this year. */
  highestMemberDiscipline: DisciplineLevel | null;
  /** The unit's own rating this year. */
  taskRating: TaskRating | null;
  ratingHistory: RatingRecord[];
  /** Rank in its province cụm/khối thi đua (1 = leader); null when not known. */
  blockRank?: number | null;
}

export interface HouseholdNominee {
  kind: 'household';
}

export type Nominee = PersonNominee | UnitNominee | HouseholdNominee;

/** Another nomination of the same nominee in the same year. */
export interface OtherNomination {
  id: string;
  titleCode: AwardCode;
  awardKind: AwardKind;
  /** Identifies the achievement cited, so one achievement is not rewarded twice. */
  achievementRef?: string | null;
  /** Outcome so far: still in progress, or final. */
  outcome: 'pending' | 'awarded' | 'not_awarded';
}

export interface EligibilityInput {
  nominee: Nominee;
  year: number;
  titleCode: AwardCode;
  awardKind: AwardKind;
  achievementRef?: string | null;
  history: AwardHistoryEntry[];
  judgements: HumanJudgement[];
  initiatives: InitiativeInfo[];
  holds: Hold[];
  otherNominations: OtherNomination[];
  /** How many of a province's own title the ward already gave this year, for its yearly cap (other nominees). */
  awardedThisYear?: number;
  /** The civil day the check is made (holds with an end date stop applying on it); absent = ended holds by their flag. */
  asOf?: string | null;
}

export interface RuleResult {
  /** Stable id; judgements are recorded against it. */
  id: string;
  label: string;
  verdict: RuleVerdict;
  /** Plain Vietnamese: why it passes, fails, or what a person must confirm. */
  reason: string;
  reference: string;
  /** The recorded judgement this verdict comes from, if any. */
  judgement?: HumanJudgement;
}

export interface EligibilityResult {
  titleCode: AwardCode;
  year: number;
  /** hold while a hold applies (not a failure); else fail if any rule fails; judgement if any still needs a person; otherwise pass. */
  verdict: RuleVerdict;
  /** A hold applies: the nomination is "Tạm dừng xét" whatever else passes, and resumes when it ends. */
  held: boolean;
  holds: Hold[];
  rules: RuleResult[];
  /** One line answering "is this nominee eligible, and why not?". */
  summary: string;
  requiresBallot: boolean;
}
