import { describe, expect, it } from 'vitest';
import { registrationNote, registrationStateProblems } from '../../../src-renderer/domain/registration';
import type { RegistrationFacts, RegistrationNoteInput } from '../../../src-renderer/domain/registration';
import { TITLES } from '../../../src-renderer/domain/titles';
import type { TitleCode } from '../../../src-renderer/domain/vocabulary';

const received: RegistrationFacts = {
  state: 'received',
  receivedOn: '2026-03-20',
  returnReason: '',
  entries: [
    { subjectKind: 'person', personId: 'p1', name: 'Nguyễn Thị Hoà', titleCode: 'CSTDCS' },
    { subjectKind: 'person', personId: null, name: 'Lê Văn Tâm', titleCode: 'LDTT' },
    { subjectKind: 'collective', personId: null, name: 'Tổ dân phố 1', titleCode: 'TTLDTT' },
  ],
};

const base: RegistrationNoteInput = {
  registration: received,
  year: 2026,
  unitName: 'Tổ dân phố 1',
  subject: { kind: 'person', personId: 'p1', name: 'Nguyễn Thị Hoà' },
  titleCode: 'CSTDCS',
  titleLabel: (code) => TITLES[code as TitleCode].label,
  requiredBy: '',
};

describe('a registration beside a nomination (Luật TĐKT 2022 Điều 7: information, never a verdict)', () => {
  it('says the person was registered for this title, with the day the registration came in', () => {
    expect(registrationNote(base)).toEqual({
      severity: 'info',
      text: 'Nguyễn Thị Hoà đã được Tổ dân phố 1 đăng ký “Chiến sĩ thi đua cơ sở” năm 2026 (nhận ngày 20/03/2026).',
    });
  });

  it('matches by name when the entry has no person record, and a collective by its name', () => {
    expect(registrationNote({ ...base, subject: { kind: 'person', personId: 'p9', name: 'Lê Văn Tâm' }, titleCode: 'LDTT' }).text).toContain('Lê Văn Tâm đã được');
    expect(registrationNote({ ...base, subject: { kind: 'unit', personId: null, name: 'Tổ dân phố 1' }, titleCode: 'TTLDTT' }).text).toContain('đã được Tổ dân phố 1 đăng ký “Tập thể lao động tiên tiến”');
  });

  it('names what was registered when the nomination asks for another title', () => {
    const note = registrationNote({ ...base, titleCode: 'LDTT' });
    expect(note.severity).toBe('info');
    expect(note.text).toContain('đăng ký “Chiến sĩ thi đua cơ sở” cho Nguyễn Thị Hoà');
    expect(note.text).toContain('đề nghị này là “Lao động tiên tiến”');
  });

  it('a missing, unsent or returned registration is information citing Điều 7 where no provincial text asks for one', () => {
    for (const registration of [null, { ...received, state: 'draft' as const }, { ...received, state: 'returned' as const, returnReason: 'thiếu biên bản họp' }]) {
      const note = registrationNote({ ...base, registration });
      expect(note.severity).toBe('info');
      expect(note.text).toContain('không phải là điều kiện xét khen thưởng (Luật Thi đua, khen thưởng 2022 Điều 7)');
    }
    expect(registrationNote({ ...base, registration: null }).text).toMatch(/^Tổ dân phố 1 chưa gửi đăng ký thi đua năm 2026\./);
    expect(registrationNote({ ...base, registration: { ...received, state: 'returned', returnReason: 'thiếu biên bản họp' } }).text).toContain('đã bị trả lại: thiếu biên bản họp.');
    expect(registrationNote({ ...base, subject: { kind: 'person', personId: 'p7', name: 'Trần Văn Bình' } }).text).toContain('không có Trần Văn Bình');
  });

  it('becomes a warning only when the province’s own text asks for a registration, and quotes that text', () => {
    const requiredBy = 'Khoản 2 Điều 5 Quy chế ban hành kèm theo Quyết định số 01/2026/QĐ-UBND';
    const note = registrationNote({ ...base, registration: null, requiredBy });
    expect(note).toEqual({ severity: 'warning', text: `Tổ dân phố 1 chưa gửi đăng ký thi đua năm 2026. ${requiredBy} yêu cầu đơn vị đăng ký thi đua.` });
    expect(registrationNote({ ...base, requiredBy }).severity).toBe('info');
  });
});

describe('registration states', () => {
  it('“Đã nhận” needs its day and “Trả lại” its reason', () => {
    expect(registrationStateProblems({ state: 'received', receivedOn: null, returnReason: '' })).toEqual([{ field: 'receivedOn', message: 'Hãy ghi ngày nhận bản đăng ký.' }]);
    expect(registrationStateProblems({ state: 'returned', receivedOn: null, returnReason: '  ' })).toEqual([{ field: 'returnReason', message: 'Trả lại bản đăng ký phải ghi lý do.' }]);
    expect(registrationStateProblems({ state: 'draft', receivedOn: null, returnReason: '' })).toEqual([]);
  });
});
