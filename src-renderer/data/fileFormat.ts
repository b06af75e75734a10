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

/** JSON with object keys sorted at every level and no whitespace: the same data gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
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
function checkStructure(root: unknown, limits: ReadLimits): void {
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

/** Bytes → parsed JSON, refusing anything oversized, malformed or hostile. */
export function readJsonFile(input: Uint8Array | string, limits: ReadLimits, what: string): unknown {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size === 0) throw new FileRejectedError('empty', `Tệp ${what} rỗng.`);
  if (size > limits.maxBytes) {
    throw new FileRejectedError('size', `Tệp ${what} quá lớn (${formatMb(size)}, tối đa ${formatMb(limits.maxBytes)}).`);
  }
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new FileRejectedError('encoding', `Tệp ${what} không phải văn bản UTF-8; có thể chọn nhầm tệp hoặc tệp đã hỏng.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new FileRejectedError('json', `Tệp ${what} không đọc được (không phải JSON hợp lệ, có thể bị cắt cụt khi sao chép).`);
  }
  checkStructure(parsed, limits);
  return parsed;
}

export function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}
