/** Turns what the data layer throws into text a ward officer can act on. */
import { RefusedError, ValidationError } from '../data/errors';
import { FileRejectedError } from '../data/fileFormat';

/** One Vietnamese sentence (or several) for a Snackbar/Alert. */
export function describeError(error: unknown): string {
  if (error instanceof ValidationError) {
    // The same sentence for several fields is said once.
    return error.issues.length > 0 ? [...new Set(error.issues.map((i) => i.message))].join(' ') : error.message;
  }
  if (error instanceof RefusedError || error instanceof FileRejectedError) return error.message;
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return 'Ổ đĩa đã đầy, không lưu được dữ liệu. Hãy giải phóng dung lượng rồi thử lại.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Đã xảy ra lỗi không mong muốn: ${detail}`;
}

/**
 * Field messages of a ValidationError keyed by the form's field path, so a check only the data layer
 * can make (e.g. a duplicate) still shows next to its field. Issues without a path are left out.
 */
export function issuesByField(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ValidationError)) return out;
  for (const issue of error.issues) {
    if (issue.path && !(issue.path in out)) out[issue.path] = issue.message;
  }
  return out;
}

/**
 * Puts each field issue of a data-layer ValidationError next to its field; returns the message of
 * what could not be placed (whole-record issues, other errors), or null when every issue found a field.
 */
export function placeIssues(error: unknown, setFieldError: (path: string, message: string) => void, fields: readonly string[]): string | null {
  const byField = issuesByField(error);
  const placed = Object.entries(byField).filter(([path]) => fields.some((f) => path === f || path.startsWith(`${f}.`)));
  for (const [path, message] of placed) setFieldError(path, message);
  if (error instanceof ValidationError && placed.length === error.issues.length) return null;
  return describeError(error);
}
