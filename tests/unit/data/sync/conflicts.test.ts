import { describe, expect, it } from 'vitest';
import { isFinalState, mergeRecords } from '../../../../src-renderer/data/sync/conflicts';

const base = { id: 'p1', fullName: 'Nguyễn Văn An', phone: '0901', note: '', updatedAt: '2026-11-01T00:00:00.000Z', version: 2 };

describe('conflict rules', () => {
  it('merge fields changed on one side only, keeping the newest bookkeeping', () => {
    const mine = { ...base, phone: '0902', updatedAt: '2026-11-02T00:00:00.000Z', version: 3 };
    const theirs = { ...base, note: 'Chuyển tổ 3', updatedAt: '2026-11-03T00:00:00.000Z', version: 3 };
    expect(mergeRecords('people', base, mine, theirs)).toEqual({
      kind: 'merged',
      record: { ...base, phone: '0902', note: 'Chuyển tổ 3', updatedAt: '2026-11-03T00:00:00.000Z', version: 4 },
    });
    expect(mergeRecords('people', base, mine, mine)).toEqual({ kind: 'merged', record: mine });
  });

  it('list the same field changed differently on both sides', () => {
    const mine = { ...base, phone: '0902' };
    const theirs = { ...base, phone: '0903', note: 'x' };
    expect(mergeRecords('people', base, mine, theirs)).toEqual({ kind: 'conflict', fields: ['phone'], reason: 'field' });
    // Without the common ancestor every differing field counts as changed on both sides.
    expect(mergeRecords('people', undefined, mine, theirs)).toMatchObject({ kind: 'conflict', fields: ['phone', 'note'] });
  });

  it('never merge a record in a final state', () => {
    const decided = { id: 'n1', status: 'decided', note: '' };
    expect(isFinalState('nominations', decided)).toBe(true);
    expect(isFinalState('nominations', { status: 'draft' })).toBe(false);
    expect(isFinalState('meetings', { status: 'held' })).toBe(true);
    expect(isFinalState('documents', { number: 3 })).toBe(true);
    expect(isFinalState('people', base)).toBe(false);
    expect(isFinalState('documents', null)).toBe(false);
    const outcome = mergeRecords('nominations', decided, { ...decided, note: 'a' }, { ...decided, status: 'awarded' });
    expect(outcome).toEqual({ kind: 'conflict', fields: ['status', 'note'], reason: 'final' });
  });

  it('let a deletion stand against an untouched copy, but list a deletion against an edit', () => {
    expect(mergeRecords('people', base, null, base)).toEqual({ kind: 'merged', record: null });
    expect(mergeRecords('people', base, { ...base, phone: '0999' }, null)).toEqual({ kind: 'conflict', fields: [], reason: 'deleted' });
  });
});
