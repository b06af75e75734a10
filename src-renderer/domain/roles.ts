/**
 * Who may do what in the ward office (issue 13): three roles of the people who work the record.
 * Thường trực Hội đồng does everything; Văn thư keeps the registers and numbers documents
 * (NĐ 30/2020 Đ15: the văn thư registers and numbers issued documents); Lãnh đạo reads, approves and
 * signs off. Pure: the data layer asks `permissionFor` which action a change needs, `refusal` says why not.
 */

export const ROLES = ['standing', 'clerk', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  standing: 'Thường trực Hội đồng',
  clerk: 'Văn thư',
  leader: 'Lãnh đạo',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  standing: 'Làm mọi việc: danh mục, đề nghị, phiên họp, chấm điểm, văn bản, cài đặt, đồng bộ.',
  clerk: 'Danh mục (đơn vị, cá nhân, khen thưởng…) và cấp số, đăng ký văn bản.',
  leader: 'Xem mọi dữ liệu, phê duyệt đề nghị khen thưởng (quyết định, trình cấp trên, ghi nhận kết quả).',
};

export type Action =
  | 'editRegisters'
  | 'editNominations'
  | 'approveNominations'
  | 'editMeetings'
  | 'editScoring'
  | 'editGoodDeeds'
  | 'issueDocuments'
  | 'editSettings'
  | 'restoreBackup'
  | 'resolveConflicts'
  | 'configureHub';

/** Vietnamese verb phrases: "không có quyền <label>". */
export const ACTION_LABELS: Record<Action, string> = {
  editRegisters: 'sửa danh mục (đơn vị, cá nhân, Hội đồng, phong trào, lịch sử khen thưởng)',
  editNominations: 'lập và xử lý đề nghị khen thưởng',
  approveNominations: 'phê duyệt đề nghị khen thưởng',
  editMeetings: 'lập và ghi kết quả phiên họp',
  editScoring: 'sửa tiêu chí và chấm điểm thi đua',
  editGoodDeeds: 'ghi nhận người tốt, việc tốt',
  issueDocuments: 'cấp số và đăng ký văn bản',
  editSettings: 'sửa thông tin đơn vị và cài đặt',
  restoreBackup: 'khôi phục dữ liệu từ bản sao lưu',
  resolveConflicts: 'xử lý xung đột đồng bộ',
  configureHub: 'cài đặt máy chủ văn phòng',
};

const ALLOWED: Record<Role, ReadonlySet<Action>> = {
  standing: new Set(Object.keys(ACTION_LABELS) as Action[]),
  clerk: new Set<Action>(['editRegisters', 'issueDocuments']),
  leader: new Set<Action>(['approveNominations']),
};

export function can(role: Role, action: Action): boolean {
  return ALLOWED[role].has(action);
}

export function rolesAllowed(action: Action): Role[] {
  return ROLES.filter((r) => can(r, action));
}

export interface User {
  name: string;
  role: Role;
}

/** null when allowed; otherwise the reason shown to the user, naming who may do it. */
export function refusal(user: User, action: Action): string | null {
  if (can(user.role, action)) return null;
  const who = rolesAllowed(action).map((r) => ROLE_LABELS[r]).join(', ');
  return `${user.name} (${ROLE_LABELS[user.role]}) không có quyền ${ACTION_LABELS[action]}. Việc này dành cho: ${who}.`;
}

/** Steps of a nomination that are a leader's approval: the decision, the forwarding, the outcome. */
const APPROVAL_STATUSES: readonly string[] = ['decided', 'forwarded', 'awarded', 'not_awarded'];

const TABLE_ACTIONS: Record<string, Action> = {
  blocks: 'editRegisters',
  units: 'editRegisters',
  people: 'editRegisters',
  councilMembers: 'editRegisters',
  movements: 'editRegisters',
  awards: 'editRegisters',
  nominations: 'editNominations',
  cultureReviews: 'editNominations',
  registrations: 'editNominations',
  pledges: 'editScoring',
  meetings: 'editMeetings',
  criteriaSets: 'editScoring',
  scoreSheets: 'editScoring',
  goodDeeds: 'editGoodDeeds',
  documents: 'issueDocuments',
  upwardDossiers: 'issueDocuments',
  counters: 'issueDocuments',
  // Printing and handing out certificates is the văn thư's work; the templates and images are ward settings.
  certificates: 'issueDocuments',
  certificatePrinters: 'issueDocuments',
  certificateTemplates: 'editSettings',
  certificateImages: 'editSettings',
  wardProfile: 'editSettings',
  meta: 'editSettings',
};

/**
 * The action a change needs, from what the audit entry records: the table, the kind of change and,
 * for a nomination's step, where it goes. A restore of the whole database is its own action.
 */
export function permissionFor(change: { table: string; action: string; after?: unknown }): Action | null {
  if (change.action === 'restore' && change.table === 'meta') return 'restoreBackup';
  if (change.table === 'nominations' && change.action === 'transition') {
    const status = (change.after as { status?: unknown } | null | undefined)?.status;
    return typeof status === 'string' && APPROVAL_STATUSES.includes(status) ? 'approveNominations' : 'editNominations';
  }
  // The award a decided nomination enters into the history is part of that approval.
  if (change.table === 'awards' && change.action === 'create' && (change.after as { nominationId?: unknown } | null)?.nominationId) {
    return 'approveNominations';
  }
  return TABLE_ACTIONS[change.table] ?? null;
}

/** A name as typed: NFC, single spaces; at least two characters, at most 100. */
export function checkUserName(raw: string): { ok: true; name: string } | { ok: false; reason: string } {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name.length < 2) return { ok: false, reason: 'Hãy nhập họ và tên người dùng (ít nhất 2 ký tự).' };
  if (name.length > 100) return { ok: false, reason: 'Họ và tên dài quá 100 ký tự.' };
  return { ok: true, name };
}
