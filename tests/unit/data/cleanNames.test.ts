import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../src-renderer/data/queries';
import { personRepo } from '../../../src-renderer/data/registers';
import { ValidationError } from '../../../src-renderer/data/errors';
import { exportBackup, restoreBackup } from '../../../src-renderer/data/backup';
import { addPerson, addUnit, decode, freshDb, signed } from './helpers';

/** Names are clean text (invisible controls stripped at the edge), free text is kept as typed. */
describe('names and titles are stored without invisible controls', () => {
  it('a person saved with a zero-width joiner inside the name is stored clean and found by "nguyen"', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    const saved = await addPerson(db, unit.id, 'Ngu\u200Dyễn Văn An');
    expect(saved.fullName).toBe('Nguyễn Văn An');
    expect(saved.searchWords).toContain('nguyen');
    expect((await findPeople(db, { query: 'nguyen' })).map((p) => p.id)).toEqual([saved.id]);
    expect((await findPeople(db, { query: 'Ngu\u200Dyễn' })).map((p) => p.id)).toEqual([saved.id]);
  });

  it('a name carrying a right-to-left override (shown reversed) is stored without it, as are a unit name and the sort name', async () => {
    const db = freshDb();
    const unit = await addUnit(db, '\u2067Tổ dân phố 2\u2069');
    expect(unit.name).toBe('Tổ dân phố 2');
    const saved = await addPerson(db, unit.id, '\u202E2 Nghườ Đoạn');
    expect(saved.fullName).toBe('2 Nghườ Đoạn');
    const renamed = await personRepo.update(db, saved, { fullName: 'Đoạn Nghườ\u202E', sortName: '\uFEFFNghườ\u200B' });
    expect(renamed.fullName).toBe('Đoạn Nghườ');
    expect(renamed.sortName).toBe('Nghườ');
  });

  it('a name made only of invisible characters is refused as empty, in Vietnamese', async () => {
    const db = freshDb();
    const error = await addPerson(db, null, '\u200B\u202E\u2060').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(String((error as Error).message)).toContain('Họ và tên không được để trống.');
  });

  it('free text is not damaged: a note keeps an emoji sequence and its joiners', async () => {
    const db = freshDb();
    const saved = await addPerson(db, null);
    const family = '👨\u200D👩\u200D👧';
    const updated = await personRepo.update(db, saved, { note: `Gia đình ${family}` });
    expect(updated.note).toBe(`Gia đình ${family}`);
  });

  it('a restored backup whose name carries a right-to-left override is stored without it', async () => {
    const source = freshDb();
    await addPerson(source, null, 'Đoạn Nghườ');
    const file = decode(await exportBackup(source));
    file.tables.people[0].fullName = '\u202E2 Nghườ Đoạn\u200D';
    const db = freshDb();
    await restoreBackup(db, await signed(file));
    expect((await db.people.toArray()).map((p) => p.fullName)).toEqual(['2 Nghườ Đoạn']);
  });
});
