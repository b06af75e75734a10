/**
 * Benchmark harness: a page built from the app's own source modules (never shipped in the app) that
 * loads the big-ward dataset into the app's IndexedDB and times the data, domain and document
 * operations, each next to a plain-IndexedDB baseline of the same rows. bench/run.mjs drives it
 * through `window.thiduaBench`; every time is measured inside the page with performance.now().
 */
import Dexie from 'dexie';
import { exportBackup, restoreBackup } from '../src-renderer/data/backup';
import { createDb, openDatabase } from '../src-renderer/data/db';
import type { ThiDuaDb } from '../src-renderer/data/db';
import { generateBigWard, loadBigWard } from '../src-renderer/data/demo/bigWard';
import type { BigWardHistory, BigWardSizes } from '../src-renderer/data/demo/bigWard';
import { draftMeetingMinutes, draftSubmission } from '../src-renderer/data/dispatch/meeting';
import { assembleYearInputs, evaluateYear } from '../src-renderer/data/eligibilityInputs';
import { findBlocks, findCriteriaSets, findNominations, findPeople, findScoreSheets, findUnits } from '../src-renderer/data/queries';
import { effectiveSettings, getWardProfile } from '../src-renderer/data/registers';
import { buildDocument } from '../src-renderer/documents';
import { evaluateEligibility } from '../src-renderer/domain/eligibility';
import type { EligibilityInput } from '../src-renderer/domain/eligibility';
import type { WardSettings } from '../src-renderer/domain/settings';
import { blockResults } from '../src-renderer/features/scoring/results';
import { openRaw, plainBackupFile, readIndex, readKeys, readStores, replaceStores } from './rawIdb';
import { firstSync, firstSyncBaseline, roundTrip, roundTripBaseline, setHub } from './hubSync';
import { certificatesApp, certificatesBaseline } from './certificates';
import { upwardPackageApp, upwardPackageBaseline } from './upwardPackage';

const DB_NAME = 'thidua';
/** The search the people list is timed with (issue 9). */
const SEARCH_QUERY = 'nguyen thi';

export interface Sample {
  ms: number;
  /** Named parts of `ms`, e.g. model assembly vs .docx packing. */
  splits?: Record<string, number>;
  /** What was processed, e.g. "3000 nominations". */
  detail?: string;
  /** The longest main-thread task while it ran (0: none over 50 ms), set by run(). */
  longestTaskMs?: number;
}

interface Operation {
  app: () => Promise<Sample>;
  /** The same rows through plain IndexedDB. */
  baseline?: () => Promise<Sample>;
}

interface Context {
  db: ThiDuaDb;
  raw: IDBDatabase;
  year: number;
  settings: WardSettings;
  backup: Uint8Array | null;
  eligibilityInputs: EligibilityInput[] | null;
  /** The council meetings of the year (the big one first), when the ward was generated with them. */
  meetings: string[];
}

let context: Context | null = null;

function ctx(): Context {
  if (!context) throw new Error('Dataset not loaded: call thiduaBench.load() first.');
  return context;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

function status(text: string): void {
  const el = document.getElementById('status');
  if (el) el.textContent = text;
}


/**
 * The rows a meeting's documents are drafted from, read with plain IndexedDB: the meeting, its
 * nominations and their people by key, and the small registers (ward profile, units, council, the
 * register rows made from the meeting).
 */
async function meetingReadBaseline(which: number): Promise<Sample> {
  const { raw, meetings } = ctx();
  const { ms, value } = await timed(async () => {
    const [meeting] = (await readKeys(raw, 'meetings', [meetings[which]])) as { nominationIds: string[] }[];
    const nominations = (await readKeys(raw, 'nominations', meeting.nominationIds)) as { nominee: { personId?: string } }[];
    await readKeys(raw, 'people', nominations.flatMap((n) => (n.nominee.personId ? [n.nominee.personId] : [])));
    await readStores(raw, ['wardProfile', 'units', 'councilMembers']);
    await readIndex(raw, 'documents', 'sourceIds', IDBKeyRange.only(meetings[which]));
    return nominations.length;
  });
  return { ms, detail: `the meeting, ${value} nominations and their people by key, ward profile, units, council` };
}

const OPERATIONS: Record<string, Operation> = {
  peopleSearch: {
    app: async () => {
      const { ms, value } = await timed(() => findPeople(ctx().db, { query: SEARCH_QUERY }));
      return { ms, detail: `${value.length} people match “${SEARCH_QUERY}”` };
    },
    // The app narrows by the longest query word through the multiEntry index, as the raw read does.
    baseline: async () => {
      const { ms, value } = await timed(() => readIndex(ctx().raw, 'people', 'searchWords', IDBKeyRange.bound('nguyen', 'nguyen\uffff')));
      return { ms, detail: `${value.length} index rows “nguyen*”` };
    },
  },
  nominationsQuery: {
    app: async () => {
      const { ms, value } = await timed(() => findNominations(ctx().db, { year: ctx().year }));
      return { ms, detail: `${value.length} nominations of ${ctx().year}` };
    },
    baseline: async () => {
      const { ms, value } = await timed(() => readIndex(ctx().raw, 'nominations', 'year', IDBKeyRange.only(ctx().year)));
      return { ms, detail: `${value.length} nominations` };
    },
  },
  eligibility: {
    // The data layer's batched path: the year's records in a handful of reads, every nomination's
    // rules, then the year-wide quota check across them (NĐ 152/2025 Đ4).
    app: async () => {
      const { db, year } = ctx();
      const { ms, value } = await timed(() => evaluateYear(db, year));
      const results = [...value.results.values()];
      return { ms, detail: `${results.length} nominations, ${results.filter((r) => r.verdict === 'pass').length} pass; with the year’s quota check` };
    },
    baseline: async () => {
      const { raw, year } = ctx();
      const { ms } = await timed(async () => {
        await readIndex(raw, 'nominations', 'year', IDBKeyRange.only(year));
        await readStores(raw, ['awards', 'people', 'units', 'wardProfile']);
      });
      return { ms, detail: 'the year’s nominations + all award history, people, units' };
    },
  },
  eligibilityDomain: {
    // The rules alone on inputs assembled beforehand: the floor of any data path.
    app: async () => {
      const c = ctx();
      c.eligibilityInputs ??= [...(await assembleYearInputs(c.db, c.year)).values()];
      const inputs = c.eligibilityInputs;
      const { ms } = await timed(() => inputs.map((input) => evaluateEligibility(input, c.settings)));
      return { ms, detail: `${inputs.length} nominations` };
    },
  },
  ranking: {
    app: async () => {
      const { db, year, settings } = ctx();
      let compute = 0;
      let sheetCount = 0;
      const { ms } = await timed(async () => {
        // As the screen reads them: the sets' sheets once the sets are known, the blocks and units meanwhile.
        const setsWithSheets = findCriteriaSets(db, year).then(async (found) => ({
          sets: found,
          sheetsBySet: await Promise.all(found.map((s) => findScoreSheets(db, s.id))),
        }));
        const [{ sets, sheetsBySet }, blocks, units] = await Promise.all([setsWithSheets, findBlocks(db, year), findUnits(db)]);
        const start = performance.now();
        sets.forEach((set, i) => {
          sheetCount += sheetsBySet[i].length;
          const entries = new Map(sheetsBySet[i].map((s) => [s.unitId, s.entries]));
          for (const block of set.blockId ? blocks.filter((b) => b.id === set.blockId) : blocks) {
            blockResults(set.definition, units.filter((u) => u.active && u.blockId === block.id), entries, settings);
          }
        });
        compute = performance.now() - start;
      });
      return { ms, splits: { read: ms - compute, compute }, detail: `${sheetCount} score sheets` };
    },
    baseline: async () => {
      const { ms } = await timed(() => readStores(ctx().raw, ['criteriaSets', 'scoreSheets', 'units', 'blocks']));
      return { ms, detail: 'criteria sets, score sheets, units, blocks' };
    },
  },
  // With the council's meetings (the default): the tờ trình of the 500-ballot meeting and the minutes
  // of the 120-ballot one, drafted by data/dispatch itself (model assembly: what issuing reads and
  // composes, without the register write), then built. Without meetings (--smoke sizes may have
  // them too): from the year's nominations as before.
  submissionDocx: {
    app: async () => {
      const { db, meetings } = ctx();
      const model = await timed(async () => {
        const draft = await draftSubmission(db, meetings[0], 'CSTD_TINH', '2026-12-01');
        return draft.compose('01/TTr-UBND');
      });
      const docx = await timed(() => buildDocument('submission', model.value));
      const rows = model.value.list.groups.reduce((n, g) => n + g.rows.length, 0);
      return {
        ms: model.ms + docx.ms,
        splits: { model: model.ms, docx: docx.ms },
        detail: `${rows} rows of the meeting's tờ trình, ${(docx.value.byteLength / 1024).toFixed(0)} KB .docx`,
      };
    },
    baseline: () => meetingReadBaseline(0),
  },
  submissionModel: {
    app: async () => {
      const { db, meetings } = ctx();
      const { ms, value } = await timed(async () => (await draftSubmission(db, meetings[0], 'CSTD_TINH', '2026-12-01')).compose('01/TTr-UBND'));
      return { ms, detail: `${value.list.groups.reduce((n, g) => n + g.rows.length, 0)} rows` };
    },
    baseline: () => meetingReadBaseline(0),
  },
  minutesDocx: {
    app: async () => {
      const { db, meetings } = ctx();
      const model = await timed(async () => (await draftMeetingMinutes(db, meetings[1])).compose('01/BB-HĐTĐKT'));
      const docx = await timed(() => buildDocument('meetingMinutes', model.value));
      return {
        ms: model.ms + docx.ms,
        splits: { model: model.ms, docx: docx.ms },
        detail: `${model.value.voteResults.length} vote-result rows, ${(docx.value.byteLength / 1024).toFixed(0)} KB .docx`,
      };
    },
    baseline: () => meetingReadBaseline(1),
  },
  minutesModel: {
    app: async () => {
      const { db, meetings } = ctx();
      const { ms, value } = await timed(async () => (await draftMeetingMinutes(db, meetings[1])).compose('01/BB-HĐTĐKT'));
      return { ms, detail: `${value.voteResults.length} vote-result rows` };
    },
    baseline: () => meetingReadBaseline(1),
  },
  backup: {
    app: async () => {
      const c = ctx();
      const { ms, value } = await timed(() => exportBackup(c.db));
      c.backup = value;
      return { ms, detail: `${(value.byteLength / 1_048_576).toFixed(1)} MB JSON` };
    },
    // Every store read and the file's bytes produced with its checksum (plain JSON.stringify, TextEncoder,
    // WebCrypto): the work a backup must do, without the app's canonical form.
    baseline: async () => {
      const { ms, value } = await timed(() => plainBackupFile(ctx().raw));
      return { ms, detail: `${value.rows} rows, ${(value.bytes.byteLength / 1_048_576).toFixed(1)} MB JSON (the read ${value.readMs.toFixed(0)} ms of it)` };
    },
  },
  restore: {
    app: async () => {
      const c = ctx();
      const bytes = c.backup ?? (c.backup = await exportBackup(c.db));
      const { ms, value } = await timed(() => restoreBackup(c.db, bytes));
      return { ms, detail: `${Object.values(value.counts).reduce((n, k) => n + (k ?? 0), 0)} rows` };
    },
    // The same rows as the backup holds, written with clear + add in one transaction.
    baseline: async () => {
      const c = ctx();
      const bytes = c.backup ?? (c.backup = await exportBackup(c.db));
      const tables = (JSON.parse(new TextDecoder().decode(bytes)) as { tables: Record<string, unknown[]> }).tables;
      const { ms } = await timed(() => replaceStores(c.raw, tables));
      return { ms, detail: `${Object.values(tables).reduce((n, rows) => n + rows.length, 0)} rows` };
    },
  },
  hubFirstSync: {
    app: () => firstSync(ctx().db),
    baseline: firstSyncBaseline,
  },
  hubRoundTrip: {
    app: () => roundTrip(ctx().db),
    baseline: roundTripBaseline,
  },
  // Last: it issues its decision into the register, which the operations above do not expect.
  certificatesPdf: {
    app: () => certificatesApp(ctx().db),
    baseline: () => certificatesBaseline(ctx().db),
  },
  // After it, last: it holds a council meeting of its own and issues its dossier's documents.
  upwardPackage: {
    app: () => upwardPackageApp(ctx().db, ctx().year),
    baseline: () => upwardPackageBaseline(ctx().db, ctx().year),
  },
};

/** Replaces the app's database with the generated ward (`sizes` omitted: the full big ward). */
async function load(seed: number, sizes?: BigWardSizes, history?: BigWardHistory): Promise<Sample & { meetings: string[] }> {
  context?.raw.close();
  context?.db.close();
  context = null;
  await Dexie.delete(DB_NAME);
  const db = createDb(DB_NAME);
  const opened = await openDatabase(db);
  if (!opened.ok) throw new Error(`${opened.message} ${opened.detail}`);
  const generated = await timed(() => generateBigWard(seed, sizes, history));
  const loaded = await timed(() =>
    loadBigWard(db, generated.value, (done, total) => status(`Loading ${done}/${total} records…`)),
  );
  const year = (await db.nominations.orderBy('year').last())?.year ?? new Date().getFullYear();
  context = {
    db,
    raw: await openRaw(DB_NAME),
    year,
    settings: effectiveSettings(await getWardProfile(db)),
    backup: null,
    eligibilityInputs: null,
    meetings: generated.value.meetings.map((m) => m.id),
  };
  const counts = Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const)));
  status(`Loaded: ${JSON.stringify(counts)}`);
  return {
    ms: generated.ms + loaded.ms,
    splits: { generate: generated.ms, load: loaded.ms },
    detail: Object.entries(counts).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', '),
    meetings: context.meetings,
  };
}

async function run(name: string, which: 'app' | 'baseline'): Promise<Sample> {
  const operation = OPERATIONS[name];
  if (!operation) throw new Error(`Unknown operation ${name}`);
  const fn = which === 'app' ? operation.app : operation.baseline;
  if (!fn) throw new Error(`Operation ${name} has no baseline`);
  // The longest task (Long Tasks API) while it ran: this page runs it on its main thread, so this is
  // the longest stretch the operation holds its thread without yielding (issue 14 item 3).
  // A full collection first (the runner launches Chromium with --expose-gc): the garbage the previous
  // run left (a 10-year backup's rows, ~140 MB) is not collected inside this one's timing. Not the
  // debugger's HeapProfiler.collectGarbage: that is a low-memory notification, which also throws away
  // compiled code, so every run after it started cold (the tờ trình's model 350 ms instead of 100).
  (globalThis as { gc?: () => void }).gc?.();
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  try {
    const sample = await fn();
    // A task's entry is queued once it has ended: let the last one arrive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
    return { ...sample, longestTaskMs: Math.max(0, ...longTasks) };
  } finally {
    observer.disconnect();
  }
}

/** Expected results of the screens the runner drives, so it knows when they show the new data. */
async function expectations() {
  const { db, year } = ctx();
  return {
    year,
    searchQuery: SEARCH_QUERY,
    searchMatches: (await findPeople(db, { query: SEARCH_QUERY })).length,
    people: await db.people.count(),
    nominations: (await findNominations(db, { year })).length,
  };
}

/** Closes this page's connections so the app's pages own the database alone. */
function close(): void {
  context?.raw.close();
  context?.db.close();
}

declare global {
  interface Window {
    thiduaBench: {
      load: typeof load;
      run: typeof run;
      operations: string[];
      baselines: string[];
      expectations: typeof expectations;
      close: typeof close;
      setHub: typeof setHub;
    };
  }
}

window.thiduaBench = {
  load,
  run,
  operations: Object.keys(OPERATIONS),
  baselines: Object.keys(OPERATIONS).filter((k) => OPERATIONS[k].baseline),
  expectations,
  close,
  setHub,
};
status('Harness ready.');
