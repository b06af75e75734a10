import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareForTieBreak, evaluateEligibility, hasWomenPriority,
} from '../../../src-renderer/domain/eligibility';
import type {
  AwardHistoryEntry, EligibilityInput, EligibilityResult, PersonNominee, UnitNominee,
} from '../../../src-renderer/domain/eligibility';
import { DEFAULT_SETTINGS } from '../../../src-renderer/domain/settings';
import { TITLE_CODES } from '../../../src-renderer/domain/vocabulary';
import type { RuleVerdict, TitleCode } from '../../../src-renderer/domain/vocabulary';

const YEAR = 2026;

const person = (p: Partial<PersonNominee> = {}): PersonNominee => ({
  kind: 'person', gender: 'male', isPublicServant: true, taskRating: 'HTTNV', ratingHistory: [], disciplineThisYear: null, ...p,
});

const unit = (u: Partial<UnitNominee> = {}): UnitNominee => ({
  kind: 'unit', unitKind: 'tdp', memberCount: 10, ldttCount: 7, cstdcsCount: 1, womenCount: 5,
  allMembersCompleteTasks: true, highestMemberDiscipline: null, taskRating: null, ratingHistory: [], ...u,
});

const input = (titleCode: TitleCode, over: Partial<EligibilityInput> = {}): EligibilityInput => ({
  nominee: person(), year: YEAR, titleCode, awardKind: 'cong_trang', history: [], judgements: [], initiatives: [],
  holds: [], otherNominations: [], ...over,
});

const awarded = (titleCode: TitleCode, year: number, extra: Partial<AwardHistoryEntry> = {}): AwardHistoryEntry =>
  ({ year, titleCode, awardKind: 'cong_trang', ...extra });

/** Judges every judgement rule of a first evaluation as `value`, so data rules alone decide. */
function withAllJudged(i: EligibilityInput, value = true): EligibilityInput {
  const ids = evaluateEligibility(i, DEFAULT_SETTINGS).rules.filter((r) => r.verdict === 'judgement').map((r) => r.id);
  return { ...i, judgements: [...i.judgements, ...ids.map((ruleId) => ({ ruleId, value, evidence: 'Biên bản họp tổ' }))] };
}

const evaluate = (i: EligibilityInput) => evaluateEligibility(i, DEFAULT_SETTINGS);
const ruleOf = (r: EligibilityResult, id: string) => {
  const found = r.rules.find((x) => x.id === id);
  if (!found) throw new Error(`no rule ${id} in ${r.rules.map((x) => x.id).join(', ')}`);
  return found;
};

describe('LĐTT — Luật TĐKT 2022 Đ24', () => {
  it.each<[string, Partial<PersonNominee>, RuleVerdict]>([
    ['HTXSNV passes', { taskRating: 'HTXSNV' }, 'pass'],
    ['HTTNV passes', { taskRating: 'HTTNV' }, 'pass'],
    ['HTNV fails', { taskRating: 'HTNV' }, 'fail'],
    ['KHTNV fails', { taskRating: 'KHTNV' }, 'fail'],
    ['no rating yet needs a person', { taskRating: null }, 'judgement'],
  ])('Luật Đ24 rating: %s', (_name, p, verdict) => {
    const r = evaluate(input('LDTT', { nominee: person(p) }));
    expect(ruleOf(r, 'ldtt.rating').verdict).toBe(verdict);
    expect(ruleOf(r, 'ldtt.rating').reference).toContain('Luật TĐKT 2022 Đ24');
  });

  it('Luật Đ24: conduct is a recorded judgement with its evidence, not a guess', () => {
    const open = evaluate(input('LDTT'));
    expect(open.verdict).toBe('judgement');
    expect(ruleOf(open, 'ldtt.conduct').reason).toMatch(/^Cần xác nhận/);
    const yes = evaluate(input('LDTT', { judgements: [{ ruleId: 'ldtt.conduct', value: true, evidence: 'Biên bản bình xét tổ' }] }));
    expect(yes.verdict).toBe('pass');
    expect(ruleOf(yes, 'ldtt.conduct').reason).toContain('Biên bản bình xét tổ');
    expect(ruleOf(yes, 'ldtt.conduct').judgement?.value).toBe(true);
    const no = evaluate(input('LDTT', { judgements: [{ ruleId: 'ldtt.conduct', value: false, evidence: '' }] }));
    expect(no.verdict).toBe('fail');
  });

  it('Luật Đ24: workers and farmers have no rating rule, only the conduct judgement', () => {
    const r = evaluate(input('LDTT', { nominee: person({ isPublicServant: false, taskRating: null }) }));
    expect(r.rules.some((x) => x.id === 'ldtt.rating')).toBe(false);
    expect(ruleOf(r, 'ldtt.conduct').label).toContain('sản xuất');
  });

  it('a person disciplined in the year is not proposed (setting personDisciplineBarsTitles)', () => {
    const i = withAllJudged(input('LDTT', { nominee: person({ disciplineThisYear: 'khien_trach' }) }));
    const r = evaluate(i);
    expect(ruleOf(r, 'person.discipline').verdict).toBe('fail');
    expect(r.summary).toContain('khiển trách');
    const lenient = evaluateEligibility(i, { ...DEFAULT_SETTINGS, personDisciplineBarsTitles: false });
    expect(lenient.rules.some((x) => x.id === 'person.discipline')).toBe(false);
    expect(lenient.verdict).toBe('pass');
  });
});

describe('CSTĐCS — Luật TĐKT 2022 Đ23: LĐTT standard that year ∧ (HTXSNV ∨ initiative ∨ topic)', () => {
  const judgedConduct = [{ ruleId: 'ldtt.conduct', value: true, evidence: 'Nhận xét của đơn vị' }];

  it.each<[string, Partial<EligibilityInput>, RuleVerdict]>([
    ['Luật Đ23: HTXSNV alone suffices (initiative not mandatory)', { nominee: person({ taskRating: 'HTXSNV' }) }, 'pass'],
    ['Luật Đ23: HTTNV + initiative recognised this year', {
      initiatives: [{ title: 'Số hóa hồ sơ', kind: 'initiative', recognised: true, level: 'grassroots', year: YEAR }],
    }, 'pass'],
    ['Luật Đ23: HTTNV + accepted science topic', {
      initiatives: [{ title: 'Đề tài A', kind: 'researchTopic', recognised: true, level: 'grassroots', year: YEAR }],
    }, 'pass'],
    ['Luật Đ23: initiative from last year does not count (one achievement, one award)', {
      initiatives: [{ title: 'Cũ', kind: 'initiative', recognised: true, level: 'grassroots', year: YEAR - 1 }],
    }, 'fail'],
    ['Luật Đ23: unrecognised initiative does not count', {
      initiatives: [{ title: 'Chưa công nhận', kind: 'initiative', recognised: false, level: 'grassroots', year: YEAR }],
    }, 'fail'],
    ['Luật Đ23: HTTNV without initiative fails', {}, 'fail'],
    ['Luật Đ23: no rating and no initiative needs a person', { nominee: person({ taskRating: null }) }, 'judgement'],
  ])('%s', (_name, over, verdict) => {
    const r = evaluate(input('CSTDCS', { judgements: judgedConduct, ...over }));
    expect(ruleOf(r, 'cstdcs.achievement').verdict).toBe(verdict);
    expect(ruleOf(r, 'cstdcs.achievement').reference).toBe('Luật TĐKT 2022 Đ23');
  });

  it('Luật Đ23: the LĐTT standard is checked the same year, by its own rules', () => {
    const r = evaluate(input('CSTDCS', { nominee: person({ taskRating: 'HTNV' }) }));
    expect(ruleOf(r, 'ldtt.rating').verdict).toBe('fail');
    expect(ruleOf(r, 'ldtt.rating').reference).toContain('Luật TĐKT 2022 Đ23');
    expect(r.verdict).toBe('fail');
  });

  it('Luật Đ23: an LĐTT already awarded that year settles the standard, citing the decision', () => {
    const r = evaluate(input('CSTDCS', {
      nominee: person({ taskRating: 'HTXSNV' }),
      history: [awarded('LDTT', YEAR, { decisionNo: '15/QĐ-UBND', decisionDate: '2026-12-20' })],
    }));
    expect(ruleOf(r, 'cstdcs.ldttStandard').reason).toContain('15/QĐ-UBND ngày 20/12/2026');
    expect(r.verdict).toBe('pass');
    expect(r.requiresBallot).toBe(true);
  });
});

describe('CSTĐ cấp tỉnh — Luật TĐKT 2022 Đ22: 3 consecutive CSTĐCS ∧ province-wide initiative', () => {
  const provinceInitiative = [{ title: 'Phần mềm một cửa', kind: 'initiative' as const, recognised: true, level: 'province' as const, year: YEAR - 1 }];

  it.each<[string, number[], RuleVerdict]>([
    ['Luật Đ22: 2024, 2025, 2026 → pass', [2024, 2025, 2026], 'pass'],
    ['Luật Đ22: 2023, 2025, 2026 (gap) → fail', [2023, 2025, 2026], 'fail'],
    ['Luật Đ22: 2023, 2024, 2025 without 2026 → fail', [2023, 2024, 2025], 'fail'],
    ['Luật Đ22: only 2 years → fail', [2025, 2026], 'fail'],
  ])('%s', (_name, years, verdict) => {
    const r = evaluate(input('CSTD_TINH', { history: years.map((y) => awarded('CSTDCS', y)), initiatives: provinceInitiative }));
    expect(ruleOf(r, 'cstdTinh.consecutiveCstdcs').verdict).toBe(verdict);
  });

  it('Luật Đ22: with this year\'s CSTĐCS still being considered, a person confirms', () => {
    const r = evaluate(input('CSTD_TINH', {
      history: [awarded('CSTDCS', 2024), awarded('CSTDCS', 2025)],
      otherNominations: [{ id: 'n1', titleCode: 'CSTDCS', awardKind: 'cong_trang', outcome: 'pending' }],
      initiatives: provinceInitiative,
    }));
    expect(ruleOf(r, 'cstdTinh.consecutiveCstdcs').verdict).toBe('judgement');
    expect(ruleOf(r, 'cstdTinh.consecutiveCstdcs').reason).toContain('đang xét');
  });

  it('NĐ 152/2025 Đ4: a chuyên đề CSTĐCS entry does not count toward the chain', () => {
    const r = evaluate(input('CSTD_TINH', {
      history: [awarded('CSTDCS', 2024, { awardKind: 'chuyen_de' }), awarded('CSTDCS', 2025), awarded('CSTDCS', 2026)],
      initiatives: provinceInitiative,
    }));
    expect(ruleOf(r, 'cstdTinh.consecutiveCstdcs').verdict).toBe('fail');
    expect(ruleOf(r, 'principle.basis').reason).toContain('CSTĐCS năm 2024');
  });

  it.each<[string, 'grassroots' | 'province' | 'national' | null, RuleVerdict]>([
    ['Luật Đ22: province-level initiative → pass', 'province', 'pass'],
    ['Luật Đ22: national initiative → pass', 'national', 'pass'],
    ['Luật Đ22: recognised by the ward only → fail (not a question for the council)', 'grassroots', 'fail'],
    ['Luật Đ22: no initiative → fail', null, 'fail'],
  ])('%s', (_name, level, verdict) => {
    const r = evaluate(input('CSTD_TINH', {
      history: [2024, 2025, 2026].map((y) => awarded('CSTDCS', y)),
      initiatives: level ? [{ title: 'SK', kind: 'initiative', recognised: true, level, year: YEAR }] : [],
    }));
    expect(ruleOf(r, 'cstdTinh.initiative').verdict).toBe(verdict);
  });

  it('Luật Đ22: names who recognised the initiative; a ward recognition fails even with a council “yes”', () => {
    const wardOnly = evaluate(input('CSTD_TINH', {
      history: [2024, 2025, 2026].map((y) => awarded('CSTDCS', y)),
      initiatives: [{ title: 'SK', kind: 'initiative', recognised: true, level: 'grassroots', year: YEAR, recognisedBy: 'Hội đồng sáng kiến phường Ninh Hà' }],
      judgements: [{ ruleId: 'cstdTinh.initiative', value: true, evidence: 'Hội đồng thấy có hiệu quả' }],
    }));
    expect(ruleOf(wardOnly, 'cstdTinh.initiative').verdict).toBe('fail');
    expect(ruleOf(wardOnly, 'cstdTinh.initiative').reason).toContain('do Hội đồng sáng kiến phường Ninh Hà công nhận');
    expect(ruleOf(wardOnly, 'cstdTinh.initiative').reason).toContain('chỉ được công nhận ở cấp cơ sở');
    expect(wardOnly.verdict).toBe('fail');
    const province = evaluate(input('CSTD_TINH', {
      history: [2024, 2025, 2026].map((y) => awarded('CSTDCS', y)),
      initiatives: [{ title: 'SK', kind: 'initiative', recognised: true, level: 'province', year: YEAR, recognisedBy: 'Sở Khoa học và Công nghệ tỉnh Khánh Hòa' }],
    }));
    expect(ruleOf(province, 'cstdTinh.initiative').reason).toContain('do Sở Khoa học và Công nghệ tỉnh Khánh Hòa công nhận');
    expect(ruleOf(province, 'cstdTinh.initiative').verdict).toBe('pass');
  });
});

describe('TTLĐTT — Luật Đ28, QĐ 86/2025 Bắc Ninh Đ4.2: ≥ 70 % LĐTT, no discipline ≥ cảnh cáo', () => {
  it.each<[string, Partial<UnitNominee>, RuleVerdict]>([
    ['exactly 70 % (7/10) passes', { memberCount: 10, ldttCount: 7 }, 'pass'],
    ['69,23 % (9/13) fails', { memberCount: 13, ldttCount: 9 }, 'fail'],
    ['70,59 % (12/17) passes', { memberCount: 17, ldttCount: 12 }, 'pass'],
    ['6/10 fails', { memberCount: 10, ldttCount: 6 }, 'fail'],
    ['no members fails', { memberCount: 0, ldttCount: 0 }, 'fail'],
    ['more LĐTT than members fails', { memberCount: 5, ldttCount: 6 }, 'fail'],
  ])('Bắc Ninh Đ4.2 share: %s', (_name, u, verdict) => {
    expect(ruleOf(evaluate(input('TTLDTT', { nominee: unit(u) })), 'unit.ldttShare').verdict).toBe(verdict);
  });

  it.each<[string, UnitNominee['highestMemberDiscipline'], RuleVerdict]>([
    ['none', null, 'pass'],
    ['khiển trách is below the bar', 'khien_trach', 'pass'],
    ['cảnh cáo fails', 'canh_cao', 'fail'],
    ['cách chức fails', 'cach_chuc', 'fail'],
  ])('Bắc Ninh Đ4.2 discipline: %s', (_name, level, verdict) => {
    expect(ruleOf(evaluate(input('TTLDTT', { nominee: unit({ highestMemberDiscipline: level }) })), 'unit.discipline').verdict).toBe(verdict);
  });

  it('Luật Đ28: a unit rated only HTNV fails the performance rule; otherwise a person judges', () => {
    expect(ruleOf(evaluate(input('TTLDTT', { nominee: unit({ taskRating: 'HTNV' }) })), 'ttldtt.performance').verdict).toBe('fail');
    expect(ruleOf(evaluate(input('TTLDTT', { nominee: unit({ taskRating: 'HTTNV' }) })), 'ttldtt.performance').verdict).toBe('judgement');
    expect(evaluate(withAllJudged(input('TTLDTT', { nominee: unit() }))).verdict).toBe('pass');
  });

  it('Luật Đ19-20: a person cannot receive a collective title', () => {
    const r = evaluate(input('TTLDTT'));
    expect(ruleOf(r, 'subject.kind').verdict).toBe('fail');
    expect(r.verdict).toBe('fail');
  });
});

describe('TTLĐXS — Luật Đ27, Bắc Ninh Đ3.2: 100 % complete, ≥ 70 % LĐTT, ≥ 1 CSTĐCS', () => {
  it.each<[string, Partial<UnitNominee>, string, RuleVerdict]>([
    ['all complete', { allMembersCompleteTasks: true }, 'ttldxs.allComplete', 'pass'],
    ['one member not complete', { allMembersCompleteTasks: false }, 'ttldxs.allComplete', 'fail'],
    ['completion unknown', { allMembersCompleteTasks: null }, 'ttldxs.allComplete', 'judgement'],
    ['one CSTĐCS', { cstdcsCount: 1 }, 'ttldxs.hasCstdcs', 'pass'],
    ['no CSTĐCS', { cstdcsCount: 0 }, 'ttldxs.hasCstdcs', 'fail'],
    ['cảnh cáo member (province bar)', { highestMemberDiscipline: 'canh_cao' }, 'unit.discipline', 'fail'],
    ['rated HTTNV only', { taskRating: 'HTTNV' }, 'ttldxs.performance', 'fail'],
    ['rated HTXSNV', { taskRating: 'HTXSNV' }, 'ttldxs.performance', 'judgement'],
  ])('Luật Đ27: %s', (_name, u, id, verdict) => {
    expect(ruleOf(evaluate(input('TTLDXS', { nominee: unit(u) })), id).verdict).toBe(verdict);
  });

  it('the discipline bar is a province setting', () => {
    const r = evaluateEligibility(input('TTLDXS', { nominee: unit({ highestMemberDiscipline: 'canh_cao' }) }),
      { ...DEFAULT_SETTINGS, ttldxsBarsDisciplinedMembers: false });
    expect(r.rules.some((x) => x.id === 'unit.discipline')).toBe(false);
  });
});

describe('Thôn, TDP văn hóa (Luật Đ30, NĐ 86/2023), Gia đình văn hóa (NĐ 86/2023 PL I)', () => {
  it('NĐ 86/2023: five criteria are judged; only a tổ dân phố qualifies', () => {
    const r = evaluate(input('TDP_VAN_HOA', { nominee: unit() }));
    expect(r.rules.filter((x) => x.id.startsWith('tdpVanHoa.') && x.verdict === 'judgement')).toHaveLength(5);
    expect(ruleOf(r, 'tdpVanHoa.kind').verdict).toBe('pass');
    expect(ruleOf(evaluate(input('TDP_VAN_HOA', { nominee: unit({ unitKind: 'school' }) })), 'tdpVanHoa.kind').verdict).toBe('fail');
  });

  it('NĐ 86/2023 PL I: three household criteria; households only', () => {
    const r = evaluate(input('GIA_DINH_VAN_HOA', { nominee: { kind: 'household' } }));
    expect(r.rules.filter((x) => x.id.startsWith('gdvh.'))).toHaveLength(3);
    expect(evaluate(withAllJudged(input('GIA_DINH_VAN_HOA', { nominee: { kind: 'household' } }))).verdict).toBe('pass');
    expect(evaluate(input('GIA_DINH_VAN_HOA')).verdict).toBe('fail');
  });
});

describe('Xã/phường tiêu biểu (Luật Đ29) and Cờ thi đua tỉnh (Bắc Ninh Đ3.1)', () => {
  it('Luật Đ29: judged criteria', () => {
    const r = evaluate(input('XA_TIEU_BIEU', { nominee: unit({ unitKind: 'ward' }) }));
    expect(r.rules.filter((x) => x.id.startsWith('xaTieuBieu.')).map((x) => x.verdict)).toEqual(['judgement', 'judgement']);
  });

  it.each<[number | null, RuleVerdict]>([[1, 'pass'], [2, 'fail'], [null, 'judgement']])('Bắc Ninh Đ3.1: block rank %s → %s', (rank, verdict) => {
    const r = evaluate(input('CO_THI_DUA_TINH', { nominee: unit({ unitKind: 'ward', blockRank: rank }) }));
    expect(ruleOf(r, 'coThiDua.leadsBlock').verdict).toBe(verdict);
    expect(r.requiresBallot).toBe(true);
  });
});

describe('Giấy khen — Luật Đ75, Bắc Ninh Đ4.3', () => {
  it.each(['person', 'unit', 'household'] as const)('Luật Đ75: %s — two judged criteria, passing once confirmed', (kind) => {
    const nominee = kind === 'person' ? person() : kind === 'unit' ? unit() : { kind } as const;
    const open = evaluate(input('GIAY_KHEN', { nominee, awardKind: 'dot_xuat' }));
    expect(open.rules.filter((x) => x.id.startsWith('giayKhen.')).every((x) => x.verdict === 'judgement')).toBe(true);
    expect(open.rules.some((x) => x.id === 'principle.yearlyTitle')).toBe(false); // a form may be đột xuất
    expect(evaluate(withAllJudged(input('GIAY_KHEN', { nominee }))).verdict).toBe('pass');
  });
});

describe('Bằng khen tỉnh — Bắc Ninh Đ3.3: exemplary and one of the grounds', () => {
  const exemplary = [{ ruleId: 'bangKhen.exemplary', value: true, evidence: 'Nhận xét' }];

  it.each<[string, Partial<EligibilityInput>, RuleVerdict]>([
    ['Bắc Ninh Đ3.3: 2 consecutive CSTĐCS (2025, 2026)', { history: [awarded('CSTDCS', 2025), awarded('CSTDCS', 2026)] }, 'pass'],
    ['Bắc Ninh Đ3.3: 2 consecutive CSTĐCS ending last year (2024, 2025)', { history: [awarded('CSTDCS', 2024), awarded('CSTDCS', 2025)] }, 'pass'],
    ['Bắc Ninh Đ3.3: CSTĐCS 2023 and 2025 are not consecutive', { history: [awarded('CSTDCS', 2023), awarded('CSTDCS', 2025)] }, 'judgement'],
    ['Bắc Ninh Đ3.3: 2 years HTXSNV with 2 initiatives', {
      nominee: person({ taskRating: 'HTXSNV', ratingHistory: [{ year: 2025, rating: 'HTXSNV' }] }),
      initiatives: [
        { title: 'SK1', kind: 'initiative', recognised: true, level: 'grassroots', year: 2025 },
        { title: 'SK2', kind: 'initiative', recognised: true, level: 'grassroots', year: 2026 },
      ],
    }, 'pass'],
    ['Bắc Ninh Đ3.3: 2 years HTXSNV with only 1 initiative', {
      nominee: person({ taskRating: 'HTXSNV', ratingHistory: [{ year: 2025, rating: 'HTXSNV' }] }),
      initiatives: [{ title: 'SK1', kind: 'initiative', recognised: true, level: 'grassroots', year: 2025 }],
    }, 'judgement'],
  ])('%s', (_name, over, verdict) => {
    const r = evaluate(input('BANG_KHEN_TINH', { judgements: exemplary, ...over }));
    expect(ruleOf(r, 'bangKhen.ground').verdict).toBe(verdict);
    expect(r.verdict).toBe(verdict);
  });

  it('Bắc Ninh Đ3.3: other grounds are a recorded judgement', () => {
    const r = evaluate(input('BANG_KHEN_TINH', {
      judgements: [...exemplary, { ruleId: 'bangKhen.ground', value: true, evidence: 'Cứu người trong lũ 11/2026' }],
    }));
    expect(ruleOf(r, 'bangKhen.ground').reason).toContain('Cứu người');
    expect(r.verdict).toBe('pass');
  });

  it('Bắc Ninh Đ3.3: a collective with 2 years HTXSNV/TTLĐXS also needs the governance judgement', () => {
    const r = evaluate(input('BANG_KHEN_TINH', {
      nominee: unit({ taskRating: 'HTXSNV' }), history: [awarded('TTLDXS', 2025)], judgements: exemplary,
    }));
    expect(ruleOf(r, 'bangKhen.ground').verdict).toBe('pass');
    expect(ruleOf(r, 'bangKhen.unitGovernance').verdict).toBe('judgement');
    const without = evaluate(input('BANG_KHEN_TINH', { nominee: unit(), judgements: exemplary }));
    expect(ruleOf(without, 'bangKhen.ground').verdict).toBe('judgement');
  });

  it('Bắc Ninh Đ3.3: a household needs contributions', () => {
    const r = evaluate(input('BANG_KHEN_TINH', { nominee: { kind: 'household' } }));
    expect(ruleOf(r, 'bangKhen.ground').reason).toContain('đất đai');
  });
});

describe('principles — NĐ 152/2025 Đ4, Luật TĐKT 2022 Đ5', () => {
  const ready = (over: Partial<EligibilityInput> = {}) => withAllJudged(input('LDTT', over));

  it.each(['discipline', 'investigation', 'inspection', 'complaint'] as const)('NĐ 152/2025 Đ4.4: an active %s hold puts the nomination on hold, not "không đạt"', (kind) => {
    const r = evaluate(ready({ holds: [{ kind, active: true, note: 'Đơn thư ngày 01/10' }] }));
    expect(r.held).toBe(true);
    expect(r.verdict).toBe('hold');
    expect(ruleOf(r, 'hold.active').verdict).toBe('hold');
    expect(ruleOf(r, 'hold.active').reason).toContain('Đơn thư ngày 01/10');
    expect(r.summary).toMatch(/^Tạm dừng xét đề nghị “Lao động tiên tiến” năm 2026/);
    expect(r.summary).not.toContain('Chưa đủ điều kiện');
    expect(r.holds).toHaveLength(1);
  });

  it('NĐ 152/2025 Đ4.4: a hold outranks a failing rule (the review is suspended, not judged)', () => {
    const r = evaluate(input('CSTDCS', { nominee: person({ taskRating: 'HTNV' }), holds: [{ kind: 'investigation', active: true, note: '' }] }));
    expect(r.verdict).toBe('hold');
    expect(r.rules.some((x) => x.verdict === 'fail')).toBe(true);
  });

  it('NĐ 152/2025 Đ4.4: a hold with an end date applies before it and lifts by itself on that day', () => {
    const holds = [{ kind: 'discipline' as const, active: true, note: 'Xem xét kỷ luật', endedOn: '2026-12-01' }];
    const before = evaluate(ready({ holds, asOf: '2026-11-30' }));
    expect(before.verdict).toBe('hold');
    expect(ruleOf(before, 'hold.active').reason).toBe('đang xem xét kỷ luật (Xem xét kỷ luật, xét tiếp từ ngày 01/12/2026); xét tiếp khi kết thúc.');
    const after = evaluate(input('LDTT', { holds, asOf: '2026-12-01' }));
    expect(after.held).toBe(false);
    expect(ruleOf(after, 'hold.active').verdict).toBe('pass');
    // Achievements before the end of a discipline still don't count: a person must confirm.
    expect(ruleOf(after, 'hold.afterDiscipline').verdict).toBe('judgement');
    expect(ruleOf(after, 'hold.afterDiscipline').reason).toContain('01/12/2026');
  });

  it('NĐ 152/2025 Đ4: a lifted hold does not stop it', () => {
    const r = evaluate(ready({ holds: [{ kind: 'inspection', active: false, note: '' }] }));
    expect(r.held).toBe(false);
    expect(r.verdict).toBe('pass');
  });

  it('NĐ 152/2025 Đ4: after a discipline ends this year, only later achievements count (judged)', () => {
    const holds = [
      { kind: 'discipline' as const, active: false, note: '', endedOn: '2026-03-01' },
      { kind: 'discipline' as const, active: false, note: '', endedOn: '2026-05-20' },
    ];
    const r = evaluate(input('LDTT', { holds }));
    expect(ruleOf(r, 'hold.afterDiscipline').reason).toContain('20/05/2026');
    expect(r.rules.filter((x) => x.id === 'hold.afterDiscipline')).toHaveLength(1);
    const endedLastYear = evaluate(input('LDTT', { holds: [{ kind: 'discipline', active: false, note: '', endedOn: '2025-12-31' }] }));
    expect(endedLastYear.rules.some((x) => x.id === 'hold.afterDiscipline')).toBe(false);
  });

  it('names an earlier award as a centrally-run city names it (“Bằng khen thành phố”, never “tỉnh”)', () => {
    const city = { ...DEFAULT_SETTINGS, naming: { provinceKind: 'city' as const, wardWord: 'phường' as const } };
    const history = [awarded('BANG_KHEN_TINH', YEAR, { decisionNo: '7/QĐ-UBND' }), awarded('CSTD_TINH', YEAR - 1, { awardKind: 'dot_xuat' })];
    const inCity = evaluateEligibility(input('BANG_KHEN_TINH', { history }), city);
    expect(ruleOf(inCity, 'principle.oneAchievement').reason).toContain('Bằng khen thành phố năm 2026');
    expect(ruleOf(inCity, 'principle.basis').reason).toContain('CSTĐ thành phố năm 2025');
    expect(inCity.rules.map((r) => r.reason).join(' ')).not.toMatch(/\btỉnh\b/);
    expect(ruleOf(evaluate(input('BANG_KHEN_TINH', { history })), 'principle.oneAchievement').reason).toContain('Bằng khen tỉnh năm 2026');
  });

  it('NĐ 152/2025 Đ4: the same title is not given twice for one year', () => {
    const r = evaluate(ready({ history: [awarded('LDTT', YEAR, { decisionNo: '20/QĐ-UBND' })] }));
    expect(ruleOf(r, 'principle.oneAchievement').verdict).toBe('fail');
    expect(ruleOf(r, 'principle.oneAchievement').reason).toContain('20/QĐ-UBND');
    const other = evaluate(ready({ otherNominations: [{ id: 'x', titleCode: 'LDTT', awardKind: 'cong_trang', outcome: 'pending' }] }));
    expect(ruleOf(other, 'principle.oneAchievement').verdict).toBe('fail');
    const rejected = evaluate(ready({ otherNominations: [{ id: 'x', titleCode: 'LDTT', awardKind: 'cong_trang', outcome: 'not_awarded' }] }));
    expect(ruleOf(rejected, 'principle.oneAchievement').verdict).toBe('pass');
  });

  it('NĐ 152/2025 Đ4: one achievement cannot ground two awards', () => {
    const r = evaluate(input('GIAY_KHEN', {
      achievementRef: 'lu-2026',
      otherNominations: [{ id: 'x', titleCode: 'BANG_KHEN_TINH', awardKind: 'dot_xuat', achievementRef: ' lu-2026 ', outcome: 'pending' }],
    }));
    expect(ruleOf(r, 'principle.oneAchievement').verdict).toBe('fail');
    expect(ruleOf(r, 'principle.oneAchievement').reason).toContain('Bằng khen tỉnh');
  });

  it('Luật Đ8: emulation titles are yearly công trạng awards, not đột xuất', () => {
    const r = evaluate(input('LDTT', { awardKind: 'dot_xuat' }));
    expect(ruleOf(r, 'principle.yearlyTitle').verdict).toBe('fail');
  });

  it('NĐ 152/2025 Đ4: women first among equals, and collectives with ≥ 70 % women', () => {
    const settings = DEFAULT_SETTINGS;
    const woman = person({ gender: 'female' });
    const man = person();
    expect(compareForTieBreak(woman, man, settings)).toBeLessThan(0);
    expect(compareForTieBreak(man, woman, settings)).toBeGreaterThan(0);
    expect(compareForTieBreak(man, man, settings)).toBe(0);
    expect(hasWomenPriority(unit({ memberCount: 10, womenCount: 7 }), settings)).toBe(true); // exactly 70 %
    expect(hasWomenPriority(unit({ memberCount: 10, womenCount: 6 }), settings)).toBe(false);
    expect(hasWomenPriority(unit({ memberCount: 0, womenCount: 0 }), settings)).toBe(false);
    expect(hasWomenPriority({ kind: 'household' }, settings)).toBe(false);
  });
});

describe('evaluateEligibility as a whole', () => {
  it('answers "why not?" in one summary line', () => {
    const r = evaluate(input('CSTDCS', { nominee: person({ taskRating: 'HTNV' }) }));
    expect(r.verdict).toBe('fail');
    expect(r.summary).toMatch(/^Chưa đủ điều kiện đề nghị “Chiến sĩ thi đua cơ sở” năm 2026/);
    expect(r.summary).toContain('Hoàn thành nhiệm vụ');
    const open = evaluate(input('LDTT'));
    expect(open.summary).toMatch(/^Cần xác nhận 1 tiêu chí/);
    expect(evaluate(withAllJudged(input('LDTT'))).summary).toBe('Đủ điều kiện đề nghị “Lao động tiên tiến” năm 2026.');
  });

  it('every rule carries a label, a Vietnamese reason and a legal reference', () => {
    for (const titleCode of TITLE_CODES) {
      for (const nominee of [person(), unit(), { kind: 'household' as const }]) {
        for (const r of evaluate(input(titleCode, { nominee })).rules) {
          expect(r.label.length).toBeGreaterThan(0);
          expect(r.reason.length).toBeGreaterThan(0);
          expect(r.reference).toMatch(/Luật|NĐ|QĐ|DOMAIN/);
        }
      }
    }
  });

  it('never crashes and always gives a consistent verdict (property)', () => {
    const rating = fc.constantFrom('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', null) as fc.Arbitrary<PersonNominee['taskRating']>;
    const discipline = fc.constantFrom(null, 'khien_trach', 'canh_cao', 'buoc_thoi_viec') as fc.Arbitrary<PersonNominee['disciplineThisYear']>;
    const titleCode = fc.constantFrom(...TITLE_CODES);
    const nominee = fc.oneof(
      fc.record({ gender: fc.constantFrom('male', 'female'), isPublicServant: fc.boolean(), taskRating: rating, disciplineThisYear: discipline })
        .map((p) => person(p as Partial<PersonNominee>)),
      fc.record({ memberCount: fc.integer({ min: -2, max: 40 }), ldttCount: fc.integer({ min: -2, max: 40 }), cstdcsCount: fc.nat(5),
        allMembersCompleteTasks: fc.constantFrom(true, false, null), highestMemberDiscipline: discipline, taskRating: rating,
        blockRank: fc.constantFrom(null, 1, 2) }).map((u) => unit(u as Partial<UnitNominee>)),
      fc.constant({ kind: 'household' as const }),
    );
    const history = fc.array(fc.record({ year: fc.integer({ min: 2018, max: 2027 }), titleCode, awardKind: fc.constantFrom('cong_trang', 'dot_xuat', 'chuyen_de') }), { maxLength: 8 });
    fc.assert(fc.property(nominee, titleCode, history, fc.boolean(), (n, code, h, held) => {
      const r = evaluate(input(code, {
        nominee: n, history: h as AwardHistoryEntry[], holds: held ? [{ kind: 'inspection', active: true, note: '' }] : [],
      }));
      const verdicts = r.rules.map((x) => x.verdict);
      const expected = verdicts.includes('hold') ? 'hold' : verdicts.includes('fail') ? 'fail' : verdicts.includes('judgement') ? 'judgement' : 'pass';
      expect(r.verdict).toBe(expected);
      expect(r.verdict === 'hold').toBe(held);
    }));
  });
});

describe('a ward of a centrally-run city (issue 20 item 1)', () => {
  const city = { ...DEFAULT_SETTINGS, naming: { provinceKind: 'city' as const, wardWord: 'phường' as const } };
  it.each(TITLE_CODES)('%s: labels and reasons say "thành phố", never "tỉnh"', (code) => {
    const nominee = ['TTLDTT', 'TTLDXS', 'TDP_VAN_HOA', 'XA_TIEU_BIEU', 'CO_THI_DUA_TINH'].includes(code) ? unit() : person();
    const r = evaluateEligibility(input(code, { nominee }), city);
    const text = [r.summary, ...r.rules.flatMap((x) => [x.label, x.reason])].join('\n');
    expect(text).not.toMatch(/tỉnh/);
  });
});
