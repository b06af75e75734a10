import { describe, expect, it } from 'vitest';
import { signIn } from '../../../src-renderer/data/currentUser';
import { ValidationError } from '../../../src-renderer/data/errors';
import {
  applyProvincePack, packFileName, packFromProfile, packReplacement, readProvincePack, removeProvincePack,
} from '../../../src-renderer/data/provincePack';
import { BAC_NINH_PACK, KHANH_HOA_PACK, SHIPPED_PACKS } from '../../../src-renderer/data/provincePacks';
import { effectiveSettings, getWardProfile, saveWardProfile } from '../../../src-renderer/data/registers';
import { validateProvincePack } from '../../../src-renderer/data/schemas';
import { checkQuorum } from '../../../src-renderer/domain/council';
import { upwardDeadlineFor } from '../../../src-renderer/domain/deadlines';
import { describePackChanges, settingsWithPack, type LocalTitle, type ProvincePack } from '../../../src-renderer/domain/provincePack';
import { DEFAULT_SETTINGS } from '../../../src-renderer/domain/settings';
import { freshDb } from './helpers';

const ward = {
  name: 'Phường Một', headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG MỘT', councilName: 'Hội đồng Thi đua - Khen thưởng phường Một',
  placeName: 'Một', province: '', upperLevel: { preset: 'province' as const }, chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' }, standingMember: {},
};

const localTitle: LocalTitle = {
  id: 'nguoi-tot-viec-tot', label: 'Người tốt, việc tốt', shortLabel: 'NTVT', subjectKinds: ['person'], conferredBy: 'ward',
  prerequisites: [], voteThresholdPercent: 90, voteBase: 'totalMembers', secretBallot: true, disciplineBar: 'khien_trach',
  capPerYear: 10, oncePerLifetime: false, posthumous: false, coefficient: { person: 0.3 }, certificate: true, fromGoodDeeds: true,
  deadline: null, citation: 'Đ12',
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

async function setUp() {
  const db = freshDb();
  signIn('Cán bộ VH-XH', 'standing');
  await saveWardProfile(db, ward);
  return db;
}

describe('shipped province packs (issue 20 item 3)', () => {
  it('are valid by the import schema, cite their own regulation, and mark Khánh Hòa to be checked', () => {
    for (const pack of SHIPPED_PACKS) expect(validateProvincePack(pack)).toMatchObject({ ok: true });
    expect(KHANH_HOA_PACK.regulation).toMatchObject({ number: '9/2024/QĐ-UBND', date: '2024-05-09' });
    expect(KHANH_HOA_PACK.verificationNote).toMatch(/đối chiếu/);
    expect(BAC_NINH_PACK.regulation).toMatchObject({ number: '86/2025/QĐ-UBND', date: '2025-12-03' });
    expect(JSON.stringify(KHANH_HOA_PACK)).not.toMatch(/Bắc Ninh|86\/2025/);
  });

  it('a new ward has national defaults and neutral citations until a pack is chosen', async () => {
    const db = await setUp();
    const settings = effectiveSettings(await getWardProfile(db));
    expect(settings.ruleReferences).toEqual({});
    expect(checkQuorum({ totalMembers: 9, presentMembers: 6 }, settings).reference).toBe('Quy chế làm việc của Hội đồng');
  });

  it('Khánh Hòa keeps today\'s rules; Bắc Ninh brings its own, each cited from its own regulation', async () => {
    const db = await setUp();
    await applyProvincePack(db, KHANH_HOA_PACK);
    const kh = effectiveSettings(await getWardProfile(db));
    const { ruleReferences: _r, naming: _n, ...khRules } = kh;
    const { ruleReferences: _d, naming: _m, ...defaults } = DEFAULT_SETTINGS;
    expect(khRules).toEqual(defaults);
    expect(JSON.stringify(kh.ruleReferences)).not.toMatch(/86\/2025/);
    const profile = await getWardProfile(db);
    expect(profile?.provinceRegulation?.number).toBe('9/2024/QĐ-UBND');
    expect(profile?.upperLevel.authorityTitle).toBe('Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa');

    await applyProvincePack(db, BAC_NINH_PACK);
    const bn = effectiveSettings(await getWardProfile(db));
    expect(bn.awardSessionQuorumPercent).toBe(80);
    expect(checkQuorum({ totalMembers: 10, presentMembers: 7 }, bn).reference).toBe('QĐ 86/2025/QĐ-UBND Đ8.4');
    expect(checkQuorum({ totalMembers: 10, presentMembers: 7 }, bn).met).toBe(false);
  });

  it('removing the pack goes back to the national defaults', async () => {
    const db = await setUp();
    await applyProvincePack(db, BAC_NINH_PACK);
    await removeProvincePack(db);
    const profile = await getWardProfile(db);
    expect(profile?.provincePack).toBeUndefined();
    expect(effectiveSettings(profile).awardSessionQuorumPercent).toBeNull();
  });

  it('keeps the pack when the profile form saves the rest of the profile', async () => {
    const db = await setUp();
    await applyProvincePack(db, BAC_NINH_PACK);
    await saveWardProfile(db, { ...ward, province: 'Bắc Ninh', chairman: { name: 'Người Khác', title: 'Chủ tịch' } });
    expect((await getWardProfile(db))?.provincePack?.province.name).toBe('Bắc Ninh');
  });
});

describe('hostile packs are refused whole, with every reason in Vietnamese, and nothing changes (issue 20 proofs)', () => {
  const cases: [string, (p: ProvincePack & Record<string, unknown>) => void, RegExp][] = [
    ['an unknown rule', (p) => { (p.settings as Record<string, unknown>).secretRule = 1; }, /không hiểu.*secretRule/],
    ['a threshold over 100', (p) => { p.settings.ballotThresholdPercent = { CSTDCS: 120 }; }, /không được quá 100/],
    ['a local title without its citation', (p) => { const t = clone(localTitle) as Partial<LocalTitle>; delete t.citation; p.localTitles = [t as LocalTitle]; }, /Danh hiệu riêng thứ 1.*Thiếu mục “citation”/],
    ['a wrong format version', (p) => { (p as Record<string, unknown>).formatVersion = 2; }, /định dạng phiên bản 1/],
    ['a quorum above the whole council', (p) => { p.settings.quorumNumerator = 4; p.settings.quorumDenominator = 3; }, /không lớn hơn 1/],
    ['an unknown title code', (p) => { p.titleDeadlines = { ABC: '12-10' } as never; }, /.+/],
  ];

  it.each(cases)('refuses %s', async (_name, spoil, reason) => {
    const db = await setUp();
    await applyProvincePack(db, KHANH_HOA_PACK);
    const before = await getWardProfile(db);
    const bad = clone(BAC_NINH_PACK) as ProvincePack & Record<string, unknown>;
    spoil(bad);
    const read = readProvincePack(JSON.stringify(bad));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reasons.join('\n')).toMatch(reason);
    await expect(applyProvincePack(db, bad)).rejects.toBeInstanceOf(ValidationError);
    expect(await getWardProfile(db)).toEqual(before);
  });

  it('lists every reason at once, not only the first', () => {
    const bad = clone(BAC_NINH_PACK) as ProvincePack;
    bad.settings.ballotThresholdPercent = { CSTDCS: 150 };
    bad.settings.goodDeedsDueDay = 40;
    (bad.citations as Record<string, string>).unknownRule = 'Đ1';
    const read = readProvincePack(JSON.stringify(bad));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reasons.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses a file that is not JSON, or hostile JSON, in Vietnamese', () => {
    expect(readProvincePack('không phải json')).toMatchObject({ ok: false, reasons: [expect.stringMatching(/không đọc được/)] });
    expect(readProvincePack('{"__proto__": {"x": 1}}')).toMatchObject({ ok: false });
    expect(readProvincePack('{}')).toMatchObject({ ok: false });
  });
});

describe('a newer pack replaces an older one only after showing what changes', () => {
  it('lists the changes, refuses an older or identical revision', () => {
    const next = clone(BAC_NINH_PACK);
    next.revision = 2;
    next.settings.ballotThresholdPercent = { CSTDCS: 90 };
    next.localTitles = [localTitle];
    next.titleDeadlines = { BANG_KHEN_TINH: '11-30' };
    const change = packReplacement(BAC_NINH_PACK, next);
    expect(change.ok).toBe(true);
    if (change.ok) {
      const text = change.changes.join('\n');
      expect(text).toMatch(/lần 1 → lần 2/);
      expect(text).toMatch(/Ngưỡng phiếu bầu: CSTDCS: 80 → 90/);
      expect(text).toMatch(/Thêm danh hiệu, hình thức riêng: “Người tốt, việc tốt”.*90 % tổng số thành viên.*khiển trách.*0,3 lần/);
      expect(text).toMatch(/BANG_KHEN_TINH: không áp dụng → 11-30/);
    }
    expect(packReplacement(next, BAC_NINH_PACK)).toMatchObject({ ok: false, reasons: [expect.stringMatching(/cũ hơn/)] });
    expect(packReplacement(BAC_NINH_PACK, clone(BAC_NINH_PACK))).toMatchObject({ ok: false });
    expect(describePackChanges(undefined, KHANH_HOA_PACK)[0]).toMatch(/Khánh Hòa.*thay cho mặc định toàn quốc/);
    // The pack's per-title days reach the rules in force: Bằng khen on its own day, the rest on the annual one.
    const rules = settingsWithPack(next, {});
    expect(upwardDeadlineFor('BANG_KHEN_TINH', rules)).toBe('11-30');
    expect(upwardDeadlineFor('TTLDXS', rules)).toBe('12-10');
  });

  it('exports the ward\'s rules as the next revision, readable by another ward', async () => {
    const db = await setUp();
    const bare = (await getWardProfile(db))!;
    expect(() => packFromProfile(bare)).toThrow(/Hãy nhập quy chế/);
    await applyProvincePack(db, BAC_NINH_PACK);
    const profile = (await getWardProfile(db))!;
    await saveWardProfile(db, { ...ward, province: 'Bắc Ninh', provinceRegulation: profile.provinceRegulation, settingsOverrides: { goodDeedsDueDay: 10 } });
    const exported = packFromProfile((await getWardProfile(db))!, '2026-12-03');
    expect(exported.revision).toBe(2);
    expect(exported.settings.goodDeedsDueDay).toBe(10);
    expect(packFileName(exported)).toBe('goi-quy-dinh-bac-ninh-lan-2.json');
    const other = await setUp();
    const read = readProvincePack(JSON.stringify(exported));
    expect(read.ok).toBe(true);
    if (read.ok) await applyProvincePack(other, read.pack);
    expect(effectiveSettings(await getWardProfile(other)).goodDeedsDueDay).toBe(10);
  });
});
