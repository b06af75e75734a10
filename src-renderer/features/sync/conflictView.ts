import type { SyncConflict } from '../../data/sync';

const NAME_FIELDS = ['name', 'fullName', 'title', 'numberText', 'key'];

/** What a person recognises the record by: its name or title in any version, else its key. */
export function conflictTitle(conflict: SyncConflict): string {
  for (const version of conflict.versions) {
    for (const field of NAME_FIELDS) {
      const value = version.record?.[field];
      if (typeof value === 'string' && value) return value;
    }
  }
  return conflict.key;
}

/** The listed fields first, then any other field whose value differs between versions. */
export function differingFields(conflict: SyncConflict): string[] {
  const all = new Set<string>();
  for (const v of conflict.versions) for (const f of Object.keys(v.record ?? {})) all.add(f);
  const differs = [...all].filter((f) => {
    const values = conflict.versions.map((v) => JSON.stringify(v.record?.[f]));
    return f !== 'updatedAt' && f !== 'version' && new Set(values).size > 1;
  });
  return [...new Set([...conflict.fields, ...differs])];
}

/** Vietnamese names of the fields people edit most; any other field shows its stored name. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Tên', fullName: 'Họ và tên', headName: 'Người đứng đầu', address: 'Địa chỉ', phone: 'Điện thoại', note: 'Ghi chú',
  position: 'Chức vụ', unitId: 'Đơn vị', blockId: 'Khối thi đua', kind: 'Loại', status: 'Trạng thái', title: 'Trích yếu',
  date: 'Ngày', year: 'Năm', titleCode: 'Danh hiệu', achievementSummary: 'Tóm tắt thành tích', archived: 'Lưu trữ',
  birthYear: 'Năm sinh', gender: 'Giới tính', ratings: 'Xếp loại hằng năm', steps: 'Quá trình xử lý', active: 'Đang hoạt động',
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function showValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
