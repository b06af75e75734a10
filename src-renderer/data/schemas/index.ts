/** Every entity schema, for forms (@hookform/resolvers/zod) and for backup/exchange validation. */
export * from './common';
export * from './registers';
export * from './nominations';
export * from './meetings';
export * from './scoring';
export * from './goodDeeds';
export * from './documents';
export * from './provincePack';
export * from './culture';
export * from './upwardDossiers';
export * from './certificates';
export * from './registrations';
