/**
 * Vietnamese wording of the checks that have no message of their own, and of where in a record a
 * problem is. Users see these (a form, a refused import or restore): they name the field as the
 * screens name it, never its identifier ("selfScore") or zod's type words ("mong đợi string").
 */
import type { z } from 'zod';

/** Screen names of the stored fields; a field not listed is spoken of as "Một thông tin". */
const FIELD_LABELS: Record<string, string> = {
  id: 'Mã bản ghi', key: 'Khóa', createdAt: 'Thời điểm tạo', updatedAt: 'Thời điểm sửa', archived: 'Trạng thái lưu trữ',
  version: 'Phiên bản bản ghi', demo: 'Đánh dấu dữ liệu mẫu', searchKey: 'Khóa tìm kiếm', searchWords: 'Từ khóa tìm kiếm',
  name: 'Tên', fullName: 'Họ và tên', sortName: 'Tên để xếp thứ tự', gender: 'Giới tính', birthYear: 'Năm sinh',
  birthDate: 'Ngày sinh', deathDate: 'Ngày mất', position: 'Chức vụ', phone: 'Số điện thoại', address: 'Địa chỉ', hometown: 'Quê quán',
  residence: 'Nơi ở', education: 'Trình độ', isPublicServant: 'Cán bộ, công chức, viên chức', ratings: 'Xếp loại hằng năm',
  rating: 'Xếp loại', unitId: 'Đơn vị', blockId: 'Khối thi đua', personId: 'Cá nhân', headName: 'Người đứng đầu',
  kind: 'Loại', code: 'Mã', label: 'Tên gọi', shortLabel: 'Tên ngắn', memberCount: 'Số thành viên', womenCount: 'Số nữ',
  year: 'Năm', month: 'Tháng', date: 'Ngày', role: 'Vai trò', termFrom: 'Nhiệm kỳ từ', termTo: 'Nhiệm kỳ đến',
  nominee: 'Đối tượng đề nghị', titleCode: 'Danh hiệu/hình thức', awardKind: 'Loại khen thưởng',
  proposingUnitId: 'Đơn vị đề nghị', movementId: 'Phong trào thi đua', achievementSummary: 'Tóm tắt thành tích',
  achievementRef: 'Báo cáo thành tích', status: 'Trạng thái', note: 'Ghi chú', reason: 'Lý do', decision: 'Quyết định',
  decisionNo: 'Số quyết định', decisionDate: 'Ngày quyết định', decidedOn: 'Ngày quyết định', dossier: 'Hồ sơ',
  holds: 'Điều kiện tạm giữ', initiatives: 'Sáng kiến', unitStats: 'Số liệu tập thể', judgements: 'Nhận định',
  criterionId: 'Mã tiêu chí', selfScore: 'Điểm tự chấm', councilScore: 'Điểm Hội đồng chấm', evidence: 'Minh chứng',
  entries: 'Điểm từng tiêu chí', setId: 'Bộ tiêu chí', maxPoints: 'Điểm tối đa', nodes: 'Tiêu chí',
  subjectName: 'Tên người/tập thể', subjectKind: 'Loại đối tượng', deed: 'Việc tốt', field: 'Lĩnh vực',
  submittedAt: 'Ngày gửi báo cáo', meetingId: 'Phiên họp', nominationIds: 'Đề nghị được xét', memberIds: 'Thành viên',
  ballots: 'Phiếu bầu', agree: 'Số phiếu đồng ý', disagree: 'Số phiếu không đồng ý', present: 'Số thành viên có mặt',
  chairPersonId: 'Chủ trì', secretaryPersonId: 'Thư ký', startTime: 'Giờ bắt đầu', endTime: 'Giờ kết thúc',
  place: 'Địa điểm', documentKind: 'Loại văn bản', number: 'Số văn bản', numberText: 'Số, ký hiệu văn bản',
  series: 'Ký hiệu sổ số', issuedOn: 'Ngày ban hành', model: 'Nội dung văn bản', value: 'Giá trị', settings: 'Cài đặt',
  at: 'Thời điểm', actor: 'Người thực hiện', action: 'Thao tác', table: 'Loại dữ liệu', recordId: 'Mã bản ghi',
  before: 'Dữ liệu trước khi sửa', after: 'Dữ liệu sau khi sửa', households: 'Hộ gia đình', household: 'Hộ gia đình',
};

export function fieldLabel(key: PropertyKey): string | undefined {
  return typeof key === 'string' ? FIELD_LABELS[key] : undefined;
}

/** Type words as a sentence says them ("phải là số"). */
const TYPE_WORDS: Record<string, string> = {
  string: 'chữ', number: 'số', int: 'số nguyên', boolean: 'có/không', array: 'danh sách', object: 'bản ghi',
  date: 'ngày', null: 'để trống', bigint: 'số',
};

function subjectOf(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((segment) => typeof segment === 'string');
  return (last !== undefined && fieldLabel(last)) || 'Một thông tin';
}

/** A check's Vietnamese sentence when the schema gave none: the field's name, then what is wrong with it. */
function predicate(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'còn thiếu.' : `phải là ${TYPE_WORDS[issue.expected] ?? 'giá trị khác'}.`;
    case 'too_big':
      if (issue.origin === 'string') return `dài quá ${issue.maximum} ký tự.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `có quá ${issue.maximum} mục.`;
      return `lớn quá mức cho phép (${issue.maximum}).`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'không được để trống.' : `phải có ít nhất ${issue.minimum} ký tự.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `phải có ít nhất ${issue.minimum} mục.`;
      return `nhỏ hơn mức cho phép (${issue.minimum}).`;
    case 'unrecognized_keys':
      return `có ${issue.keys.length} thông tin lạ mà ThiDua không dùng.`;
    case 'invalid_value':
      return 'không thuộc các giá trị cho phép.';
    case 'invalid_format':
      return 'sai định dạng.';
    default:
      return 'không hợp lệ.';
  }
}

/** zod's locale hook: used for every check written without its own message. */
export function vietnameseIssue(issue: z.core.$ZodRawIssue): string {
  return `${subjectOf(issue.path ?? [])} ${predicate(issue)}`;
}

/**
 * Where in a record a problem is, in words: the containers above the field ("Điểm từng tiêu chí, mục 1");
 * the field itself is named by the message. Empty for a field at the top of the record.
 */
export function issueLocation(path: readonly PropertyKey[]): string {
  const containers = typeof path[path.length - 1] === 'string' ? path.slice(0, -1) : path;
  return containers
    .flatMap((segment) => (typeof segment === 'number' ? [`mục ${segment + 1}`] : fieldLabel(segment) ? [fieldLabel(segment)!] : []))
    .join(', ');
}
