import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../src-renderer/data/audit';
import { evaluateYear } from '../../../src-renderer/data/eligibilityInputs';
import { RefusedError, ValidationError } from '../../../src-renderer/data/errors';
import { parseCsv } from '../../../src-renderer/data/imports/tabular';
import { nominationRepo } from '../../../src-renderer/data/nominations';
import { mergePeople } from '../../../src-renderer/data/duplicates';
import { blockRepo, personRepo } from '../../../src-renderer/data/registers';
import {
  attachFile, attachedFileBytes, importRegistrationEntries, pledgeRepo, previewRegistrationEntries, registrationOf, registrationRepo,
} from '../../../src-renderer/data/registrations';
import { criteriaSetRepo } from '../../../src-renderer/data/scoring';
import { addPerson, addUnit, freshDb, snapshot } from './helpers';

const csv = (lines: string[]) => parseCsv(lines.join('\n'));

describe('registrations of units (đăng ký thi đua)', () => {
  it('keeps one registration per unit and year, and states need their day or reason', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    await registrationRepo.create(db, { unitId: unit.id, year: 2026 });
    await expect(registrationRepo.create(db, { unitId: unit.id, year: 2026 })).rejects.toThrow('Tổ dân phố 1 đã có bản đăng ký thi đua năm 2026.');
    await expect(registrationRepo.create(db, { unitId: unit.id, year: 2027, state: 'returned' })).rejects.toThrow('Trả lại bản đăng ký phải ghi lý do.');
    await expect(registrationRepo.create(db, { unitId: unit.id, year: 2027, state: 'received' })).rejects.toBeInstanceOf(ValidationError);
    const ok = await registrationRepo.create(db, { unitId: unit.id, year: 2027, state: 'received', receivedOn: '2027-03-20' });
    expect(await registrationOf(db, unit.id, 2027)).toMatchObject({ id: ok.id, state: 'received' });
  });

  it('reads a unit’s list, matches people of the unit, and lists every bad row with its reason', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    const hoa = await addPerson(db, unit.id, 'Nguyễn Thị Hoà');
    const rows = await previewRegistrationEntries(db, unit.id, csv([
      'STT,Họ và tên / Tên tập thể,Danh hiệu đăng ký,Năm sinh',
      '1,Nguyễn Thị Hòa,Chiến sĩ thi đua cơ sở,1980',
      '2,Lê Văn Tâm,Lao động tiên tiến,',
      '3,Tổ dân phố 1,Tập thể lao động tiên tiến,',
      '4,,Lao động tiên tiến,',
      '5,Trần Văn Bình,Huân chương Lao động,',
      '6,Nguyễn Thị Hoà,CSTĐCS,1980',
      '7,Phạm Thị Lan,Lao động tiên tiến,năm ngoái',
    ]));
    expect(rows.slice(0, 3).map((r) => r.entry)).toEqual([
      { subjectKind: 'person', personId: hoa.id, name: 'Nguyễn Thị Hòa', titleCode: 'CSTDCS' },
      { subjectKind: 'person', personId: null, name: 'Lê Văn Tâm', titleCode: 'LDTT' },
      { subjectKind: 'collective', personId: null, name: 'Tổ dân phố 1', titleCode: 'TTLDTT' },
    ]);
    expect(rows[1].warnings).toEqual(['Chưa có “Lê Văn Tâm” trong danh sách cá nhân của đơn vị; chỉ lưu họ tên.']);
    expect(rows.slice(3).map((r) => [r.line, r.errors])).toEqual([
      [5, ['Thiếu họ và tên / tên tập thể.']],
      [6, ['Danh hiệu “Huân chương Lao động” không rõ.']],
      [7, ['Trùng với một dòng phía trên (cùng tên, cùng danh hiệu).']],
      [8, ['Năm sinh “năm ngoái” không hợp lệ.']],
    ]);
  });

  it('refuses a file without the needed columns', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    await expect(previewRegistrationEntries(db, unit.id, csv(['Tên,Ghi chú', 'A,B']))).rejects.toThrow('Tệp thiếu cột “Danh hiệu đăng ký”.');
  });

  it('a file with bad rows changes nothing; a good one creates the registration, then adds to it, audited as an import', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    const bad = await previewRegistrationEntries(db, unit.id, csv(['Họ và tên,Danh hiệu', 'Lê Văn Tâm,Lao động tiên tiến', 'Trần Văn Bình,Không rõ']));
    const before = await snapshot(db);
    await expect(importRegistrationEntries(db, unit.id, 2026, bad, 'dang-ky.csv')).rejects.toThrow(RefusedError);
    await expect(importRegistrationEntries(db, unit.id, 2026, bad, 'dang-ky.csv')).rejects.toThrow('Tệp còn 1 dòng lỗi (dòng 3); chưa lưu gì.');
    expect(await snapshot(db)).toEqual(before);

    const first = await importRegistrationEntries(db, unit.id, 2026, await previewRegistrationEntries(db, unit.id, csv(['Họ và tên,Danh hiệu', 'Lê Văn Tâm,Lao động tiên tiến'])), 'a.csv');
    const second = await importRegistrationEntries(db, unit.id, 2026, await previewRegistrationEntries(db, unit.id, csv(['Họ và tên,Danh hiệu', 'Lê Văn Tâm,Lao động tiên tiến', 'Phạm Thị Lan,Lao động tiên tiến'])), 'b.csv');
    expect(second.id).toBe(first.id);
    expect(second.entries.map((e) => e.name)).toEqual(['Lê Văn Tâm', 'Phạm Thị Lan']);
    const audit = await auditOf(db, 'registrations', first.id);
    expect(audit.map((a) => a.note)).toEqual(expect.arrayContaining(['Nhập danh sách đăng ký từ tệp “a.csv” (1 dòng).', 'Nhập danh sách đăng ký từ tệp “b.csv” (2 dòng).']));
  });

  it('keeps the unit meeting’s minutes as a checksummed file, and refuses an empty or oversized one', async () => {
    const bytes = new TextEncoder().encode('Biên bản họp đơn vị');
    const file = await attachFile(bytes, 'bien-ban.txt', 'text/plain');
    expect(file).toMatchObject({ name: 'bien-ban.txt', size: bytes.length });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(attachedFileBytes(file)).toEqual(bytes);
    await expect(attachFile(new Uint8Array(0), 'trong.pdf', 'application/pdf')).rejects.toThrow('Tệp “trong.pdf” trống.');
    await expect(attachFile(new Uint8Array(3_000_001), 'lon.pdf', 'application/pdf')).rejects.toThrow('lớn hơn 3 MB');
  });

  it('never changes an eligibility verdict: the year is evaluated the same with or without registrations', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    const person = await addPerson(db, unit.id);
    await nominationRepo.create(db, { nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'CSTDCS', proposingUnitId: unit.id });
    await nominationRepo.create(db, { nominee: { kind: 'unit', unitId: unit.id }, year: 2026, titleCode: 'TTLDTT', proposingUnitId: unit.id });
    const verdicts = async () => [...(await evaluateYear(db, 2026)).results.values()].map((r) => JSON.stringify(r));
    const without = await verdicts();
    await registrationRepo.create(db, {
      unitId: unit.id, year: 2026, state: 'received', receivedOn: '2026-03-20',
      entries: [{ subjectKind: 'person', personId: person.id, name: person.fullName, titleCode: 'CSTDCS' }],
    });
    expect(await verdicts()).toEqual(without);
  });
});

describe('a registration when two person records are merged', () => {
  it('follows the kept record', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    const kept = await addPerson(db, unit.id, 'Nguyễn Thị Hoà');
    const twin = await personRepo.create(db, { fullName: 'Nguyễn Thị Hòa', gender: 'female', birthYear: 1980, unitId: unit.id });
    await registrationRepo.create(db, { unitId: unit.id, year: 2026, entries: [{ subjectKind: 'person', personId: twin.id, name: twin.fullName, titleCode: 'LDTT' }] });
    await mergePeople(db, kept, twin);
    expect((await registrationOf(db, unit.id, 2026))?.entries[0].personId).toBe(kept.id);
  });
});

describe('giao ước thi đua of a block', () => {
  it('one per block and year, with a criteria set of the same year', async () => {
    const db = freshDb();
    const block = await blockRepo.create(db, { year: 2026, name: 'Khối Tổ dân phố' });
    const unit = await addUnit(db);
    const set2025 = await criteriaSetRepo.create(db, {
      blockId: block.id,
      definition: { name: 'Bộ tiêu chí 2025', year: 2025, bonusCap: null, deductionCap: null, coreSectionId: null, nodes: [{ id: 'a', label: 'Nhiệm vụ', kind: 'item', maxPoints: 10 }] },
    });
    await expect(pledgeRepo.create(db, { blockId: block.id, year: 2026, criteriaSetId: set2025.id })).rejects.toThrow('Bộ tiêu chí “Bộ tiêu chí 2025” là của năm 2025, không phải năm 2026.');
    await pledgeRepo.create(db, { blockId: block.id, year: 2026, signedOn: '2026-03-28', signingUnitIds: [unit.id], content: 'Thi đua hoàn thành chỉ tiêu.' });
    await expect(pledgeRepo.create(db, { blockId: block.id, year: 2026 })).rejects.toThrow('Khối Tổ dân phố đã có giao ước thi đua năm 2026.');
    await expect(pledgeRepo.create(db, { blockId: block.id, year: 2027, signingUnitIds: ['khong-co'] })).rejects.toBeInstanceOf(ValidationError);
  });
});
