// Reads Playwright's JSON report for `npm test`: what counts as passed and failed, and each skipped
// test with its reason — a skipped test is neither, and says why (e.g. no Electron binary here).

/** Every test of the report with its title path, final status and annotations. */
function* testsOf(suites, path = []) {
  for (const suite of suites ?? []) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) yield { title: [...here, spec.title].join(' › '), status: t.status, annotations: t.annotations ?? [] };
    }
    yield* testsOf(suite.suites, here);
  }
}

export function summarizePlaywright(report) {
  const skipped = [...testsOf(report.suites)]
    .filter((t) => t.status === 'skipped')
    .map((t) => ({ title: t.title, reason: t.annotations.find((a) => a.type === 'skip')?.description || 'không ghi lý do' }));
  return {
    passed: report.stats.expected + (report.stats.flaky ?? 0),
    failed: report.stats.unexpected,
    skipped,
  };
}
