/**
 * A backup read a batch of rows at a time (issue 14: restore within about twice the file's size).
 * A file in the exact canonical layout ThiDua writes (encodeChecksummed) is located by a byte scan,
 * its checksum is that of its own bytes, and its rows are parsed, upgraded and validated about a
 * megabyte at a time and handed on; nothing holds the whole ward as objects. Any other file (older
 * writers, a byte-order mark, edited or damaged) is read whole by the definition in backup.ts, so
 * every refusal stays what it was.
 */
import { checkStructure, decodeUtf8, parseJsonText, sha256Hex } from './fileFormat';
import type { ReadLimits } from './fileFormat';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** Rows are parsed this many bytes at a time (cut at the next row boundary). */
const BATCH_BYTES = 1 << 20;

/** One table's rows in the file: the bytes between its brackets, cut into batches at row boundaries. */
export interface TableSpan {
  name: string;
  /** Offsets of batch starts, then the end of the last batch (the closing bracket). */
  cuts: number[];
}

export interface BackupLayout {
  /** The envelope's fields other than the tables and the checksum, parsed. */
  header: Record<string, unknown>;
  tables: TableSpan[];
  /** Where `,"checksum":` begins: the content's canonical bytes are those before it, then `}`. */
  contentEnd: number;
  checksum: string;
}

/** The header keys in canonical (sorted) order, as encodeChecksummed writes them. */
const HEADER_KEYS = ['appVersion', 'createdAt', 'format', 'formatVersion', 'schemaVersion'];

/** Index of the quote closing the string that opens at `start`, or -1. */
function stringEnd(bytes: Uint8Array, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, at);
    if (quote < 0) return -1;
    let slashes = 0;
    while (bytes[quote - 1 - slashes] === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

/**
 * The end (exclusive) of the array opening at `start`, recording where batches of about BATCH_BYTES
 * begin (after a comma between two of its elements); -1 if it never closes.
 */
function scanArray(bytes: Uint8Array, start: number, cuts: number[]): number {
  let depth = 0;
  let batchStart = start + 1;
  cuts.push(batchStart);
  for (let at = start; at < bytes.length; at += 1) {
    const c = bytes[at];
    if (c === QUOTE) {
      at = stringEnd(bytes, at);
      if (at < 0) return -1;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) depth += 1;
    else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth -= 1;
      if (depth === 0) {
        cuts.push(at);
        return at + 1;
      }
    } else if (c === COMMA && depth === 1 && at - batchStart >= BATCH_BYTES) {
      batchStart = at + 1;
      cuts.push(batchStart);
    }
  }
  return -1;
}

/** The end (exclusive) of a scalar (number, true, false, null) starting at `start`. */
function scalarEnd(bytes: Uint8Array, start: number): number {
  let at = start;
  while (at < bytes.length && bytes[at] !== COMMA && bytes[at] !== CLOSE_OBJECT) at += 1;
  return at;
}

function expectByte(bytes: Uint8Array, at: number, byte: number): boolean {
  return bytes[at] === byte;
}

/** `"key":` at `at`: the key and the offset of its value, or null. */
function readKey(bytes: Uint8Array, at: number, decoder: TextDecoder): { key: string; value: number } | null {
  if (!expectByte(bytes, at, QUOTE)) return null;
  const end = stringEnd(bytes, at);
  if (end < 0 || !expectByte(bytes, end + 1, COLON)) return null;
  return { key: JSON.parse(decoder.decode(bytes.subarray(at, end + 1))) as string, value: end + 2 };
}

/**
 * Where the parts of a backup in ThiDua's own canonical layout lie, or null for any other file (it is
 * then read whole). Only the layout is checked here; the values are parsed and checked by the reader.
 */
export function canonicalLayout(bytes: Uint8Array): BackupLayout | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    if (!expectByte(bytes, 0, OPEN_OBJECT)) return null;
    let at = 1;
    const header: Record<string, unknown> = {};
    for (const expected of HEADER_KEYS) {
      const entry = readKey(bytes, at, decoder);
      if (!entry || entry.key !== expected) return null;
      const end = bytes[entry.value] === QUOTE ? stringEnd(bytes, entry.value) + 1 : scalarEnd(bytes, entry.value);
      if (end <= entry.value) return null;
      header[expected] = JSON.parse(decoder.decode(bytes.subarray(entry.value, end)));
      if (!expectByte(bytes, end, COMMA)) return null;
      at = end + 1;
    }
    const tablesEntry = readKey(bytes, at, decoder);
    if (!tablesEntry || tablesEntry.key !== 'tables' || !expectByte(bytes, tablesEntry.value, OPEN_OBJECT)) return null;
    at = tablesEntry.value + 1;
    const tables: TableSpan[] = [];
    while (!expectByte(bytes, at, CLOSE_OBJECT)) {
      if (tables.length > 0) {
        if (!expectByte(bytes, at, COMMA)) return null;
        at += 1;
      }
      const entry = readKey(bytes, at, decoder);
      // Canonical: names in sorted order, each once, each an array.
      if (!entry || (tables.length > 0 && entry.key <= tables[tables.length - 1].name) || !expectByte(bytes, entry.value, OPEN_ARRAY)) return null;
      const cuts: number[] = [];
      const end = scanArray(bytes, entry.value, cuts);
      if (end < 0) return null;
      tables.push({ name: entry.key, cuts });
      at = end;
    }
    const contentEnd = at + 1;
    const tail = decoder.decode(bytes.subarray(contentEnd));
    const checksum = /^,"checksum":"([0-9a-f]{64})"\}$/.exec(tail)?.[1];
    return checksum ? { header, tables, contentEnd, checksum } : null;
  } catch {
    return null;
  }
}

/**
 * The SHA-256 of the content's canonical bytes: the file up to the checksum entry, closed by `}`.
 * The closing brace is written over the entry's comma for the digest and put back, so the file is not copied.
 */
export async function layoutChecksum(bytes: Uint8Array<ArrayBuffer>, layout: BackupLayout): Promise<string> {
  bytes[layout.contentEnd] = CLOSE_OBJECT;
  try {
    return await sha256Hex(bytes.subarray(0, layout.contentEnd + 1));
  } finally {
    bytes[layout.contentEnd] = COMMA;
  }
}

/** The rows of one table, a batch at a time (with the batch's size in bytes), each parsed and checked for hostile structure (as readJsonFile checks a whole file). */
export function* tableBatches(bytes: Uint8Array, span: TableSpan, limits: ReadLimits, what: string): Generator<{ rows: unknown[]; bytes: number }> {
  // A row sits three levels down (envelope → tables → the table's array); the batch's array is at the table's level.
  const rowLimits = { ...limits, maxDepth: limits.maxDepth - 2 };
  for (let i = 0; i + 1 < span.cuts.length; i += 1) {
    const start = span.cuts[i];
    const end = span.cuts[i + 1] - (i + 2 < span.cuts.length ? 1 : 0);
    if (end <= start) continue;
    const rows = parseJsonText(`[${decodeUtf8(bytes.subarray(start, end), what)}]`, what) as unknown[];
    checkStructure(rows, rowLimits);
    yield { rows, bytes: span.cuts[i + 1] - start };
  }
}

/** Bytes of the file's rows, for a progress fraction. */
export function rowBytes(layout: BackupLayout): number {
  return layout.tables.reduce((n, t) => n + (t.cuts[t.cuts.length - 1] - t.cuts[0]), 0);
}
