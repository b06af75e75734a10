/** Issue 15 item 10: every refusal a user reads is Vietnamese and names things as the screens do. */
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS, exportBackup, validateBackup } from '../../../src-renderer/data/backup';
import { ValidationError } from '../../../src-renderer/data/errors';
import { exportExchange, previewExchange } from '../../../src-renderer/data/exchange';
import { readJsonFile } from '../../../src-renderer/data/fileFormat';
import { CURRENT_SCHEMA_VERSION } from '../../../src-renderer/data/schema';
import { scoreSheetRecordSchema } from '../../../src-renderer/data/schemas';
import { decode, freshDb, populateEveryTable, signed } from './helpers';

async function validFile() {
  const db = freshDb();
  const { unit } = await populateEveryTable(db);
  return { db, unit, file: decode(await exportBackup(db)) };
}

const refusal = (promise: Promise<unknown>) => promise.then(() => '', (e: Error) => e.message);

describe('backup refusals name tables and fields as the screens do', () => {
  it('a missing table by its Vietnamese name, not “thiếu bảng people”', async () => {
    const { file } = await validFile();
    delete file.tables.people;
    file.tables.hackers = [];
    expect(await refusal(validateBackup(await signed(file)))).toBe(
      'Tệp sao lưu không đúng cấu trúc: thiếu dữ liệu “Cá nhân”; có 1 loại dữ liệu lạ mà ThiDua không dùng.',
    );
  });

  it('a bad score by its sheet line and item, not “(entries.0.selfScore)”, and no “mong đợi number”', async () => {
    const { file } = await validFile();
    file.tables.scoreSheets[0].entries[0].selfScore = 'chín';
    file.tables.scoreSheets[0].entries[0].evidence = 7;
    const message = await refusal(validateBackup(await signed(file)));
    expect(message).toContain('Phiếu chấm điểm, dòng 1 (Điểm từng tiêu chí, mục 1): ');
    expect(message).not.toMatch(/selfScore|entries|mong đợi|string|number/);
  });

  it('a header field by its Vietnamese name', async () => {
    const { file } = await validFile();
    file.createdAt = 5;
    expect(await refusal(validateBackup(await signed(file)))).toBe('Tệp sao lưu thiếu hoặc sai thông tin đầu tệp: thời điểm sao lưu.');
  });

  it('a newer file names the version this ThiDua reads', async () => {
    const { file } = await validFile();
    file.formatVersion = 3;
    file.appVersion = '9.0.0';
    expect(await refusal(validateBackup(await signed(file)))).toBe(
      'Tệp sao lưu được tạo bởi phiên bản ThiDua mới hơn (9.0.0, định dạng 3, lược đồ dữ liệu ' +
        `${CURRENT_SCHEMA_VERSION}); bản ThiDua này đọc được tệp định dạng 1, lược đồ dữ liệu đến ${CURRENT_SCHEMA_VERSION}. ` +
        'Hãy cập nhật ThiDua rồi khôi phục lại.',
    );
  });

  it('a zip renamed .json is “không phải tệp sao lưu ThiDua”, not a truncated file', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x7b, 0x22]);
    const message = await refusal(validateBackup(zip));
    expect(message).toBe('Tệp này là tệp nén (zip, xlsx, docx…), không phải tệp sao lưu ThiDua.');
    expect(message).not.toContain('cắt cụt');
    expect(() => readJsonFile(zip, BACKUP_LIMITS, 'sao lưu')).toThrow(expect.objectContaining({ code: 'format' }));
  });
});

describe('record checks without a message of their own', () => {
  it('name the field in Vietnamese and what is wrong, never zod’s words', () => {
    const parsed = scoreSheetRecordSchema.safeParse({ entries: [{ criterionId: 'a', selfScore: 'chín' }] });
    expect(parsed.success).toBe(false);
    const messages = ValidationError.fromZod(parsed.error!).issues.map((i) => i.message);
    expect(messages).toContain('Mã bản ghi không hợp lệ.');
    expect(messages.join(' ')).not.toMatch(/mong đợi|string|number|Đầu vào|undefined/);
    // Checks written without their own message: the field's screen name, then what is wrong.
    expect(messages).toEqual(expect.arrayContaining(['Phiên bản bản ghi còn thiếu.', 'Trạng thái lưu trữ không hợp lệ.']));
  });
});

describe('exchange refusals', () => {
  it('a newer exchange file names the format this ThiDua reads', async () => {
    const { db, unit } = await validFile();
    const file = decode(await exportExchange(db, { unitId: unit.id, kind: 'nominations', year: 2026 }));
    file.formatVersion = 2;
    expect(await refusal(previewExchange(freshDb(), await signed(file)))).toBe(
      `Tệp trao đổi được tạo bởi phiên bản ThiDua mới hơn (${file.appVersion}, định dạng 2); bản ThiDua này đọc được tệp định dạng 1. Hãy cập nhật ThiDua.`,
    );
  });

  it('a zip renamed is not a ThiDua exchange file', async () => {
    expect(await refusal(previewExchange(freshDb(), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])))).toBe(
      'Tệp này là tệp nén (zip, xlsx, docx…), không phải tệp trao đổi ThiDua.',
    );
  });
});
