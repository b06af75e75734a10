/**
 * A person's change history as the clerk reads it (nhật ký thay đổi, SPEC §7): when, who, what was done
 * and which fields changed from what to what — over the person's own record and every record merged
 * into it (data/duplicates personAuditTrail).
 */
import type { AuditAction, AuditEntry } from '../../data/audit';
import { localTimeText } from '../../data/ids';
import { fieldLabel } from '../../data/schemas/messages';
import { GENDER_LABELS } from '../../domain/vocabulary';
import { formatDateShort } from '../../domain/text';

const ACTION_WORDS: Record<AuditAction, string> = {
  create: 'Thêm', update: 'Sửa', archive: 'Lưu trữ', delete: 'Xóa', transition: 'Chuyển bước',
  restore: 'Khôi phục từ bản sao lưu', import: 'Nhập từ tệp',
};

/** Bookkeeping the register keeps for itself; a change to it alone is not news to the clerk. */
const UNSHOWN = new Set(['id', 'version', 'createdAt', 'updatedAt', 'searchKey', 'searchWords', 'mergedFromIds', 'mergedIntoId', 'demo']);

/** Fields the person form labels its own way (the shared labels name them for error messages). */
const OWN_LABELS: Record<string, string> = {
  residence: 'Trú quán', education: 'Trình độ chuyên môn, lý luận chính trị', sortName: 'Tên dùng để sắp xếp',
  notDuplicateOfIds: 'Hồ sơ đã xác nhận không trùng', disciplines: 'Kỷ luật',
};

export interface FieldChange {
  label: string;
  from: string;
  to: string;
}

export interface HistoryLine {
  id: string;
  /** "14:05 ngày 03/12/2026" in the office's local time. */
  when: string;
  actor: string;
  action: string;
  changes: FieldChange[];
  note: string;
}

type Fields = Record<string, unknown>;

function asFields(value: unknown): Fields {
  return value && typeof value === 'object' ? (value as Fields) : {};
}

function shown(field: string, value: unknown, unitName: (id: string) => string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (field === 'unitId' && typeof value === 'string') return unitName(value);
  if (field === 'gender' && typeof value === 'string') return GENDER_LABELS[value as keyof typeof GENDER_LABELS] ?? value;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (field === 'archived') return value === 1 ? 'Đã lưu trữ' : 'Đang dùng';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateShort(value);
  if (Array.isArray(value)) return field === 'notDuplicateOfIds' ? `${value.length} hồ sơ` : `${value.length} dòng`;
  return String(value);
}

/** The fields whose stored value differs between the two versions of a record, in the record's order. */
function changesOf(before: Fields, after: Fields, unitName: (id: string) => string): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((f) => !UNSHOWN.has(f));
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((f) => ({ label: OWN_LABELS[f] ?? fieldLabel(f) ?? f, from: shown(f, before[f], unitName), to: shown(f, after[f], unitName) }));
}

/**
 * Newest first, as the trail comes. A record's creation lists no changes (its first values are the
 * form's); record codes in a merge's note are for support, not for the clerk, so they are left out.
 */
export function personHistoryLines(entries: readonly AuditEntry[], unitName: (id: string) => string): HistoryLine[] {
  return entries.map((e) => ({
    id: e.id,
    when: localTimeText(e.at),
    actor: e.actor,
    action: ACTION_WORDS[e.action],
    changes: e.action === 'create' ? [] : changesOf(asFields(e.before), asFields(e.after), unitName),
    note: e.note.replace(/ \(mã [^)]*\)/gu, ''),
  }));
}
