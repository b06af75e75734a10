// pouchdb-browser expects a browser's `self`; the unit tests run it on fake-indexeddb in Node.
(globalThis as { self?: unknown }).self ??= globalThis;
