export * from './types';
export { evaluateEligibility } from './evaluate';
export { evaluateYearQuotas } from './quotas';
export type { QuotaResult, YearNomination } from './quotas';
export { chooseWomenFirst, collectiveHasWomenPriority, compareForTieBreak, hasWomenPriority, WOMEN_FIRST_BASIS } from './priority';
export type { WomenFirstChoice } from './priority';
export { HOLD_LABELS, applyingHolds, holdApplies } from './common';
