import { describe, expect, it } from 'vitest';
import { exportExchange, previewExchange } from '../../../../src-renderer/data/exchange';
import type { ExchangeItem, ExchangePreview } from '../../../../src-renderer/data/exchange';
import { nominationRepo } from '../../../../src-renderer/data/nominations';
import { personRepo } from '../../../../src-renderer/data/registers';
import {
  acceptLabel, acceptSummary, exchangeFileName, exchangeRows, exportCountText, fileSlug, formatCreatedAt, itemContent, previewSummary,
} from '../../../../src-renderer/features/exchange/exchangeLogic';
import { addUnit, freshDb } from '../../data/helpers';

const deed: ExchangeItem = {
  line: 4,
  label: 'Võ Thị Lan',
  kind: 'goodDeeds',
  input: { month: '2026-04', unitId: 'u1', subjectKind: 'person', subjectName: 'Võ Thị Lan', field: 'Nhân đạo', deed: 'Giúp đỡ hộ nghèo.', submittedAt: '2026-04-10' },
  issues: [],
};

describe('file names', () => {
  it('names a package after its kind, unit and period, in plain ASCII', () => {
    expect(fileSlug('Tổ dân phố 3')).toBe('to-dan-pho-3');
    expect(fileSlug('Đoàn Thanh niên phường')).toBe('doan-thanh-nien-phuong');
    expect(fileSlug('“Ban” / Ngành ')).toBe('ban-nganh');
    expect(fileSlug('???')).toBe('don-vi');
    expect(exchangeFileName('nominations', 'Tổ dân phố 3', 2026)).toBe('trao-doi-de-nghi-to-dan-pho-3-2026.json');
    expect(exchangeFileName('goodDeeds', 'Hội Liên hiệp Phụ nữ phường', '2026-04')).toBe('trao-doi-nguoi-tot-viec-tot-hoi-lien-hiep-phu-nu-phuong-2026-04.json');
  });

  it('says what a package would carry before it is saved', () => {
    expect(exportCountText('nominations', 12, 'Tổ dân phố 3', 2026)).toBe('Gói sẽ gồm 12 đề nghị năm 2026 của Tổ dân phố 3.');
    expect(exportCountText('goodDeeds', 0, 'Tổ dân phố 3', '2026-04')).toBe('Tổ dân phố 3 chưa có báo cáo nào tháng 04/2026.');
  });
});

describe('the three lists of a package', () => {
  it('shows new, duplicate and invalid lines of a real package, with the matched record and the person to register', async () => {
    const source = freshDb();
    const unit = await addUnit(source, 'Tổ dân phố 3');
    const hoa = await personRepo.create(source, { fullName: 'Nguyễn Thị Hoà', gender: 'female', birthYear: 1980, unitId: unit.id });
    const loc = await personRepo.create(source, { fullName: 'Phan Văn Lộc', gender: 'male', birthYear: 1990, unitId: unit.id });
    const base = { year: 2026, proposingUnitId: unit.id, titleCode: 'LDTT' as const };
    await nominationRepo.create(source, { ...base, nominee: { kind: 'person', personId: hoa.id } });
    await nominationRepo.create(source, { ...base, nominee: { kind: 'person', personId: loc.id } });
    await nominationRepo.create(source, { ...base, nominee: { kind: 'unit', unitId: (await addUnit(source, 'Tổ dân phố 9')).id }, titleCode: 'TDP_VAN_HOA' });
    const bytes = await exportExchange(source, { unitId: unit.id, kind: 'nominations', year: 2026 });

    const ward = freshDb();
    const wardUnit = await addUnit(ward, 'Tổ dân phố 3');
    const wardHoa = await personRepo.create(ward, { fullName: 'Nguyễn Thị Hòa', gender: 'female', birthYear: 1980, unitId: wardUnit.id });
    const existing = await nominationRepo.create(ward, { ...base, proposingUnitId: wardUnit.id, nominee: { kind: 'person', personId: wardHoa.id } });
    const preview = await previewExchange(ward, bytes);
    expect(preview).toMatchObject({ year: 2026, month: null });
    expect(previewSummary(preview)).toMatch(/^Đề nghị khen thưởng năm 2026 của Tổ dân phố 3, tạo lúc/);

    const fresh = exchangeRows(preview.fresh);
    expect(fresh).toEqual([
      { id: preview.fresh[0].line, subject: 'Phan Văn Lộc', content: 'Lao động tiên tiến năm 2026', note: 'Chưa có trong danh mục: sẽ thêm cá nhân Phan Văn Lộc (1990).', duplicateOf: null },
    ]);
    expect(exchangeRows(preview.duplicates)).toEqual([
      { id: preview.duplicates[0].line, subject: 'Nguyễn Thị Hoà', content: 'Lao động tiên tiến năm 2026', note: '', duplicateOf: existing.id },
    ]);
    // Rows are keyed by their line in the file: unique across the three lists.
    expect(new Set([...preview.fresh, ...preview.duplicates, ...preview.invalid].map((i) => i.line))).toEqual(new Set([1, 2, 3]));
    const [invalid] = exchangeRows(preview.invalid);
    expect(invalid).toMatchObject({ id: preview.invalid[0].line, subject: 'Tổ dân phố 9', content: '' });
    expect(invalid.note).toContain('chưa có trong danh mục');

    expect(acceptLabel(preview)).toBe('Nhận 1 đề nghị mới');
    expect(acceptSummary(preview, 1)).toBe('Đã nhận 1 đề nghị mới từ gói của Tổ dân phố 3.');
  });

  it('describes a good-deed report by month, field and deed', () => {
    expect(itemContent(deed)).toBe('Tháng 04/2026 – Nhân đạo: Giúp đỡ hộ nghèo.');
    expect(itemContent({ ...deed, input: undefined, issues: ['Tháng báo cáo không hợp lệ.'] })).toBe('');
    expect(exchangeRows([{ ...deed, input: undefined, issues: ['Tháng báo cáo không hợp lệ.', 'Thiếu lĩnh vực.'] }])[0].note).toBe(
      'Tháng báo cáo không hợp lệ. Thiếu lĩnh vực.',
    );
  });

  it('summarises origin, time in the office’s zone and the three counts', () => {
    const preview: ExchangePreview = {
      kind: 'goodDeeds', unitName: 'Tổ dân phố 3', ward: 'Phường Ninh Hà', createdAt: '2026-11-21T09:30:00.000Z', year: null, month: '2026-04',
      fresh: [deed], duplicates: [deed, deed], invalid: [],
    };
    expect(formatCreatedAt('2026-11-21T17:05:00.000Z')).toBe('00:05 22/11/2026');
    expect(previewSummary(preview)).toBe(
      'Báo cáo Người tốt, việc tốt tháng 04/2026 của Tổ dân phố 3 (Phường Ninh Hà), tạo lúc 16:30 21/11/2026: 3 báo cáo — 1 mới, 2 trùng, 0 không hợp lệ.',
    );
    expect(previewSummary({ ...preview, kind: 'nominations', year: 2026, month: null })).toMatch(/^Đề nghị khen thưởng năm 2026 của Tổ dân phố 3 \(Phường Ninh Hà\), tạo lúc/);
    expect(previewSummary({ ...preview, ward: '', month: null })).toMatch(/^Gói trao đổi của Tổ dân phố 3, tạo lúc/);
  });
});
