/**
 * The award history as a year-wide list (lịch sử khen thưởng, SPEC §1): every title or form given in a
 * year across people, units and households, with the subject's name, for the register screen.
 */
import { comparePersonNames, compareVi, searchKey } from '../domain/text';
import type { NameSortOrder } from '../domain/text';
import type { SubjectKind, TitleCode } from '../domain/vocabulary';
import type { ThiDuaDb } from './db';
import { getPeopleByIds, getUnitsByIds, matchesWords, queryWordsOf } from './queries';
import { effectiveSettings, getWardProfile } from './registers';
import type { Award, Person, Unit } from './schemas';

export interface AwardFilter {
  /** Without a year, every year's awards are read (the ward's whole history). */
  year?: number;
  titleCode?: TitleCode;
  /** Words matched diacritics-insensitively against the subject's name, the title and the decision. */
  query?: string;
  includeArchived?: boolean;
}

export type AwardListItem = Award & { subjectName: string };

/** Units, then people, then households within a title, as award lists group them. */
const KIND_ORDER: readonly SubjectKind[] = ['unit', 'person', 'household'];

function subjectNameOf(award: Award, people: ReadonlyMap<string, Person>, units: ReadonlyMap<string, Unit>): string {
  if (award.subjectKind === 'person') return (award.personId && people.get(award.personId)?.fullName) || '(đã xóa)';
  if (award.subjectKind === 'unit') return (award.unitId && units.get(award.unitId)?.name) || '(đã xóa)';
  return award.householdName;
}

/** Newest year first; within a year by title, kind, then name (people by the ward's name order, DOMAIN.md §9). */
function compareItems(people: ReadonlyMap<string, Person>, order: NameSortOrder) {
  return (a: AwardListItem, b: AwardListItem): number => {
    const byKind = KIND_ORDER.indexOf(a.subjectKind) - KIND_ORDER.indexOf(b.subjectKind);
    const pa = a.personId ? people.get(a.personId) : undefined;
    const pb = b.personId ? people.get(b.personId) : undefined;
    return (
      b.year - a.year ||
      compareVi(a.titleLabel, b.titleLabel) ||
      byKind ||
      (pa && pb ? comparePersonNames(pa, pb, order) : compareVi(a.subjectName, b.subjectName))
    );
  };
}

/**
 * Awards through the year or title index, the subjects' names by key (bulkGet), then the query's words
 * as prefixes of the words of name, title, decision number and issuer ("ng th hoa" finds "Nguyễn Thị Hoà").
 */
export async function findAwards(db: ThiDuaDb, filter: AwardFilter = {}): Promise<AwardListItem[]> {
  const collection =
    filter.year !== undefined
      ? db.awards.where('year').equals(filter.year)
      : filter.titleCode
        ? db.awards.where('titleCode').equals(filter.titleCode)
        : db.awards.toCollection();
  const awards = await collection
    .filter((a) => (filter.includeArchived || a.archived === 0) && (!filter.titleCode || a.titleCode === filter.titleCode))
    .toArray();
  const [people, units, profile] = await Promise.all([
    getPeopleByIds(db, awards.flatMap((a) => (a.personId ? [a.personId] : []))),
    getUnitsByIds(db, awards.flatMap((a) => (a.unitId ? [a.unitId] : []))),
    getWardProfile(db),
  ]);
  const words = queryWordsOf(filter.query);
  const items = awards
    .map((a) => ({ ...a, subjectName: subjectNameOf(a, people, units) }))
    .filter((item) => words.length === 0 || matchesWords(searchKey(`${item.subjectName} ${item.titleLabel} ${item.decisionNo} ${item.issuer}`).split(' '), words));
  return items.sort(compareItems(people, effectiveSettings(profile).nameSortOrder));
}
