/**
 * Editing the "Căn cứ" and Nơi nhận lines per document type: ward data with defaults, because provinces
 * cite their instruments and send copies their own way (NĐ 152/2025 Đ6.2.c; NĐ 30/2020 PL I §II.8.b, §II.9).
 */
import { BASES_KINDS, basesProblem, recipientsProblem } from '../../domain/documentTexts';
import type { BasesKind, LegalBasis, RecipientsKind } from '../../domain/documentTexts';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { WardSettings } from '../../domain/settings';

/** One document type's texts as the screen edits them; a type without Căn cứ has none. */
export interface DocumentTexts {
  bases: LegalBasis[];
  recipients: string[];
}

export function isBasesKind(kind: RecipientsKind): kind is BasesKind {
  return (BASES_KINDS as readonly string[]).includes(kind);
}

export function textsOf(settings: Pick<WardSettings, 'documentBases' | 'documentRecipients'>, kind: RecipientsKind): DocumentTexts {
  return {
    bases: isBasesKind(kind) ? structuredClone(settings.documentBases[kind]) : [],
    recipients: [...settings.documentRecipients[kind]],
  };
}

/** The item moved one place up (-1) or down (+1); unchanged at either end. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** What stops saving, in Vietnamese; null when it can be saved. */
export function textsProblem(texts: DocumentTexts): string | null {
  return basesProblem(texts.bases) ?? recipientsProblem(texts.recipients);
}

/**
 * The overrides to store with one type's texts replaced. Whole records are stored because the settings
 * merge is shallow: a partial record would leave the other types without their lines.
 */
export function textsOverrides(
  previous: Record<string, unknown>,
  current: Pick<WardSettings, 'documentBases' | 'documentRecipients'>,
  kind: RecipientsKind,
  texts: DocumentTexts,
): Record<string, unknown> {
  const trim = (s: string) => s.trim();
  const bases = texts.bases.map((b) => ({ type: trim(b.type), number: trim(b.number), date: b.date, issuer: trim(b.issuer), title: trim(b.title) }));
  return {
    ...previous,
    documentBases: isBasesKind(kind) ? { ...structuredClone(current.documentBases), [kind]: bases } : structuredClone(current.documentBases),
    documentRecipients: { ...structuredClone(current.documentRecipients), [kind]: texts.recipients.map(trim) },
  };
}

export function isDefaultTexts(kind: RecipientsKind, texts: DocumentTexts): boolean {
  return JSON.stringify(texts) === JSON.stringify(textsOf(DEFAULT_SETTINGS, kind));
}
