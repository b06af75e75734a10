/**
 * Registrations (đăng ký thi đua) and what a nomination screen says of them. Registration is not a
 * legal condition any more: Luật TĐKT 2022 Điều 7 grounds a title on the movement, the achievement and
 * the title's standards, and the 2003 law's "đăng ký tham gia thi đua" (Điều 10.1.b) was dropped. So a
 * registration is information beside a nomination, never part of its verdict; a province text that asks
 * for one may turn a missing registration into a warning, and the warning then quotes that text.
 */
import { formatDateShort, searchKey } from './text';
import type { AwardCode, SubjectKind, TitleCode } from './vocabulary';

export type RegistrationState = 'draft' | 'received' | 'returned';

export const REGISTRATION_STATE_LABELS: Record<RegistrationState, string> = {
  draft: 'Chưa gửi',
  received: 'Đã nhận',
  returned: 'Trả lại',
};

export const REGISTRATION_BASIS = 'Luật Thi đua, khen thưởng 2022 Điều 7';

export interface RegistrationFacts {
  state: RegistrationState;
  receivedOn: string | null;
  returnReason: string;
  entries: readonly { subjectKind: 'person' | 'collective'; personId: string | null; name: string; titleCode: TitleCode }[];
}

/** What the state needs besides itself: a day for "Đã nhận", a reason for "Trả lại". */
export function registrationStateProblems(r: Pick<RegistrationFacts, 'state' | 'receivedOn' | 'returnReason'>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (r.state === 'received' && r.receivedOn === null) problems.push({ field: 'receivedOn', message: 'Hãy ghi ngày nhận bản đăng ký.' });
  if (r.state === 'returned' && r.returnReason.trim() === '') problems.push({ field: 'returnReason', message: 'Trả lại bản đăng ký phải ghi lý do.' });
  return problems;
}

export interface RegistrationNoteInput {
  /** The proposing unit's registration for the nomination's year, if any. */
  registration: RegistrationFacts | null;
  year: number;
  unitName: string;
  subject: { kind: SubjectKind; personId: string | null; name: string };
  /** What the nomination is for: a national title or a province's own. */
  titleCode: AwardCode;
  /** Title names as the ward's settings call them. */
  titleLabel: (code: AwardCode) => string;
  /** The provincial text that asks units to register, quoted; '' where none does. */
  requiredBy: string;
}

export interface RegistrationNote {
  /** 'warning' only where `requiredBy` quotes a provincial text; otherwise plain information. */
  severity: 'info' | 'warning';
  text: string;
}

/** The sentence a nomination shows about its unit's registration: information, never a verdict. */
export function registrationNote(input: RegistrationNoteInput): RegistrationNote {
  const { registration, year, unitName, subject, titleCode, titleLabel, requiredBy } = input;
  const missing = (text: string): RegistrationNote =>
    requiredBy
      ? { severity: 'warning', text: `${text} ${requiredBy} yêu cầu đơn vị đăng ký thi đua.` }
      : { severity: 'info', text: `${text} Đăng ký thi đua không phải là điều kiện xét khen thưởng (${REGISTRATION_BASIS}).` };
  if (!registration || registration.state === 'draft') return missing(`${unitName} chưa gửi đăng ký thi đua năm ${year}.`);
  if (registration.state === 'returned') {
    return missing(`Bản đăng ký thi đua năm ${year} của ${unitName} đã bị trả lại: ${registration.returnReason}.`);
  }
  const received = registration.receivedOn ? ` (nhận ngày ${formatDateShort(registration.receivedOn)})` : '';
  const wanted = subject.kind === 'person' ? 'person' : 'collective';
  const key = searchKey(subject.name);
  const own = registration.entries.filter(
    (e) => e.subjectKind === wanted && (subject.personId && e.personId ? e.personId === subject.personId : searchKey(e.name) === key),
  );
  const same = own.find((e) => e.titleCode === titleCode);
  if (same) return { severity: 'info', text: `${subject.name} đã được ${unitName} đăng ký “${titleLabel(titleCode)}” năm ${year}${received}.` };
  if (own.length > 0) {
    const titles = own.map((e) => `“${titleLabel(e.titleCode)}”`).join(', ');
    return { severity: 'info', text: `${unitName} đăng ký ${titles} cho ${subject.name} năm ${year}${received}; đề nghị này là “${titleLabel(titleCode)}”.` };
  }
  return missing(`Bản đăng ký thi đua năm ${year} của ${unitName}${received} không có ${subject.name}.`);
}
