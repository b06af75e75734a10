/**
 * The big-ward workload for tests and benchmarks: 200 units, 10,000 people, 15,000 award-history
 * rows, 3,000 nominations, 200 score sheets × 60 criteria, 1,200 good-deed reports. Deterministic
 * for a seed; loaded with bulkAdd in one transaction, in chunks, with progress for the benchmark page.
 */
import { TITLES } from '../../domain/titles';
import type { NominationStatus } from '../../domain/lifecycle';
import type { CriteriaSetDefinition, CriterionNode } from '../../domain/scoring';
import type { TitleCode, UnitKind } from '../../domain/vocabulary';
import type { ThiDuaDb } from '../db';
import { searchFieldsOf, subjectKeyOf } from '../registers';
import { NOMINATION_STATUSES, UNMERGED_PERSON, WARD_PROFILE_ID } from '../schemas';
import type { Nominee } from '../schemas';
import { baseFields, emptyDataset, generatorTools, loadDataset, vietnameseName } from './dataset';
import type { WardDataset } from './dataset';

export interface BigWardSizes {
  units: number;
  people: number;
  awards: number;
  nominations: number;
  scoreSheets: number;
  criteria: number;
  goodDeeds: number;
}

export const BIG_WARD_SIZES: BigWardSizes = {
  units: 200, people: 10_000, awards: 15_000, nominations: 3_000, scoreSheets: 200, criteria: 60, goodDeeds: 1_200,
};

/** What the sizes leave out: how many years of record, and the council's meetings of the current year. */
export interface BigWardHistory {
  /**
   * Years of record (1 = the current year only). Each earlier year adds its own nominations (closed),
   * criteria set and score sheets and good-deed reports, and `awards` more award-history rows.
   */
  years: number;
  /**
   * Ballots of each council meeting of the current year (e.g. [500, 120]); the meetings' nominations are
   * part of the year's `nominations`, voted, with a council of 15 to vote them.
   */
  meetings: readonly number[];
}

const NO_HISTORY: BigWardHistory = { years: 1, meetings: [] };
const COUNCIL_SIZE = 15;
/** Closed statuses of an earlier year's nominations. */
const PAST_STATUSES: readonly NominationStatus[] = ['awarded', 'awarded', 'not_awarded', 'forwarded', 'withdrawn'];
/** The titles voted at the generated meetings: the first goes upward (a tờ trình), the others stay in the ward. */
const MEETING_TITLES: readonly TitleCode[] = ['CSTD_TINH', 'CSTDCS'];

const YEAR = 2026;
const AT = '2026-11-20T02:00:00.000Z';
const UNIT_KINDS: UnitKind[] = ['tdp', 'tdp', 'tdp', 'front', 'office', 'school', 'association'];
const PERSON_TITLES: TitleCode[] = ['LDTT', 'LDTT', 'LDTT', 'CSTDCS', 'GIAY_KHEN', 'BANG_KHEN_TINH'];
/** This year's ratings (xếp loại chất lượng), mostly good, so the year's eligibility is a realistic mix. */
const THIS_YEAR_RATINGS = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV'] as const;
/** The rules a person decides (Luật TĐKT 2022 Đ23–Đ24, Đ74), recorded once the council appraised a nomination. */
const JUDGED_RULES: Partial<Record<TitleCode, string[]>> = {
  LDTT: ['ldtt.conduct'], CSTDCS: ['ldtt.conduct'], GIAY_KHEN: ['giayKhen.exemplary', 'giayKhen.achievement'],
  BANG_KHEN_TINH: ['bangKhen.exemplary', 'bangKhen.ground'], TTLDTT: ['ttldtt.performance'],
};
/** Statuses past appraisal: the judgements were recorded at the appraisal (thẩm định). */
const APPRAISED: readonly NominationStatus[] = ['appraised', 'voted', 'decided', 'forwarded', 'awarded', 'not_awarded'];

/** A criteria tree of `count` criteria: sections of ten items, plus bonus and deduction items. */
function bigCriteria(count: number): CriteriaSetDefinition {
  const extras = Math.min(10, Math.max(0, count - 10));
  const items = count - extras;
  const nodes: CriterionNode[] = [];
  for (let s = 0; s * 10 < items; s += 1) {
    const children = Array.from({ length: Math.min(10, items - s * 10) }, (_, i) => ({
      id: `S${s + 1}.${i + 1}`, code: `${i + 1}`, label: `Tiêu chí ${s + 1}.${i + 1}`, kind: 'item' as const, maxPoints: 2,
    }));
    nodes.push({ id: `S${s + 1}`, code: `${s + 1}`, label: `Nhóm tiêu chí ${s + 1}`, kind: 'section', maxPoints: null, children });
  }
  for (let i = 0; i < extras; i += 1) {
    const kind = i % 2 === 0 ? 'bonus' : 'deduction';
    nodes.push({ id: `X${i + 1}`, label: kind === 'bonus' ? `Điểm thưởng ${i + 1}` : `Điểm trừ ${i + 1}`, kind, maxPoints: 1 });
  }
  return { name: `Bộ tiêu chí chấm điểm thi đua năm ${YEAR}`, year: YEAR, nodes, bonusCap: 5, deductionCap: 5, coreSectionId: 'S1' };
}

/** Replays the lifecycle path to a status, so generated steps are the ones the app would have written. */
const PATH: Record<NominationStatus, NominationStatus[]> = {
  draft: [], received: ['received'], appraised: ['received', 'appraised'], voted: ['received', 'appraised', 'voted'],
  decided: ['received', 'appraised', 'voted', 'decided'], forwarded: ['received', 'appraised', 'voted', 'forwarded'],
  awarded: ['received', 'appraised', 'voted', 'decided', 'awarded'], not_awarded: ['received', 'appraised', 'not_awarded'],
  withdrawn: ['withdrawn'],
};

/** Nominations must not outnumber people: each person is nominated once, as the uniqueness rule requires. */
export function generateBigWard(seed = 1, sizes: BigWardSizes = BIG_WARD_SIZES, history: BigWardHistory = NO_HISTORY): WardDataset {
  const tools = generatorTools(seed);
  const data = emptyDataset();
  const base = () => baseFields(tools.id(), AT, true);

  // A ward profile, as the first-run setup writes it; without one the dashboard shows the first-run screen.
  const ward = 'Hòa Bình';
  const province = 'Đồng Nai';
  const provinceChair = `Chủ tịch Ủy ban nhân dân tỉnh ${province}`;
  data.wardProfile.push({
    ...baseFields(WARD_PROFILE_ID, AT, true), name: `Phường ${ward}`, placeName: ward, province,
    headerParent: `ỦY BAN NHÂN DÂN TỈNH ${province.toLocaleUpperCase('vi')}`, headerIssuer: `ỦY BAN NHÂN DÂN PHƯỜNG ${ward.toLocaleUpperCase('vi')}`,
    councilName: `Hội đồng Thi đua - Khen thưởng phường ${ward}`,
    upperLevel: {
      preset: 'province', councilName: `Hội đồng Thi đua - Khen thưởng tỉnh ${province}`, authorityTitle: provinceChair,
      recipientLine: provinceChair, viaAgency: `Sở Nội vụ tỉnh ${province}`,
    },
    chairman: { name: 'Phạm Văn Long', title: 'Chủ tịch' }, viceChairs: [], standingMember: { name: 'Võ Thị Mai', title: 'Phó Chủ tịch' },
    settingsOverrides: {},
  });

  const blockCount = Math.max(1, Math.ceil(sizes.units / 20));
  for (let b = 0; b < blockCount; b += 1) data.blocks.push({ ...base(), year: YEAR, name: `Khối thi đua số ${b + 1}`, note: '' });
  for (let u = 0; u < sizes.units; u += 1) {
    const kind = UNIT_KINDS[u % UNIT_KINDS.length];
    const name = kind === 'tdp' ? `Tổ dân phố ${u + 1}` : `Đơn vị số ${u + 1}`;
    data.units.push({
      ...base(), name, kind, blockId: data.blocks[u % blockCount].id, headName: '', address: '', active: true, ratings: [], memberCount: null, womenCount: null, note: '', ...searchFieldsOf(name),
    });
  }
  for (let p = 0; p < sizes.people; p += 1) {
    const gender = tools.random() < 0.5 ? 'female' : 'male';
    const fullName = vietnameseName(tools, gender);
    const publicServant = tools.random() < 0.3;
    data.people.push({
      ...base(), fullName, sortName: null, gender, birthYear: tools.int(1950, 2005), position: publicServant ? 'Công chức' : 'Hội viên',
      isPublicServant: publicServant, unitId: data.units[p % sizes.units].id, phone: '',
      ratings: [
        ...(publicServant ? [{ year: YEAR - 1, rating: tools.pick(['HTXSNV', 'HTTNV', 'HTNV'] as const) }] : []),
        { year: YEAR, rating: tools.pick(THIS_YEAR_RATINGS) },
      ],
      disciplines: [], note: '', birthDate: null, deathDate: null, hometown: '', residence: '', education: '', ...UNMERGED_PERSON,
      ...searchFieldsOf(fullName),
    });
  }
  for (let a = 0; a < sizes.awards * history.years; a += 1) {
    const unitAward = a % 10 === 0;
    const subject = unitAward ? data.units[a % sizes.units] : data.people[a % sizes.people];
    const year = YEAR - 1 - (Math.floor(a / sizes.people) % (5 * history.years));
    const titleCode: TitleCode = unitAward ? 'TTLDTT' : tools.random() < 0.85 ? 'LDTT' : 'CSTDCS';
    data.awards.push({
      ...base(), subjectKind: unitAward ? 'unit' : 'person', personId: unitAward ? null : subject.id, unitId: unitAward ? subject.id : null,
      householdName: '', householdAddress: '', year, titleCode, titleLabel: TITLES[titleCode].label, awardKind: 'cong_trang',
      decisionNo: `${tools.int(1, 400)}/QĐ-UBND`, decisionDate: `${year}-12-20`, issuer: 'Chủ tịch UBND phường', nominationId: null, note: '',
      subjectKey: unitAward ? `u:${subject.id}` : `p:${subject.id}`,
    });
  }
  const meetingTotal = history.meetings.reduce((sum, n) => sum + n, 0);
  for (let k = 0; k < history.years; k += 1) {
    const year = YEAR - k;
    // This year's meetings vote the last `meetingTotal` of its nominations (people not nominated otherwise).
    const regular = k === 0 ? sizes.nominations - meetingTotal : sizes.nominations;
    for (let n = 0; n < regular; n += 1) {
      const unitNominee = n % 15 === 0;
      // Distinct nominees keep (nominee, title, year) unique, as the repository would.
      const nominee: Nominee = unitNominee
        ? { kind: 'unit', unitId: data.units[(n / 15) % sizes.units].id }
        : { kind: 'person', personId: data.people[n % sizes.people].id };
      const titleCode: TitleCode = unitNominee ? 'TTLDTT' : PERSON_TITLES[n % PERSON_TITLES.length];
      const status = k === 0 ? NOMINATION_STATUSES[n % NOMINATION_STATUSES.length] : PAST_STATUSES[n % PAST_STATUSES.length];
      let from: NominationStatus = 'draft';
      const steps = PATH[status].map((to, i) => {
        const step = { from, to, kind: 'advance' as const, at: `${year}-1${i % 3}-1${i}T03:00:00.000Z`, actor: 'Người dùng', reason: '' };
        from = to;
        return step;
      });
      const person = nominee.kind === 'person' ? data.people[n % sizes.people] : undefined;
      data.nominations.push({
        ...base(), nominee, year, titleCode, awardKind: 'cong_trang',
        proposingUnitId: person?.unitId ?? (nominee.kind === 'unit' ? nominee.unitId : data.units[0].id),
        movementId: null, achievementSummary: 'Hoàn thành tốt nhiệm vụ; tích cực tham gia phong trào thi đua.', achievementRef: '',
        initiatives: [], unitStats: null, holds: [],
        judgements: APPRAISED.includes(status) ? (JUDGED_RULES[titleCode] ?? []).map((ruleId) => ({ ruleId, value: true, evidence: 'Biên bản thẩm định.' })) : [], dossier: {}, note: '', status, steps,
        nomineeKey: subjectKeyOf(nominee), eligibility: null, meetingId: null,
        decision: status === 'decided' || status === 'awarded' ? { number: '20/QĐ-UBND', date: `${year}-12-20`, issuer: 'Chủ tịch UBND phường' } : null,
      });
    }
  }
  addMeetings(data, tools, sizes, history.meetings, base);
  for (let k = 0; k < history.years; k += 1) {
    const definition = { ...bigCriteria(sizes.criteria), year: YEAR - k };
    const set = { ...base(), blockId: null, definition, note: '', year: YEAR - k, name: definition.name, revision: 1, locked: true, copiedFromId: null };
    data.criteriaSets.push(set);
    const leaves = definition.nodes.flatMap((n) => (n.children && n.children.length > 0 ? n.children : [n]));
    for (let s = 0; s < sizes.scoreSheets; s += 1) {
      data.scoreSheets.push({
        ...base(), setId: set.id, unitId: data.units[s % sizes.units].id, note: '',
        entries: leaves.map((leaf) => {
          const max = leaf.maxPoints ?? 0;
          const council = leaf.kind === 'item' ? Math.round(tools.random() * max * 4) / 4 : tools.random() < 0.2 ? max : 0;
          return { criterionId: leaf.id, selfScore: Math.min(max, council + 0.25), councilScore: council, evidence: '' };
        }),
      });
    }
  }
  for (let g = 0; g < sizes.goodDeeds * history.years; g += 1) {
    const month = `${YEAR - Math.floor(g / sizes.goodDeeds)}-${String((g % 12) + 1).padStart(2, '0')}`;
    const gender = tools.random() < 0.5 ? 'female' : 'male';
    data.goodDeeds.push({
      ...base(), month, unitId: data.units[g % sizes.units].id, subjectKind: 'person', subjectName: vietnameseName(tools, gender), personId: null,
      birthYear: tools.int(1950, 2008), gender, address: '', field: 'Văn hóa - xã hội', deed: 'Giúp đỡ người có hoàn cảnh khó khăn trong khu dân cư.',
      evidence: '', submittedAt: `${month}-10`, status: g % 4 === 0 ? 'submitted' : 'approved', returnReason: '', publications: [], forwardedOn: null, awardId: null, nominationId: null,
    });
  }
  return data;
}

/**
 * A council of 15 and this year's meetings, each voting its share of the year's last nominations
 * (already appended as ordinary ones by the caller's count): everyone present, a secret ballot per
 * nominee, nearly all passing, so the first meeting issues a tờ trình with all its nominees.
 */
function addMeetings(
  data: WardDataset, tools: ReturnType<typeof generatorTools>, sizes: BigWardSizes, meetings: readonly number[], base: () => ReturnType<typeof baseFields>,
): void {
  if (meetings.length === 0) return;
  const roles = ['chair', 'vice_chair', 'standing', ...Array<'member'>(COUNCIL_SIZE - 4).fill('member'), 'secretary'] as const;
  const members = roles.map((role, i) => ({ ...base(), personId: data.people[sizes.people - 1 - i].id, role, termFrom: '2025-07-01', termTo: null, note: '' }));
  data.councilMembers.push(...members);
  // The people after this year's ordinary nominees (n % people for n below this), so no one is nominated twice.
  let next = sizes.nominations - meetings.reduce((sum, n) => sum + n, 0);
  meetings.forEach((ballotCount, m) => {
    const meetingId = tools.id();
    const titleCode = MEETING_TITLES[Math.min(m, MEETING_TITLES.length - 1)];
    const ids: string[] = [];
    for (let i = 0; i < ballotCount; i += 1, next += 1) {
      const person = data.people[next % sizes.people];
      const nominee: Nominee = { kind: 'person', personId: person.id };
      let from: NominationStatus = 'draft';
      const steps = PATH.voted.map((to, j) => {
        const step = { from, to, kind: 'advance' as const, at: `${YEAR}-11-2${j}T03:00:00.000Z`, actor: 'Người dùng', reason: '' };
        from = to;
        return step;
      });
      const nomination = {
        ...base(), nominee, year: YEAR, titleCode, awardKind: 'cong_trang' as const, proposingUnitId: person.unitId ?? data.units[0].id,
        movementId: null, achievementSummary: 'Hoàn thành xuất sắc nhiệm vụ; có sáng kiến được công nhận.', achievementRef: '',
        initiatives: [], unitStats: null, holds: [], judgements: [], dossier: {}, note: '', status: 'voted' as const, steps,
        nomineeKey: subjectKeyOf(nominee), eligibility: null, meetingId, decision: null,
      };
      data.nominations.push(nomination);
      ids.push(nomination.id);
    }
    data.meetings.push({
      ...base(), id: meetingId,
      title: `Họp Hội đồng Thi đua - Khen thưởng xét ${TITLES[titleCode].label} năm ${YEAR}`, year: YEAR, date: `${YEAR}-11-2${5 + m}`,
      startTime: '08:00', endTime: '11:00', place: 'Hội trường Ủy ban nhân dân phường', chairPersonId: members[0].personId,
      secretaryPersonId: members[COUNCIL_SIZE - 1].personId,
      attendance: members.map((member) => ({ memberId: member.id, present: true, absentReason: '', writtenOpinion: false })),
      guests: [], agendaNominationIds: ids, agendaScoreSetIds: [],
      // A secret ballot of the 15 present; one in ten of the second meeting's nominees falls short of 80 %.
      ballots: ids.map((nominationId, i) => {
        const agree = m > 0 && i % 10 === 0 ? 10 : COUNCIL_SIZE - (i % 2);
        return { nominationId, method: 'ballot' as const, agree, disagree: COUNCIL_SIZE - agree, invalid: 0, writtenAgree: 0, writtenDisagree: 0 };
      }),
      conclusions: '', status: 'held', nominationIds: ids, memberIds: members.map((member) => member.id),
    });
  });
}

/** Loads a generated ward (one transaction, chunked bulkAdd); `onProgress(done, total)` after each chunk. */
export function loadBigWard(db: ThiDuaDb, data: WardDataset, onProgress?: (done: number, total: number) => void): Promise<number> {
  return loadDataset(db, data, 'Nạp dữ liệu phường lớn (kiểm thử hiệu năng).', onProgress);
}
