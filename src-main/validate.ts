import type { BackupReply, FileFilter, FolderFile, PrintPagesRequest, PrintToPdfRequest, SaveFileRequest, WriteFolderRequest } from './bridge';

/**
 * Hand-written validators for every IPC argument. The renderer is treated as untrusted input:
 * a compromised page must not be able to make the host write outside a user-chosen path,
 * exhaust memory, or smuggle prototype keys. Kept dependency-free so the packaged app ships
 * no node_modules.
 */

export class IpcValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IpcValidationError';
  }
}

/** Large enough for a big ward's backup or a long document with pictures; small enough to refuse abuse. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
const MAX_NAME_LENGTH = 200;
const MAX_FILTERS = 10;
const MAX_EXTENSIONS = 10;

const REQUEST_ID = /^[0-9a-f-]{36}$/;

function fail(message: string): never {
  throw new IpcValidationError(message);
}

/** A plain object with exactly the allowed keys (missing optional ones are fine). */
function expectRecord(value: unknown, what: string, allowed: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what}: cần một đối tượng`);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) fail(`${what}: kiểu đối tượng không hợp lệ`);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${what}: trường không được phép "${key}"`);
  }
  return value as Record<string, unknown>;
}

export function expectString(value: unknown, what: string, maxLength: number): string {
  if (typeof value !== 'string') fail(`${what}: cần một chuỗi`);
  if (value.length === 0 || value.length > maxLength) fail(`${what}: độ dài không hợp lệ`);
  return value;
}

export function expectBytes(value: unknown, what: string): Uint8Array {
  if (!(value instanceof Uint8Array)) fail(`${what}: cần dữ liệu nhị phân (Uint8Array)`);
  if (value.byteLength === 0) fail(`${what}: dữ liệu rỗng`);
  if (value.byteLength > MAX_FILE_BYTES) fail(`${what}: dữ liệu quá lớn`);
  return value;
}

export function expectNoArguments(args: readonly unknown[]): void {
  if (args.length > 0) fail('Lời gọi này không nhận tham số');
}

// Characters Windows forbids in file names, plus controls; the document number "05/TTr-UBND"
// naturally contains a slash, so these are replaced rather than refused.
const UNSAFE_FILE_NAME_CHARS = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** Turns a suggested name into a bare file name (never a path). Only a suggestion: the user picks the real path. */
export function sanitizeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(UNSAFE_FILE_NAME_CHARS, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned.length === 0 || WINDOWS_RESERVED.test(cleaned)) return 'tai-lieu';
  return cleaned;
}

function parseFilters(value: unknown): FileFilter[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > MAX_FILTERS) fail('filters: cần một danh sách ngắn');
  return value.map((item) => {
    const filter = expectRecord(item, 'filter', ['name', 'extensions']);
    const name = expectString(filter.name, 'filter.name', 100);
    const extensions = filter.extensions;
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS) {
      fail('filter.extensions: cần một danh sách ngắn');
    }
    return {
      name,
      extensions: extensions.map((ext) => {
        if (typeof ext !== 'string' || !/^[A-Za-z0-9]{1,10}$/.test(ext)) fail('filter.extensions: phần mở rộng không hợp lệ');
        return ext;
      }),
    };
  });
}

export function parseSaveFileRequest(value: unknown): SaveFileRequest {
  const request = expectRecord(value, 'saveFile', ['suggestedName', 'bytes', 'filters']);
  const suggestedName = sanitizeFileName(expectString(request.suggestedName, 'suggestedName', MAX_NAME_LENGTH));
  const bytes = expectBytes(request.bytes, 'bytes');
  const filters = parseFilters(request.filters);
  return filters ? { suggestedName, bytes, filters } : { suggestedName, bytes };
}

/** A dossier's parts, twice (.docx and .pdf), with attachments and manifests: well under this. */
export const MAX_FOLDER_FILES = 1000;

/**
 * A folder to write: its name and every file's a bare name (never a path), the names unique once made
 * safe (so one file cannot overwrite another), the bytes together no more than one file may carry.
 */
export function parseWriteFolderRequest(value: unknown): WriteFolderRequest {
  const request = expectRecord(value, 'writeFolder', ['token', 'folderName', 'files']);
  const token = expectString(request.token, 'token', 36);
  if (!REQUEST_ID.test(token)) fail('token: không hợp lệ');
  const folderName = sanitizeFileName(expectString(request.folderName, 'folderName', MAX_NAME_LENGTH));
  const files = request.files;
  if (!Array.isArray(files) || files.length === 0 || files.length > MAX_FOLDER_FILES) fail('files: cần một danh sách tệp (1–1000)');
  const seen = new Set<string>();
  let total = 0;
  const parsed = files.map((item, i): FolderFile => {
    const file = expectRecord(item, `files[${i}]`, ['name', 'bytes']);
    const name = sanitizeFileName(expectString(file.name, `files[${i}].name`, MAX_NAME_LENGTH));
    const key = name.toLowerCase();
    if (seen.has(key)) fail(`files[${i}].name: trùng tên tệp "${name}"`);
    seen.add(key);
    const bytes = expectBytes(file.bytes, `files[${i}].bytes`);
    total += bytes.byteLength;
    if (total > MAX_FILE_BYTES) fail('files: tổng dữ liệu quá lớn');
    return { name, bytes };
  });
  return { token, folderName, files: parsed };
}

export function parsePrintToPdfRequest(value: unknown): PrintToPdfRequest {
  const request = expectRecord(value, 'printToPdf', ['suggestedName']);
  const name = sanitizeFileName(expectString(request.suggestedName, 'suggestedName', MAX_NAME_LENGTH));
  return { suggestedName: /\.pdf$/i.test(name) ? name : `${name}.pdf` };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A print job's pages: enough for a 500-line decision twice over. */
const MAX_PRINT_PAGES = 1000;

function expectMillimetres(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 50 || value > 1000) fail(`${what}: cần số milimét từ 50 đến 1000`);
  return value;
}

export function parsePrintPagesRequest(value: unknown): PrintPagesRequest {
  const request = expectRecord(value, 'printPages', ['title', 'widthMm', 'heightMm', 'pages']);
  const title = expectString(request.title, 'title', 300);
  const widthMm = expectMillimetres(request.widthMm, 'widthMm');
  const heightMm = expectMillimetres(request.heightMm, 'heightMm');
  if (!Array.isArray(request.pages) || request.pages.length === 0 || request.pages.length > MAX_PRINT_PAGES) {
    fail(`pages: cần từ 1 đến ${MAX_PRINT_PAGES} trang`);
  }
  let total = 0;
  const pages = request.pages.map((page: unknown, i: number) => {
    const bytes = expectBytes(page, `pages[${i}]`);
    if (!PNG_SIGNATURE.every((b, k) => bytes[k] === b)) fail(`pages[${i}]: không phải ảnh PNG`);
    total += bytes.byteLength;
    return bytes;
  });
  if (total > MAX_FILE_BYTES) fail('pages: dữ liệu quá lớn');
  return { title, widthMm, heightMm, pages };
}


export function parseBackupReply(value: unknown): BackupReply {
  const reply = expectRecord(value, 'backupReply', ['id', 'bytes', 'error']);
  const id = expectString(reply.id, 'id', 36);
  if (!REQUEST_ID.test(id)) fail('id: không hợp lệ');
  if ('bytes' in reply === 'error' in reply) fail('backupReply: cần đúng một trong "bytes" hoặc "error"');
  if ('error' in reply) return { id, error: expectString(reply.error, 'error', 2000) };
  return { id, bytes: expectBytes(reply.bytes, 'bytes') };
}

/** Checks a handler's argument count, so extra arguments cannot slip past a validator. */
export function expectOneArgument(args: readonly unknown[]): unknown {
  if (args.length !== 1) fail('Lời gọi này cần đúng một tham số');
  return args[0];
}
