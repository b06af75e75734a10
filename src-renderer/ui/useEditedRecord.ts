import { useState } from 'react';
import { getDb } from '../data/db';
import type { ThiDuaDb } from '../data/db';

/**
 * The record an edit form shows, pinned at the version it was read: the save carries that version, so
 * a save made meanwhile in another window is refused ('stale') rather than overwritten, even when the
 * page behind the dialog already shows the newer record. `reload` re-reads it and refills the form.
 */
export function useEditedRecord<R extends { id: string; version: number }>(
  record: R | null,
  repo: { get(db: ThiDuaDb, id: string): Promise<R | undefined> },
  refill: (fresh: R) => void,
) {
  const [read, setRead] = useState(record);
  const reload = async () => {
    const fresh = read ? await repo.get(getDb(), read.id) : undefined;
    if (!fresh) return;
    setRead(fresh);
    refill(fresh);
  };
  return { read, reload };
}
