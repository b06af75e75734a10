export interface PlaywrightSummary {
  passed: number;
  failed: number;
  skipped: { title: string; reason: string }[];
}
export function summarizePlaywright(report: unknown): PlaywrightSummary;
