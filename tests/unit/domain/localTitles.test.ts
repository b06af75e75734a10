import { describe, expect, it } from 'vitest';
import { decideBallot, requiresBallot } from '../../../src-renderer/domain/council';
import { upwardDeadlineFor, upwardDeadlines } from '../../../src-renderer/domain/deadlines';
import { checkDossier, dossierPartsFor } from '../../../src-renderer/domain/dossier';
import { evaluateEligibility, evaluateYearQuotas, type EligibilityInput } from '../../../src-renderer/domain/eligibility';
import { awardCodes, awardTitleInfo, titleCatalogue } from '../../../src-renderer/domain/titles';
import { evaluateLocalTitle, type LocalNominee } from '../../../src-renderer/domain/localTitles';
import { rewardAmount } from '../../../src-renderer/domain/money';
import type { LocalTitleInForce } from '../../../src-renderer/domain/provincePack';
import { DEFAULT_SETTINGS, type WardSettings } from '../../../src-renderer/domain/settings';
import type { SubjectKind } from '../../../src-renderer/domain/vocabulary';

/** A city's own title: 90 % of the WHOLE council, barred from "khiển trách" up, 0,3 × lương cơ sở. */
const title: LocalTitleInForce = {
  id: 'guong-mat-tieu-bieu', label: 'Gương mặt tiêu biểu của phường', shortLabel: 'GMTB', subjectKinds: ['person'], conferredBy: 'ward',
  prerequisites: ['LDTT'], voteThresholdPercent: 90, voteBase: 'totalMembers', secretBallot: true, disciplineBar: 'khien_trach',
  capPerYear: 2, oncePerLifetime: true, posthumous: false, coefficient: { person: 0.3 }, certificate: true, fromGoodDeeds: false,
  deadline: null, citation: 'Đ12', reference: 'QĐ 5/2025/QĐ-UBND Đ12',
};
const clean: LocalNominee = { kind: 'person', disciplineThisYear: null, diedOn: null, titlesHeld: ['LDTT'], timesReceived: 0 };
const context = { year: 2026, awardedThisYear: 0 };
const code = 'local:guong-mat-tieu-bieu' as const;
const withTitle = (t: LocalTitleInForce = title): WardSettings => ({ ...DEFAULT_SETTINGS, localTitles: [t] });
const reward = (kind: SubjectKind, date: string) => rewardAmount({ titleCode: code, subjectKind: kind, decisionDate: date }, withTitle());

describe('a province pack\'s own title, read by the engine (issue 20 item 2)', () => {
  it('passes a clean nominee and cites the pack\'s own article', () => {
    const check = evaluateLocalTitle(title, clean, context);
    expect(check.verdict).toBe('pass');
    expect(check.rules.every((r) => r.reference === 'QĐ 5/2025/QĐ-UBND Đ12')).toBe(true);
  });

  it('refuses for discipline at the bar ("khiển trách" and above)', () => {
    const check = evaluateLocalTitle(title, { ...clean, disciplineThisYear: 'khien_trach' }, context);
    expect(check.verdict).toBe('fail');
    expect(check.summary).toMatch(/Bị kỷ luật khiển trách trong năm 2026; .*không xét khi bị kỷ luật từ khiển trách trở lên/);
  });

  it.each([
    ['a missing prerequisite', { titlesHeld: [] }, 0, /Chưa đạt “Lao động tiên tiến”/],
    ['a second award of a once-only title', { timesReceived: 1 }, 0, /chỉ tặng một lần/],
    ['a deceased nominee of a title not conferred posthumously', { diedOn: '2026-03-05' }, 0, /Đã mất ngày 05\/03\/2026; “Gương mặt tiêu biểu của phường” không truy tặng/],
    ['the yearly cap reached', {}, 2, /đã đủ 2/],
    ['a collective for a person-only title', { kind: 'unit' as const }, 0, /chỉ xét tặng cho cá nhân/],
  ])('refuses %s', (_name, change, awarded, reason) => {
    const check = evaluateLocalTitle(title, { ...clean, ...change }, { ...context, awardedThisYear: awarded });
    expect(check.verdict).toBe('fail');
    expect(check.summary).toMatch(reason);
  });

  it('names a missing national prerequisite as the ward names it (a city: “Chiến sĩ thi đua thành phố”)', () => {
    const needsCstd = { ...title, prerequisites: ['CSTD_TINH' as const] };
    const city = { provinceKind: 'city' as const, wardWord: 'phường' as const };
    expect(evaluateLocalTitle(needsCstd, { ...clean, titlesHeld: [] }, { ...context, naming: city }).summary).toMatch(/Chưa đạt “Chiến sĩ thi đua thành phố”/);
    expect(evaluateLocalTitle(needsCstd, { ...clean, titlesHeld: [] }, context).summary).toMatch(/Chưa đạt “Chiến sĩ thi đua cấp tỉnh”/);
  });

  it('6 of 7 (85,71 %) is not enough at 90 % of the whole council; 7 of 7 passes', () => {
    const council = { totalMembers: 7, presentMembers: 7 };
    const six = decideBallot({ nomineeId: 'a', agree: 6, disagree: 1, invalid: 0 }, council, code, withTitle());
    expect(six.passed).toBe(false);
    expect(six.agreePercentText).toBe('85,71 %');
    expect(six.agreeNeeded).toBe(7);
    expect(six.reference).toBe('QĐ 5/2025/QĐ-UBND Đ12');
    const seven = decideBallot({ nomineeId: 'a', agree: 7, disagree: 0, invalid: 0 }, council, code, withTitle());
    expect(seven.passed).toBe(true);
    // The base is the whole council: 6 agree of 6 present is still 6/7.
    const absent = decideBallot({ nomineeId: 'a', agree: 6, disagree: 0, invalid: 0 }, { totalMembers: 7, presentMembers: 6 }, code, withTitle());
    expect(absent.passed).toBe(false);
  });

  it('a title without a threshold passes on a simple majority of its base', () => {
    const majority = { ...title, voteThresholdPercent: null, voteBase: 'presentMembers' as const };
    expect(decideBallot({ nomineeId: 'a', agree: 4, disagree: 3, invalid: 0 }, { totalMembers: 9, presentMembers: 7 }, code, withTitle(majority)).passed).toBe(true);
    expect(decideBallot({ nomineeId: 'a', agree: 3, disagree: 3, invalid: 0 }, { totalMembers: 9, presentMembers: 6 }, code, withTitle(majority)).passed).toBe(false);
  });

  it('pays the pack\'s coefficient × the base salary on the decision date, rounded up to 10.000 đ', () => {
    expect(reward('person', '2026-12-20')).toMatchObject({ coefficient: 0.3, baseSalary: 2_530_000, amount: 760_000 });
    expect(reward('person', '2025-12-20')?.amount).toBe(710_000);
    expect(reward('unit', '2026-12-20')).toBeNull();
    // A code no longer in the pack pays nothing and never passes a vote.
    expect(rewardAmount({ titleCode: 'local:bo-di', subjectKind: 'person', decisionDate: '2026-12-20' }, withTitle())).toBeNull();
    expect(decideBallot({ nomineeId: 'a', agree: 7, disagree: 0, invalid: 0 }, { totalMembers: 7, presentMembers: 7 }, 'local:bo-di', withTitle()).passed).toBe(false);
  });
});

describe('a local title wherever a national code goes (issue 20)', () => {
  const person = { kind: 'person' as const, gender: 'female' as const, isPublicServant: true, taskRating: 'HTTNV' as const, ratingHistory: [], disciplineThisYear: null };
  const input = (over: Partial<EligibilityInput> = {}): EligibilityInput => ({
    nominee: person, year: 2026, titleCode: code, awardKind: 'cong_trang', history: [{ year: 2025, titleCode: 'LDTT', awardKind: 'cong_trang' }],
    judgements: [], initiatives: [], holds: [], otherNominations: [], ...over,
  });

  it('is evaluated by the pack\'s rules, its own discipline bar replacing the national one', () => {
    const result = evaluateEligibility(input({ nominee: { ...person, disciplineThisYear: 'khien_trach' } }), withTitle());
    expect(result.verdict).toBe('fail');
    expect(result.rules.map((r) => r.id)).toContain('local.discipline');
    expect(result.rules.map((r) => r.id)).not.toContain('person.discipline');
    expect(result.summary).toMatch(/^Chưa đủ điều kiện đề nghị “Gương mặt tiêu biểu của phường” năm 2026/);
    expect(evaluateEligibility(input(), withTitle())).toMatchObject({ verdict: 'pass', requiresBallot: true });
    // Once per lifetime reads the award history; the yearly cap reads the ward's count.
    const held = input({ history: [{ year: 2024, titleCode: code, label: 'Gương mặt tiêu biểu của phường', awardKind: 'cong_trang' }, { year: 2025, titleCode: 'LDTT', awardKind: 'cong_trang' }] });
    expect(evaluateEligibility(held, withTitle()).rules.find((r) => r.id === 'local.once')?.verdict).toBe('fail');
    expect(evaluateEligibility(input({ awardedThisYear: 2 }), withTitle()).rules.find((r) => r.id === 'local.cap')?.verdict).toBe('fail');
  });

  it('refuses a deceased person (the register\'s ngày mất) for a title the pack does not award posthumously, citing the pack', () => {
    const deceased = input({ nominee: { ...person, diedOn: '2026-03-05' } });
    const result = evaluateEligibility(deceased, withTitle());
    expect(result.verdict).toBe('fail');
    expect(result.rules.find((r) => r.id === 'local.posthumous')).toMatchObject({
      verdict: 'fail', reason: 'Đã mất ngày 05/03/2026; “Gương mặt tiêu biểu của phường” không truy tặng.', reference: 'QĐ 5/2025/QĐ-UBND Đ12',
    });
    // A title the pack awards posthumously, and a check made before the death, do not refuse.
    expect(evaluateEligibility(deceased, withTitle({ ...title, posthumous: true })).verdict).toBe('pass');
    expect(evaluateEligibility({ ...deceased, asOf: '2026-03-04' }, withTitle()).verdict).toBe('pass');
    // The law as the domain brief states it sets no posthumous bar on the national titles.
    const national = evaluateEligibility({ ...deceased, titleCode: 'LDTT', judgements: [] }, DEFAULT_SETTINGS);
    expect(national.rules.some((r) => /truy tặng|Đã mất/.test(r.reason))).toBe(false);
  });

  it('is refused when the pack in force no longer has it', () => {
    const result = evaluateEligibility(input(), DEFAULT_SETTINGS);
    expect(result.verdict).toBe('fail');
    expect(result.rules[0]).toMatchObject({ id: 'local.missing', verdict: 'fail' });
  });

  it('is named, decided and filed as the pack says; a withdrawn code still reads by its id', () => {
    const catalogue = titleCatalogue({ provinceKind: 'city', wardWord: 'phường' as const }, [title, { ...title, id: 'len-tren', conferredBy: 'upward' }]);
    expect(Object.keys(catalogue).slice(-2)).toEqual([code, 'local:len-tren']);
    expect(catalogue[code]).toMatchObject({ label: 'Gương mặt tiêu biểu của phường', level: 'ward', decider: 'Chủ tịch Ủy ban nhân dân cấp xã', requiresBallot: true, reference: 'QĐ 5/2025/QĐ-UBND Đ12' });
    expect(catalogue['local:len-tren'].decider).toBe('Chủ tịch Ủy ban nhân dân thành phố');
    expect(catalogue['local:bo-di']).toMatchObject({ shortLabel: 'bo-di', subjectKinds: [] });
    expect(awardTitleInfo('local:bo-di').label).toMatch(/không còn trong quy định/);
    expect(awardCodes(withTitle()).at(-1)).toBe(code);
    expect(requiresBallot(code, withTitle())).toBe(true);
    expect(requiresBallot(code)).toBe(false);
    // Its dossier is the national form's at its level: Giấy khen (ward) or Bằng khen (upward).
    expect(dossierPartsFor(code, withTitle())).toEqual(DEFAULT_SETTINGS.dossierChecklists.GIAY_KHEN);
    expect(dossierPartsFor(code, withTitle({ ...title, conferredBy: 'upward' }))).toEqual(DEFAULT_SETTINGS.dossierChecklists.BANG_KHEN_TINH);
    expect(checkDossier(code, [], withTitle()).complete).toBe(false);
  });

  it('counts against its yearly cap across the ward, those past the vote keeping their place', () => {
    const n = (id: string, passedCouncil = false) => ({ id, nomineeId: id, nomineeName: id, titleCode: code, awardKind: 'cong_trang' as const, womenPriority: id === 'c', passedCouncil });
    const [cap] = evaluateYearQuotas([n('a'), n('b', true), n('c'), n('d')], withTitle()).filter((q) => q.id.startsWith('quota.local'));
    expect(cap).toMatchObject({ verdict: 'fail', reference: 'QĐ 5/2025/QĐ-UBND Đ12', nominationIds: ['a', 'd'] });
    expect(cap.reason).toMatch(/vượt mức tối đa 2 mỗi năm của phường; cần bớt 2/);
    const [ok] = evaluateYearQuotas([n('a')], withTitle()).filter((q) => q.id.startsWith('quota.local'));
    expect(ok.verdict).toBe('pass');
  });
});

describe('upward deadlines per title from the pack (issue 20)', () => {
  const upward = { ...title, id: 'len-tren', conferredBy: 'upward' as const, deadline: '11-15' };
  const rules: WardSettings = { ...DEFAULT_SETTINGS, upwardDeadline: '12-10', titleDeadlines: { BANG_KHEN_TINH: '11-30', TTLDXS: '12-10' }, localTitles: [title, upward] };

  it('reads a title\'s own day, else the annual one', () => {
    expect(upwardDeadlineFor('BANG_KHEN_TINH', rules)).toBe('11-30');
    expect(upwardDeadlineFor('CSTD_TINH', rules)).toBe('12-10');
    expect(upwardDeadlineFor('local:len-tren', rules)).toBe('11-15');
    expect(upwardDeadlineFor(code, rules)).toBe('12-10');
  });

  it('lists the annual day, then each own day with its upward titles, earliest first', () => {
    expect(upwardDeadlines(rules)).toEqual([
      { monthDay: '12-10', codes: [] },
      { monthDay: '11-15', codes: ['local:len-tren'] },
      { monthDay: '11-30', codes: ['BANG_KHEN_TINH'] },
    ]);
    expect(upwardDeadlines(DEFAULT_SETTINGS)).toEqual([{ monthDay: DEFAULT_SETTINGS.upwardDeadline, codes: [] }]);
  });
});
