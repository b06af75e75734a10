/**
 * Shared machinery of the files ThiDua writes and reads (backups, exchange packages): canonical JSON
 * for checksums, SHA-256, and a defensive reader that refuses oversized, non-UTF-8, non-JSON or
 * hostile input (prototype-pollution keys, absurd nesting, huge strings) before anything else looks at it.
 */

// `?.`: the end-to-end tests import this file outside Vite (to write test backups).
export const APP_VERSION: string = import.meta.env?.VITE_APP_VERSION ?? 'dev';

/** Why a file was refused; the message is Vietnamese and says what to do. */
export class FileRejectedError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'FileRejectedError';
    this.code = code;
  }
}

/**
 * Every object key found in `value`, or null when it holds something JSON.stringify would not write
 * as its own keys (a Date or any other value with toJSON).
 */
function keysWithin(value: unknown, keys: Set<string>): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!keysWithin(item, keys)) return false;
    return true;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    // Read back through the property list, "__proto__" would name the prototype, not the key.
    if (key === '__proto__') return false;
    keys.add(key);
    if (!keysWithin((value as Record<string, unknown>)[key], keys)) return false;
  }
  return true;
}

/** The definition of the canonical form, for values the fast path does not take. */
function canonicalBySorting(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalBySorting(v))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalBySorting((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

/**
 * JSON with object keys sorted at every level and no whitespace: the same data gives the same bytes.
 * Written by the engine's own JSON.stringify given every key the value holds, sorted, as its property
 * list: it then writes each object's keys in that order (ECMA-262 SerializeJSONObject), several times
 * faster than sorting and joining in script, which made the backup ~2.4× its raw read.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const keys = new Set<string>();
  if (!keysWithin(value, keys)) return canonicalBySorting(value);
  return JSON.stringify(value, [...keys].sort());
}

export async function sha256Hex(text: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', typeof text === 'string' ? new TextEncoder().encode(text) : text);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const ROWS_PER_PIECE = 2000;

/**
 * Awaited before each batch of a table's rows (`from` 0: the table begins): where a long encoding
 * may yield its thread, report progress, or stop by throwing (a cancelled backup).
 */
export type Checkpoint = (rows: readonly unknown[], from: number) => Promise<void> | void;

/**
 * canonicalJson in pieces: containers down to `depth` levels are opened here, deeper values are
 * serialised whole, a table's rows (depth 1) a batch at a time. A value may be a promise (a table still
 * being read): it is awaited when its turn comes, so what has arrived is encoded while the rest is read.
 * Joined, the pieces are exactly canonicalJson of the resolved value.
 */
async function* canonicalPieces(pending: unknown, depth: number, checkpoint?: Checkpoint): AsyncGenerator<string> {
  const value = await pending;
  if (depth === 0 || value === null || typeof value !== 'object') {
    yield canonicalJson(value);
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    if (depth === 1) {
      // A table's rows, a batch at a time: one key sort and one stringify per batch, not per row.
      await checkpoint?.(value, 0);
      for (let i = 0; i < value.length; i += ROWS_PER_PIECE) {
        if (i > 0) {
          await checkpoint?.(value, i);
          yield ',';
        }
        yield canonicalJson(value.slice(i, i + ROWS_PER_PIECE)).slice(1, -1);
      }
    } else {
      for (let i = 0; i < value.length; i += 1) {
        if (i > 0) yield ',';
        if (value[i] === undefined) yield 'null';
        else yield* canonicalPieces(value[i], depth - 1, checkpoint);
      }
    }
    yield ']';
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  yield '{';
  for (let i = 0; i < keys.length; i += 1) {
    yield `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:`;
    yield* canonicalPieces(record[keys[i]], depth - 1, checkpoint);
  }
  yield '}';
}

/** Text gathered before it is encoded: big enough that encoding is cheap per byte, small enough to stay out of the way. */
const CHUNK_CHARS = 1 << 20;

/**
 * A file of `content` with its checksum, written in one pass: the canonical form is serialised once,
 * row by row (`depth` 3: envelope → tables → rows), and encoded in chunks of about a megabyte; the
 * checksum is the SHA-256 of those bytes and goes last ("checksum" as the final key), so the file is
 * the canonical bytes themselves and no second serialisation or giant string is ever made. Readers
 * recompute the canonical form of everything but the checksum, as before.
 */
export async function encodeChecksummed(content: Record<string, unknown>, depth = 3, checkpoint?: Checkpoint): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = () => {
    chunks.push(encoder.encode(pending.join('')));
    pending = [];
    pendingChars = 0;
  };
  for await (const piece of canonicalPieces(content, depth, checkpoint)) {
    pending.push(piece);
    pendingChars += piece.length;
    if (pendingChars >= CHUNK_CHARS) flush();
  }
  flush();
  const size = chunks.reduce((n, c) => n + c.byteLength, 0);
  const tail = (hex: string) => encoder.encode(`,"checksum":"${hex}"}`);
  const file = new Uint8Array(size - 1 + tail('0'.repeat(64)).byteLength);
  let at = 0;
  for (const chunk of chunks) {
    file.set(chunk, at);
    at += chunk.byteLength;
  }
  // The canonical bytes end with the content's closing brace, replaced by the checksum entry.
  file.set(tail(await sha256Hex(file.subarray(0, size))), size - 1);
  return file;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ReadLimits {
  maxBytes: number;
  maxDepth: number;
  maxStringLength: number;
}

function formatMb(bytes: number): string {
  return `${Math.round(bytes / 1_000_000)} MB`;
}

/** Walks parsed JSON iteratively (no recursion limit to hit) and refuses what a sane file never has. */
export function checkStructure(root: unknown, limits: ReadLimits): void {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) {
        throw new FileRejectedError('hostile', `Tệp có một chuỗi dài bất thường (${value.length} ký tự), không phải dữ liệu ThiDua.`);
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.maxDepth) throw new FileRejectedError('hostile', 'Tệp lồng dữ liệu quá sâu, không phải dữ liệu ThiDua.');
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new FileRejectedError('hostile', `Tệp chứa khóa không được phép “${key}” và có thể là tệp độc hại.`);
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
}

/** The refusals that need no parsing: an empty or oversized file, or a zip renamed. */
export function precheckFile(input: Uint8Array | string, limits: ReadLimits, what: string): void {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size === 0) throw new FileRejectedError('empty', `Tệp ${what} rỗng.`);
  if (size > limits.maxBytes) {
    throw new FileRejectedError('size', `Tệp ${what} quá lớn (${formatMb(size)}, tối đa ${formatMb(limits.maxBytes)}).`);
  }
  // A zip (an .xlsx, a .docx, a compressed folder) renamed: not a damaged file but a different one.
  if (typeof input !== 'string' && input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04) {
    throw new FileRejectedError('format', `Tệp này là tệp nén (zip, xlsx, docx…), không phải tệp ${what} ThiDua.`);
  }
}

/** UTF-8 bytes → text, refused when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileRejectedError('encoding', `Tệp ${what} không phải văn bản UTF-8; có thể chọn nhầm tệp hoặc tệp đã hỏng.`);
  }
}

/** Text → parsed JSON, refused when it is not JSON. */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new FileRejectedError('json', `Tệp ${what} không đọc được (không phải JSON hợp lệ, có thể bị cắt cụt khi sao chép).`);
  }
}

/** Bytes → parsed JSON, refusing anything oversized, malformed or hostile. */
export function readJsonFile(input: Uint8Array | string, limits: ReadLimits, what: string): unknown {
  precheckFile(input, limits, what);
  const text = typeof input === 'string' ? input : decodeUtf8(input, what);
  const parsed = parseJsonText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, what);
  checkStructure(parsed, limits);
  return parsed;
}

export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}
