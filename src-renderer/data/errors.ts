/** Errors the data layer throws; every message is Vietnamese and fit to show as is. */
import type { z } from 'zod';

export interface ValidationIssue {
  /** Dotted path of the field ("nominee.personId", "ballots.0.agree"); empty for the whole record. */
  path: string;
  message: string;
}

/** A record failed its schema or a cross-record check; `issues` lists every problem found. */
export class ValidationError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(issues.map((i) => i.message).join(' '));
    this.name = 'ValidationError';
    this.issues = issues;
  }

  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
  }
}

export type RefusalCode = 'notFound' | 'referenced' | 'transition' | 'immutable' | 'locked' | 'conflict' | 'role' | 'stale' | 'incomplete';

/** An operation the rules forbid (a missing record, a forbidden lifecycle move, a locked set…). */
export class RefusedError extends Error {
  readonly code: RefusalCode;
  constructor(code: RefusalCode, message: string) {
    super(message);
    this.name = 'RefusedError';
    this.code = code;
  }
}

/** A write named a version older than the stored one: another window or PC saved in between. */
export function isStaleError(error: unknown): error is RefusedError {
  return error instanceof RefusedError && error.code === 'stale';
}

/** Said when the user stops long work; nothing was written (or the write was rolled back). */
export class CancelledError extends Error {
  constructor() {
    super('Đã hủy.');
    this.name = 'CancelledError';
  }
}
