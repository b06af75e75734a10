/**
 * Probable duplicates in the people register (issue 12.5): the same person entered twice, e.g.
 * "Lê Thị Hòa" and "Lê Thị Hoà" (tone placement), born the same year, in the same unit. Pure: the
 * matching rule, the pairs of a group of namesakes, and what the kept record absorbs on a merge.
 */
import { compareVi, searchKey } from './text';

/** What the matching rule reads of a person. */
export interface DuplicateFacts {
  id: string;
  fullName: string;
  birthYear: number | null;
  unitId: string | null;
  archived: number;
  mergedIntoId: string | null;
  notDuplicateOfIds: readonly string[];
  /** ISO time the record was entered: of a pair, the earlier entry comes first (and is offered to keep). */
  createdAt: string;
}

/**
 * Same search key (diacritic- and tone-placement-insensitive), same birth year, same unit. An unknown
 * birth year or unit matches only another unknown one: two "Nguyễn Văn An" of one unit, neither with a
 * birth year, are still worth a question.
 */
export function duplicateKeyOf(person: Pick<DuplicateFacts, 'fullName' | 'birthYear' | 'unitId'>): string {
  return `${searchKey(person.fullName)}|${person.birthYear ?? ''}|${person.unitId ?? ''}`;
}

/** Still in the register: neither archived nor merged into another record. */
export function isLive(person: Pick<DuplicateFacts, 'archived' | 'mergedIntoId'>): boolean {
  return person.archived === 0 && !person.mergedIntoId;
}

/** Two live records that match, unless the clerk said they are different people ("Không trùng"). */
export function isProbableDuplicate(a: DuplicateFacts, b: DuplicateFacts): boolean {
  return (
    a.id !== b.id &&
    isLive(a) &&
    isLive(b) &&
    duplicateKeyOf(a) === duplicateKeyOf(b) &&
    !a.notDuplicateOfIds.includes(b.id) &&
    !b.notDuplicateOfIds.includes(a.id)
  );
}

/**
 * Every probable pair among `people` (typically the namesakes read by the search-key index), grouped
 * by key first so only records of one key are compared. Within a pair the earlier entry comes first;
 * pairs are ordered by name, then by entry.
 */
export function probablePairs<P extends DuplicateFacts>(people: readonly P[]): [P, P][] {
  const groups = new Map<string, P[]>();
  for (const person of people) {
    if (!isLive(person)) continue;
    const key = duplicateKeyOf(person);
    groups.set(key, [...(groups.get(key) ?? []), person]);
  }
  const pairs: [P, P][] = [];
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    sorted.forEach((a, i) => sorted.slice(i + 1).forEach((b) => isProbableDuplicate(a, b) && pairs.push([a, b])));
  }
  const entry = (p: P) => `${p.createdAt}|${p.id}`;
  return pairs.sort(([a1, b1], [a2, b2]) => compareVi(a1.fullName, a2.fullName) || entry(a1).localeCompare(entry(a2)) || entry(b1).localeCompare(entry(b2)));
}

/** A namesake as the clerk tells them apart: “Lê Thị Hòa” (sinh 1980, Tổ dân phố 1). */
export function describeNamesake(person: { fullName: string; birthYear: number | null }, unitName: string | null | undefined): string {
  const facts = [person.birthYear === null ? '' : `sinh ${person.birthYear}`, unitName ?? ''].filter(Boolean);
  return `“${person.fullName}”${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
}

/** Why these two records cannot be merged, in the clerk's words; null when they can. */
export function mergeRefusal(kept: DuplicateFacts, merged: DuplicateFacts): string | null {
  if (kept.id === merged.id) return 'Không thể gộp một hồ sơ với chính nó.';
  for (const person of [kept, merged]) {
    if (person.mergedIntoId) return `Hồ sơ “${person.fullName}” đã được gộp vào hồ sơ khác, không gộp thêm được.`;
    if (person.archived !== 0) return `Hồ sơ “${person.fullName}” đã lưu trữ; hãy khôi phục trước khi gộp.`;
  }
  return null;
}

/** The person fields a merge changes on the kept record. */
export interface MergeablePerson extends DuplicateFacts {
  mergedFromIds: readonly string[];
  birthDate: string | null;
  /** Ngày mất: a death recorded on either record is kept (nothing ever lost). */
  deathDate: string | null;
  position: string;
  hometown: string;
  residence: string;
  education: string;
  phone: string;
  note: string;
  ratings: readonly { year: number; rating: string }[];
  disciplines: readonly { level: string; decidedOn: string; endsOn: string | null; note: string }[];
}

const FILLED_TEXT = ['position', 'hometown', 'residence', 'education', 'phone', 'note'] as const;

export type Absorbed<K> = Pick<K, Extract<keyof K, (typeof FILLED_TEXT)[number] | 'birthYear' | 'birthDate' | 'deathDate' | 'unitId' | 'ratings' | 'disciplines' | 'mergedFromIds' | 'notDuplicateOfIds'>>;

/**
 * What the kept record becomes: it remembers every record merged into it (and theirs), keeps its own
 * facts and takes the other's only where its own are blank; yearly ratings of years it lacks and
 * disciplines it does not hold are added (eligibility reads both, DOMAIN.md §2), none dropped.
 */
export function absorbedFields<K extends MergeablePerson>(kept: K, merged: K): Absorbed<K> {
  const text = Object.fromEntries(FILLED_TEXT.map((f) => [f, kept[f] || merged[f]]));
  const ratedYears = new Set(kept.ratings.map((r) => r.year));
  const disciplineKey = (d: MergeablePerson['disciplines'][number]) => `${d.level}|${d.decidedOn}`;
  const heldDisciplines = new Set(kept.disciplines.map(disciplineKey));
  const unique = (ids: readonly string[]) => [...new Set(ids)];
  return {
    ...text,
    birthYear: kept.birthYear ?? merged.birthYear,
    birthDate: kept.birthDate ?? (kept.birthYear === null || merged.birthYear === kept.birthYear ? merged.birthDate : null),
    deathDate: kept.deathDate ?? merged.deathDate,
    unitId: kept.unitId ?? merged.unitId,
    ratings: [...kept.ratings, ...merged.ratings.filter((r) => !ratedYears.has(r.year))].sort((a, b) => a.year - b.year),
    disciplines: [...kept.disciplines, ...merged.disciplines.filter((d) => !heldDisciplines.has(disciplineKey(d)))],
    mergedFromIds: unique([...kept.mergedFromIds, merged.id, ...merged.mergedFromIds]),
    notDuplicateOfIds: unique([...kept.notDuplicateOfIds, ...merged.notDuplicateOfIds]).filter((id) => id !== kept.id && id !== merged.id),
  } as unknown as Absorbed<K>; // built from K's own values, so each field keeps K's type
}

/** A nomination as a merge sees it: which title of which year, and whether it is still live. */
export interface NominationSlot {
  year: number;
  titleCode: string;
  live: boolean;
}

/** Titles of a year both records are nominated for: merging would leave one person nominated twice. */
export function clashingNominations(kept: readonly NominationSlot[], merged: readonly NominationSlot[]): { year: number; titleCode: string }[] {
  const held = new Set(kept.filter((n) => n.live).map((n) => `${n.year}|${n.titleCode}`));
  return merged.filter((n) => n.live && held.has(`${n.year}|${n.titleCode}`)).map(({ year, titleCode }) => ({ year, titleCode }));
}

/** A council membership's term, for the overlap check. */
export interface Term {
  termFrom: string;
  termTo: string | null;
  archived: number;
}

/** True when two live memberships overlap: one person would count twice towards the quorum (DOMAIN.md §4). */
export function termsOverlap(a: readonly Term[], b: readonly Term[]): boolean {
  const live = (terms: readonly Term[]) => terms.filter((t) => t.archived === 0);
  return live(a).some((x) => live(b).some((y) => x.termFrom <= (y.termTo ?? '9999-12-31') && y.termFrom <= (x.termTo ?? '9999-12-31')));
}
