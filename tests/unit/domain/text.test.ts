import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cleanName, compareVi, comparePersonNames, sortByCollatedKeys, sortByPersonName, deepNfc, isDeepNfc, formatDateShort, formatLongDate, formatMoney, formatNumber, formatPercent,
  formatPlaceDate, isValidIsoDate, matchesSearch, nfc, personSortKeyParts, placeNameOf, quoteVi, searchKey,
  splitFullName, upperVi,
} from '../../../src-renderer/domain/text';

const NFD_NGUYEN = 'Nguye\u0302\u0303n';

describe('nfc / deepNfc (DOMAIN.md §9: store NFC)', () => {
  it('composes "Nguyễn" from 8 to 6 code points', () => {
    expect(NFD_NGUYEN.length).toBe(8);
    expect(nfc(NFD_NGUYEN)).toBe('Nguyễn');
    expect(nfc(NFD_NGUYEN).length).toBe(6);
  });

  it('normalises strings nested in arrays and plain objects, keys included, without touching other objects', () => {
    const bytes = new Uint8Array([1, 2]);
    const input = { name: NFD_NGUYEN, list: [NFD_NGUYEN, 3, null, { deep: NFD_NGUYEN }], bytes, [NFD_NGUYEN]: true };
    const out = deepNfc(input);
    expect(out.name).toBe('Nguyễn');
    expect(out.list).toEqual(['Nguyễn', 3, null, { deep: 'Nguyễn' }]);
    expect(out.bytes).toBe(bytes);
    expect(Object.keys(out)).toContain('Nguyễn');
    expect(input.name).toBe(NFD_NGUYEN); // a copy, the input is untouched
  });

  it('is idempotent and never changes non-string leaves (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const once = deepNfc(v);
      expect(deepNfc(once)).toEqual(once);
      expect(JSON.stringify(once).normalize('NFC')).toBe(JSON.stringify(once));
    }));
  });

  it('isDeepNfc: true exactly when deepNfc would change nothing, keys and nested strings included (property)', () => {
    const decomposable = fc.constantFrom('a', 'e\u0302\u0303', 'ễ', 'A\u030A', '\u212B', 'Hoà', 'Ho\u0300a', '\u01C4', ' ', '😀');
    const text = fc.array(decomposable, { maxLength: 4 }).map((parts) => parts.join(''));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.constant(null), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(text, tie('node'), { maxKeys: 3 })),
    })).node;
    fc.assert(fc.property(fc.oneof(value, fc.jsonValue()), (v) => {
      expect(isDeepNfc(v)).toBe(JSON.stringify(deepNfc(v)) === JSON.stringify(v));
    }), { numRuns: 500 });
    expect(isDeepNfc({ name: 'Nguyễn', list: ['Hoà', 1, null] })).toBe(true);
    expect(isDeepNfc({ list: [{ deep: NFD_NGUYEN }] })).toBe(false);
    expect(isDeepNfc({ [NFD_NGUYEN]: 1 })).toBe(false);
    expect(isDeepNfc(new Uint8Array([1]))).toBe(true);
  });
});

describe('cleanName: names and titles without invisible controls', () => {
  const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

  it.each(INVISIBLE.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase()]))('strips U+%s', (hex) => {
    const c = String.fromCodePoint(parseInt(hex, 16));
    expect(cleanName(`${c}Ngu${c}yễn Văn An${c}`)).toBe('Nguyễn Văn An');
  });

  it('shows a reversed-display name as typed, and composes NFC', () => {
    expect(cleanName('\u202E2 Nghườ Đoạn')).toBe('2 Nghườ Đoạn');
    expect(cleanName(NFD_NGUYEN)).toBe('Nguyễn');
  });

  it('keeps legitimate text: every Vietnamese letter and tone, punctuation and digits', () => {
    const text = 'Ỷ Lan, Đặng Thị Ngọc Hướng (Tổ 5) – “Gia đình văn hóa” 2026; Y Moan Niê';
    expect(cleanName(text)).toBe(text);
  });

  it('is idempotent, leaves no invisible control and does not change the search key (property)', () => {
    const piece = fc.constantFrom('Nguyễn', ' ', 'Đ', 'ư', 'a', ...INVISIBLE);
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
      const raw = pieces.join('');
      const clean = cleanName(raw);
      expect(cleanName(clean)).toBe(clean);
      expect(INVISIBLE.some((c) => clean.includes(c))).toBe(false);
      expect(searchKey(clean)).toBe(searchKey(raw));
    }));
  });
});

describe('searchKey / matchesSearch (DOMAIN.md §9)', () => {
  it.each([
    ['Hòa', 'Hoà'],
    ['Thủy', 'Thuỷ'],
    ['Ủy ban', 'Uỷ ban'],
    ['Đặng Văn Đức', 'dang van duc'],
    ['  Tổ   dân phố  5 ', 'to dan pho 5'],
    [NFD_NGUYEN, 'Nguyễn'],
    ['Ngu\u200Dyễn', 'nguyen'],
    ['\u202ENguyễn\u200B Văn\u2069', 'nguyen van'],
  ])('"%s" and "%s" share a key', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
  });

  it('strips diacritics, đ and case', () => {
    expect(searchKey('Trường Mầm non Hoa Sữa')).toBe('truong mam non hoa sua');
  });

  it.each([
    ['nguyen van', true],
    ['van nguyen', true], // any order
    ['uyen', true], // substring
    ['NGUYỄN thị', false],
    ['', true],
  ])('matchesSearch("nguyen van binh", "%s") = %s', (query, expected) => {
    expect(matchesSearch(searchKey('Nguyễn Văn Bình'), query)).toBe(expected);
  });

  it('is idempotent, lower-case, free of combining marks and đ (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const k = searchKey(s);
      expect(searchKey(k)).toBe(k);
      expect(/[\u0300-\u036fđĐ]/.test(k)).toBe(false);
      expect(k).toBe(k.trim());
      expect(matchesSearch(k, s)).toBe(true);
    }));
  });
});

describe('person names: tên, then tên đệm, then họ (DOMAIN.md §9)', () => {
  it.each([
    ['Nguyễn Văn Bình', { family: 'Nguyễn', middle: 'Văn', given: 'Bình' }],
    ['  Trần   Thị Thu  Hà ', { family: 'Trần', middle: 'Thị Thu', given: 'Hà' }],
    ['Lê Na', { family: 'Lê', middle: '', given: 'Na' }],
    ['Mai', { family: '', middle: '', given: 'Mai' }],
    ['', { family: '', middle: '', given: '' }],
  ])('splits "%s"', (name, parts) => {
    expect(splitFullName(name)).toEqual(parts);
  });

  it('sorts by tên, then tên đệm, then họ with the vi collator', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Văn Bình', 'Lê Thị Ánh', 'Phạm Anh', 'Đỗ Văn Đức', 'Hồ Văn Dũng', 'Vũ Ăn'];
    const sorted = names.map((fullName) => ({ fullName })).sort(comparePersonNames).map((p) => p.fullName);
    expect(sorted).toEqual(['Phạm Anh', 'Lê Thị Ánh', 'Vũ Ăn', 'Nguyễn Văn Bình', 'Trần Văn Bình', 'Hồ Văn Dũng', 'Đỗ Văn Đức']);
  });

  it('uses the sort-name override for names with the family name last', () => {
    const people = [{ fullName: 'Y Moan Niê', sortName: 'Moan Niê Y' }, { fullName: 'Lê Văn Nam' }, { fullName: 'Trần Thị Lan' }];
    expect(people.sort(comparePersonNames).map((p) => p.fullName)).toEqual(['Trần Thị Lan', 'Y Moan Niê', 'Lê Văn Nam']);
    expect(personSortKeyParts({ fullName: 'Y Moan Niê', sortName: '  ' })).toEqual(['Niê', 'Moan', 'Y']);
  });

  it('supports the "tên, then họ + đệm" variant', () => {
    expect(personSortKeyParts({ fullName: 'Nguyễn Thị Mai' }, 'givenFamilyMiddle')).toEqual(['Mai', 'Nguyễn Thị']);
    const a = { fullName: 'Trần Văn An' };
    const b = { fullName: 'Lê Xuân An' };
    expect(comparePersonNames(a, b, 'givenMiddleFamily')).toBeLessThan(0); // Văn < Xuân
    expect(comparePersonNames(a, b, 'givenFamilyMiddle')).toBeGreaterThan(0); // Trần > Lê
  });

  it('falls back to the full name when the key parts are equal', () => {
    expect(comparePersonNames({ fullName: 'A B', sortName: 'X' }, { fullName: 'C D', sortName: 'X' })).toBeLessThan(0);
    expect(comparePersonNames({ fullName: 'Lê An' }, { fullName: 'Lê An' })).toBe(0);
  });

  it('is a stable total order: antisymmetric and consistent with sorting twice (property)', () => {
    const name = fc.array(fc.constantFrom('Nguyễn', 'Văn', 'Thị', 'An', 'Ánh', 'Bình', 'Đức', 'Dũng', 'Hòa', 'Hoà'), { minLength: 1, maxLength: 4 })
      .map((w) => ({ fullName: w.join(' ') }));
    fc.assert(fc.property(fc.array(name), fc.tuple(name, name), (list, [a, b]) => {
      expect(Math.sign(comparePersonNames(a, b))).toBe(-Math.sign(comparePersonNames(b, a)) || 0);
      const once = [...list].sort(comparePersonNames);
      expect([...once].sort(comparePersonNames)).toEqual(once);
    }));
  });

  it('sortByPersonName splits each name once and gives the order of comparePersonNames, in both variants (property)', () => {
    const word = fc.constantFrom('Nguyễn', 'Văn', 'Thị', 'An', 'Ánh', 'Bình', 'Đức', 'Dũng', 'Hòa', 'Hoa\u0300', ' ');
    const person = fc.record({
      fullName: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
      sortName: fc.option(fc.constantFrom('An Nguyễn', 'Bình', '  '), { nil: undefined }),
    });
    fc.assert(fc.property(fc.array(person, { maxLength: 30 }), fc.constantFrom('givenMiddleFamily', 'givenFamilyMiddle' as const), (list, order) => {
      // Equal keys may come in either order from either sort: compare the keys, not the records.
      const keys = (people: typeof list) => people.map((p) => [...personSortKeyParts(p, order), p.fullName.normalize('NFC')].join('|'));
      expect(keys(sortByPersonName(list, order))).toEqual(keys([...list].sort((a, b) => comparePersonNames(a, b, order))));
    }));
    const input = [{ fullName: 'Trần Văn Bình' }, { fullName: 'Lê Thị Ánh' }];
    expect(sortByPersonName(input).map((p) => p.fullName)).toEqual(['Lê Thị Ánh', 'Trần Văn Bình']);
    expect(input[0].fullName).toBe('Trần Văn Bình'); // a new array; the input keeps its order
  });
});

describe('sortByCollatedKeys: each distinct key compared once', () => {
  it('gives the order of comparing the items key by key, ties kept in input order (property)', () => {
    const text = fc.constantFrom('', 'An', 'Ánh', 'ăn', 'Hòa', 'Hoa\u0300', 'Tổ 2', 'Tổ 10', 'đức', 'Dũng');
    const item = fc.record({ keys: fc.array(text, { minLength: 1, maxLength: 3 }), id: fc.integer() });
    fc.assert(fc.property(fc.array(item, { maxLength: 40 }), (list) => {
      const byKeys = (a: (typeof list)[number], b: (typeof list)[number]) => {
        for (let i = 0; i < Math.max(a.keys.length, b.keys.length); i++) {
          if (a.keys[i] === undefined || b.keys[i] === undefined) return a.keys[i] === undefined ? (b.keys[i] === undefined ? 0 : -1) : 1;
          const c = compareVi(a.keys[i], b.keys[i]);
          if (c !== 0) return c;
        }
        return a.id - b.id;
      };
      expect(sortByCollatedKeys(list, (x) => x.keys, compareVi, (a, b) => a.id - b.id)).toEqual([...list].sort(byKeys));
    }));
  });
});

describe('compareVi: natural Vietnamese order', () => {
  it('puts "Tổ dân phố 2" before "Tổ dân phố 10"', () => {
    expect(['Tổ dân phố 10', 'Tổ dân phố 2', 'Tổ dân phố 1'].sort(compareVi)).toEqual(['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 10']);
  });
  it('treats ă, â, đ as their own letters (CLDR vi)', () => {
    expect(['đào', 'dung', 'ăn', 'ân', 'an'].sort(compareVi)).toEqual(['an', 'ăn', 'ân', 'dung', 'đào']);
  });
});

describe('place names and date lines (NĐ 30/2020 PL I)', () => {
  it.each([
    ['Phường Ninh Hà', 'Ninh Hà'],
    ['Xã Ninh Hà', 'Ninh Hà'],
    ['phường  Ninh Hiệp', 'Ninh Hiệp'],
    ['Thị trấn Vạn Giã', 'Vạn Giã'],
    ['Đặc khu Phú Quốc', 'Phú Quốc'],
    ['Phường 12', 'Phường 12'],
    ['Ninh Hà', 'Ninh Hà'],
  ])('placeNameOf("%s") = "%s"', (official, place) => {
    expect(placeNameOf(official)).toBe(place);
  });

  it.each([
    ['2026-03-05', 'ngày 05 tháng 3 năm 2026'],
    ['2026-01-09', 'ngày 09 tháng 01 năm 2026'],
    ['2026-02-28', 'ngày 28 tháng 02 năm 2026'],
    ['2024-02-29', 'ngày 29 tháng 02 năm 2024'], // leap year
    ['2025-12-31', 'ngày 31 tháng 12 năm 2025'],
    ['2026-01-01', 'ngày 01 tháng 01 năm 2026'],
    ['2026-10-10', 'ngày 10 tháng 10 năm 2026'],
  ])('formatLongDate(%s) = %s', (iso, text) => {
    expect(formatLongDate(iso)).toBe(text);
  });

  it('formats the place-date line and the short date', () => {
    expect(formatPlaceDate('Ninh Hà', '2026-03-05')).toBe('Ninh Hà, ngày 05 tháng 3 năm 2026');
    expect(formatPlaceDate('Phường 12', '2026-11-20')).toBe('Phường 12, ngày 20 tháng 11 năm 2026');
    expect(formatDateShort('2026-03-05')).toBe('05/03/2026');
  });

  it.each(['2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '05/03/2026', '', '2026-3-5'])('rejects %s', (bad) => {
    expect(isValidIsoDate(bad)).toBe(false);
    expect(() => formatLongDate(bad)).toThrow(RangeError);
  });

  it('any string is either a valid date or a RangeError, never another crash (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      if (isValidIsoDate(s)) expect(formatDateShort(s)).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      else expect(() => formatLongDate(s)).toThrow(RangeError);
    }));
  });
});

describe('numbers and case', () => {
  it.each([
    [2340000, 2, '2.340.000'],
    [88.25, 2, '88,25'],
    [0.3, 2, '0,3'],
    [66.666666, 2, '66,67'],
    [1234.5, 0, '1.235'],
  ])('formatNumber(%s, %s) = %s', (n, digits, text) => {
    expect(formatNumber(n, digits)).toBe(text);
  });

  it('writes a percentage one way: Vietnamese decimals, two at most, a space before the sign', () => {
    expect(formatPercent((8 * 100) / 9)).toBe('88,89 %');
    expect(formatPercent(100)).toBe('100 %');
    expect(formatPercent(0)).toBe('0 %');
    expect(formatPercent(72.7272)).toBe('72,73 %');
  });

  it('formats money in whole đồng', () => {
    expect(formatMoney(702000)).toBe('702.000');
    expect(formatMoney(2339999.6)).toBe('2.340.000');
  });

  it('upper-cases with Vietnamese rules and quotes titles', () => {
    expect(upperVi('Ủy ban nhân dân phường Ninh Hà')).toBe('ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ');
    expect(upperVi('đ')).toBe('Đ');
    expect(quoteVi('Lao động tiên tiến')).toBe('“Lao động tiên tiến”');
  });

  it('formatNumber writes a whole number below a thousand exactly as Intl does, -0 included (its fast path)', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    for (let n = -1000; n <= 1000; n += 1) expect(formatNumber(n)).toBe(intl.format(n));
    expect(formatNumber(-0)).toBe(intl.format(-0));
    fc.assert(fc.property(fc.integer(), fc.integer({ min: 0, max: 20 }), (n, d) => {
      expect(formatNumber(n, d)).toBe(new Intl.NumberFormat('vi-VN', { maximumFractionDigits: d }).format(n));
    }));
  });

  it('formatNumber never throws on any number (property)', () => {
    fc.assert(fc.property(fc.double(), fc.integer({ min: -5, max: 30 }), (n, d) => {
      expect(typeof formatNumber(n, d)).toBe('string');
    }));
  });
});
