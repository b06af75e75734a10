export * from './criteria';
export * from './totals';
export * from './ranking';
export * from './classification';
