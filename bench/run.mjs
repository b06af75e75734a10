// `npm run bench`: loads the big-ward dataset into the built app in Chromium and measures the
// operations of issue 9 (median of 5 runs, min, max, peak JS heap), each data operation next to a
// plain-IndexedDB baseline of the same rows; writes the table to docs/benchmarks.md.
// `--smoke`: a tiny dataset and one run, for CI; exits non-zero only if an operation fails, never on time.
// Other flags: --runs N, --only id,id (some operations; docs/benchmarks.md is then left alone), --no-build,
// --profile (CPU profiles of the harness operations and the screen actions to test-output/bench/), --scale 1,3,10 (the big ward
// with 1, 3 and 10 years of record, each measured in turn: the cost curve of issue 14), --write.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startStaticServer } from './server.mjs';
import { HUB_URL, startTestHub, stopTestHub } from '../tests/testHub.mjs';
import { SCREEN_ACTIONS, installBlockProbe, BENCH_USER, measureScreens } from './screens.mjs';

const root = join(import.meta.dirname, '..');
// Outside out/: every \`electron-vite build\` empties out/, which deleted a bench build mid-run.
const outDir = join(tmpdir(), 'thidua-bench');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const profile = args.includes('--profile');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : smoke ? 1 : 5;
const onlyArg = args.indexOf('--only');
const ONLY = onlyArg >= 0 ? new Set(args[onlyArg + 1].split(',')) : null;
const selected = (id) => ONLY === null || ONLY.has(id);
const scaleArg = args.indexOf('--scale');
/** Years of record the big ward is measured with, in turn. */
const SCALES = scaleArg >= 0 ? args[scaleArg + 1].split(',').map(Number) : [1];
if (SCALES.some((y) => !Number.isInteger(y) || y < 1)) throw new Error('--scale takes whole numbers of years, e.g. --scale 1,3,10');
/** The council's meetings of the year (ballots each): a tờ trình of the first, minutes of the second. */
const MEETINGS = smoke ? [20, 8] : [500, 120];
/** Rows of the people import driven through the screen (issue 15 item 11). */
const IMPORT_ROWS = smoke ? 200 : 10_000;
const SEED = 2026;
/** A tiny ward for the CI smoke run: every table present, every operation exercised. */
const SMOKE_SIZES = { units: 12, people: 300, awards: 300, nominations: 60, scoreSheets: 12, criteria: 20, goodDeeds: 30 };
/** Quiet time without DOM content changes after which a screen counts as settled. */
const QUIET_MS = smoke ? 300 : 1000;
const SETTLE_TIMEOUT_MS = smoke ? 20_000 : 60_000;
const BUDGET_KB = 700;
const ROUTES = { dashboard: '#/', nominations: '#/de-nghi', people: '#/danh-muc/ca-nhan' };

const TARGETS = {
  coldStart: { label: 'Cold start to an interactive dashboard', target: 1500 },
  searchKeystroke: { label: 'Search keystroke → people list updated (“nguyen thi”)', target: 50 },
  nominationsList: { label: 'Nominations list (3,000 rows), first render', target: 500 },
  peopleSearch: { label: '— its data query: people search (data/)', target: null },
  nominationsQuery: { label: '— its data query: the year’s nominations (data/)', target: null },
  eligibility: { label: 'Eligibility of all the year’s nominations', target: 300 },
  eligibilityDomain: { label: '— the rules alone (domain), inputs assembled beforehand', target: null },
  ranking: { label: 'Ranking and classification of 200 score sheets', target: 100 },
  submissionDocx: { label: 'Tờ trình with a 500-row danh sách, .docx bytes ready', target: 1500 },
  submissionModel: { label: '— its model assembly (data/dispatch)', target: null },
  minutesDocx: { label: 'Meeting minutes .docx (120 votes)', target: 300 },
  minutesModel: { label: '— its model assembly (data/dispatch)', target: null },
  backup: { label: 'Full backup (file bytes)', target: 3000 },
  restore: { label: 'Full restore', target: 6000 },
  hubFirstSync: { label: 'Office hub: first full sync of the ward to an empty PC (baseline: PouchDB.replicate alone)', target: null },
  hubRoundTrip: { label: 'Office hub: one edit PC → hub → other PC (baseline: one document replicated twice)', target: null },
  certificatesPdf: { label: 'Certificates of a 500-recipient decision, one colour PDF (baseline: pdf-lib alone drawing the same; goal ≤ 1.5×)', target: null },
  upwardPackage: { label: 'Upward dossier package of 50 nominations, Word + PDF of every part, manifest, zip (baseline: docx Packer + pdfmake + SHA-256 + fflate alone; goal ≤ 1.5×)', target: null },
};

function log(message) {
  console.log(`[bench] ${message}`);
}

// ---------------------------------------------------------------- build

function build(command, commandArgs) {
  log(`${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(join(root, 'node_modules', '.bin', command), commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
}

/**
 * The production renderer, built with the app's own config into <outDir>/app (an absolute path: a
 * relative one lands under the renderer root), so the out/renderer that e2e tests serve is never
 * rebuilt under their feet; and the harness into <outDir>/harness.
 */
function buildAll() {
  // Vite does not empty an outDir outside the project root; stale chunks would confuse the JS check.
  rmSync(outDir, { recursive: true, force: true });
  build('electron-vite', ['build', '--outDir', join(outDir, 'app'), '--logLevel', 'warn']);
  build('vite', ['build', '--config', 'bench/vite.config.ts', '--outDir', join(outDir, 'harness')]);
}

// ---------------------------------------------------------------- initial JavaScript

/** The scripts index.html loads eagerly (module scripts, modulepreloads and their static imports). */
function eagerChunks(htmlPath) {
  const dir = dirname(htmlPath);
  const html = readFileSync(htmlPath, 'utf8');
  const queue = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ].map((src) => join(dir, src));
  const seen = new Set();
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only (`import … from "./x.js"`, `import "./x.js"`); `import("./x.js")` is lazy.
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(join(dirname(file), m[1]));
  }
  return [...seen];
}

/**
 * Strings only these libraries contain: the root namespaces they write. (docx-preview, which only
 * reads .docx, has the wordprocessingml namespace but not `xmlns:wpc`.)
 */
const LAZY_LIBRARIES = {
  docx: 'xmlns:wpc',
  exceljs: 'schemas.openxmlformats.org/spreadsheetml/2006/main',
};

function measureInitialJs() {
  const html = join(outDir, 'app', 'renderer', 'index.html');
  const chunks = eagerChunks(html).map((file) => {
    const code = readFileSync(file);
    return { file: relative(outDir, file), raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, text: code.toString('utf8') };
  });
  const assets = join(outDir, 'app', 'renderer', 'assets');
  const leaked = Object.entries(LAZY_LIBRARIES).filter(([, marker]) => chunks.some((c) => c.text.includes(marker))).map(([name]) => name);
  const lazyHolders = Object.fromEntries(
    Object.entries(LAZY_LIBRARIES).map(([name, marker]) => [
      name,
      readdirSync(assets).filter((f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes(marker)),
    ]),
  );
  return {
    gzipKb: chunks.reduce((n, c) => n + c.gzip, 0) / 1024,
    rawKb: chunks.reduce((n, c) => n + c.raw, 0) / 1024,
    chunks: chunks.map(({ file, raw, gzip }) => ({ file, raw, gzip })),
    leaked,
    lazyHolders,
  };
}

// ---------------------------------------------------------------- statistics, memory, profiles

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** The median of each run's ratio to the baseline run next to it (both saw the same moment's load). */
function pairedRatio(r) {
  return stats(r.samples.map((ms, i) => ms / Math.max(r.baseline[i], 0.01))).median;
}

/** "1.23× (pairs 1.18×)": the ratio of the medians, then the median of the pairs' ratios. */
function ratioText(r) {
  return `${(stats(r.samples).median / Math.max(stats(r.baseline).median, 0.01)).toFixed(2)}× (pairs ${pairedRatio(r).toFixed(2)}×)`;
}

const sessions = new WeakMap();

async function cdp(page) {
  if (!sessions.has(page)) {
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    sessions.set(page, session);
  }
  return sessions.get(page);
}

/**
 * Runs `work` while sampling the page's JS heap every 100 ms through CDP (Performance.getMetrics).
 * A sample cannot be taken while the page's main thread is inside one long task, so the peak is a
 * lower bound; the heap after the work is sampled too.
 */
async function withHeapPeak(page, work) {
  const session = await cdp(page);
  let peak = 0;
  const sample = async () => {
    try {
      const { metrics } = await session.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    } catch {
      // the page navigated or closed between two samples
    }
  };
  let running = true;
  const sampler = (async () => {
    while (running) {
      await sample();
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    const result = await work();
    await sample();
    return { result, peakMb: peak / 1_048_576 };
  } finally {
    running = false;
    await sampler;
  }
}

/** Self time per function of a CPU profile, the top `n`. */
function topSelfTime(profileData, n = 12) {
  const { nodes, samples, timeDeltas } = profileData;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const self = new Map();
  samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** With --profile: `work` under a CPU profile of `page`, written to test-output/bench/<name>.cpuprofile, its top self time logged. */
async function profiled(page, name, work) {
  const session = await cdp(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile: data } = await session.send('Profiler.stop');
    const dir = join(root, 'test-output', 'bench');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(data));
    log(`profile of ${name} (self time, ms):`);
    for (const [fn, ms] of topSelfTime(data, 20)) log(`    ${ms.toFixed(1).padStart(8)}  ${fn}`);
  }
}

// ---------------------------------------------------------------- screens

/**
 * Installed before any app script: records when the DOM's content (nodes, text; not attributes,
 * so CSS and chart animations don't count) last changed, when the last user action (key press,
 * route change) happened, and the first moment the body's text equals an armed target, i.e. the
 * screen shows exactly what it shows once settled.
 */
function installProbe(initialTarget) {
  const probe = { lastMutation: 0, lastAction: 0, firstChange: null, firstMatch: null, target: initialTarget, keydownAt: null };
  const check = () => {
    if (probe.target !== null && probe.firstMatch === null && document.body && document.body.textContent === probe.target) {
      probe.firstMatch = performance.now();
    }
  };
  new MutationObserver(() => {
    probe.lastMutation = performance.now();
    probe.firstChange ??= probe.lastMutation;
    check();
  }).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('keydown', () => {
    probe.keydownAt = performance.now();
    probe.lastAction = probe.keydownAt;
  }, true);
  window.addEventListener('hashchange', () => {
    probe.lastAction = performance.now();
  });
  probe.arm = (target) => {
    probe.target = target;
    probe.firstMatch = null;
    probe.firstChange = null;
    check();
  };
  window.__benchProbe = probe;
}

async function settle(page) {
  await page.waitForFunction(
    (quiet) => {
      const p = window.__benchProbe;
      // Quiet since the last change AND since the last action: right after a key press nothing has changed yet.
      const since = Math.max(p?.lastMutation ?? 0, p?.lastAction ?? 0);
      return p && document.body && performance.now() - since >= quiet && !document.querySelector('[role="progressbar"]');
    },
    QUIET_MS,
    { timeout: SETTLE_TIMEOUT_MS, polling: 50 },
  );
  return page.evaluate(() => ({ text: document.body.textContent, h1: document.querySelector('h1')?.textContent ?? '', grid: document.querySelector('[role="grid"]') !== null }));
}

/** The probe's answer for the armed target; falls back to the last content change (flagged) if the text never matched. */
async function probeResult(page, since) {
  const p = await page.evaluate(() => {
    const { firstMatch, firstChange, lastMutation } = window.__benchProbe;
    return { firstMatch, firstChange, lastMutation };
  });
  const firstChange = p.firstChange === null ? null : p.firstChange - since;
  return p.firstMatch !== null ? { ms: p.firstMatch - since, firstChange, exact: true } : { ms: p.lastMutation - since, firstChange, exact: false };
}

async function openApp(context, url, target = null) {
  const page = await context.newPage();
  await page.addInitScript(installProbe, target);
  await page.addInitScript(installBlockProbe, BENCH_USER);
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  await page.goto(url);
  return page;
}

function requireScreen(screen, name, { grid }) {
  if (!screen.h1 || (grid && !screen.grid)) {
    throw new Error(`screen ${name} not found (h1 “${screen.h1}”, grid ${screen.grid}): has its route changed?`);
  }
}

async function measureColdStart(context, appUrl, expected) {
  const warm = await openApp(context, appUrl + ROUTES.dashboard);
  await warm.locator('h1').first().waitFor({ timeout: SETTLE_TIMEOUT_MS });
  const final = await settle(warm);
  requireScreen(final, 'dashboard', { grid: false });
  await warm.close();
  const samples = [];
  const notes = new Set();
  const paints = [];
  let peakMb = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const page = await openApp(context, 'about:blank', final.text);
    const { result, peakMb: peak } = await withHeapPeak(page, async () => {
      await page.goto(appUrl + ROUTES.dashboard);
      await settle(page);
      return probeResult(page, 0);
    });
    paints.push(await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { domContentLoaded: nav?.domContentLoadedEventEnd ?? 0, firstContentfulPaint: fcp?.startTime ?? 0 };
    }));
    if (!result.exact) notes.add('≈ last content change (text never matched)');
    samples.push(result.ms);
    peakMb = Math.max(peakMb, peak);
    await page.close();
  }
  const splits = {
    domContentLoaded: stats(paints.map((p) => p.domContentLoaded)).median,
    firstContentfulPaint: stats(paints.map((p) => p.firstContentfulPaint)).median,
  };
  return { id: 'coldStart', samples, splits, peakMb, notes: [...notes], detail: `“${final.h1}” with ${expected.nominations} nominations in the database; new tab, IndexedDB already full` };
}

async function measureNominationsList(context, appUrl, expected) {
  const page = await openApp(context, appUrl + ROUTES.dashboard);
  await settle(page);
  const go = (route) => page.evaluate((hash) => {
    const start = performance.now();
    window.__benchProbe.lastAction = start;
    location.hash = hash;
    return start;
  }, route);
  // Warm-up visit: loads the screen's lazy chunk and captures what the settled list shows; its time
  // (to the last content change) is reported as the first visit.
  const firstStart = await go(ROUTES.nominations);
  // A quiet spell can come while the screen's lazy chunk still loads (seen at load 25): wait for the list itself.
  await page.getByRole('grid').first().waitFor({ timeout: SETTLE_TIMEOUT_MS });
  const final = await settle(page);
  requireScreen(final, 'nominations list', { grid: true });
  const firstVisit = (await probeResult(page, firstStart)).ms;
  const samples = [];
  const firstChanges = [];
  const notes = new Set([`first visit (loads the screen’s code) ≈ ${fmt(firstVisit)} ms`]);
  const { peakMb } = await withHeapPeak(page, async () => {
    for (let i = 0; i < RUNS; i += 1) {
      await go(ROUTES.dashboard);
      await settle(page);
      await page.evaluate((t) => window.__benchProbe.arm(t), final.text);
      const start = await go(ROUTES.nominations);
      await settle(page);
      const result = await probeResult(page, start);
      if (!result.exact) notes.add('≈ last content change (text never matched)');
      samples.push(result.ms);
      firstChanges.push(result.firstChange ?? result.ms);
    }
  });
  await page.close();
  return { id: 'nominationsList', samples, splits: { firstChange: stats(firstChanges).median }, peakMb, notes: [...notes], detail: `${expected.nominations} nominations; route change from the dashboard, screen code already loaded` };
}

async function measureSearchKeystroke(context, appUrl, expected, query) {
  const page = await openApp(context, appUrl + ROUTES.people);
  await page.getByRole('grid').first().waitFor({ timeout: SETTLE_TIMEOUT_MS });
  requireScreen(await settle(page), 'people list', { grid: true });
  const box = page.locator('input[type="search"]').first();
  await box.click();
  await box.pressSequentially(query.slice(0, -1));
  await settle(page);
  const last = query.slice(-1);
  await box.press(last);
  const final = await settle(page);
  const samples = [];
  const firstChanges = [];
  const notes = new Set();
  const { peakMb } = await withHeapPeak(page, async () => {
    for (let i = 0; i < RUNS; i += 1) {
      await box.press('Backspace');
      await settle(page);
      await page.evaluate((t) => window.__benchProbe.arm(t), final.text);
      await box.press(last);
      await settle(page);
      const keydownAt = await page.evaluate(() => window.__benchProbe.keydownAt);
      const result = await probeResult(page, keydownAt);
      if (!result.exact) notes.add('≈ last content change (text never matched)');
      samples.push(result.ms);
      firstChanges.push(result.firstChange ?? result.ms);
    }
  });
  await page.close();
  return { id: 'searchKeystroke', samples, splits: { firstChange: stats(firstChanges).median }, peakMb, notes: [...notes], detail: `key “${last}” after “${query.slice(0, -1)}”; ${expected.searchMatches} of ${expected.people} people match` };
}

// ---------------------------------------------------------------- harness operations

async function measureHarness(page, name, hasBaseline) {
  const app = [];
  const base = [];
  const splits = {};
  let detail = '';
  let baseDetail = '';
  const longest = [];
  let profileTop = null;
  const session = await cdp(page);
  // The peak heap of each side apart: the baseline's whole-file string must not count as the app's.
  // (The harness collects garbage before each run, see thiduaBench.run.)
  const peaks = { app: 0, baseline: 0 };
  const runOnce = async (which) => {
    // Collected before the heap sampler's first sample too, or the other side's leftovers would count.
    await page.evaluate(() => globalThis.gc?.());
    const { result, peakMb } = await withHeapPeak(page, () => page.evaluate(([n, w]) => window.thiduaBench.run(n, w), [name, which]));
    peaks[which] = Math.max(peaks[which], peakMb);
    return result;
  };
  // One untimed warm-up of each side first (lazy chunks, JIT, the OS file cache): the timed runs
  // then compare app and baseline under the same conditions. The warm-up's time is reported.
  const first = await runOnce('app');
  if (hasBaseline) await runOnce('baseline');
  peaks.app = 0;
  peaks.baseline = 0;
  // App and baseline run back to back, in turn first (odd runs: the baseline first), so a burst of
  // load on the shared machine falls on both sides of a pair; the pair's ratio is kept as well.
  const baselineRun = async () => {
    const b = await runOnce('baseline');
    base.push(b.ms);
    baseDetail = b.detail ?? '';
  };
  for (let i = 0; i < RUNS; i += 1) {
    let sample;
    if (hasBaseline && i % 2 === 1) await baselineRun();
    if (profile && i === RUNS - 1) {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 200 });
      await session.send('Profiler.start');
      sample = await runOnce('app');
      const { profile: data } = await session.send('Profiler.stop');
      const dir = join(root, 'test-output', 'bench');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(data));
      profileTop = topSelfTime(data);
    } else sample = await runOnce('app');
    app.push(sample.ms);
    longest.push(sample.longestTaskMs ?? 0);
    detail = sample.detail ?? '';
    for (const [k, v] of Object.entries(sample.splits ?? {})) (splits[k] ??= []).push(v);
    if (hasBaseline && i % 2 === 0) await baselineRun();
  }
  if (profileTop) {
    log(`profile of ${name} (self time, ms):`);
    for (const [fn, ms] of profileTop) log(`    ${ms.toFixed(1).padStart(8)}  ${fn}`);
  }
  return {
    id: name,
    samples: app,
    baseline: base.length ? base : null,
    splits: Object.fromEntries(Object.entries(splits).map(([k, v]) => [k, stats(v).median])),
    peakMb: peaks.app,
    longestTaskMs: Math.max(...longest),
    detail: baseDetail ? `${detail}; baseline: ${baseDetail}` : detail,
    notes: [
      `first (warm-up) run ${fmt(first.ms)} ms`,
      `longest task ${fmt(Math.max(...longest))} ms`,
      ...(hasBaseline ? [`baseline's peak heap ${peaks.baseline.toFixed(0)} MB`] : []),
    ],
  };
}

// ---------------------------------------------------------------- report

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

function tableRows(results) {
  return results.map((r) => {
    const t = TARGETS[r.id];
    if (r.error) return `| ${t.label} | ${t.target ? `≤ ${t.target} ms` : ''} | failed: ${r.error.replace(/\|/g, '/')} | | | | | | |`;
    const s = stats(r.samples);
    const b = r.baseline ? stats(r.baseline) : null;
    const verdict = t.target ? (s.median <= t.target ? '✅' : '❌') : '';
    const ratio = b ? ratioText(r) : '';
    const splits = r.splits && Object.keys(r.splits).length ? ` (${Object.entries(r.splits).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')})` : '';
    const notes = [r.detail + splits, ...r.notes].filter(Boolean).join('; ').replace(/\|/g, '/');
    return `| ${t.label} | ${t.target ? `≤ ${t.target} ms` : '—'} | ${verdict} **${fmt(s.median)}** | ${fmt(s.min)} | ${fmt(s.max)} | ${b ? fmt(b.median) : '—'} | ${ratio || '—'} | ${r.peakMb ? r.peakMb.toFixed(0) : '—'} | ${notes} |`;
  });
}

function machine(browserVersion) {
  const lscpu = spawnSync('lscpu', [], { encoding: 'utf8' }).stdout ?? '';
  const model = lscpu.match(/Model name:\s*(.+)/)?.[1]?.trim() ?? cpus()[0]?.model ?? '?';
  return {
    cpu: `${model}, ${cpus().length} cores`,
    ram: `${(totalmem() / 1024 ** 3).toFixed(0)} GB`,
    node: process.version,
    chromium: browserVersion,
    os: (spawnSync('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"'], { encoding: 'utf8' }).stdout ?? '').trim(),
  };
}

function actionRows(actions) {
  return actions.map((a) => {
    if (a.error) return `| ${a.label} | failed: ${a.error.replace(/\|/g, '/')} | | | | | |`;
    const verdict = a.task <= 200 ? '✅' : '❌';
    return `| ${a.label} | ${fmt(a.readyMs)} | ${verdict} **${fmt(a.task)}** | ${a.frame ? fmt(a.frame) : '—'} | ${a.tasksOver200} | ${a.peakMb.toFixed(0)} | ${(a.note ?? '').replace(/\|/g, '/')} |`;
  });
}

/** Each operation's median at each scale, and its ratio to the raw-IndexedDB baseline of the same run. */
function costCurve(scales) {
  const ids = [...new Set(scales.flatMap((s) => s.results.filter((r) => !r.error).map((r) => r.id)))];
  const head = `| operation | ${scales.map((s) => `${s.years} yr: median (ms) / ratio`).join(' | ')} |`;
  const rule = `|---|${scales.map(() => '---').join('|')}|`;
  const rows = ids.map((id) => {
    const cells = scales.map((s) => {
      const r = s.results.find((x) => x.id === id && !x.error);
      if (!r) return '—';
      const m = stats(r.samples).median;
      return r.baseline ? `${fmt(m)} / ${ratioText(r)}` : fmt(m);
    });
    return `| ${TARGETS[id].label} | ${cells.join(' | ')} |`;
  });
  const actionIds = [...new Set(scales.flatMap((s) => s.actions.filter((a) => !a.error).map((a) => a.id)))];
  const actionHead = `| action (longest task / usable after, ms) | ${scales.map((s) => `${s.years} yr`).join(' | ')} |`;
  const actionRule = `|---|${scales.map(() => '---').join('|')}|`;
  const actionLines = actionIds.map((id) => `| ${SCREEN_ACTIONS[id]} | ${scales.map((s) => {
    const a = s.actions.find((x) => x.id === id && !x.error);
    return a ? `${fmt(a.task)} / ${fmt(a.readyMs)}` : '—';
  }).join(' | ')} |`);
  return [head, rule, ...rows, '', actionHead, actionRule, ...actionLines];
}

function report({ scales, initialJs, info, date }) {
  const leaked = initialJs.leaked.length ? `❌ ${initialJs.leaked.join(', ')} in the initial JS` : 'docx and exceljs not in the initial JS (loaded on demand)';
  const holders = Object.entries(initialJs.lazyHolders).map(([lib, files]) => `${lib}: ${files.length ? `in ${files.join(', ')}` : 'not in the build'}`).join('; ');
  const jsRow = `| Initial JavaScript of the renderer (gzip) | ≤ ${BUDGET_KB} KB | ${initialJs.gzipKb <= BUDGET_KB && !initialJs.leaked.length ? '✅' : '❌'} **${initialJs.gzipKb.toFixed(0)} KB** | | | | | | ${initialJs.chunks.length} files, ${initialJs.rawKb.toFixed(0)} KB uncompressed; ${leaked} (${holders}) |`;
  const lines = [
    `Measured ${date} (${smoke ? 'tiny --smoke dataset, 1 run' : `median of ${RUNS} timed runs after one warm-up run`}; scales: ${scales.map((s) => `${s.years} year${s.years > 1 ? 's' : ''}`).join(', ')}).`,
    '',
    `- Machine: ${info.cpu}, ${info.ram} RAM, ${info.os}; Node ${info.node}; Chromium ${info.chromium} (headless, --disable-gpu).`,
    '',
    '### The cost curve (issue 14)',
    '',
    ...costCurve(scales),
  ];
  for (const s of scales) {
    lines.push(
      '',
      `### ${s.years} year${s.years > 1 ? 's' : ''} of record`,
      '',
      `- Load average (1/5/15 min): ${s.loadBefore.map((l) => l.toFixed(2)).join(' / ')} before, ${s.loadAfter.map((l) => l.toFixed(2)).join(' / ')} after.`,
      `- Dataset: ${s.dataset.detail} (generated in ${fmt(s.dataset.splits.generate)} ms, loaded in ${fmt(s.dataset.splits.load)} ms).`,
      '',
      '| operation | target | median (ms) | min | max | raw IndexedDB baseline (ms) | ratio | peak JS heap (MB) | notes |',
      '|---|---|---|---|---|---|---|---|---|',
      ...tableRows(s.results),
      jsRow,
      '',
      'Through the screens (issue 18; one run each; target: longest main-thread task ≤ 200 ms):',
      '',
      '| action | usable after (ms) | longest task (ms) | longest animation frame (ms) | tasks > 200 ms | peak JS heap (MB) | notes |',
      '|---|---|---|---|---|---|---|',
      ...actionRows(s.actions),
    );
  }
  return lines.join('\n');
}

const BEGIN = '<!-- bench:begin (written by bench/run.mjs) -->';
const END = '<!-- bench:end -->';

/** Replaces the generated block of docs/benchmarks.md, keeping the hand-written analysis around it. */
function writeDoc(block) {
  const path = join(root, 'docs', 'benchmarks.md');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : `# ThiDua benchmarks\n\n${BEGIN}\n${END}\n`;
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start
    ? `${current.slice(0, start + BEGIN.length)}\n${block}\n${current.slice(end)}`
    : `${current.trimEnd()}\n\n${BEGIN}\n${block}\n${END}\n`;
  writeFileSync(path, next);
  log(`wrote ${relative(root, path)}`);
}

// ---------------------------------------------------------------- main

/** One scale: the big ward with `years` of record, loaded fresh in its own browser context; every operation measured. */
async function measureScale(browser, server, years, failures) {
  let hub = null;
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  try {
    const loadBefore = loadavg();
    const harness = await context.newPage();
    harness.on('pageerror', (error) => log(`harness error: ${error.message}`));
    harness.on('console', (m) => m.type() === 'error' && log(`harness console: ${m.text()}`));
    await harness.goto(`${server.url}/harness/harness.html`);
    await harness.waitForFunction(() => window.thiduaBench !== undefined, null, { timeout: 30_000 });
    log(`${years} year(s): loading the ${smoke ? 'smoke' : 'big'} ward…`);
    const dataset = await harness.evaluate(
      ([seed, sizes, history]) => window.thiduaBench.load(seed, sizes ?? undefined, history),
      [SEED, smoke ? SMOKE_SIZES : null, { years, meetings: MEETINGS }],
    );
    log(`loaded in ${fmt(dataset.ms)} ms: ${dataset.detail}`);
    // A fresh office hub per scale (the wards of two scales share ids).
    hub = await startTestHub();
    await harness.evaluate(([url]) => window.thiduaBench.setHub(url, 'vanphong', 'thidua'), [HUB_URL]);

    const results = [];
    const { operations, baselines } = await harness.evaluate(() => ({ operations: window.thiduaBench.operations, baselines: window.thiduaBench.baselines }));
    for (const name of operations.filter(selected)) {
      try {
        const r = await measureHarness(harness, name, baselines.includes(name));
        results.push(r);
        log(`${name}: median ${fmt(stats(r.samples).median)} ms${r.baseline ? `, baseline ${fmt(stats(r.baseline).median)} ms, ratio ${ratioText(r)}` : ''}; runs ${r.samples.map(fmt).join(', ')}${r.baseline ? `; baseline runs ${r.baseline.map(fmt).join(', ')}` : ''}; ${r.notes.join('; ')}`);
      } catch (error) {
        failures.push(`${years}y ${name}: ${error.message}`);
        results.push({ id: name, error: error.message.split('\n')[0] });
      }
    }
    const expected = await harness.evaluate(() => window.thiduaBench.expectations());
    await harness.evaluate(() => window.thiduaBench.close());
    await harness.close();

    const appUrl = `${server.url}/app/renderer/index.html`;
    const screens = [
      ['coldStart', () => measureColdStart(context, appUrl, expected)],
      ['searchKeystroke', () => measureSearchKeystroke(context, appUrl, expected, expected.searchQuery)],
      ['nominationsList', () => measureNominationsList(context, appUrl, expected)],
    ];
    const screenResults = [];
    for (const [id, measure] of screens.filter(([id]) => selected(id))) {
      try {
        const r = await measure();
        screenResults.push(r);
        log(`${id}: median ${fmt(stats(r.samples).median)} ms`);
      } catch (error) {
        failures.push(`${years}y ${id}: ${error.message}`);
        screenResults.push({ id, error: error.message.split('\n')[0] });
      }
    }
    const workDir = join(tmpdir(), 'thidua-bench', 'files');
    mkdirSync(workDir, { recursive: true });
    const actions = await measureScreens({
      context, appUrl, openApp, settle, withHeapPeak, selected, meetings: dataset.meetings, importRows: IMPORT_ROWS, workDir, log,
      profiled: profile ? profiled : null,
    });
    for (const a of actions) if (a.error) failures.push(`${years}y ${a.id}: ${a.error}`);
    return { years, dataset, results: [...screenResults, ...results], actions, loadBefore, loadAfter: loadavg() };
  } finally {
    await context.close();
    if (hub) await stopTestHub(hub);
  }
}

async function main() {
  if (!args.includes('--no-build')) buildAll();
  const initialJs = measureInitialJs();
  log(`initial JS: ${initialJs.gzipKb.toFixed(0)} KB gzip in ${initialJs.chunks.length} files`);

  const server = await startStaticServer(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const failures = [];
  try {
    const scales = [];
    const info = machine(browser.version());
    const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
    for (const years of SCALES) {
      scales.push(await measureScale(browser, server, years, failures));
      // Each scale's report as soon as it is done: a long run stopped later keeps what it measured.
      console.log(`\n${report({ scales, initialJs, info, date })}\n`);
    }
    const block = report({ scales, initialJs, info, date });
    if ((!smoke && ONLY === null) || args.includes('--write')) writeDoc(block);
  } finally {
    await browser.close();
    await server.close();
  }
  if (failures.length > 0) {
    console.error(`[bench] ${failures.length} operation(s) failed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}

await main();
