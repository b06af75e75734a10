import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import type { RegisteredDocument } from '../../../../src-renderer/data/schemas';
import { dossierDocuments } from '../../../../src-renderer/features/nominations/dossierLinks';

const doc = (id: string, kind: RegisteredDocument['kind'], archived: 0 | 1 = 0) => ({ id, kind, archived }) as RegisteredDocument;

describe('dossier documents', () => {
  const parts = DEFAULT_SETTINGS.dossierChecklists.CSTDCS;

  it('links each generatable part to the newest live document of its kind', () => {
    // Newest first: the archived report is skipped for the older live one.
    const docs = [doc('r2', 'personalReport', 1), doc('m1', 'meetingMinutes'), doc('r1', 'personalReport'), doc('v1', 'voteCountMinutes')];
    const links = dossierDocuments(parts, {}, docs);
    expect(links.get('personalReport')?.id).toBe('r1');
    expect(links.get('councilMinutes')?.id).toBe('m1');
    expect(links.get('voteCount')?.id).toBe('v1');
    expect(links.has('submission')).toBe(false);
    expect(links.has('initiativeProof')).toBe(false);
  });

  it('prefers the document recorded on the part', () => {
    const docs = [doc('m2', 'meetingMinutes'), doc('m1', 'meetingMinutes')];
    const links = dossierDocuments(parts, { councilMinutes: { present: true, documentId: 'm1', note: '' } }, docs);
    expect(links.get('councilMinutes')?.id).toBe('m1');
  });
});
