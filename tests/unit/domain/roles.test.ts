import { describe, expect, it } from 'vitest';
import {
  ACTION_LABELS, ROLES, can, checkUserName, permissionFor, refusal, rolesAllowed,
} from '../../../src-renderer/domain/roles';
import type { Action } from '../../../src-renderer/domain/roles';

const ACTIONS = Object.keys(ACTION_LABELS) as Action[];

describe('roles', () => {
  it('give the standing member everything, the clerk registers and numbers, the leader approval only', () => {
    expect(ACTIONS.every((a) => can('standing', a))).toBe(true);
    expect(ACTIONS.filter((a) => can('clerk', a))).toEqual(['editRegisters', 'issueDocuments']);
    expect(ACTIONS.filter((a) => can('leader', a))).toEqual(['approveNominations']);
    expect(rolesAllowed('resolveConflicts')).toEqual(['standing']);
    expect(ROLES).toHaveLength(3);
  });

  it('explain a refusal in Vietnamese, naming the person, the role and who may do it', () => {
    expect(refusal({ name: 'Trần Văn An', role: 'standing' }, 'editNominations')).toBeNull();
    expect(refusal({ name: 'Trần Văn An', role: 'clerk' }, 'editNominations')).toBe(
      'Trần Văn An (Văn thư) không có quyền lập và xử lý đề nghị khen thưởng. Việc này dành cho: Thường trực Hội đồng.',
    );
    expect(refusal({ name: 'Ngô Thị Bình', role: 'clerk' }, 'approveNominations')).toContain('Thường trực Hội đồng, Lãnh đạo');
  });

  it('map each audited change to the action it needs', () => {
    expect(permissionFor({ table: 'people', action: 'create' })).toBe('editRegisters');
    expect(permissionFor({ table: 'documents', action: 'create' })).toBe('issueDocuments');
    expect(permissionFor({ table: 'nominations', action: 'update' })).toBe('editNominations');
    expect(permissionFor({ table: 'nominations', action: 'transition', after: { status: 'received' } })).toBe('editNominations');
    for (const status of ['decided', 'forwarded', 'awarded', 'not_awarded']) {
      expect(permissionFor({ table: 'nominations', action: 'transition', after: { status } })).toBe('approveNominations');
    }
    expect(permissionFor({ table: 'awards', action: 'create', after: { nominationId: 'n1' } })).toBe('approveNominations');
    expect(permissionFor({ table: 'awards', action: 'create', after: { nominationId: null } })).toBe('editRegisters');
    expect(permissionFor({ table: 'meta', action: 'restore' })).toBe('restoreBackup');
    expect(permissionFor({ table: 'meta', action: 'import' })).toBe('editSettings');
    expect(permissionFor({ table: 'audit', action: 'create' })).toBeNull();
  });

  it('accept a typed name as NFC with single spaces, refuse a blank or overlong one', () => {
    expect(checkUserName('  Lê   Thị Thủy '.normalize('NFD'))).toEqual({ ok: true, name: 'Lê Thị Thủy' });
    expect(checkUserName(' ')).toMatchObject({ ok: false, reason: expect.stringContaining('họ và tên') });
    expect(checkUserName('a'.repeat(101))).toMatchObject({ ok: false, reason: expect.stringContaining('100 ký tự') });
  });
});
