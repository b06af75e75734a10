/** Shape of one schema version file. Version files are never edited once released; a change is a new file. */
export interface SchemaVersion {
  version: number;
  /** Dexie store definitions; `null` deletes a table. */
  stores: Record<string, string | null>;
  /**
   * Upgrades one record written by the previous version. Used twice: by Dexie's upgrade when the app
   * opens an older database, and by restore when a backup of an older schema is read.
   * Returning undefined drops the record (only for tables the version deletes).
   */
  migrate?: (table: string, record: Record<string, unknown>) => Record<string, unknown> | undefined;
}
