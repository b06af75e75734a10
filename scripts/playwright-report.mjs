// Reads Playwright's JSON report for `npm test`: what counts as passed and failed, each failed or flaky
// test by name with its first error line (CI shows only the end of the log), and each skipped test with
// its reason — a skipped test is neither passed nor failed, and says why (e.g. no Electron binary here).

/** Every test of the report with its title path, final status, annotations and tries. */
function* testsOf(suites, path = []) {
  for (const suite of suites ?? []) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      const where = spec.file && spec.line ? ` (${spec.file}:${spec.line})` : '';
      for (const t of spec.tests ?? []) {
        yield { title: [...here, spec.title].join(' › ') + where, status: t.status, annotations: t.annotations ?? [], results: t.results ?? [] };
      }
    }
    yield* testsOf(suite.suites, here);
  }
}

/** The first line of the first error of a try, without the terminal's colour codes. */
function firstErrorLine(results) {
  for (const r of results) {
    const message = r.error?.message ?? r.errors?.[0]?.message;
    if (message) return message.replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  }
  return '';
}

export function summarizePlaywright(report) {
  const tests = [...testsOf(report.suites)];
  const skipped = tests
    .filter((t) => t.status === 'skipped')
    .map((t) => ({ title: t.title, reason: t.annotations.find((a) => a.type === 'skip')?.description || 'không ghi lý do' }));
  const withError = (status) => tests.filter((t) => t.status === status).map((t) => ({ title: t.title, error: firstErrorLine(t.results) }));
  return {
    passed: report.stats.expected + (report.stats.flaky ?? 0),
    failed: report.stats.unexpected,
    failedTests: withError('unexpected'),
    flakyTests: withError('flaky'),
    skipped,
  };
}
