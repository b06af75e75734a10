/** Which issued document stands for each part of a nomination's dossier (thành phần hồ sơ, DOMAIN.md §5). */
import type { DossierPart } from '../../domain/settings';
import type { Nomination, RegisteredDocument } from '../../data/schemas';

/**
 * The document of each part: the one recorded on the part when it is among `documents`, else the
 * newest live document of the part's kind. `documents` are those made from the nomination and from the
 * meeting that voted on it, newest first.
 */
export function dossierDocuments(
  parts: readonly DossierPart[],
  dossier: Nomination['dossier'],
  documents: readonly RegisteredDocument[],
): Map<string, RegisteredDocument> {
  const links = new Map<string, RegisteredDocument>();
  for (const part of parts) {
    const recorded = dossier[part.id]?.documentId;
    const doc =
      (recorded ? documents.find((d) => d.id === recorded) : undefined) ??
      (part.documentKind ? documents.find((d) => d.kind === part.documentKind && d.archived === 0) : undefined);
    if (doc) links.set(part.id, doc);
  }
  return links;
}
