/**
 * The year's figures (Biểu 0601–0603 of TT 02/2023/TT-BNV) read from the record: the movements
 * launched in the year and the award register's awards of the year (the same awards, through the same
 * `year` index, as "Lịch sử khen thưởng" lists), counted by domain/yearFigures.
 */
import { computeYearFigures, type YearFigures } from '../domain/yearFigures';
import type { YearFiguresModel } from '../documents/models';
import type { ThiDuaDb } from './db';
import { loadWardContext } from './dispatch/context';
import { effectiveSettings, getWardProfile } from './registers';

/** The figures of `year` as the screen shows them; the ward's naming decides "tỉnh" or "thành phố". */
export async function yearFiguresOf(db: ThiDuaDb, year: number): Promise<YearFigures> {
  const [movements, awards, profile] = await Promise.all([
    db.movements.where('archived').equals(0).toArray(),
    db.awards.where('year').equals(year).filter((a) => a.archived === 0).toArray(),
    getWardProfile(db),
  ]);
  const settings = effectiveSettings(profile);
  return computeYearFigures({ year, movements, awards, context: settings });
}

/**
 * The forms as sent: the ward's Ủy ban nhân dân reports (Đơn vị báo cáo) to the upper level's standing
 * body, else its council or authority as the ward profile names them (Đơn vị nhận báo cáo); the
 * preparer and the head of the reporting unit sign (TT 02/2023's forms end with both).
 */
export async function yearFiguresModel(db: ThiDuaDb, year: number, today: string): Promise<YearFiguresModel> {
  const ctx = await loadWardContext(db);
  const upper = ctx.profile.upperLevel;
  return {
    figures: await yearFiguresOf(db, year),
    reportingUnit: ctx.wardHeader.issuerName,
    receivingUnit: upper.viaAgency || upper.councilName || upper.authorityTitle,
    header: ctx.wardHeader,
    place: ctx.place,
    date: today,
    preparer: { title: 'Người lập biểu', name: ctx.profile.standingMember.name },
    head: { mandate: { prefix: 'TM.', of: 'Ủy ban nhân dân' }, title: ctx.profile.chairman.title || 'Chủ tịch', name: ctx.profile.chairman.name },
  };
}
