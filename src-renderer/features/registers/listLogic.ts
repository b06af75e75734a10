/** Pure helpers shared by the register lists. */

/** id → record, for showing names of referenced records in a grid. */
export function indexById<R extends { id: string }>(records: readonly R[] | undefined): Map<string, R> {
  return new Map((records ?? []).map((r) => [r.id, r]));
}

/** Picker options for records with a name, in the order given (the data layer sorts in Vietnamese order). */
export function nameOptions<R extends { id: string; name: string }>(records: readonly R[] | undefined): { value: string; label: string }[] {
  return (records ?? []).map((r) => ({ value: r.id, label: r.name }));
}
