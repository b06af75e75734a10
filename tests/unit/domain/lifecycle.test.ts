import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FINAL_STATUSES, NOMINATION_STATUS_LABELS, NOMINATION_TRANSITIONS, checkTransition, isFinal, transitionsFrom,
  frozenReason,
} from '../../../src-renderer/domain/lifecycle';
import type { NominationStatus } from '../../../src-renderer/domain/lifecycle';

const STATUSES = Object.keys(NOMINATION_STATUS_LABELS) as NominationStatus[];

describe('nomination lifecycle (SPEC §2)', () => {
  it.each<[NominationStatus, NominationStatus]>([
    ['draft', 'received'], ['received', 'appraised'], ['appraised', 'voted'], ['voted', 'decided'],
    ['voted', 'forwarded'], ['decided', 'awarded'], ['forwarded', 'awarded'], ['forwarded', 'not_awarded'],
  ])('advances %s → %s without a reason', (from, to) => {
    const check = checkTransition(from, to);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.transition.kind).toBe('advance');
  });

  it.each<[NominationStatus, NominationStatus]>([
    ['received', 'draft'], ['appraised', 'received'], ['voted', 'appraised'], ['decided', 'voted'], ['forwarded', 'voted'],
  ])('sending back or reversing %s → %s needs a non-blank reason', (from, to) => {
    expect(checkTransition(from, to)).toEqual({ ok: false, reason: 'Phải nêu lý do khi trả lại hoặc hủy một bước.' });
    expect(checkTransition(from, to, '   ').ok).toBe(false);
    expect(checkTransition(from, to, 'Thiếu biên bản').ok).toBe(true);
  });

  it.each<[NominationStatus, NominationStatus]>([
    ['draft', 'voted'], ['draft', 'awarded'], ['received', 'decided'], ['appraised', 'forwarded'],
  ])('refuses skipping steps %s → %s', (from, to) => {
    const check = checkTransition(from, to, 'lý do');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain('Không thể chuyển');
  });

  it('final states are immutable', () => {
    for (const from of FINAL_STATUSES) {
      expect(isFinal(from)).toBe(true);
      expect(transitionsFrom(from)).toEqual([]);
      for (const to of STATUSES) {
        const check = checkTransition(from, to, 'lý do');
        expect(check.ok).toBe(false);
        if (!check.ok) expect(check.reason).toContain('trạng thái cuối');
      }
    }
  });

  it('every non-final state can move on, and every transition is labelled in Vietnamese', () => {
    for (const s of STATUSES.filter((x) => !isFinal(x))) expect(transitionsFrom(s).length).toBeGreaterThan(0);
    for (const t of NOMINATION_TRANSITIONS) expect(t.label.trim().length).toBeGreaterThan(0);
  });

  it('checkTransition agrees with the table for every pair (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...STATUSES), fc.constantFrom(...STATUSES), fc.option(fc.string()), (from, to, reason) => {
      const check = checkTransition(from, to, reason ?? undefined);
      const row = NOMINATION_TRANSITIONS.find((t) => t.from === from && t.to === to);
      const expected = !isFinal(from) && row !== undefined && (row.kind === 'advance' || Boolean(reason?.trim()));
      expect(check.ok).toBe(expected);
    }));
  });
});

describe('frozen nominations (issue 15.3)', () => {
  it('a recorded decision freezes edits and archiving; other final states refuse only edits', () => {
    expect(frozenReason('decided', 'edit')).toContain('Hủy quyết định');
    expect(frozenReason('decided', 'archive')).toContain('không thể sửa hay lưu trữ');
    expect(frozenReason('awarded', 'archive')).toContain('lịch sử khen thưởng');
    expect(frozenReason('withdrawn', 'edit')).toContain('trạng thái cuối');
    expect(frozenReason('withdrawn', 'archive')).toBeNull();
    expect(frozenReason('voted', 'edit')).toBeNull();
  });
});
