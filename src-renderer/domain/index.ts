/** The domain core: pure TypeScript, no React, Dexie, docx or Electron (ARCHITECTURE.md). */
export * from './vocabulary';
export * from './lifecycle';
export * from './dates';
export * from './text';
export * from './settings';
export * from './province';
export * from './titles';
export * from './eligibility';
export * from './council';
export * from './scoring';
export * from './money';
export * from './numbering';
export * from './dossier';
export * from './documentTexts';
export * from './culture';
