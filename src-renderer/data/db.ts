/**
 * The one Dexie database of ThiDua. Only `data/` imports this file's tables; screens use the
 * repositories and hooks. Every schema version stays declared (schema/), so any older database opens.
 */
import Dexie from 'dexie';
import type { DexieOptions, Table, Transaction } from 'dexie';
import type { AuditEntry } from './audit';
import { SCHEMA_VERSIONS, currentTableNames } from './schema';
import { captureMiddleware } from './sync/capture';
import type { SchemaVersion } from './schema';
import type {
  Award, Block, CertificateImage, CertificateIssue, CertificatePrinter, CertificateTemplate, CouncilMember, CriteriaSet, CultureReview, GoodDeed, Meeting,
  Movement, Nomination, Person, Pledge, RegisteredDocument, Registration, ScoreSheet, Unit, UpwardDossier, WardProfile,
} from './schemas';

export interface MetaEntry {
  key: string;
  value: unknown;
}

/** Next-number counters of the document register: key "<series>|<year>"; never decremented. */
export interface Counter {
  key: string;
  last: number;
}

export type TableName =
  | 'wardProfile' | 'meta' | 'blocks' | 'units' | 'people' | 'councilMembers' | 'movements' | 'awards'
  | 'nominations' | 'criteriaSets' | 'scoreSheets' | 'goodDeeds' | 'meetings' | 'documents' | 'counters' | 'audit'
  | 'cultureReviews' | 'upwardDossiers' | 'certificateTemplates' | 'certificateImages' | 'certificatePrinters' | 'certificates'
  | 'registrations' | 'pledges';

export class ThiDuaDb extends Dexie {
  wardProfile!: Table<WardProfile, string>;
  meta!: Table<MetaEntry, string>;
  blocks!: Table<Block, string>;
  units!: Table<Unit, string>;
  people!: Table<Person, string>;
  councilMembers!: Table<CouncilMember, string>;
  movements!: Table<Movement, string>;
  awards!: Table<Award, string>;
  nominations!: Table<Nomination, string>;
  criteriaSets!: Table<CriteriaSet, string>;
  scoreSheets!: Table<ScoreSheet, string>;
  goodDeeds!: Table<GoodDeed, string>;
  meetings!: Table<Meeting, string>;
  documents!: Table<RegisteredDocument, string>;
  counters!: Table<Counter, string>;
  audit!: Table<AuditEntry, string>;
  cultureReviews!: Table<CultureReview, string>;
  upwardDossiers!: Table<UpwardDossier, string>;
  certificateTemplates!: Table<CertificateTemplate, string>;
  certificateImages!: Table<CertificateImage, string>;
  certificatePrinters!: Table<CertificatePrinter, string>;
  certificates!: Table<CertificateIssue, string>;
  registrations!: Table<Registration, string>;
  pledges!: Table<Pledge, string>;

  /** The newest schema version this code knows. */
  readonly schemaVersion: number;

  /** `versions` is for upgrade tests only: the app always opens with every released version. */
  constructor(name: string, options?: DexieOptions, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, options);
    this.schemaVersion = versions[versions.length - 1].version;
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      const migrate = v.migrate;
      // The tables as of this version: a later version's new table does not exist yet during this upgrade.
      const tables = currentTableNames(versions.filter((w) => w.version <= v.version));
      if (migrate) declared.upgrade((tx) => migrateTables(tx, tables, migrate));
    }
    // Notes changed rows for the office hub, only while one is configured (data/sync).
    this.use(captureMiddleware);
  }
}

/**
 * Runs a version's record migration over every table the database has at that version, not only the tables
 * the version redeclares: a version that adds a field with a default changes no index (backup restore
 * migrates every table the same way, backup.ts upgradeTables).
 */
async function migrateTables(tx: Transaction, tables: readonly string[], migrate: NonNullable<SchemaVersion['migrate']>): Promise<void> {
  for (const table of tables) {
    await tx
      .table(table)
      .toCollection()
      .modify((record: Record<string, unknown>, ref: { value: unknown }) => {
        const upgraded = migrate(table, record);
        if (upgraded === undefined) delete (ref as { value?: unknown }).value;
        else ref.value = upgraded;
      });
  }
}

export function createDb(name = 'thidua', options?: DexieOptions): ThiDuaDb {
  return new ThiDuaDb(name, options);
}

let appDb: ThiDuaDb | null = null;

/** The app's database. Open it with openDatabase() first so failures reach the recovery screen. */
export function getDb(): ThiDuaDb {
  appDb ??= createDb();
  return appDb;
}

export type OpenFailureKind = 'version' | 'blocked' | 'quota' | 'unavailable' | 'unknown';
export type OpenOutcome = { ok: true } | { ok: false; kind: OpenFailureKind; message: string; detail: string };

const OPEN_MESSAGES: Record<OpenFailureKind, string> = {
  version:
    'Dữ liệu trên máy được tạo bởi phiên bản ThiDua mới hơn phiên bản đang chạy. Hãy cài phiên bản mới nhất; dữ liệu vẫn còn nguyên.',
  blocked:
    'Cơ sở dữ liệu đang bị một cửa sổ ThiDua khác giữ. Hãy đóng các cửa sổ ThiDua khác rồi mở lại.',
  quota: 'Ổ đĩa không còn đủ chỗ trống để mở dữ liệu. Hãy giải phóng dung lượng rồi mở lại.',
  unavailable:
    'Trình duyệt hoặc máy không cho phép lưu dữ liệu (IndexedDB bị tắt hoặc đang ở chế độ ẩn danh).',
  unknown: 'Không mở được cơ sở dữ liệu. Hãy khôi phục từ bản sao lưu gần nhất nếu lỗi lặp lại.',
};

function classifyOpenError(error: unknown): OpenFailureKind {
  const names: string[] = [];
  for (let e: unknown = error; e && typeof e === 'object' && names.length < 5; e = (e as { inner?: unknown }).inner) {
    names.push(String((e as { name?: unknown }).name ?? ''));
    if (/blocked/i.test(String((e as { message?: unknown }).message ?? ''))) names.push('Blocked');
  }
  if (names.includes('VersionError')) return 'version';
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.some((n) => n === 'MissingAPIError' || n === 'InvalidStateError' || n === 'SecurityError')) return 'unavailable';
  if (names.some((n) => n === 'Blocked' || n === 'DatabaseClosedError')) return 'blocked';
  return 'unknown';
}

function failure(kind: OpenFailureKind, detail: string): OpenOutcome {
  return { ok: false, kind, message: OPEN_MESSAGES[kind], detail };
}

/**
 * Opens explicitly and says why it failed, in Vietnamese, for the recovery screen. A blocked upgrade
 * (another window holds the old version) makes Dexie wait indefinitely, so it is reported at once.
 */
export async function openDatabase(db: ThiDuaDb): Promise<OpenOutcome> {
  let onBlocked = () => {};
  const blocked = new Promise<OpenOutcome>((resolve) => {
    onBlocked = () => resolve(failure('blocked', 'Một kết nối khác đang giữ phiên bản cũ của cơ sở dữ liệu.'));
  });
  db.on('blocked', onBlocked);
  const opened = db.open().then(
    (): OpenOutcome => {
      // Dexie 4 opens a database of a newer version without complaint (it stores version × 10); an older
      // app writing into a newer schema could lose fields, so it is refused here.
      const installed = Math.round(db.backendDB().version / 10);
      if (installed <= db.schemaVersion) return { ok: true };
      db.close();
      return failure('version', `Lược đồ trên máy: ${installed}, phiên bản này: ${db.schemaVersion}.`);
    },
    (error: unknown) => failure(classifyOpenError(error), error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
  );
  try {
    return await Promise.race([opened, blocked]);
  } finally {
    db.on('blocked').unsubscribe(onBlocked);
  }
}

/** Asks the browser not to evict our data under storage pressure (SPEC §7). */
export async function requestPersistentStorage(): Promise<'granted' | 'denied' | 'unsupported'> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  if (await storage.persisted()) return 'granted';
  return (await storage.persist()) ? 'granted' : 'denied';
}
