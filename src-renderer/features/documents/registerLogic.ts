/** The register list (sổ đăng ký văn bản): filtering and order, kept free of React so it is tested directly. */
import { compareVi, matchesSearch, searchKey } from '../../domain/text';
import type { DocumentKind } from '../../domain/vocabulary';
import type { RegisteredDocument } from '../../data/schemas';
import { DOCUMENT_KIND_LABELS } from './documentKinds';

export interface RegisterFilter {
  kind: DocumentKind | null;
  /** Typed with or without diacritics; matches the number, the trích yếu or the type. */
  query: string;
}

/** Newest date first; on one day, series together with the highest number first. */
export function registerRows(docs: readonly RegisteredDocument[], filter: RegisterFilter): RegisteredDocument[] {
  return docs
    .filter((d) => (filter.kind === null || d.kind === filter.kind) && matchesSearch(searchKey(`${d.numberText} ${d.title} ${DOCUMENT_KIND_LABELS[d.kind]}`), filter.query))
    .sort((a, b) => b.date.localeCompare(a.date) || compareVi(a.series, b.series) || b.number - a.number || b.createdAt.localeCompare(a.createdAt));
}
