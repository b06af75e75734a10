import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../src-renderer/data/audit';
import { acceptExchange, exportExchange, previewExchange } from '../../../src-renderer/data/exchange';
import { FileRejectedError } from '../../../src-renderer/data/fileFormat';
import { goodDeedRepo } from '../../../src-renderer/data/goodDeeds';
import { nominationRepo } from '../../../src-renderer/data/nominations';
import { personRepo } from '../../../src-renderer/data/registers';
import { addUnit, freshDb, snapshot } from './helpers';

/** The unit's PC: its own small register and three nominations. */
async function unitPc() {
  const db = freshDb();
  const unit = await addUnit(db, 'Tổ dân phố 3');
  const known = await personRepo.create(db, { fullName: 'Nguyễn Thị Hoà', gender: 'female', birthYear: 1980, unitId: unit.id });
  const newcomer = await personRepo.create(db, { fullName: 'Phan Văn Lộc', gender: 'male', birthYear: 1990, unitId: unit.id });
  const base = { year: 2026, proposingUnitId: unit.id, achievementSummary: 'Tích cực.' };
  await nominationRepo.create(db, { ...base, nominee: { kind: 'person', personId: known.id }, titleCode: 'LDTT' });
  await nominationRepo.create(db, { ...base, nominee: { kind: 'person', personId: newcomer.id }, titleCode: 'LDTT' });
  await nominationRepo.create(db, { ...base, nominee: { kind: 'household', name: 'Hộ ông Trần Văn Ba', address: 'Tổ dân phố 3' }, titleCode: 'GIA_DINH_VAN_HOA' });
  return { db, unit };
}

/** The ward: the same unit and person under other ids, spelled with the other tone placement. */
async function wardPc() {
  const db = freshDb();
  const unit = await addUnit(db, 'Tổ dân phố 3');
  const person = await personRepo.create(db, { fullName: 'Nguyễn Thị Hòa', gender: 'female', birthYear: 1980, unitId: unit.id });
  await nominationRepo.create(db, { nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id });
  return { db, unit, person };
}

describe('exchange packages', () => {
  it('previews new, duplicate and invalid records, then accepts the new ones in one step', async () => {
    const source = await unitPc();
    const bytes = await exportExchange(source.db, { unitId: source.unit.id, kind: 'nominations', year: 2026 });
    const ward = await wardPc();
    const before = await snapshot(ward.db);
    const preview = await previewExchange(ward.db, bytes);
    expect(await snapshot(ward.db)).toEqual(before);
    expect(preview.unitName).toBe('Tổ dân phố 3');
    expect(preview.duplicates.map((d) => d.label)).toEqual(['Nguyễn Thị Hoà']);
    expect(preview.fresh.map((d) => d.label).sort()).toEqual(['Hộ ông Trần Văn Ba', 'Phan Văn Lộc']);
    expect(preview.fresh.find((d) => d.label === 'Phan Văn Lộc')?.newPerson?.fullName).toBe('Phan Văn Lộc');
    expect(preview.invalid).toEqual([]);

    expect(await acceptExchange(ward.db, preview)).toBe(2);
    expect(await ward.db.nominations.count()).toBe(3);
    const loc = await ward.db.people.where('searchKey').equals('phan van loc').first();
    expect(loc?.unitId).toBe(ward.unit.id);
    const nomination = await ward.db.nominations.where('nomineeKey').equals(`p:${loc!.id}`).first();
    expect(nomination?.proposingUnitId).toBe(ward.unit.id);
    expect((await auditOf(ward.db, 'nominations', nomination!.id))[0]).toMatchObject({ action: 'import' });
    // Importing the same file again: everything is now a duplicate.
    const again = await previewExchange(ward.db, bytes);
    expect(again.fresh).toEqual([]);
    expect(again.duplicates).toHaveLength(3);
  });

  it('marks records whose unit the ward does not know, or whose fields are wrong, as invalid', async () => {
    const source = await unitPc();
    const bytes = await exportExchange(source.db, { unitId: source.unit.id, kind: 'nominations', year: 2026 });
    const other = freshDb();
    await addUnit(other, 'Tổ dân phố 99');
    const preview = await previewExchange(other, bytes);
    expect(preview.invalid).toHaveLength(3);
    expect(preview.invalid[0].issues[0]).toContain('chưa có trong danh mục');

    const file = JSON.parse(new TextDecoder().decode(bytes));
    file.records[0].titleCode = 'KHONG_CO';
    const { canonicalJson, sha256Hex } = await import('../../../src-renderer/data/fileFormat');
    const { checksum: _c, ...content } = file;
    const tampered = JSON.stringify({ ...content, checksum: await sha256Hex(canonicalJson(content)) });
    const ward = await wardPc();
    const result = await previewExchange(ward.db, tampered);
    expect(result.invalid.map((i) => i.line)).toEqual([1]);
    expect(result.invalid[0].issues).toEqual(['Danh hiệu/hình thức không hợp lệ.']);
  });

  it('marks a nomination year beyond next year, or a nominee born in the future, as invalid', async () => {
    const source = await unitPc();
    const bytes = await exportExchange(source.db, { unitId: source.unit.id, kind: 'nominations', year: 2026 });
    const next = new Date().getFullYear() + 1;
    const file = JSON.parse(new TextDecoder().decode(bytes));
    // The household's nomination, so the newcomer's own record still reaches the birth-year check.
    file.records.find((r: { nominee: { kind: string } }) => r.nominee.kind === 'household').year = next + 1;
    const newcomer = file.people.find((p: { fullName: string }) => p.fullName === 'Phan Văn Lộc');
    newcomer.birthYear = 2999;
    const { canonicalJson, sha256Hex } = await import('../../../src-renderer/data/fileFormat');
    const { checksum: _c, ...content } = file;
    const tampered = JSON.stringify({ ...content, checksum: await sha256Hex(canonicalJson(content)) });
    const ward = await wardPc();
    const result = await previewExchange(ward.db, tampered);
    expect(result.invalid.flatMap((i) => i.issues).sort()).toEqual([
      `Năm sinh 2999 không hợp lệ (muộn hơn năm ${next}).`,
      `Năm đề nghị ${next + 1} không hợp lệ (muộn hơn năm ${next}).`,
    ]);
  });

  it('rolls back everything when a later record fails on accept', async () => {
    const source = await unitPc();
    const ward = await wardPc();
    const preview = await previewExchange(ward.db, await exportExchange(source.db, { unitId: source.unit.id, kind: 'nominations', year: 2026 }));
    preview.fresh.sort((a, b) => Number(Boolean(b.newPerson)) - Number(Boolean(a.newPerson)));
    expect(preview.fresh.map((f) => f.label)).toEqual(['Phan Văn Lộc', 'Hộ ông Trần Văn Ba']);
    // Between preview and accept someone enters the household by hand: the second item now fails.
    await nominationRepo.create(ward.db, {
      nominee: { kind: 'household', name: 'Hộ ông Trần Văn Ba', address: 'Tổ dân phố 3' }, year: 2026, titleCode: 'GIA_DINH_VAN_HOA', proposingUnitId: ward.unit.id,
    });
    const before = await snapshot(ward.db);
    await expect(acceptExchange(ward.db, preview)).rejects.toThrow('đã có đề nghị');
    expect(await snapshot(ward.db)).toEqual(before);
    expect(await ward.db.people.where('searchKey').equals('phan van loc').count()).toBe(0);
  });

  it('carries good-deed reports of a month and detects a report sent twice', async () => {
    const source = freshDb();
    const unit = await addUnit(source, 'Hội Liên hiệp Phụ nữ phường');
    const deed = { month: '2026-04', unitId: unit.id, subjectKind: 'person' as const, field: 'Nhân đạo', deed: 'Giúp đỡ hộ nghèo.', submittedAt: '2026-04-10' };
    await goodDeedRepo.create(source, { ...deed, subjectName: 'Võ Thị Lan' });
    await goodDeedRepo.create(source, { ...deed, subjectName: 'Đỗ Văn Nam' });
    await goodDeedRepo.create(source, { ...deed, month: '2026-05', subjectName: 'Ngoài tháng' });
    const bytes = await exportExchange(source, { unitId: unit.id, kind: 'goodDeeds', month: '2026-04' });
    const ward = freshDb();
    const wardUnit = await addUnit(ward, 'Hội Liên hiệp Phụ nữ phường');
    await goodDeedRepo.create(ward, { ...deed, unitId: wardUnit.id, subjectName: 'Võ Thị Lan' });
    const preview = await previewExchange(ward, bytes);
    expect(preview).toMatchObject({ kind: 'goodDeeds', year: null, month: '2026-04' });
    expect(preview.duplicates.map((d) => d.label)).toEqual(['Võ Thị Lan']);
    expect(preview.fresh.map((d) => d.label)).toEqual(['Đỗ Văn Nam']);
    await acceptExchange(ward, preview);
    expect((await ward.goodDeeds.toArray()).map((d) => [d.subjectName, d.unitId, d.status])).toEqual(
      expect.arrayContaining([['Đỗ Văn Nam', wardUnit.id, 'submitted']]),
    );
  });

  it('refuses a file that is not an exchange package or was altered', async () => {
    const source = await unitPc();
    const ward = await wardPc();
    const bytes = await exportExchange(source.db, { unitId: source.unit.id, kind: 'nominations', year: 2026 });
    const altered = new TextDecoder().decode(bytes).replace('Tích cực.', 'Xuất sắc.');
    await expect(previewExchange(ward.db, altered)).rejects.toMatchObject({ code: 'checksum' });
    await expect(previewExchange(ward.db, '{"format":"thidua-backup"}')).rejects.toBeInstanceOf(FileRejectedError);
    await expect(previewExchange(ward.db, '{"__proto__":{}}')).rejects.toMatchObject({ code: 'hostile' });
  });
});
