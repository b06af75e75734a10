import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../data/db';
import { evaluateNomination } from '../../data/nominations';
import type { Nomination } from '../../data/schemas';
import type { EligibilityResult } from '../../domain/eligibility';

/**
 * Eligibility evaluated now, against the registers as they are: correcting a person's rating or the
 * award history re-renders the panel at once. The stored snapshot stays what was shown at last save.
 */
export function useLiveEligibility(nomination: Nomination | null | undefined): EligibilityResult | undefined {
  return useLiveQuery(
    () => (nomination ? evaluateNomination(getDb(), nomination) : undefined),
    [nomination],
  );
}
