import { memo, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { computeSheetTotals, describeCap, validateScore } from '../../domain/scoring';
import type { CappedPoints, CriteriaSetDefinition, ScoreEntry, SheetTotals } from '../../domain/scoring';
import { formatNumber } from '../../domain/text';
import type { ScoreCell } from '../../data/scoring';
import { applyPaste, isNavigationKey, move, parseClipboard, parseScoreText, pasteProblems } from './gridLogic';
import type { Cell, CellValidation } from './gridLogic';
import { KIND_LABELS } from '../criteria/treeLogic';
import { SpacerRow, observeRectAfterLayout, scrollUnlessAtStart, useVirtualRows } from '../../ui/virtualRows';
import { SIDE_LABELS, SIDE_SHORT, columnAt, groupSpans, leafColumns } from './scoreColumns';
import type { LeafColumn, ScoreSide } from './scoreColumns';

export interface GridUnit {
  id: string;
  name: string;
}

/** One cell's change, as the page writes it through the data layer (setScores). */
export type CellChange = ScoreCell;

export interface ScoreGridProps {
  definition: CriteriaSetDefinition;
  units: readonly GridUnit[];
  /** Stored entries per unit id. */
  entries: ReadonlyMap<string, readonly ScoreEntry[]>;
  /** Writes the changes; a rejection is shown under the grid. */
  onChange: (changes: CellChange[]) => Promise<void>;
}

/** A unit row's height: the 28 px input and its 1 px border. */
const ROW_HEIGHT = 29;
/** Rows drawn beyond those in view: each is ~20 inputs, so a few (an arrow key past the edge scrolls first). */
const ROW_OVERSCAN = 3;

/** A criterion's width (its two score columns, under a 104 px header) before it is measured. */
const LEAF_ESTIMATE = 114;
/** Criteria drawn beyond those in view, so Tab or an arrow into the next one finds it drawn. */
const LEAF_OVERSCAN = 2;
/** The "Tổng" column kept in view on the right. */
const TOTAL_WIDTH = 72;

const keyOf = (unitId: string, criterionId: string, side: ScoreSide | 'evidence') => `${unitId}|${criterionId}|${side}`;
const NONE: readonly number[] = [];
const show = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatNumber(value));

/** What a drawn row shows: per grid column the cell's text, per criterion whether evidence is noted. */
interface RowView {
  texts: readonly string[];
  evidence: readonly boolean[];
}

interface Problem {
  cell: Cell | null;
  messages: string[];
}

/**
 * The score entry grid: units down, criteria across, self-score and council score side by side.
 * Moves like a spreadsheet (arrows, Enter, Tab — see gridLogic.move), takes a block pasted from Excel,
 * refuses a value above the item's maximum at the cell with the reason, and recomputes the totals on
 * every keystroke. Only the active cell is in the tab order, so Tab at the grid's ends leaves it.
 */
export function ScoreGrid({ definition, units, entries, onChange }: ScoreGridProps) {
  const columns = useMemo(() => leafColumns(definition), [definition]);
  const shape = { rows: units.length, cols: columns.length * 2 };
  const drawn = units.length > 0 && columns.length > 0;
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  /** Text typed in the active cell and not yet committed; null when the cell shows its stored value. */
  const [editText, setEditText] = useState<string | null>(null);
  /** Values written but not yet back from the live query, so the grid never flickers to the old value. */
  const [optimistic, setOptimistic] = useState<ReadonlyMap<string, number | string | null>>(new Map());
  const [problem, setProblem] = useState<Problem | null>(null);
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const focusRequested = useRef(false);
  // Only the rows in view (plus a few) are drawn: 200 units × 120 inputs would be 24,000 inputs.
  const { scroller, virtualizer, rows, before, after } = useVirtualRows({
    count: units.length, estimate: ROW_HEIGHT, overscan: ROW_OVERSCAN, keyOf: (index) => units[index].id,
    // The box, header and fixed columns are drawn and laid out first, the rows once the box's size is
    // known (a task of their own): the rows and criteria in view, not an estimate redrawn after.
    afterLayout: true,
  });
  // And only the criteria in view: 60 criteria are 120 inputs per row. The unit column, fixed on the
  // left, sits before the first criterion; each criterion's width is measured on its header.
  // Widths are read from a ResizeObserver, after the browser's own layout: reading them while React
  // commits (offsetWidth, getBoundingClientRect) forced a layout of the whole table inside the task.
  const unitHeader = useRef<HTMLTableCellElement>(null);
  const [unitWidth, setUnitWidth] = useState(180);
  useEffect(() => {
    const header = unitHeader.current;
    if (!header) return;
    const observer = new ResizeObserver(([entry]) => setUnitWidth(Math.round(entry.borderBoxSize[0]?.inlineSize ?? header.offsetWidth)));
    observer.observe(header);
    return () => observer.disconnect();
  }, [drawn]);
  const leafVirtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => LEAF_ESTIMATE,
    overscan: LEAF_OVERSCAN,
    getItemKey: (index) => columns[index].node.id,
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollUnlessAtStart,
    scrollMargin: unitWidth,
    // Scrolled to, a criterion shows clear of the unit column on the left and of "Tổng" on the right.
    scrollPaddingStart: unitWidth,
    scrollPaddingEnd: TOTAL_WIDTH,
    measureElement: (element, entry, instance) => {
      const box = entry?.borderBoxSize?.[0];
      if (box) return Math.round(box.inlineSize);
      return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element))) ?? LEAF_ESTIMATE;
    },
  });
  const leafItems = leafVirtualizer.getVirtualItems();
  const first = leafItems[0]?.index ?? 0;
  const last = leafItems.at(-1)?.index ?? -1;
  const gapBefore = leafItems.length === 0 ? 0 : leafItems[0].start - unitWidth;
  const gapAfter = leafItems.length === 0 ? 0 : leafVirtualizer.getTotalSize() - (leafItems[leafItems.length - 1].end - unitWidth);
  // By value, so the memoized rows redraw when the criteria in view change, not on every keystroke.
  const span = useMemo((): LeafSpan => ({ first, last, before: gapBefore, after: gapAfter }), [first, last, gapBefore, gapAfter]);
  const shownColumns = columns.slice(span.first, span.last + 1);

  // A written value is dropped from the optimistic layer once the stored entries show it.
  useEffect(() => {
    setOptimistic((previous) => {
      const pending = [...previous].filter(([key, value]) => {
        const [unitId, criterionId, field] = key.split('|');
        const entry = entries.get(unitId)?.find((e) => e.criterionId === criterionId);
        const stored = field === 'evidence' ? (entry?.evidence ?? '') : (entry?.[field as ScoreSide] ?? null);
        return stored !== value;
      });
      return pending.length === previous.size ? previous : new Map(pending);
    });
  }, [entries]);

  // Each unit's entries by criterion: a cell's value is one lookup, not a walk of the unit's entries
  // (200 units × 120 cells × 60 entries was most of the grid's first render).
  const entryIndex = useMemo(
    () => new Map([...entries].map(([unitId, list]) => [unitId, new Map(list.map((e) => [e.criterionId, e]))])),
    [entries],
  );
  const storedEntry = (unitId: string, criterionId: string) => entryIndex.get(unitId)?.get(criterionId);
  const storedValue = (unitId: string, criterionId: string, side: ScoreSide): number | null => {
    if (optimistic.size > 0) {
      const key = keyOf(unitId, criterionId, side);
      if (optimistic.has(key)) return optimistic.get(key) as number | null;
    }
    return storedEntry(unitId, criterionId)?.[side] ?? null;
  };
  const evidenceOf = (unitId: string, criterionId: string): string => {
    if (optimistic.size > 0) {
      const key = keyOf(unitId, criterionId, 'evidence');
      if (optimistic.has(key)) return optimistic.get(key) as string;
    }
    return storedEntry(unitId, criterionId)?.evidence ?? '';
  };

  const validateCell = (cell: Cell, raw: string): CellValidation<number | null> => {
    const { leaf } = columnAt(columns, cell.col);
    const value = parseScoreText(raw);
    if (value === undefined) return { ok: false, reason: `“${raw.trim()}” không phải là số điểm.` };
    if (value === null) return { ok: true, value };
    const check = validateScore(value, leaf.node);
    return check.ok ? { ok: true, value } : { ok: false, reason: check.message };
  };

  const cellName = (cell: Cell) => {
    const { leaf, side } = columnAt(columns, cell.col);
    return `${units[cell.row].name}, tiêu chí ${leaf.ref}, ${SIDE_LABELS[side]}`;
  };

  const write = (changes: CellChange[], optimisticValues: [string, number | string | null][]) => {
    setOptimistic((previous) => new Map([...previous, ...optimisticValues]));
    onChange(changes).catch((error: unknown) => {
      setOptimistic((previous) => {
        const next = new Map(previous);
        for (const [key] of optimisticValues) next.delete(key);
        return next;
      });
      setProblem({ cell: null, messages: [error instanceof Error ? error.message : String(error)] });
    });
  };

  const writeScores = (edits: { cell: Cell; value: number | null }[]) => {
    const changed = edits.filter(({ cell, value }) => {
      const { leaf, side } = columnAt(columns, cell.col);
      return storedValue(units[cell.row].id, leaf.node.id, side) !== value;
    });
    if (changed.length === 0) return;
    write(
      changed.map(({ cell, value }) => {
        const { leaf, side } = columnAt(columns, cell.col);
        return { unitId: units[cell.row].id, criterionId: leaf.node.id, changes: { [side]: value } };
      }),
      changed.map(({ cell, value }) => {
        const { leaf, side } = columnAt(columns, cell.col);
        return [keyOf(units[cell.row].id, leaf.node.id, side), value];
      }),
    );
  };

  /** Commits the active cell's text; false (and the reason shown) when the value is refused. */
  const commit = (): boolean => {
    if (editText === null) return true;
    const checked = validateCell(active, editText);
    if (!checked.ok) {
      setProblem({ cell: active, messages: [checked.reason] });
      return false;
    }
    writeScores([{ cell: active, value: checked.value }]);
    setEditText(null);
    setProblem(null);
    return true;
  };

  const goTo = (cell: Cell) => {
    focusRequested.current = true;
    setActive(cell);
  };

  // Moving to another cell (by key or mouse) starts it with its stored value.
  useEffect(() => setEditText(null), [active]);

  useEffect(() => {
    if (!focusRequested.current) return;
    const input = inputs.current.get(`${active.row}:${active.col}`);
    if (!input) {
      // The row or criterion is not drawn: scroll to it; its input takes the focus when it mounts (handlers.register).
      virtualizer.scrollToIndex(active.row, { align: 'auto' });
      leafVirtualizer.scrollToIndex(Math.floor(active.col / 2), { align: 'auto' });
      return;
    }
    focusRequested.current = false;
    input.focus();
    input.select();
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const nav = { key: event.key, shiftKey: event.shiftKey, ctrlKey: event.ctrlKey || event.metaKey };
    if (event.key === 'Escape') {
      if (editText !== null || problem) event.stopPropagation();
      setEditText(null);
      setProblem(null);
      return;
    }
    if (event.key === 'Delete' && editText === null) {
      event.preventDefault();
      writeScores([{ cell: active, value: null }]);
      return;
    }
    if (!isNavigationKey(nav)) return;
    // Home/End edit the text while typing; arrows always move, as in Excel's entry mode.
    if ((event.key === 'Home' || event.key === 'End') && editText !== null && !nav.ctrlKey) return;
    const target = move(active, nav, shape);
    const leaving = target.row !== active.row || target.col !== active.col;
    if (!commit()) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Tab' && !leaving) return; // let Tab leave the grid at its first/last cell
    event.preventDefault();
    if (leaving) goTo(target);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!/[\t\r\n]/.test(text)) return; // one value: typed into the cell like any text
    event.preventDefault();
    const result = applyPaste(active, parseClipboard(text), shape, validateCell);
    setEditText(null);
    setRejected(new Set(result.rejections.map((r) => `${r.cell.row}:${r.cell.col}`)));
    const problems = pasteProblems(result, cellName);
    // All or nothing: a block with a refused value is not written at all, so it can be fixed and pasted again.
    if (result.rejections.length === 0) writeScores(result.edits);
    setProblem(problems.length > 0 ? { cell: null, messages: problems } : null);
  };

  const onBlur = (cell: Cell) => {
    // Leaving with the mouse: a refused value is dropped (the reason stays shown), a good one is kept.
    if (editText === null || cell.row !== active.row || cell.col !== active.col) return;
    if (!commit()) setEditText(null);
  };

  /** A row's entries as shown: stored or optimistic values, and the active cell's typed value if valid. */
  const rowEntries = (row: number, typed: string | null): ScoreEntry[] =>
    columns.map(({ node }, i): ScoreEntry => {
      const value = (side: ScoreSide, col: number) => {
        if (typed !== null && active.row === row && active.col === col) {
          const checked = validateCell(active, typed);
          if (checked.ok) return checked.value;
        }
        return storedValue(units[row].id, node.id, side);
      };
      return { criterionId: node.id, selfScore: value('selfScore', i * 2), councilScore: value('councilScore', i * 2 + 1) };
    });

  // What the rows show is recomputed when the data changes, not on each keystroke, so typing
  // re-renders only the active row (a block can hold dozens of units × 120 cells).
  // storedValue and evidenceOf read entries and optimistic.
  // Every row's totals are needed (the capped notes under the grid); the cell texts only for the rows
  // drawn, made when a row is first drawn and kept until the data changes (the memoized rows compare them).
  // With nothing written and not yet back, a row's totals are those of its stored entries as they are.
  const totalsByRow = useMemo(
    () => units.map((unit, row) => computeSheetTotals(definition, optimistic.size === 0 ? (entries.get(unit.id) ?? []) : rowEntries(row, null))),
    [units, columns, definition, entries, entryIndex, optimistic],
  );
  const rowView = useMemo(() => {
    const made = new Map<number, RowView>();
    return (row: number): RowView => {
      let shown = made.get(row);
      if (!shown) {
        const unit = units[row];
        shown = {
          texts: columns.flatMap(({ node }) => [show(storedValue(unit.id, node.id, 'selfScore')), show(storedValue(unit.id, node.id, 'councilScore'))]),
          evidence: columns.map(({ node }) => evidenceOf(unit.id, node.id).trim() !== ''),
        };
        made.set(row, shown);
      }
      return shown;
    };
  }, [units, columns, entryIndex, optimistic]);
  const liveTotals = useMemo(
    () => (editText === null || active.row >= units.length ? null : computeSheetTotals(definition, rowEntries(active.row, editText))),
    [editText, active, totalsByRow],
  );
  // Units whose entered bonus or deductions a cap cut, said under the grid (the row's cells say it too).
  const capped = useMemo(
    () =>
      units.flatMap((unit, row) => {
        const totals = row === active.row && liveTotals ? liveTotals : totalsByRow[row];
        const notes = [describeCap(totals.bonusPoints), describeCap(totals.deductionPoints)].filter((n) => n !== null);
        return notes.length > 0 ? [{ unit, notes }] : [];
      }),
    [units, totalsByRow, liveTotals, active.row],
  );
  const rejectedByRow = useMemo(() => {
    const map = new Map<number, number[]>();
    for (const key of rejected) {
      const [row, col] = key.split(':').map(Number);
      map.set(row, [...(map.get(row) ?? []), col]);
    }
    return map;
  }, [rejected]);

  // Stable handlers for the memoized rows; they call the latest closures.
  const latest = useRef({ onKeyDown, onPaste, onBlur, setActive, setEditText, setRejected, active });
  latest.current = { onKeyDown, onPaste, onBlur, setActive, setEditText, setRejected, active };
  const handlers = useMemo(
    (): RowHandlers => ({
      register: (row, col, el) => {
        if (!el) {
          inputs.current.delete(`${row}:${col}`);
          return;
        }
        inputs.current.set(`${row}:${col}`, el);
        const target = latest.current.active;
        if (focusRequested.current && target.row === row && target.col === col) {
          focusRequested.current = false;
          el.focus();
          el.select();
        }
      },
      type: (text) => {
        latest.current.setEditText(text);
        latest.current.setRejected(new Set());
      },
      focus: (cell) => {
        latest.current.setActive((current) => (current.row === cell.row && current.col === cell.col ? current : cell));
      },
      blur: (cell) => latest.current.onBlur(cell),
      keyDown: (event) => latest.current.onKeyDown(event),
      paste: (event) => latest.current.onPaste(event),
    }),
    [],
  );

  if (units.length === 0 || columns.length === 0) {
    return (
      <Alert severity="info">
        {units.length === 0
          ? 'Chưa có đơn vị nào thuộc khối của bộ tiêu chí này. Hãy gán đơn vị vào khối ở mục “Đơn vị, khối thi đua”.'
          : 'Bộ tiêu chí chưa có tiêu chí nào để chấm.'}
      </Alert>
    );
  }

  const activeColumn = columnAt(columns, Math.min(active.col, shape.cols - 1));
  const activeUnit = units[Math.min(active.row, units.length - 1)];
  return (
    <Stack spacing={1.5}>
      <Box
        ref={scroller}
        sx={{
          overflow: 'auto',
          maxHeight: 'calc(100vh - 330px)',
          minHeight: 200,
          border: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
          '& table': { borderCollapse: 'separate', borderSpacing: 0, fontSize: 13 },
          '& th, & td': { borderRight: 1, borderBottom: 1, borderColor: 'divider', p: 0, textAlign: 'center' },
          // Stand-ins for the criteria scrolled out of view, left and right.
          '& .gap': { border: 0, p: 0 },
          // The whole header sticks as one block, so its rows may be as tall as the criteria's full names need.
          '& thead': { position: 'sticky', top: 0, zIndex: 2 },
          '& thead th': { bgcolor: 'grey.100', fontWeight: 500, px: 0.5, py: 0.25, lineHeight: 1.25 },
          '& .unit': { position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1, textAlign: 'left', px: 1, minWidth: 180, maxWidth: 240 },
          '& thead .unit': { zIndex: 3, bgcolor: 'grey.100' },
          '& .total': { px: 1, minWidth: 48, whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
          '& .capped': { bgcolor: '#fff4e5', color: 'warning.dark', fontWeight: 500 },
          // The final total stays in view while the criteria scroll under it: a column of its own, header
          // included, with a shadow where the criteria pass beneath.
          '& .sticky-total': {
            position: 'sticky', right: 0, zIndex: 1, bgcolor: 'background.paper', borderLeft: 2, borderLeftColor: 'divider', minWidth: 64,
            boxShadow: '-4px 0 4px -4px rgba(0, 0, 0, 0.3)',
          },
          '& thead .sticky-total': { bgcolor: 'grey.100', zIndex: 3 },
          '& input': {
            width: 52, height: 28, border: 0, textAlign: 'right', px: 0.5, font: 'inherit', bgcolor: 'transparent',
            fontVariantNumeric: 'tabular-nums',
          },
          '& input:focus': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2, bgcolor: '#e3f2fd' },
          '& input[aria-invalid="true"]': { outline: '2px solid', outlineColor: 'error.main', outlineOffset: -2, bgcolor: '#fdecea' },
          '& .council input': { bgcolor: 'action.hover' },
          '& .evidence': { boxShadow: 'inset -6px 6px 0 -3px', color: 'success.main' },
          '& .evidence input': { color: 'text.primary' },
        }}
      >
        {/* Busy while a typed score is shown but not yet stored: closing the window then would lose it. */}
        <table aria-label="Bảng chấm điểm" aria-rowcount={units.length + 3} aria-busy={optimistic.size > 0}>
          <thead>
            <tr style={{ height: 28 }}>
              <th rowSpan={3} className="unit" ref={unitHeader}>
                Đơn vị
              </th>
              <Gap width={span.before} header rowSpan={3} />
              {groupSpans(shownColumns).map(({ group, leaves }) => {
                // A top-level leaf (a bonus or deduction item on its own) spans both header rows.
                const own = shownColumns.find((c) => c.node.id === group.id);
                return own ? (
                  <th key={group.id} colSpan={2} rowSpan={2} title={group.label} ref={leafVirtualizer.measureElement} data-index={columns.indexOf(own)}>
                    <LeafHeader column={own} />
                  </th>
                ) : (
                  <th key={group.id} colSpan={leaves * 2} title={group.label}>
                    <Box className="criterion-label" sx={{ maxWidth: leaves * 120, mx: 'auto' }}>
                      {group.code}. {group.label}
                    </Box>
                  </th>
                );
              })}
              <Gap width={span.after} header rowSpan={3} />
              <th colSpan={4} rowSpan={2}>
                Tổng hợp (tự cập nhật)
              </th>
              <th rowSpan={3} className="total sticky-total">
                Tổng
              </th>
            </tr>
            <tr>
              {shownColumns
                .filter((column) => column.group.id !== column.node.id)
                .map((column) => (
                  <th key={column.node.id} colSpan={2} title={`${column.ref}. ${column.node.label}`} ref={leafVirtualizer.measureElement} data-index={columns.indexOf(column)}>
                    <LeafHeader column={column} />
                  </th>
                ))}
            </tr>
            <tr style={{ height: 28 }}>
              {shownColumns.flatMap((column) =>
                (['selfScore', 'councilScore'] as const).map((side) => (
                  <th key={`${column.node.id}-${side}`} title={SIDE_LABELS[side]}>
                    {SIDE_SHORT[side]}
                  </th>
                )),
              )}
              <th className="total">Tự chấm</th>
              <th className="total">HĐ chấm</th>
              <th className="total">Thưởng</th>
              <th className="total">Trừ</th>
            </tr>
          </thead>
          <tbody>
            <SpacerRow height={before} />
            {rows.map(({ index: row }) => {
              const unit = units[row];
              const isActiveRow = active.row === row;
              const refusedCol = problem?.cell?.row === row ? problem.cell.col : null;
              return (
                <ScoreRow
                  key={unit.id}
                  unit={unit}
                  row={row}
                  columns={columns}
                  span={span}
                  texts={rowView(row).texts}
                  evidence={rowView(row).evidence}
                  activeCol={isActiveRow ? active.col : null}
                  editText={isActiveRow ? editText : null}
                  invalidCols={rejectedByRow.get(row) ?? NONE}
                  refusal={refusedCol === null ? null : { col: refusedCol, message: problem!.messages[0] }}
                  totals={isActiveRow && liveTotals ? liveTotals : totalsByRow[row]}
                  handlers={handlers}
                />
              );
            })}
            <SpacerRow height={after} />
          </tbody>
        </table>
      </Box>
      {problem && (
        <Alert severity="error" role="alert" onClose={() => setProblem(null)}>
          {problem.messages.map((message) => (
            <div key={message}>{message}</div>
          ))}
        </Alert>
      )}
      {capped.length > 0 && (
        <Alert severity="info" aria-label="Điểm bị giới hạn bởi mức tối đa">
          <AlertTitle>Mức tối đa đã giới hạn điểm thưởng, điểm trừ đã nhập</AlertTitle>
          {capped.map(({ unit, notes }) => (
            <div key={unit.id}>
              <strong>{unit.name}</strong>: {notes.join('; ')}.
            </div>
          ))}
        </Alert>
      )}
      <EvidencePanel
        key={`${activeUnit.id}|${activeColumn.leaf.node.id}`}
        unit={activeUnit}
        column={activeColumn.leaf}
        value={evidenceOf(activeUnit.id, activeColumn.leaf.node.id)}
        onSave={(evidence) =>
          write(
            [{ unitId: activeUnit.id, criterionId: activeColumn.leaf.node.id, changes: { evidence } }],
            [[keyOf(activeUnit.id, activeColumn.leaf.node.id, 'evidence'), evidence]],
          )
        }
      />
      <Typography variant="caption" color="text.secondary">
        Phím mũi tên, Enter, Tab để di chuyển như bảng tính; Delete để xóa điểm; Esc để hủy ô đang gõ; dán (Ctrl+V) một
        vùng sao chép từ Excel. Ô có góc xanh là ô đã có minh chứng. Tổng = điểm Hội đồng chấm + điểm thưởng − điểm trừ;
        điểm tự chấm chỉ để tham khảo. Dấu * ở cột Thưởng, Trừ: mức tối đa đã giới hạn số điểm nhập.
      </Typography>
    </Stack>
  );
}

/** The evidence note (minh chứng) of the active cell's unit and criterion, saved when the field is left. */
function EvidencePanel({
  unit, column, value, onSave,
}: { unit: GridUnit; column: LeafColumn; value: string; onSave: (evidence: string) => void }) {
  const [text, setText] = useState(value);
  return (
    <TextField
      label={`Minh chứng — ${unit.name} — tiêu chí ${column.ref}`}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        if (text.trim() !== value.trim()) onSave(text.trim());
      }}
      helperText={column.node.guidance || `${column.ref}. ${column.node.label}`}
      // A plain textarea sized by CSS to its text (one to four lines): MUI's auto-size (any multiline
      // TextField) measures the text in a hidden copy on mount, forcing a layout of the page and the grid.
      multiline
      rows={1}
      fullWidth
      slotProps={{ input: { inputComponent: 'textarea' } }}
      sx={{ '& textarea': { fieldSizing: 'content', minHeight: '1.4375em', maxHeight: 'calc(4 * 1.4375em)', overflowY: 'auto' } }}
    />
  );
}

/** A criterion column's header: its reference, full label (wrapped, never cut) and maximum. */
function LeafHeader({ column }: { column: LeafColumn }) {
  return (
    <>
      <Box className="criterion-label" sx={{ width: 104, lineHeight: 1.2, mx: 'auto', overflowWrap: 'anywhere' }}>
        {column.ref}. {column.node.label}
      </Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {column.node.kind === 'item' ? 'tối đa' : KIND_LABELS[column.node.kind].toLowerCase()} {show(column.node.maxPoints)}
      </Typography>
    </>
  );
}

/** A bonus or deduction total; where a cap cut what was entered, it is marked and says so on hover. */
function CappedCell({ unit, points }: { unit: GridUnit; points: CappedPoints }) {
  const note = describeCap(points);
  const name = points.kind === 'bonus' ? 'Điểm thưởng' : 'Điểm trừ';
  return (
    <td className={note ? 'total capped' : 'total'} title={note ?? undefined} aria-label={`${name} ${unit.name}: ${note ?? formatNumber(points.counted)}`}>
      {formatNumber(points.counted)}
      {note && '*'}
    </td>
  );
}

interface RowHandlers {
  register: (row: number, col: number, el: HTMLInputElement | null) => void;
  type: (text: string) => void;
  focus: (cell: Cell) => void;
  blur: (cell: Cell) => void;
  keyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  paste: (event: ClipboardEvent<HTMLInputElement>) => void;
}

/** The criteria drawn (indexes first…last) and the widths standing in for those before and after. */
interface LeafSpan {
  first: number;
  last: number;
  before: number;
  after: number;
}

/** A cell as wide as the criteria it stands in for (every row has one each side, so the columns line up). */
function Gap({ width, header = false, rowSpan }: { width: number; header?: boolean; rowSpan?: number }) {
  const style = { width, minWidth: width, maxWidth: width };
  return header ? <th className="gap" aria-hidden rowSpan={rowSpan} style={style} /> : <td className="gap" aria-hidden style={style} />;
}

interface ScoreRowProps {
  unit: GridUnit;
  row: number;
  columns: readonly LeafColumn[];
  span: LeafSpan;
  /** Shown text per grid column. */
  texts: readonly string[];
  /** Per leaf: an evidence note exists. */
  evidence: readonly boolean[];
  activeCol: number | null;
  editText: string | null;
  invalidCols: readonly number[];
  refusal: { col: number; message: string } | null;
  totals: SheetTotals;
  handlers: RowHandlers;
}

/** One unit's row; memoized, so only the rows whose data or active cell changed re-render. */
const ScoreRow = memo(function ScoreRow({
  unit, row, columns, span, texts, evidence, activeCol, editText, invalidCols, refusal, totals, handlers,
}: ScoreRowProps) {
  return (
    <tr aria-rowindex={row + 4}>
      <th scope="row" className="unit">
        {unit.name}
      </th>
      <Gap width={span.before} />
      {columns.slice(span.first, span.last + 1).flatMap((column, shown) =>
        (['selfScore', 'councilScore'] as const).map((side, s) => {
          const i = span.first + shown;
          const col = i * 2 + s;
          const isActive = activeCol === col;
          const refused = refusal?.col === col;
          const hasEvidence = side === 'councilScore' && evidence[i];
          return (
            <td key={`${column.node.id}-${side}`} className={[side === 'councilScore' ? 'council' : '', hasEvidence ? 'evidence' : ''].join(' ')}>
              <input
                ref={(el) => handlers.register(row, col, el)}
                aria-label={`${unit.name}, tiêu chí ${column.ref}, ${SIDE_LABELS[side]}`}
                aria-invalid={refused || invalidCols.includes(col)}
                title={refused ? refusal.message : undefined}
                inputMode="decimal"
                autoComplete="off"
                tabIndex={isActive ? 0 : -1}
                value={isActive && editText !== null ? editText : texts[col]}
                onChange={(e) => handlers.type(e.target.value)}
                onFocus={(e) => {
                  handlers.focus({ row, col });
                  e.target.select();
                }}
                onBlur={() => handlers.blur({ row, col })}
                onKeyDown={handlers.keyDown}
                onPaste={handlers.paste}
              />
            </td>
          );
        }),
      )}
      <Gap width={span.after} />
      <td className="total">{formatNumber(totals.selfTotal)}</td>
      <td className="total">{formatNumber(totals.councilBase)}</td>
      <CappedCell unit={unit} points={totals.bonusPoints} />
      <CappedCell unit={unit} points={totals.deductionPoints} />
      <td className="total sticky-total">
        <strong aria-label={`Tổng điểm ${unit.name}`}>{formatNumber(totals.total)}</strong>
      </td>
    </tr>
  );
});
