/** The part of PouchDB (pouchdb-browser 9) the sync room uses; the package ships no types. */
declare module 'pouchdb-browser' {
  export interface Doc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [field: string]: unknown;
  }
  export interface BulkResult {
    ok?: boolean;
    id?: string;
    rev?: string;
    error?: string | boolean;
    status?: number;
    name?: string;
    reason?: string;
    message?: string;
  }
  export interface AllDocsRow {
    id?: string;
    key: string;
    value?: { rev: string; deleted?: boolean };
    doc?: Doc | null;
    error?: string;
  }
  export interface Change {
    id: string;
    seq: number | string;
    changes: { rev: string }[];
    deleted?: boolean;
    doc?: Doc;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
  }
  export interface SyncResult {
    push?: ReplicationResult;
    pull?: ReplicationResult;
  }
  export interface SyncHandle extends Promise<SyncResult> {
    on(event: 'change', listener: (info: { direction: 'push' | 'pull'; change: ReplicationResult }) => void): SyncHandle;
    on(event: 'denied' | 'error', listener: (error: unknown) => void): SyncHandle;
    cancel(): void;
  }
  export interface ReplicateHandle extends Promise<ReplicationResult> {
    on(event: 'change', listener: (info: ReplicationResult) => void): ReplicateHandle;
    on(event: 'denied' | 'error', listener: (error: unknown) => void): ReplicateHandle;
    cancel(): void;
  }
  export interface Options {
    adapter?: string;
    auth?: { username: string; password: string };
    skip_setup?: boolean;
    auto_compaction?: boolean;
    revs_limit?: number;
    fetch?: (url: string, init: RequestInit) => Promise<Response>;
  }
  class PouchDB {
    constructor(name: string, options?: Options);
    static plugin(plugin: unknown): typeof PouchDB;
    static replicate(source: PouchDB, target: PouchDB, options?: { batch_size?: number; batches_limit?: number }): ReplicateHandle;
    name: string;
    info(): Promise<{ doc_count: number; update_seq: number | string; db_name: string }>;
    get(id: string, options?: { rev?: string; revs?: boolean; open_revs?: 'all' | string[]; conflicts?: boolean }): Promise<Doc & { _revisions?: { start: number; ids: string[] } }>;
    bulkGet(request: { docs: { id: string; rev?: string }[]; revs?: boolean }): Promise<{
      results: { id: string; docs: ({ ok: Doc & { _revisions?: { start: number; ids: string[] } } } | { error: { error: string } })[] }[];
    }>;
    allDocs(options: { keys?: string[]; include_docs?: boolean; startkey?: string; endkey?: string; limit?: number; descending?: boolean }): Promise<{
      rows: AllDocsRow[];
      total_rows: number;
    }>;
    bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<BulkResult[]>;
    changes(options: {
      since: number | string;
      limit?: number;
      include_docs?: boolean;
      conflicts?: boolean;
      style?: 'all_docs' | 'main_only';
    }): Promise<{ results: Change[]; last_seq: number | string }>;
    sync(remote: PouchDB, options?: { batch_size?: number; batches_limit?: number }): SyncHandle;
    destroy(): Promise<void>;
    close(): Promise<void>;
  }
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
