/**
 * Nomination lifecycle (SPEC §2): an explicit transition table, as ward scoring systems do.
 * draft → received → appraised → voted → decided (ward level) | forwarded (upward) → awarded / not_awarded.
 * Sending back needs a reason; final states are immutable; undoing a step is its own logged reversal.
 */

export type NominationStatus =
  | 'draft' // Dự thảo
  | 'received' // Đã tiếp nhận
  | 'appraised' // Đã thẩm định
  | 'voted' // Đã bình xét, biểu quyết
  | 'decided' // Đã quyết định (cấp phường)
  | 'forwarded' // Đã trình cấp trên
  | 'awarded' // Được khen thưởng (final)
  | 'not_awarded' // Không được khen thưởng (final)
  | 'withdrawn'; // Rút đề nghị (final)

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  draft: 'Dự thảo',
  received: 'Đã tiếp nhận',
  appraised: 'Đã thẩm định',
  voted: 'Đã biểu quyết',
  decided: 'Đã quyết định',
  forwarded: 'Đã trình cấp trên',
  awarded: 'Được khen thưởng',
  not_awarded: 'Không được khen thưởng',
  withdrawn: 'Đã rút',
};

export const FINAL_STATUSES: readonly NominationStatus[] = ['awarded', 'not_awarded', 'withdrawn'];

/** Kinds of step: forward moves, sending back (needs reason), explicit reversal (needs reason). */
export type TransitionKind = 'advance' | 'sendBack' | 'reverse';

export interface Transition {
  from: NominationStatus;
  to: NominationStatus;
  kind: TransitionKind;
  /** Vietnamese verb shown on the button and in the history. */
  label: string;
}

export const NOMINATION_TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'received', kind: 'advance', label: 'Tiếp nhận' },
  { from: 'draft', to: 'withdrawn', kind: 'advance', label: 'Rút đề nghị' },
  { from: 'received', to: 'appraised', kind: 'advance', label: 'Thẩm định đạt' },
  { from: 'received', to: 'draft', kind: 'sendBack', label: 'Trả lại đơn vị' },
  { from: 'received', to: 'withdrawn', kind: 'advance', label: 'Rút đề nghị' },
  { from: 'appraised', to: 'voted', kind: 'advance', label: 'Ghi nhận kết quả biểu quyết' },
  { from: 'appraised', to: 'received', kind: 'sendBack', label: 'Thẩm định lại' },
  { from: 'appraised', to: 'not_awarded', kind: 'advance', label: 'Không đề nghị khen thưởng' },
  { from: 'voted', to: 'decided', kind: 'advance', label: 'Quyết định khen thưởng (cấp phường)' },
  { from: 'voted', to: 'forwarded', kind: 'advance', label: 'Trình cấp trên' },
  { from: 'voted', to: 'not_awarded', kind: 'advance', label: 'Không đạt' },
  { from: 'voted', to: 'appraised', kind: 'reverse', label: 'Hủy kết quả biểu quyết' },
  { from: 'decided', to: 'awarded', kind: 'advance', label: 'Ghi nhận được khen thưởng' },
  { from: 'decided', to: 'voted', kind: 'reverse', label: 'Hủy quyết định' },
  { from: 'forwarded', to: 'awarded', kind: 'advance', label: 'Cấp trên khen thưởng' },
  { from: 'forwarded', to: 'not_awarded', kind: 'advance', label: 'Cấp trên không khen thưởng' },
  { from: 'forwarded', to: 'voted', kind: 'reverse', label: 'Hủy trình cấp trên' },
];

export function isFinal(status: NominationStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** Statuses that carry a recorded decision: the content is frozen; only a logged reversal reopens it. */
export const DECIDED_STATUSES: readonly NominationStatus[] = ['decided', 'awarded'];

/**
 * Why a nomination's content can no longer be edited or archived, or null when it can: a recorded
 * decision freezes it (only "Hủy quyết định" with a reason reopens it); other final states refuse edits.
 */
export function frozenReason(status: NominationStatus, change: 'edit' | 'archive'): string | null {
  if (DECIDED_STATUSES.includes(status)) {
    return `Đề nghị đã có quyết định khen thưởng (“${NOMINATION_STATUS_LABELS[status]}”) nên nội dung không thể sửa hay lưu trữ. ` +
      (status === 'decided' ? 'Nếu quyết định có sai sót, hãy dùng “Hủy quyết định” và ghi rõ lý do.' : 'Quyết định đã được ghi vào lịch sử khen thưởng.');
  }
  if (change === 'edit' && isFinal(status)) {
    return `Đề nghị đã ở trạng thái cuối “${NOMINATION_STATUS_LABELS[status]}”, không thể sửa.`;
  }
  return null;
}

export function transitionsFrom(status: NominationStatus): Transition[] {
  return NOMINATION_TRANSITIONS.filter((t) => t.from === status);
}

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | { ok: false; reason: string };

/** Checks a move against the table; sending back and reversing require a non-blank reason. */
export function checkTransition(
  from: NominationStatus,
  to: NominationStatus,
  reason?: string,
): TransitionCheck {
  if (isFinal(from)) {
    return { ok: false, reason: `Đề nghị đã ở trạng thái cuối “${NOMINATION_STATUS_LABELS[from]}”, không thể thay đổi.` };
  }
  const transition = NOMINATION_TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!transition) {
    return {
      ok: false,
      reason: `Không thể chuyển từ “${NOMINATION_STATUS_LABELS[from]}” sang “${NOMINATION_STATUS_LABELS[to]}”.`,
    };
  }
  if (transition.kind !== 'advance' && !reason?.trim()) {
    return { ok: false, reason: 'Phải nêu lý do khi trả lại hoặc hủy một bước.' };
  }
  return { ok: true, transition };
}
