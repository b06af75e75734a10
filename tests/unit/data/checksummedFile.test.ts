import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, encodeChecksummed, sha256Hex } from '../../../src-renderer/data/fileFormat';

/** The canonical form by its definition: keys sorted at every level, undefined values left out, no whitespace. */
function sortedJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : sortedJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record).filter((k) => record[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${sortedJson(record[k])}`).join(',')}}`;
}

describe('the canonical form', () => {
  it('is the definition for any JSON value, whatever the key order and nesting', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.object(), (json, object) => {
        expect(canonicalJson(json)).toBe(sortedJson(json));
        expect(canonicalJson(object)).toBe(sortedJson(object));
        expect(canonicalJson([object, json])).toBe(sortedJson([object, json]));
      }),
      { numRuns: 300 },
    );
  });

  it('writes a key that is present in one object and absent in its sibling only where it is', () => {
    const value = { b: [{ z: 1, a: { y: 2, c: 3 } }, { a: 1 }, { c: undefined, b: null }], a: 'x' };
    expect(canonicalJson(value)).toBe('{"a":"x","b":[{"a":{"c":3,"y":2},"z":1},{"a":1},{"b":null}]}');
  });

  it('keeps the definition for values JSON.stringify would write differently (a Date, an own "__proto__" key)', () => {
    const withDate = { at: new Date(0), a: 1 };
    expect(canonicalJson(withDate)).toBe('{"a":1,"at":{}}');
    const hostile = JSON.parse('{"b":1,"__proto__":{"x":1}}');
    expect(canonicalJson(hostile)).toBe(sortedJson(hostile));
  });
});

describe('a checksummed file written in one pass', () => {
  it('is the canonical bytes of the content with the checksum of exactly those bytes as its last key', async () => {
    const content = {
      tables: { people: [{ z: 1, a: 'Nguyễn Thị Hoà', skip: undefined }, { nested: [1, undefined, { b: 2, a: 1 }] }], audit: [] },
      format: 'thidua-backup',
      appVersion: '0.1.0',
    };
    const file = await encodeChecksummed(content);
    const text = new TextDecoder().decode(file);
    const canonical = canonicalJson(content);
    expect(text).toBe(`${canonical.slice(0, -1)},"checksum":"${await sha256Hex(canonical)}"}`);
    const { checksum, ...parsed } = JSON.parse(text);
    expect(canonicalJson(parsed)).toBe(canonical);
    expect(checksum).toBe(await sha256Hex(canonical));
  });

  it('gives the same bytes as canonicalJson for any JSON content, across the chunk boundaries of a big table', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.array(fc.jsonValue(), { maxLength: 20 })), async (tables) => {
        const content = { createdAt: '2026-11-20', tables };
        const text = new TextDecoder().decode(await encodeChecksummed(content));
        expect(text.slice(0, text.lastIndexOf(',"checksum":'))).toBe(canonicalJson(content).slice(0, -1));
      }),
      { numRuns: 60 },
    );
    const big = { tables: { rows: Array.from({ length: 30_000 }, (_, i) => ({ id: `r${i}`, text: 'Chiến sĩ thi đua cơ sở '.repeat(3) })) } };
    const text = new TextDecoder().decode(await encodeChecksummed(big));
    expect(text.length).toBeGreaterThan(2 << 20);
    expect(text.slice(0, -79)).toBe(canonicalJson(big).slice(0, -1));
  });
});
