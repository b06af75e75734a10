/**
 * A generated ward dataset (demo ward, big-ward workload): plain records per table, built with a
 * seeded PRNG so the same seed gives the same ward, and loaded in bulk inside one transaction.
 */
import type { TableName, ThiDuaDb } from '../db';
import { writeAudit } from '../audit';
import { writeTransaction } from '../repository';
import type { BaseRecord } from '../schemas';
import type {
  Award, Block, CouncilMember, CriteriaSet, GoodDeed, Meeting, Movement, Nomination, Person, ScoreSheet, Unit, WardProfile,
} from '../schemas';

export interface WardDataset {
  wardProfile: WardProfile[];
  blocks: Block[];
  units: Unit[];
  people: Person[];
  councilMembers: CouncilMember[];
  movements: Movement[];
  awards: Award[];
  nominations: Nomination[];
  criteriaSets: CriteriaSet[];
  scoreSheets: ScoreSheet[];
  goodDeeds: GoodDeed[];
  meetings: Meeting[];
}

/** Tables in load order: referenced records first. */
export const DATASET_TABLES: readonly (keyof WardDataset & TableName)[] = [
  'wardProfile', 'blocks', 'units', 'people', 'councilMembers', 'movements', 'awards', 'criteriaSets', 'scoreSheets',
  'nominations', 'meetings', 'goodDeeds',
];

/** mulberry32: small, fast, good enough for test data; deterministic across engines. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers bound to one PRNG: picks, integers, UUID-shaped ids. */
export function generatorTools(seed: number) {
  const random = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const id = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  return { random, int, pick, id };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = { male: ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Công', 'Thành'], female: ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim', 'Mỹ', 'Thị Thanh'] };
const GIVEN = {
  male: ['Hùng', 'Dũng', 'Tuấn', 'Minh', 'Hải', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Thắng', 'Trung', 'Khoa', 'Lộc', 'Tài', 'Vĩnh'],
  female: ['Hoà', 'Thủy', 'Lan', 'Hương', 'Mai', 'Hạnh', 'Ngọc', 'Trang', 'Yến', 'Thảo', 'Nhung', 'Huyền', 'Loan', 'Vân', 'Oanh'],
};

export function vietnameseName(tools: ReturnType<typeof generatorTools>, gender: 'male' | 'female'): string {
  return `${tools.pick(FAMILY)} ${tools.pick(MIDDLE[gender])} ${tools.pick(GIVEN[gender])}`;
}

/** Base fields of a generated record; `demo` marks records that "remove demo" deletes. */
export function baseFields(id: string, at: string, demo: boolean): BaseRecord {
  return { id, createdAt: at, updatedAt: at, archived: 0, version: 1, ...(demo ? { demo: 1 as const } : {}) };
}

export function emptyDataset(): WardDataset {
  return {
    wardProfile: [], blocks: [], units: [], people: [], councilMembers: [], movements: [], awards: [], nominations: [],
    criteriaSets: [], scoreSheets: [], goodDeeds: [], meetings: [],
  };
}

export function datasetSize(data: WardDataset): number {
  return DATASET_TABLES.reduce((n, t) => n + data[t].length, 0);
}

/**
 * Bulk-loads a dataset in one transaction (all or nothing) with one audit entry for the whole load.
 * `onProgress` gets the share done after each chunk, for a progress bar.
 */
export function loadDataset(
  db: ThiDuaDb,
  data: WardDataset,
  note: string,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const total = datasetSize(data);
  const chunk = 2000;
  return writeTransaction(db, async () => {
    let done = 0;
    for (const table of DATASET_TABLES) {
      const rows = data[table] as object[];
      for (let i = 0; i < rows.length; i += chunk) {
        await db.table(table).bulkAdd(rows.slice(i, i + chunk));
        done += Math.min(chunk, rows.length - i);
        onProgress?.(done, total);
      }
    }
    await writeAudit(db, { table: 'meta', recordId: 'dataset', action: 'import', after: { records: total }, note });
    return total;
  });
}
