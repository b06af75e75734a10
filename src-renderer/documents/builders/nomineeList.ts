/**
 * The nominee list attached to a tờ trình (T1) or a quyết định (T5): its own part with its own page
 * numbers, groups I. Tập thể / II. Cá nhân / III. Hộ gia đình, STT restarting in each group, and a
 * closing count line (DOMAIN.md §5 T1, T5).
 */
import { formatMoney } from '../../domain/text';
import { SUBJECT_KIND_LABELS, type SubjectKind } from '../../domain/vocabulary';
import type { NomineeGroup, NomineeList } from '../models';
import type { SectionSpec } from '../layout/document';
import { annexHeading, bodyParagraph, run } from '../layout/paragraphs';
import { dataTable, listRow, type TableRowSpec } from '../layout/tables';
import { groupedNominees, nomineeColumns, nomineeValues } from '../lists';
import type { AttachedTo } from '../references';

const ROMAN = ['I', 'II', 'III'];
const COUNT_NOUN: Record<SubjectKind, string> = { unit: 'tập thể', person: 'cá nhân', household: 'hộ gia đình' };

/** Counts print with two digits, as lists are typed: "04 tập thể và 60 cá nhân". */
function countPhrase(groups: readonly NomineeGroup[]): string {
  const parts = groups.map((g) => `${String(g.rows.length).padStart(2, '0')} ${COUNT_NOUN[g.kind]}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}` : parts.join('');
}

/** The list's section; `withAmounts` adds the reward column and a total row (T5). */
export function nomineeListSection(list: NomineeList, attachedTo: AttachedTo, withAmounts: boolean): SectionSpec {
  const columns = nomineeColumns(withAmounts);
  const groups = groupedNominees(list);
  const rows: TableRowSpec[] = groups.flatMap((g, i) => [
    { group: `${ROMAN[i]}. ${SUBJECT_KIND_LABELS[g.kind]}` },
    ...g.rows.map((row, k) => listRow(columns, nomineeValues(k, row, withAmounts))),
  ]);
  if (withAmounts) {
    const total = groups.flatMap((g) => g.rows).reduce((sum, r) => sum + (r.amount ?? 0), 0);
    rows.push({ cells: ['', 'Tổng cộng', '', '', '', formatMoney(total), ''], bold: true });
  }
  return {
    orientation: 'portrait',
    children: [
      ...annexHeading({ label: '', title: 'DANH SÁCH', subtitle: list.title, attachedTo, orientation: 'portrait' }),
      dataTable(columns, rows, { orientation: 'portrait' }),
      bodyParagraph([run(`Danh sách này có ${countPhrase(groups)}./.`, { italics: true })], { indent: false, before: 120 }),
    ],
  };
}
