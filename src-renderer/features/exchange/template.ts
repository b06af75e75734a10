/**
 * The blank .xlsx a unit fills in for bulk intake: sheet 1 holds only the Vietnamese headers the
 * automatic mapping recognises (the reader takes the first sheet), sheet 2 says how to fill each
 * column. exceljs is loaded on first use so it stays out of the initial bundle.
 */
import { awardCodes, titleCatalogue, type TitleContext } from '../../domain/titles';
import { DEFAULT_NAMING } from '../../domain/province';
import { GENDER_LABELS, UNIT_KIND_LABELS } from '../../domain/vocabulary';
import { IMPORT_FIELDS } from '../../data/imports/importRows';
import type { ImportKind } from '../../data/imports/importRows';
import { IMPORT_KINDS } from './importLogic';

interface ColumnGuide {
  /** How to fill the column. */
  hint: string;
  example: string;
  width: number;
}

const UNIT_NAME_HINT = 'Tên đơn vị đúng như trong danh mục “Đơn vị, khối thi đua” của phường.';

/** The titles as the ward names them ("… thành phố" in a centrally-run city), its pack's own included. */
function titleHint(context: TitleContext): string {
  const titles = titleCatalogue(context.naming, context.localTitles);
  return `Một trong: ${awardCodes(context).map((code) => titles[code].label).join('; ')}. Có thể viết tắt (LĐTT, CSTĐCS…).`;
}

/** One guide per field of IMPORT_FIELDS (the unit test checks none is missing). */
export const COLUMN_GUIDES: Record<ImportKind, Record<string, ColumnGuide>> = {
  units: {
    name: { hint: 'Tên đầy đủ của đơn vị; không trùng với đơn vị đã có.', example: 'Tổ dân phố 13', width: 36 },
    kind: {
      hint: `Một trong: ${Object.values(UNIT_KIND_LABELS).join('; ')}. Để trống thì phần mềm đoán theo tên.`,
      example: UNIT_KIND_LABELS.tdp,
      width: 26,
    },
    block: { hint: 'Tên khối thi đua đã có trong danh mục; có thể để trống.', example: 'Khối Tổ dân phố', width: 26 },
    headName: { hint: 'Họ tên người đứng đầu đơn vị.', example: 'Nguyễn Văn An', width: 26 },
    address: { hint: 'Địa chỉ trụ sở hoặc địa bàn.', example: 'Đường Trần Phú', width: 30 },
  },
  people: {
    fullName: { hint: 'Họ và tên đầy đủ, có dấu.', example: 'Nguyễn Thị Hoà', width: 30 },
    gender: { hint: `${GENDER_LABELS.male} hoặc ${GENDER_LABELS.female}.`, example: GENDER_LABELS.female, width: 12 },
    birthYear: { hint: 'Năm sinh (1980) hoặc ngày sinh (05/03/1980).', example: '1980', width: 12 },
    position: { hint: 'Chức vụ, chức danh hiện tại.', example: 'Tổ trưởng', width: 24 },
    unit: { hint: UNIT_NAME_HINT, example: 'Tổ dân phố 3', width: 30 },
    phone: { hint: 'Không bắt buộc.', example: '0905123456', width: 16 },
    deathDate: { hint: 'Chỉ ghi khi người này đã mất: ngày/tháng/năm (05/03/2020).', example: '', width: 14 },
  },
  nominations: {
    nominee: {
      hint: 'Họ tên cá nhân (đã có trong danh mục “Cá nhân”) hoặc tên tập thể (đã có trong danh mục đơn vị).',
      example: 'Nguyễn Thị Hoà',
      width: 32,
    },
    birthYear: { hint: 'Cần khi có nhiều người trùng họ tên.', example: '1980', width: 12 },
    unit: { hint: UNIT_NAME_HINT, example: 'Tổ dân phố 3', width: 30 },
    title: {
      hint: titleHint({ naming: DEFAULT_NAMING, localTitles: [] }),
      example: 'Lao động tiên tiến',
      width: 32,
    },
    year: { hint: 'Năm xét khen thưởng.', example: '2026', width: 10 },
    summary: { hint: 'Tóm tắt thành tích; không bắt buộc.', example: 'Hoàn thành xuất sắc nhiệm vụ được giao.', width: 48 },
  },
};

/** Rows of the blank sheet that get the gender drop-down. */
const VALIDATED_ROWS = 2000;

export function templateFileName(kind: ImportKind): string {
  return `${IMPORT_KINDS[kind].templateName}.xlsx`;
}

export async function buildImportTemplate(kind: ImportKind, context?: TitleContext): Promise<Uint8Array> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'ThiDua';
  const fields = IMPORT_FIELDS[kind];
  const guides = kind === 'nominations' && context ? { ...COLUMN_GUIDES[kind], title: { ...COLUMN_GUIDES[kind].title, hint: titleHint(context) } } : COLUMN_GUIDES[kind];

  const list = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  list.columns = fields.map((f) => ({ header: f.label, key: f.key, width: guides[f.key].width }));
  list.getRow(1).font = { bold: true };
  const genderColumn = fields.findIndex((f) => f.key === 'gender');
  if (genderColumn >= 0) {
    const letter = list.getColumn(genderColumn + 1).letter;
    for (let row = 2; row <= VALIDATED_ROWS; row += 1) {
      list.getCell(`${letter}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${GENDER_LABELS.male},${GENDER_LABELS.female}"`],
        showErrorMessage: true,
        errorTitle: 'Giới tính',
        error: `Chọn ${GENDER_LABELS.male} hoặc ${GENDER_LABELS.female}.`,
      };
    }
  }

  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.columns = [
    { header: 'Cột', width: 28 },
    { header: 'Bắt buộc', width: 10 },
    { header: 'Cách ghi', width: 70 },
    { header: 'Ví dụ', width: 30 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const field of fields) {
    const row = guide.addRow([field.label, field.required ? 'Có' : '', guides[field.key].hint, guides[field.key].example]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  guide.addRow([]);
  guide.addRow(['Ghi dữ liệu ở trang “Danh sách”, mỗi dòng một bản ghi, giữ nguyên dòng tiêu đề.']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
