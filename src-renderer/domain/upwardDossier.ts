/**
 * The dossier sent upward as one package (SPEC §11): its parts in the order the upper level reads
 * them (Luật TĐKT 2022 Đ84.1: tờ trình, báo cáo thành tích, biên bản bình xét, kết quả kiểm phiếu),
 * the files each part needs for the province's channel — Word and PDF (QĐ 311/QĐ-BNV 2025), PDF only,
 * or paper — named in order, and the manifest that lists every file with its SHA-256. Paper and
 * electronic versions share one number (NĐ 30/2020 Đ15.1), so a part carries its document's number.
 */
import { asciiWords } from './text';

export type UpwardFormat = 'wordAndPdf' | 'pdf' | 'paper';

/** What the province's channel asks for: a province setting. */
export interface UpwardDossierSetting {
  format: UpwardFormat;
  /** Paper sets sent with (or instead of) the files. */
  paperCopies: number;
}

export const UPWARD_FORMAT_LABELS: Record<UpwardFormat, string> = {
  wordAndPdf: 'Tệp Word và tệp PDF (kèm bản giấy)',
  pdf: 'Chỉ tệp PDF',
  paper: 'Bản giấy (in từ tệp PDF)',
};

export type UpwardPartRole = 'submission' | 'list' | 'meetingMinutes' | 'voteCountMinutes' | 'achievementReport' | 'attachment';

export interface UpwardPart {
  role: UpwardPartRole;
  /** As the manifest and the screen name it: "Tờ trình", "Báo cáo thành tích của Nguyễn Văn An". */
  label: string;
  /** The register row the part is built from; null while it has not been issued (or for an attachment). */
  documentId: string | null;
  numberText: string;
  date: string;
  signer: string;
  /** An attachment's own file name, e.g. "xac-nhan-sang-kien.pdf". */
  fileName?: string;
  /** The nomination an achievement report is written for. */
  nominationId?: string;
}

/**
 * The kinds of file the ward may add to a dossier, recognised by their extension and their first bytes
 * (a renamed file is not taken for what its name says): a scan or a signed paper as PDF or picture, a
 * text as Word.
 */
export const ATTACHMENT_KINDS = {
  pdf: { mediaType: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: [[0x50, 0x4b, 0x03, 0x04]] },
  jpg: { mediaType: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  jpeg: { mediaType: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]] },
  png: { mediaType: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
} as const satisfies Record<string, { mediaType: string; magic: readonly (readonly number[])[] }>;
export type AttachmentExtension = keyof typeof ATTACHMENT_KINDS;

/** One attachment at most this size (the registrations' file limit) … */
export const MAX_ATTACHMENT_BYTES = 3_000_000;
/**
 * … and all of a dossier's together at most this: they travel inside the dossier's record, which the
 * office hub replicates as one document (CouchDB refuses a document over 8 MB by default; base64 adds a third).
 */
export const MAX_ATTACHMENTS_TOTAL_BYTES = 5_000_000;
export const MAX_ATTACHMENTS = 20;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/**
 * Why a file cannot be added to the dossier, in Vietnamese; null when it can. `keptBytes` is the size of
 * the attachments already kept, `keptCount` their number.
 */
export function attachmentRefusal(name: string, head: Uint8Array, size: number, keptBytes: number, keptCount: number): string | null {
  const extension = extensionOf(name) as AttachmentExtension;
  const kind = Object.hasOwn(ATTACHMENT_KINDS, extension) ? ATTACHMENT_KINDS[extension] : null;
  if (!kind) return `Tệp “${name}” không nhận được: tài liệu kèm theo phải là tệp PDF, Word (.docx) hoặc ảnh (.jpg, .png).`;
  if (size === 0) return `Tệp “${name}” trống.`;
  if (!kind.magic.some((m) => m.every((b, i) => head[i] === b))) return `Tệp “${name}” không phải tệp ${extension.toUpperCase()} thật (nội dung không khớp với phần mở rộng).`;
  if (size > MAX_ATTACHMENT_BYTES) return `Tệp “${name}” lớn hơn ${megabytes(MAX_ATTACHMENT_BYTES)}. Hãy quét lại với độ phân giải thấp hơn hoặc lưu dạng PDF nén.`;
  if (keptCount >= MAX_ATTACHMENTS) return `Hồ sơ đã có ${MAX_ATTACHMENTS} tài liệu kèm theo, không thêm được nữa.`;
  if (keptBytes + size > MAX_ATTACHMENTS_TOTAL_BYTES) {
    return `Không thêm được “${name}”: các tài liệu kèm theo của một hồ sơ cộng lại không quá ${megabytes(MAX_ATTACHMENTS_TOTAL_BYTES)} (đã có ${megabytes(keptBytes)}).`;
  }
  return null;
}

export function attachmentMediaType(name: string): string {
  const extension = extensionOf(name) as AttachmentExtension;
  return Object.hasOwn(ATTACHMENT_KINDS, extension) ? ATTACHMENT_KINDS[extension].mediaType : 'application/octet-stream';
}

export type FileKind = 'docx' | 'pdf' | 'attachment';

export interface PackageFile {
  /** Index of the part in the dossier, 0-based. */
  part: number;
  kind: FileKind;
  /** "01-to-trinh.docx". */
  name: string;
}

/** "01-to-trinh", "04-bao-cao-thanh-tich-nguyen-van-an": the part's order and its words in ASCII. */
export function partStem(part: UpwardPart, index: number): string {
  const words = asciiWords(part.role === 'attachment' ? (part.fileName ?? part.label).replace(/\.[^.]+$/u, '') : part.label).toLowerCase();
  return `${String(index + 1).padStart(2, '0')}-${words.slice(0, 60).replace(/-+$/u, '')}`;
}

function extensionOf(name: string): string {
  return /\.([A-Za-z0-9]+)$/u.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** "Ho-so-gui-cap-tren-01-TTr-UBND-2026": the package's folder (and .zip) named by its tờ trình's number and year. */
export function packageName(submission: Pick<UpwardPart, 'numberText' | 'date'>): string {
  return `Ho-so-gui-cap-tren-${submission.numberText.replace(/[^A-Za-z0-9]+/gu, '-')}-${submission.date.slice(0, 4)}`;
}

/**
 * The files of the package, in order: each document part as .docx and .pdf for Word and PDF, as .pdf
 * for PDF only and for paper (the set is printed from it); an attachment as the file the ward added.
 */
export function packageFiles(parts: readonly UpwardPart[], format: UpwardFormat): PackageFile[] {
  return parts.flatMap((part, i): PackageFile[] => {
    const stem = partStem(part, i);
    if (part.role === 'attachment') return [{ part: i, kind: 'attachment', name: `${stem}.${extensionOf(part.fileName ?? '') || 'pdf'}` }];
    const kinds: FileKind[] = format === 'wordAndPdf' ? ['docx', 'pdf'] : ['pdf'];
    return kinds.map((kind) => ({ part: i, kind, name: `${stem}.${kind}` }));
  });
}

/**
 * Why the dossier cannot be marked "Sẵn sàng gửi" yet, one line per missing part: a document not
 * issued has no file; an attachment the PDF-only channel cannot take has the wrong one.
 */
export function missingParts(parts: readonly UpwardPart[], format: UpwardFormat): string[] {
  const missing: string[] = [];
  if (!parts.some((p) => p.role === 'submission')) missing.push('Tờ trình');
  for (const part of parts) {
    if (part.role === 'attachment') {
      if (format !== 'wordAndPdf' && extensionOf(part.fileName ?? '') !== 'pdf') missing.push(`${part.label} (cần tệp PDF)`);
    } else if (!part.documentId) {
      missing.push(part.label);
    }
  }
  return missing;
}

/** The refusal of "Sẵn sàng gửi", naming what is missing; null when every required file exists. */
export function readinessRefusal(parts: readonly UpwardPart[], format: UpwardFormat): string | null {
  const missing = missingParts(parts, format);
  return missing.length === 0 ? null : `Chưa thể chuyển sang “Sẵn sàng gửi”: còn thiếu ${missing.join('; ')}.`;
}

export interface ManifestRow {
  part: string;
  file: string;
  number: string;
  date: string;
  signer: string;
  sha256: string;
}

/** One row per file, in the package's order. `hashes` holds each file's SHA-256 by name. */
export function manifestRows(parts: readonly UpwardPart[], files: readonly PackageFile[], hashes: ReadonlyMap<string, string>): ManifestRow[] {
  return files.map((f) => {
    const part = parts[f.part];
    const sha256 = hashes.get(f.name);
    if (!sha256) throw new Error(`Thiếu mã băm của tệp ${f.name}.`);
    return { part: part.label, file: f.name, number: part.numberText, date: part.date, signer: part.signer, sha256 };
  });
}

export const MANIFEST_COLUMNS: Record<keyof ManifestRow, string> = {
  part: 'Thành phần',
  file: 'Tệp',
  number: 'Số, ký hiệu',
  date: 'Ngày',
  signer: 'Người ký',
  sha256: 'SHA-256',
};

function csvCell(value: string): string {
  // A cell that a spreadsheet would read as a formula is kept as text.
  const safe = /^[=+\-@]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** The manifest as CSV: a BOM so Excel reads UTF-8, CRLF lines, quoted where needed. */
export function manifestCsv(rows: readonly ManifestRow[]): string {
  const keys = Object.keys(MANIFEST_COLUMNS) as (keyof ManifestRow)[];
  const lines = [keys.map((k) => MANIFEST_COLUMNS[k]), ...rows.map((r) => keys.map((k) => r[k]))];
  return `\ufeff${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
