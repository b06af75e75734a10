export * from './types';
export { evaluateEligibility } from './evaluate';
export { evaluateYearQuotas } from './quotas';
export type { QuotaResult, YearNomination } from './quotas';
export { collectiveHasWomenPriority, compareForTieBreak, hasWomenPriority } from './priority';
export { HOLD_LABELS, applyingHolds, holdApplies } from './common';
