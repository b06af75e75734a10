/**
 * The nominee list attached to a tờ trình (T1) or a quyết định (T5): its own part with its own page
 * numbers, groups I. Tập thể / II. Cá nhân / III. Hộ gia đình, STT restarting in each group, and a
 * closing count line (DOMAIN.md §5 T1, T5). The tờ trình's list, with its achievement column, is
 * landscape; the decision's list (award, coefficient, amount) fits a portrait page.
 */
import { formatMoney } from '../../domain/text';
import { SUBJECT_KIND_LABELS, type SubjectKind } from '../../domain/vocabulary';
import type { DecisionModel, NomineeGroup, SubmissionModel } from '../models';
import { packDocument, type SectionSpec } from '../layout/document';
import { annexHeading, bodyParagraph, run } from '../layout/paragraphs';
import { dataTable, listRow, type TableRowSpec } from '../layout/tables';
import { groupedNominees, nomineeColumns, nomineeListAttachment, nomineeValues, rewardBasisNote } from '../lists';

const ROMAN = ['I', 'II', 'III'];
const COUNT_NOUN: Record<SubjectKind, string> = { unit: 'tập thể', person: 'cá nhân', household: 'hộ gia đình' };

/** Counts print with two digits, as lists are typed: "04 tập thể và 60 cá nhân". */
function countPhrase(groups: readonly NomineeGroup[]): string {
  const parts = groups.map((g) => `${String(g.rows.length).padStart(2, '0')} ${COUNT_NOUN[g.kind]}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}` : parts.join('');
}

/** The list's section; a decision's adds the money columns, a total row and how the amounts were computed. */
export function nomineeListSection(model: SubmissionModel | DecisionModel): SectionSpec {
  const decision = 'articles' in model ? model : null;
  const withAmounts = decision !== null;
  const orientation = withAmounts ? 'portrait' : 'landscape';
  const columns = nomineeColumns(withAmounts);
  const groups = groupedNominees(model.list);
  const rows: TableRowSpec[] = groups.flatMap((g, i) => [
    { group: `${ROMAN[i]}. ${SUBJECT_KIND_LABELS[g.kind]}` },
    ...g.rows.map((row, k) => listRow(columns, nomineeValues(k, row, withAmounts))),
  ]);
  if (withAmounts) {
    const total = groups.flatMap((g) => g.rows).reduce((sum, r) => sum + (r.amount ?? 0), 0);
    rows.push({ cells: columns.map((c, i) => (i === 1 ? 'Tổng cộng' : c.format === 'money' ? formatMoney(total) : '')), bold: true });
  }
  const note = decision ? rewardBasisNote(decision.baseSalary) : '';
  return {
    orientation,
    children: [
      ...annexHeading({ label: '', title: 'DANH SÁCH', subtitle: model.list.title, attachedTo: nomineeListAttachment(model), orientation }),
      ...(note ? [bodyParagraph([run(note, { italics: true, size: 12 })], { indent: false, keepNext: true })] : []),
      dataTable(columns, rows, { orientation }),
      bodyParagraph([run(`Danh sách này có ${countPhrase(groups)}./.`, { italics: true })], { indent: false, before: 120 }),
    ],
  };
}

/** The list alone: the upward dossier sends it as its own part beside the tờ trình (DOMAIN.md §5, upward row). */
export function buildNomineeList(model: SubmissionModel): Promise<Uint8Array> {
  return packDocument(`Danh sách kèm theo Tờ trình số ${model.numberText}`, [nomineeListSection(model)]);
}
