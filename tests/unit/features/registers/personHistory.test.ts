import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../src-renderer/data/audit';
import { personHistoryLines } from '../../../../src-renderer/features/registers/personHistory';

const person = {
  id: 'p1', version: 1, createdAt: '2026-01-05T02:00:00.000Z', updatedAt: '2026-01-05T02:00:00.000Z', archived: 0,
  fullName: 'Lê Thị Hòa', gender: 'female', birthYear: 1980, birthDate: null, unitId: 'u1', isPublicServant: false,
  ratings: [], searchKey: 'le thi hoa', mergedIntoId: null, hometown: '',
};

function entry(action: AuditEntry['action'], before: unknown, after: unknown, note = ''): AuditEntry {
  return { id: `e-${action}`, at: '2026-12-03T07:05:00.000Z', actor: 'Nguyễn Văn Thư', table: 'people', recordId: 'p1', action, before, after, note };
}

const unitName = (id: string) => ({ u1: 'Tổ dân phố 1', u2: 'Tổ dân phố 2' })[id] ?? id;

describe('a person’s change history as the clerk reads it', () => {
  it('names each changed field as the form does, with values as the screens show them', () => {
    const after = {
      ...person, version: 2, updatedAt: '2026-12-03T07:05:00.000Z', searchKey: 'le thi hoa binh', fullName: 'Lê Thị Hòa Bình',
      unitId: 'u2', birthDate: '1980-03-05', isPublicServant: true, gender: 'female',
    };
    const [line] = personHistoryLines([entry('update', person, after)], unitName);
    expect(line).toMatchObject({ action: 'Sửa', actor: 'Nguyễn Văn Thư' });
    expect(line.when).toMatch(/^\d{2}:\d{2} ngày 03\/12\/2026$/);
    // Bookkeeping (version, updatedAt, searchKey) is not news; the unit is named, the date is Vietnamese.
    expect(line.changes).toEqual([
      { label: 'Họ và tên', from: 'Lê Thị Hòa', to: 'Lê Thị Hòa Bình' },
      { label: 'Ngày sinh', from: '—', to: '05/03/1980' },
      { label: 'Đơn vị', from: 'Tổ dân phố 1', to: 'Tổ dân phố 2' },
      { label: 'Cán bộ, công chức, viên chức', from: 'Không', to: 'Có' },
    ]);
  });

  it('lists no fields for the record’s creation, and keeps record codes out of a merge’s note', () => {
    const merged = { ...person, archived: 1, mergedIntoId: 'p0' };
    const lines = personHistoryLines([
      entry('archive', person, merged, 'Gộp hồ sơ “Lê Thị Hoà” (mã p1) vào “Lê Thị Hòa” (mã p0).'),
      entry('create', null, person),
    ], unitName);
    expect(lines.map((l) => l.action)).toEqual(['Lưu trữ', 'Thêm']);
    expect(lines[0].note).toBe('Gộp hồ sơ “Lê Thị Hoà” vào “Lê Thị Hòa”.');
    expect(lines[0].changes).toEqual([{ label: 'Trạng thái lưu trữ', from: 'Đang dùng', to: 'Đã lưu trữ' }]);
    expect(lines[1].changes).toEqual([]);
  });
});
