// `npm test`: everything a clean checkout must pass — typecheck, unit tests (with domain
// coverage), the end-to-end journeys in Chromium and the security gate — closing with one
// line "N passed, N failed" for the whole run. Installs what a fresh Debian machine lacks.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bin, ensureDependencies, has, root, run } from './lib.mjs';
import { summarizePlaywright } from './playwright-report.mjs';

const SYSTEM_PACKAGES = [
  { command: 'chromium', apt: ['chromium'], recommends: true },
  { command: 'soffice', apt: ['libreoffice-writer-nogui', 'fonts-liberation', 'fonts-liberation2'] },
  { command: 'pdftoppm', apt: ['poppler-utils'] },
];

function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((p) => !has(p.command));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    console.warn(`Thiếu ${missing.map((p) => p.command).join(', ')} và không cài được bằng apt-get (cần quyền root).`);
    return;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  for (const group of [missing.filter((p) => p.recommends), missing.filter((p) => !p.recommends)]) {
    if (group.length === 0) continue;
    const args = ['install', '-y', '-qq', ...(group[0].recommends ? [] : ['--no-install-recommends'])];
    run('apt-get', [...args, ...group.flatMap((p) => p.apt)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

const totals = { passed: 0, failed: 0 };
const failures = [];
/** Tests that did not run here, with why; counted neither passed nor failed. */
const skipped = [];
const failedTests = [];
const flakyTests = [];

function check(name, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

ensureDependencies();
ensureSystemPackages();
const outDir = join(root, 'test-output');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

console.log('\n== Kiểm tra kiểu (tsc -b)');
check('typecheck', run(bin('tsc'), ['-b']) === 0);

console.log('\n== Đóng gói (electron-vite build)');
const built = run(bin('electron-vite'), ['build', '--logLevel', 'warn']) === 0;
check('build', built);

console.log('\n== Kiểm thử đơn vị (vitest)');
const vitestJson = join(outDir, 'vitest.json');
run(bin('vitest'), [
  'run',
  '--coverage',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const unit = readJson(vitestJson);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  if (unit.numFailedTests > 0) failures.push(`${unit.numFailedTests} kiểm thử đơn vị`);
  // A suite that fails to load has no failed test but is a failure all the same.
  check('vitest suites', unit.numFailedTestSuites === 0 && unit.success !== false);
} else check('vitest (không có kết quả)', false);

console.log('\n== Kiểm thử đóng gói (electron-builder --dir, nội dung app.asar)');
if (built) {
  const packagingJson = join(outDir, 'packaging.json');
  run(bin('vitest'), [
    'run',
    '--config',
    'tests/packaging/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${packagingJson}`,
  ]);
  const packaging = readJson(packagingJson);
  if (packaging) {
    totals.passed += packaging.numPassedTests;
    totals.failed += packaging.numFailedTests;
    if (packaging.numFailedTests > 0) failures.push(`${packaging.numFailedTests} kiểm thử đóng gói`);
    check('packaging suites', packaging.numFailedTestSuites === 0 && packaging.success !== false);
  } else check('đóng gói (không có kết quả)', false);
} else check('đóng gói (bỏ qua vì build lỗi)', false);

console.log('\n== Kiểm thử đầu-cuối (Playwright, Chromium)');
if (built) {
  const e2eJson = join(outDir, 'playwright.json');
  run(bin('playwright'), ['test', '--reporter=list,json'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson },
  });
  const e2e = readJson(e2eJson);
  if (e2e) {
    const summary = summarizePlaywright(e2e);
    totals.passed += summary.passed;
    totals.failed += summary.failed;
    skipped.push(...summary.skipped);
    failedTests.push(...summary.failedTests);
    flakyTests.push(...summary.flakyTests);
    if (summary.failed > 0) failures.push(`${summary.failed} kiểm thử đầu-cuối`);
    check('playwright run', (e2e.errors ?? []).length === 0);
  } else check('playwright (không có kết quả)', false);
} else check('playwright (bỏ qua vì build lỗi)', false);

console.log('\n== Benchmark, bản thu nhỏ (kiểm tra kịch bản đo, không đo thời gian)');
check('bench smoke', run(process.execPath, [join(root, 'bench', 'run.mjs'), '--smoke']) === 0);

if (existsSync(join(root, 'scripts', 'security-scan.mjs'))) {
  console.log('\n== Rà soát bảo mật Electron (Electronegativity)');
  check('security scan', run(process.execPath, [join(root, 'scripts', 'security-scan.mjs')]) === 0);
}

for (const s of skipped) console.log(`\nBỏ qua (không tính là đạt): ${s.title}\n  Lý do: ${s.reason}`);
for (const t of flakyTests) console.log(`\nĐạt ở lần chạy lại (cần sửa cho ổn định): ${t.title}\n  Lần đầu: ${t.error}`);
for (const t of failedTests) console.log(`\nThất bại: ${t.title}\n  ${t.error}`);
if (failures.length > 0) console.log(`\nThất bại: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
