/**
 * Words and file names of the documents the app issues (DOMAIN.md §5 T1–T10). Free of docx/exceljs:
 * screens import this eagerly and load the builders only when a document is opened.
 */
import type { DocumentKind } from '../../domain/vocabulary';
import type { TableName } from '../../data/db';
import { asciiWords } from '../../domain/text';

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  submission: 'Tờ trình',
  meetingMinutes: 'Biên bản họp Hội đồng',
  ballotPaper: 'Phiếu bầu',
  voteCountMinutes: 'Biên bản kiểm phiếu',
  decision: 'Quyết định',
  personalReport: 'Báo cáo thành tích cá nhân',
  collectiveReport: 'Báo cáo thành tích tập thể',
  scoreTable: 'Bảng tổng hợp điểm',
  goodDeedsLetter: 'Công văn giới thiệu điển hình',
  annualReport: 'Báo cáo tổng kết năm',
  movementPlan: 'Kế hoạch phát động phong trào thi đua',
  cultureProposal: 'Văn bản đề nghị Gia đình văn hóa',
  cultureHouseholdList: 'Danh sách hộ Gia đình văn hóa',
  cultureMinutes: 'Biên bản họp bình xét Gia đình văn hóa',
};

export const DOCUMENT_KINDS = Object.keys(DOCUMENT_KIND_LABELS) as DocumentKind[];

/** Lists sent upward also go as .xlsx (SPEC §6). */
export type ListKind = 'submission' | 'decision' | 'scoreTable' | 'goodDeedsLetter';

export function hasXlsxList(kind: DocumentKind): kind is ListKind {
  return kind === 'submission' || kind === 'decision' || kind === 'scoreTable' || kind === 'goodDeedsLetter';
}

/** Where a register row came from, as the list shows it. */
export const SOURCE_LABELS: Partial<Record<TableName, string>> = {
  meetings: 'Phiên họp',
  nominations: 'Đề nghị khen thưởng',
  criteriaSets: 'Kết quả chấm điểm',
  scoreSheets: 'Kết quả chấm điểm',
  goodDeeds: 'Người tốt, việc tốt',
  wardProfile: 'Tổng kết năm',
  movements: 'Phong trào thi đua',
  cultureReviews: 'Bình xét Gia đình văn hóa',
};

/**
 * "Bien-ban-hop-Hoi-dong-01-BB-HDTDKT-2026.docx": ASCII, so every file system and mail client keeps it,
 * and unique, so saving one document never overwrites another: a number with its year (numbers start
 * again each year); an unnumbered one (phiếu bầu) takes its date, its subject and its register entry.
 */
export function documentFileName(
  doc: { id: string; kind: DocumentKind; numberText: string; date: string; title: string },
  extension: 'docx' | 'xlsx',
): string {
  const kind = asciiWords(DOCUMENT_KIND_LABELS[doc.kind]);
  const own = doc.numberText
    ? `${asciiWords(doc.numberText)}-${doc.date.slice(0, 4)}`
    : [doc.date, subjectWords(doc.title, kind), doc.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 6)].filter(Boolean).join('-');
  return `${extension === 'xlsx' ? 'Danh-sach-' : ''}${kind}-${own}.${extension}`;
}

/** The title in ASCII words without the kind's own words in front, short enough for a file name. */
function subjectWords(title: string, kind: string): string {
  const words = asciiWords(title);
  const subject = words.toLowerCase().startsWith(kind.toLowerCase()) ? words.slice(kind.length).replace(/^-+/, '') : words;
  return subject.slice(0, 60).replace(/-+$/, '');
}
