/**
 * What every dispatch model draws from the ward profile: the two issuers' headers (the ward's
 * Ủy ban nhân dân and its council, which keeps its own number series: NĐ 30/2020 PL I §II.3.a), the
 * place of the date line, the signatories, the upper level and the rules in force.
 */
import { COUNCIL_ROLE_LABELS } from '../../domain/vocabulary';
import { basisLine, fillRecipients, regulationBasis } from '../../domain/documentTexts';
import type { BasesKind, RecipientsKind } from '../../domain/documentTexts';
import type { WardSettings } from '../../domain/settings';
import type { IssuerHeader, Signature } from '../../documents/models';
import type { ThiDuaDb } from '../db';
import { RefusedError } from '../errors';
import { effectiveSettings, getWardProfile } from '../registers';
import type { CouncilMember, Person, Unit, WardProfile } from '../schemas';

export interface WardContext {
  profile: WardProfile;
  settings: WardSettings;
  /**
   * Ủy ban nhân dân phường: tờ trình, quyết định, báo cáo, công văn. "ỦY BAN NHÂN DÂN / PHƯỜNG …" only:
   * a commune's UBND has no cơ quan chủ quản line above it (ND 30/2020 PL I §II.2).
   */
  wardHeader: IssuerHeader;
  /** Hội đồng Thi đua - Khen thưởng: biên bản, phiếu bầu, bảng điểm. */
  councilHeader: IssuerHeader;
  /** Địa danh of the date line ("Ninh Hà"). */
  place: string;
  /** The ward as it reads in running text: "phường Ninh Hà". */
  wardInText: string;
  /** "Kính gửi:" lines of a submission upward: the authority, then its standing body. */
  upperAddressees: string[];
}

const ADMINISTRATIVE = /^(phường|xã|đặc khu|thị trấn)(?=\s)/iu;
const PEOPLES_COMMITTEE = /^(ủy ban nhân dân|uỷ ban nhân dân)\s+/iu;

/** "Phường Ninh Hà" → "phường Ninh Hà": generic words are lower case in running text (NĐ 30/2020 PL II). */
function inRunningText(name: string): string {
  return name.trim().replace(ADMINISTRATIVE, (word) => word.toLocaleLowerCase('vi'));
}

/** Header lines as the ward typed them; one long "ỦY BAN NHÂN DÂN PHƯỜNG …" breaks after its first part. */
function headerLines(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length !== 1) return lines;
  const m = PEOPLES_COMMITTEE.exec(lines[0]);
  return m ? [m[1], lines[0].slice(m[0].length)] : lines;
}

export async function loadWardContext(db: ThiDuaDb): Promise<WardContext> {
  const profile = await getWardProfile(db);
  if (!profile) {
    throw new RefusedError('notFound', 'Chưa có thông tin đơn vị (tên phường, người ký…). Hãy nhập ở mục “Thông tin đơn vị” trước khi tạo văn bản.');
  }
  const settings = effectiveSettings(profile);
  const wardInText = inRunningText(profile.name);
  const upper = profile.upperLevel;
  // The profile is the upper level's only source (DOMAIN.md §1); the ward form fills it from a preset.
  const authority = upper.recipientLine || upper.authorityTitle;
  const via = upper.viaAgency;
  return {
    profile,
    settings,
    wardHeader: {
      agency: [],
      issuer: headerLines(profile.headerIssuer),
      issuerName: `Ủy ban nhân dân ${wardInText}`,
    },
    councilHeader: {
      agency: [`UBND ${wardInText}`],
      issuer: ['Hội đồng Thi đua - Khen thưởng'],
      issuerName: profile.councilName,
    },
    place: profile.placeName,
    wardInText,
    upperAddressees: [authority, ...(via ? [via] : [])].filter((line) => line.length > 0),
  };
}

/** "Căn cứ" lines of a document type from the ward's settings, then the province's regulation (DOMAIN.md §5 T1, T5). */
export function basesOf(ctx: WardContext, kind: BasesKind): string[] {
  const regulation = ctx.profile.provinceRegulation;
  return [...ctx.settings.documentBases[kind], ...(regulation ? [regulationBasis(regulation)] : [])].map(basisLine);
}

/** Nơi nhận of a document type from the ward's settings, placeholders filled from the profile. */
export function recipientsOf(ctx: WardContext, kind: RecipientsKind): string[] {
  return fillRecipients(ctx.settings.documentRecipients[kind], {
    wardWord: ctx.settings.naming.wardWord,
    councilName: ctx.profile.councilName,
    upperCouncilName: ctx.profile.upperLevel.councilName,
  });
}

/** The chairman signs for the committee (TM.) on what the committee sends (NĐ 30/2020 PL I §II.7). */
export function committeeSignature(ctx: WardContext): Signature {
  return { mandate: { prefix: 'TM.', of: 'Ủy ban nhân dân' }, title: ctx.profile.chairman.title || 'Chủ tịch', name: ctx.profile.chairman.name };
}

/**
 * A decision is the chairman's own power (NĐ 129/2025 Đ59), so no "TM.": the chairman signs as
 * CHỦ TỊCH, or a vice chair as "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" when no chairman is recorded.
 */
export function chairmanSignature(ctx: WardContext): Signature {
  const { chairman, viceChairs } = ctx.profile;
  const vice = viceChairs.find((v) => v.name);
  if (!chairman.name && vice) return { mandate: { prefix: 'KT.', of: 'Chủ tịch' }, title: vice.title || 'Phó Chủ tịch', name: vice.name };
  return { title: chairman.title || 'Chủ tịch', name: chairman.name };
}

/** "Chức vụ, đơn vị" of a person as lists print it. */
export function positionUnit(person: Pick<Person, 'position'> | undefined, unit: Pick<Unit, 'name'> | undefined): string {
  return [person?.position, unit?.name].filter((part) => part && part.length > 0).join(', ');
}

/** People and units by id, loaded in bulk (a decision list can name hundreds). */
export interface Directory {
  person(id: string | null | undefined): Person | undefined;
  unit(id: string | null | undefined): Unit | undefined;
}

/** Units named by more keys than this are read with the whole register (see loadDirectory). */
const UNITS_BY_KEY_AT_MOST = 30;

export async function loadDirectory(db: ThiDuaDb, personIds: Iterable<string | null>, unitIds: Iterable<string | null> = []): Promise<Directory> {
  const people = new Map<string, Person>();
  for (const p of await db.people.bulkGet([...new Set([...personIds].filter((id): id is string => Boolean(id)))])) if (p) people.set(p.id, p);
  const unitKeys = new Set([...unitIds].filter((id): id is string => Boolean(id)));
  for (const p of people.values()) if (p.unitId) unitKeys.add(p.unitId);
  const units = new Map<string, Unit>();
  // A get per key costs a request each; the unit register is small (a ward's few hundred units), so
  // past a few dozen keys it is read whole in one.
  const rows = unitKeys.size > UNITS_BY_KEY_AT_MOST ? (await db.units.toArray()).filter((u) => unitKeys.has(u.id)) : await db.units.bulkGet([...unitKeys]);
  for (const u of rows) if (u) units.set(u.id, u);
  return {
    person: (id) => (id ? people.get(id) : undefined),
    unit: (id) => (id ? units.get(id) : undefined),
  };
}

/** A council member as minutes name them: "Lê Thị Thủy – Trưởng phòng …, Ủy viên thường trực". */
export function memberAttendee(member: CouncilMember, dir: Directory): { name: string; role: string } {
  const person = dir.person(member.personId);
  return {
    name: person?.fullName ?? '(đã xóa)',
    role: [person?.position, COUNCIL_ROLE_LABELS[member.role]].filter(Boolean).join(', '),
  };
}
