/**
 * Households pasted from a spreadsheet or typed one a line ("Tên chủ hộ<Tab>Địa chỉ", or separated by
 * ";"), as the tổ dân phố hands in its list; a leading STT column is dropped, further columns join the
 * address. Blank lines are skipped; a household already listed (same
 * name and address, whatever the accents' encoding or case) is reported, not added twice.
 */
import { searchKey } from '../../domain/text';
import type { CultureHousehold } from '../../data/schemas';

export interface PastedHouseholds {
  households: CultureHousehold[];
  /** One Vietnamese sentence per line that was not taken, naming the line. */
  skipped: string[];
}

const keyOf = (h: Pick<CultureHousehold, 'name' | 'address'>) => `${searchKey(h.name)}|${searchKey(h.address)}`;

export function parseHouseholdLines(text: string, existing: readonly CultureHousehold[]): PastedHouseholds {
  const seen = new Set(existing.map(keyOf));
  const households: CultureHousehold[] = [];
  const skipped: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const split = raw.split(raw.includes('\t') ? '\t' : ';').map((c) => c.trim());
    const cells = split.length > 1 && /^\d+\.?$/.test(split[0]) ? split.slice(1) : split;
    const [name = '', address = '', ...rest] = cells;
    if (cells.every((c) => c === '')) return;
    const lineNo = index + 1;
    if (!name) {
      skipped.push(`Dòng ${lineNo}: thiếu tên chủ hộ.`);
      return;
    }
    const household = { name, address: [address, ...rest.filter(Boolean)].filter(Boolean).join(', '), comment: '', proposed: true };
    if (seen.has(keyOf(household))) {
      skipped.push(`Dòng ${lineNo}: “${name}” đã có trong danh sách.`);
      return;
    }
    seen.add(keyOf(household));
    households.push(household);
  });
  return { households, skipped };
}
