/**
 * The data layer's errors across the worker boundary. Structured cloning keeps only an Error's message
 * and name, so a refusal (a bad backup, a role that may not restore) would reach the screen as an
 * "unexpected error"; the worker sends them as plain data and the window rebuilds the same class.
 */
import { RefusedError, ValidationError } from '../errors';
import type { RefusalCode, ValidationIssue } from '../errors';
import { FileRejectedError } from '../fileFormat';

export interface SentError {
  sentError: 'file' | 'refused' | 'validation' | 'other';
  message: string;
  code?: string;
  issues?: ValidationIssue[];
}

export function sendError(error: unknown): SentError {
  if (error instanceof FileRejectedError) return { sentError: 'file', message: error.message, code: error.code };
  if (error instanceof RefusedError) return { sentError: 'refused', message: error.message, code: error.code };
  if (error instanceof ValidationError) return { sentError: 'validation', message: error.message, issues: error.issues };
  return { sentError: 'other', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

export function receiveError(error: unknown): unknown {
  if (!error || typeof error !== 'object' || !('sentError' in error)) return error;
  const sent = error as SentError;
  switch (sent.sentError) {
    case 'file':
      return new FileRejectedError(sent.code ?? '', sent.message);
    case 'refused':
      return new RefusedError(sent.code as RefusalCode, sent.message);
    case 'validation':
      return new ValidationError(sent.issues ?? []);
    default:
      return new Error(sent.message);
  }
}
