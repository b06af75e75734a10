/**
 * Reactive hooks for the screens (dexie-react-hooks). Each returns undefined while loading; screens
 * render nothing until then. They wrap the queries in queries.ts against the app database.
 */
import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { WardSettings } from '../domain/settings';
import { titleCatalogue, type TitleCatalogue } from '../domain/titles';
import { DEFAULT_NAMING } from '../domain/province';
import type { AuditEntry } from './audit';
import { findAwards } from './awardQueries';
import type { AwardFilter, AwardListItem } from './awardQueries';
import { auditOf } from './audit';
import { getDb } from './db';
import type { TableName } from './db';
import { certificateJob, certificateRegister, currentEmblem, decisionsOfRegister, printersOf, templatesOf, type CertificateJob } from './certificates';
import { cultureReviewsOf } from './culture';
import { RefusedError } from './errors';
import type { CultureRow } from './culture';
import { documentsOfYear } from './documents';
import { footprintsOf, personAuditTrail, probableDuplicatePairs } from './duplicates';
import type { PersonFootprint } from './duplicates';
import { pledgesOfYear, registrationOf, registrationsOfYear } from './registrations';
import { yearFiguresOf } from './yearFigures';
import type { YearFigures } from '../domain/yearFigures';
import {
  countAwardsByYear, findBlocks, findCriteriaSets, findGoodDeeds, findMeetings, findNominations, findNominationsByIds, findPeople, findScoreSheets, findUnits,
  getPeopleByIds, hasDemoData,
} from './queries';
import type { AwardCount, GoodDeedFilter, NominationFilter, PersonFilter, UnitFilter } from './queries';
import { effectiveSettings, getWardProfile } from './registers';
import type {
  Award, Block, CertificateImage, CertificateIssue, CertificatePrinter, CertificateTemplate, CouncilMember, CriteriaSet, GoodDeed, Meeting, Movement, Nomination, Person,
  Pledge, RegisteredDocument, Registration, ScoreSheet, Unit, WardProfile,
} from './schemas';

const readProfile = async () => (await getWardProfile(getDb())) ?? null;

/** The ward profile as the shell loaded it for the screens below; null outside a WardProfileProvider. */
const LoadedProfile = createContext<{ profile: WardProfile | null } | null>(null);

/**
 * Loads the ward profile once and shows the screens below only when it is there: a screen never names
 * a city ward's titles or upper level for a province ("tỉnh") while the profile is still loading.
 */
export function WardProfileProvider({ children, loading }: { children: ReactNode; loading: ReactNode }) {
  const profile = useLiveQuery(readProfile, []);
  const value = useMemo(() => (profile === undefined ? null : { profile }), [profile]);
  return value === null ? loading : createElement(LoadedProfile.Provider, { value }, children);
}

/** The ward profile; null when none was saved yet (first run). */
export function useWardProfile(): WardProfile | null | undefined {
  const loaded = useContext(LoadedProfile);
  const own = useLiveQuery(async () => (loaded ? undefined : readProfile()), [loaded]);
  return loaded ? loaded.profile : own;
}

export function useSettings(): WardSettings | undefined {
  const profile = useWardProfile();
  return useMemo(() => (profile === undefined ? undefined : effectiveSettings(profile ?? undefined)), [profile]);
}

/**
 * The titles as this ward names them ("… thành phố" in a centrally-run city, "… xã" in a commune).
 * Under the shell the profile is already loaded; elsewhere, while it loads, the province names stand
 * in, so lists never render empty labels.
 */
export function useTitles(): TitleCatalogue {
  const profile = useWardProfile();
  return useMemo(() => {
    const settings = profile ? effectiveSettings(profile) : undefined;
    return titleCatalogue(settings?.naming ?? DEFAULT_NAMING, settings?.localTitles ?? []);
  }, [profile]);
}

export function useHasDemoData(): boolean | undefined {
  return useLiveQuery(() => hasDemoData(getDb()), []);
}

export function useUnits(filter: UnitFilter = {}): Unit[] | undefined {
  return useLiveQuery(() => findUnits(getDb(), filter), [filter.query, filter.blockId, filter.includeArchived]);
}

export function useBlocks(year?: number): Block[] | undefined {
  return useLiveQuery(() => findBlocks(getDb(), year), [year]);
}

export function usePeople(filter: PersonFilter = {}): Person[] | undefined {
  return useLiveQuery(() => findPeople(getDb(), filter), [filter.query, filter.unitId, filter.includeArchived, filter.limit]);
}

/** The people with these ids, by id (names for the rows a list shows, not the whole register). */
export function usePeopleByIds(ids: readonly string[]): Map<string, Person> | undefined {
  const key = idsKey(ids);
  return useLiveQuery(() => getPeopleByIds(getDb(), idsOf(key)), [key]);
}

export function useCouncilMembers(): CouncilMember[] | undefined {
  return useLiveQuery(() => getDb().councilMembers.where('archived').equals(0).toArray(), []);
}

export function useMovements(): Movement[] | undefined {
  return useLiveQuery(() => getDb().movements.where('archived').equals(0).toArray(), []);
}

/** Award history of a person ("p:<id>"), unit ("u:<id>") or household, newest year first. */
/** The year's registrations of units (đăng ký thi đua). */
export function useRegistrations(year: number): Registration[] | undefined {
  return useLiveQuery(() => registrationsOfYear(getDb(), year), [year]);
}

/** One unit's registration for a year; null when it has none. */
export function useRegistrationOf(unitId: string | null, year: number): Registration | null | undefined {
  return useLiveQuery(async () => (unitId ? registrationOf(getDb(), unitId, year) : null), [unitId, year]);
}

/** The year's giao ước of blocks. */
export function usePledges(year: number): Pledge[] | undefined {
  return useLiveQuery(() => pledgesOfYear(getDb(), year), [year]);
}

export function useAwards(subjectKey: string | null): Award[] | undefined {
  return useLiveQuery(
    async () => (subjectKey ? (await getDb().awards.where('subjectKey').equals(subjectKey).toArray()).sort((a, b) => b.year - a.year) : []),
    [subjectKey],
  );
}

/** The award history of a year across people, units and households, with the subjects' names. */
/** Biểu 0601–0603 of the year, counted from the movements and the award register. */
export function useYearFigures(year: number): YearFigures | undefined {
  return useLiveQuery(() => yearFiguresOf(getDb(), year), [year]);
}

export function useAwardList(filter: AwardFilter): AwardListItem[] | undefined {
  return useLiveQuery(() => findAwards(getDb(), filter), [filter.year, filter.titleCode, filter.query, filter.includeArchived]);
}

/** Award history counts per year and title, `fromYear` to `toYear` inclusive (the dashboard's chart). */
export function useAwardCountsByYear(fromYear: number, toYear: number): AwardCount[] | undefined {
  return useLiveQuery(() => countAwardsByYear(getDb(), fromYear, toYear), [fromYear, toYear]);
}

export function useNominations(filter: NominationFilter): Nomination[] | undefined {
  return useLiveQuery(
    () => findNominations(getDb(), filter),
    [filter.year, filter.status, filter.titleCode, filter.proposingUnitId, filter.includeArchived],
  );
}

/** The nominations with these ids in the order given (a meeting's agenda), read by key. */
export function useNominationsByIds(ids: readonly string[]): Nomination[] | undefined {
  const key = ids.join('|');
  return useLiveQuery(() => findNominationsByIds(getDb(), idsOf(key)), [key]);
}

export function useMeetings(year?: number): Meeting[] | undefined {
  return useLiveQuery(() => findMeetings(getDb(), year), [year]);
}

export function useCriteriaSets(year: number): CriteriaSet[] | undefined {
  return useLiveQuery(() => findCriteriaSets(getDb(), year), [year]);
}

/**
 * The set's score sheets; undefined until those of this set are read (not the previous set's, which the
 * live query would keep returning meanwhile), so a screen draws its grid once, with the right scores.
 */
export function useScoreSheets(setId: string | null): ScoreSheet[] | undefined {
  const loaded = useLiveQuery(async () => ({ setId, sheets: setId ? await findScoreSheets(getDb(), setId) : [] }), [setId]);
  return loaded?.setId === setId ? loaded.sheets : undefined;
}

export function useGoodDeeds(filter: GoodDeedFilter): GoodDeed[] | undefined {
  return useLiveQuery(() => findGoodDeeds(getDb(), filter), [filter.month, filter.year, filter.unitId]);
}

/** The good-deeds report a nomination was made from (schema v5 link), or null. */
export function useGoodDeedOfNomination(nominationId: string): GoodDeed | null | undefined {
  return useLiveQuery(async () => (await getDb().goodDeeds.where('nominationId').equals(nominationId).first()) ?? null, [nominationId]);
}

export function useDocuments(year: number): RegisteredDocument[] | undefined {
  return useLiveQuery(() => documentsOfYear(getDb(), year), [year]);
}

/** One record by table and id; null when it does not exist. */
export function useRecord<T>(table: TableName, id: string | null | undefined): T | null | undefined {
  return useLiveQuery(async () => (id ? ((await getDb().table<T, string>(table).get(id)) ?? null) : null), [table, id]);
}

export function useAuditOf(table: TableName, recordId: string | null): AuditEntry[] | undefined {
  return useLiveQuery(async () => (recordId ? auditOf(getDb(), table, recordId) : []), [table, recordId]);
}

/** A person's change history, with the histories of the records merged into them. */
export function usePersonAuditTrail(personId: string | null): AuditEntry[] | undefined {
  return useLiveQuery(async () => (personId ? personAuditTrail(getDb(), personId) : []), [personId]);
}

/**
 * Ids as a dependency compared by value, so a new array holding the same ids does not query again.
 * (Ids are generated, never hold "|".)
 */
function idsKey(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join('|');
}

function idsOf(key: string): string[] {
  return key ? key.split('|') : [];
}

/** The tổ dân phố of the year with their Gia đình văn hóa reviews (NĐ 86/2023). */
export function useCultureReviews(year: number): CultureRow[] | undefined {
  return useLiveQuery(() => cultureReviewsOf(getDb(), year), [year]);
}

/** The register's probable duplicate pairs ("Có thể trùng") with each person's award history and nominations. */
export function useProbableDuplicates(): { pairs: [Person, Person][]; footprints: Map<string, PersonFootprint> } | undefined {
  return useLiveQuery(async () => {
    const pairs = await probableDuplicatePairs(getDb());
    return { pairs, footprints: await footprintsOf(getDb(), pairs.flat().map((p) => p.id)) };
  });
}

/** Decisions in the register, newest first: the sources of certificates. */
export function useDecisions(): RegisteredDocument[] | undefined {
  return useLiveQuery(() => decisionsOfRegister(getDb()), []);
}

/** A decision's certificates, or the reason it cannot print (no number, no date, no list). */
export function useCertificateJob(decisionId: string | null): { job: CertificateJob | null; refusal: string | null } | undefined {
  return useLiveQuery(async () => {
    if (!decisionId) return { job: null, refusal: null };
    try {
      return { job: await certificateJob(getDb(), decisionId), refusal: null };
    } catch (error) {
      if (error instanceof RefusedError) return { job: null, refusal: error.message };
      throw error;
    }
  }, [decisionId]);
}

export function useCertificateRegister(): CertificateIssue[] | undefined {
  return useLiveQuery(() => certificateRegister(getDb()), []);
}

export function useCertificateTemplates(): CertificateTemplate[] | undefined {
  return useLiveQuery(() => templatesOf(getDb()), []);
}

export function useCertificatePrinters(): CertificatePrinter[] | undefined {
  return useLiveQuery(() => printersOf(getDb()), []);
}

export function useEmblem(): CertificateImage | null | undefined {
  return useLiveQuery(() => currentEmblem(getDb()), []);
}
