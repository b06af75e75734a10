import { memo, useCallback, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import RemoveIcon from '@mui/icons-material/RemoveCircleOutlineOutlined';
import type { BallotDecision } from '../../domain/council';
import { NOMINATION_STATUS_LABELS } from '../../domain/lifecycle';
import type { WardSettings } from '../../domain/settings';
import { getDb } from '../../data/db';
import { useTitles } from '../../data/hooks';
import { applyMeetingResults } from '../../data/meetingResults';
import { meetingRepo } from '../../data/meetings';
import type { Ballot, Meeting, Nomination } from '../../data/schemas';
import { applyingHolds } from '../../domain/eligibility';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { todayIso } from '../../ui/formValues';
import { FormDialog } from '../../ui/FormDialog';
import type { Feedback } from '../../ui/useFeedback';
import { SpacerRow, useVirtualRows } from '../../ui/virtualRows';
import { ballotDecision, ballotProblems, canLeaveAgenda, emptyBallot, resultMoves, withoutNomination, type CouncilCount } from './meetingLogic';

type Count = 'agree' | 'disagree' | 'invalid' | 'writtenAgree' | 'writtenDisagree';
const COUNT_COLUMNS: { key: Count; label: string }[] = [
  { key: 'agree', label: 'Đồng ý' },
  { key: 'disagree', label: 'Không đồng ý' },
  { key: 'invalid', label: 'Không hợp lệ' },
  { key: 'writtenAgree', label: 'VB đồng ý' },
  { key: 'writtenDisagree', label: 'VB không đồng ý' },
];

/**
 * The agenda and the vote per nominee: secret-ballot tallies (agree / disagree / invalid, plus absent
 * members' written opinions) or the show-of-hands result where no ballot is required; pass/fail against
 * the title's threshold; then the nominations move on from the result.
 */
export function BallotsPanel({
  meeting, nominations, names, candidates, count, settings, feedback,
}: {
  meeting: Meeting;
  /** Nominations on the agenda, by id. */
  nominations: ReadonlyMap<string, Nomination>;
  names: ReadonlyMap<string, string>;
  /** The year's appraised nominations not yet on the agenda. */
  candidates: readonly Nomination[];
  count: CouncilCount;
  settings: WardSettings;
  feedback: Pick<Feedback, 'notify' | 'fail'>;
}) {
  const agenda = useMemo(() => meeting.agendaNominationIds.flatMap((id) => nominations.get(id) ?? []), [meeting, nominations]);
  const [ballots, setBallots] = useState<Ballot[]>(() => {
    const saved = new Map(meeting.ballots.map((b) => [b.nominationId, b]));
    return agenda.map((n) => saved.get(n.id) ?? emptyBallot(n.id, n.titleCode, settings));
  });
  const [touched, setTouched] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [applying, setApplying] = useState(false);
  const [moving, setMoving] = useState(false);
  const [leaving, setLeaving] = useState<Nomination | null>(null);
  const byId = useMemo(() => new Map(ballots.map((b) => [b.nominationId, b])), [ballots]);
  // The page computes the count on every render; by value here, so the memoized rows don't all redraw.
  const { totalMembers, presentMembers, writtenOpinions } = count;
  const stableCount = useMemo(() => ({ totalMembers, presentMembers, writtenOpinions }), [totalMembers, presentMembers, writtenOpinions]);
  // Each row says its own problem, once; below the table only how many rows need correcting.
  const problemsOf = useMemo(() => new Map(ballots.map((b) => [b.nominationId, ballotProblems(b, stableCount)])), [ballots, stableCount]);
  const rowsWithProblems = ballots.filter((b) => (problemsOf.get(b.nominationId) ?? []).length > 0).length;

  // Stable (functional updates), so a keystroke re-renders only the row whose ballot changed.
  const setCount = useCallback((nominationId: string, key: Count, text: string) => {
    const value = text.trim() === '' ? 0 : Number(text);
    if (!Number.isInteger(value) || value < 0) return;
    setBallots((current) => current.map((b) => (b.nominationId === nominationId ? { ...b, [key]: value } : b)));
    setTouched(true);
  }, []);
  const setMethod = useCallback((nominationId: string, method: Ballot['method']) => {
    setBallots((current) => current.map((b) => (b.nominationId === nominationId ? { ...b, method } : b)));
    setTouched(true);
  }, []);
  const rowContext = useMemo(
    (): RowContext => ({ meetingId: meeting.id, count: stableCount, settings, touched, onCount: setCount, onMethod: setMethod, onLeave: setLeaving }),
    [meeting.id, stableCount, settings, touched, setCount, setMethod],
  );
  const save = () =>
    meetingRepo.update(getDb(), meeting, { ballots }).then(() => {
      setTouched(false);
      feedback.notify('Đã lưu kết quả biểu quyết.');
    }, feedback.fail);

  // From the saved ballots only, so typing a count does not decide 500 votes again.
  const moves = useMemo(() => {
    const today = todayIso();
    return resultMoves(
      meeting.ballots.flatMap((b) => {
        const n = nominations.get(b.nominationId);
        return n ? [{ nominationId: n.id, status: n.status, decision: ballotDecision(b, n.titleCode, stableCount, settings), onHold: applyingHolds({ holds: n.holds, asOf: today }).length > 0 }] : [];
      }),
    );
  }, [meeting.ballots, nominations, stableCount, settings]);
  const apply = async () => {
    setApplying(false);
    setMoving(true);
    try {
      const moved = await applyMeetingResults(getDb(), meeting.id, moves);
      feedback.notify(`Đã chuyển ${moved} đề nghị theo kết quả phiên họp.`);
    } catch (e) {
      feedback.fail(e);
    } finally {
      setMoving(false);
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1}>
        <Button variant="outlined" onClick={() => setChoosing(true)} disabled={candidates.length === 0}>
          Đưa đề nghị vào chương trình ({candidates.length} đề nghị đã thẩm định)
        </Button>
      </Stack>
      {agenda.length === 0 ? (
        <Typography color="text.secondary">Chương trình họp chưa có đề nghị nào.</Typography>
      ) : (
        <BallotTable agenda={agenda} byId={byId} problemsOf={problemsOf} names={names} context={rowContext} />
      )}
      {rowsWithProblems > 0 && (
        <Alert severity="error" data-testid="ballot-problems">
          {rowsWithProblems === 1 ? 'Một dòng' : `${rowsWithProblems} dòng`} có số phiếu không khớp với thành phần dự họp (xem dòng được đánh dấu); sửa
          rồi mới lưu được.
        </Alert>
      )}
      {moving && <LinearProgress aria-label="Đang chuyển các đề nghị" />}
      {agenda.length > 0 && (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button variant="contained" onClick={save} disabled={!touched || rowsWithProblems > 0}>
            Lưu kết quả biểu quyết
          </Button>
          <Button variant="outlined" onClick={() => setApplying(true)} disabled={touched || moving || moves.length === 0}>
            Chuyển các đề nghị theo kết quả ({moves.length})
          </Button>
        </Stack>
      )}
      <ConfirmDialog
        open={applying}
        title="Chuyển các đề nghị theo kết quả phiên họp?"
        message={`${moves.length} đề nghị đã thẩm định sẽ được ghi “Đã biểu quyết”; đề nghị không đạt sẽ kết thúc ở trạng thái “Không được khen thưởng”. Mỗi bước được ghi vào nhật ký; nếu một đề nghị không chuyển được thì không đề nghị nào bị thay đổi.`}
        confirmLabel="Chuyển trạng thái"
        onCancel={() => setApplying(false)}
        onConfirm={apply}
      />
      <ConfirmDialog
        open={leaving !== null}
        title="Bỏ đề nghị khỏi chương trình họp?"
        message={`Đề nghị của “${leaving ? names.get(leaving.id) ?? '' : ''}” và kết quả biểu quyết đã ghi (nếu có) sẽ được bỏ khỏi phiên họp này. Đề nghị giữ nguyên trạng thái và có thể đưa vào phiên họp khác.`}
        confirmLabel="Bỏ khỏi chương trình"
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          const id = leaving?.id;
          setLeaving(null);
          if (id) meetingRepo.update(getDb(), meeting, withoutNomination(meeting, id)).then(() => feedback.notify('Đã bỏ đề nghị khỏi chương trình họp.'), feedback.fail);
        }}
      />
      {choosing && (
        <AgendaDialog
          candidates={candidates}
          names={names}
          onClose={() => setChoosing(false)}
          onSave={async (ids) => {
            try {
              await meetingRepo.update(getDb(), meeting, { agendaNominationIds: [...meeting.agendaNominationIds, ...ids] });
              setChoosing(false);
              feedback.notify(`Đã đưa ${ids.length} đề nghị vào chương trình họp.`);
            } catch (e) {
              feedback.fail(e);
            }
          }}
        />
      )}
    </Stack>
  );
}

/** A vote of a meeting without its quorum is neither passed nor failed: it is not valid. */
function resultChip(decision: BallotDecision): { label: string; color: 'success' | 'error' | 'warning' } {
  if (!decision.quorate) return { label: 'Không có giá trị', color: 'warning' };
  return decision.passed ? { label: 'Đạt', color: 'success' } : { label: 'Không đạt', color: 'error' };
}

function AgendaDialog({
  candidates, names, onClose, onSave,
}: { candidates: readonly Nomination[]; names: ReadonlyMap<string, string>; onClose: () => void; onSave: (ids: string[]) => void }) {
  const titles = useTitles();
  const [selected, setSelected] = useState<string[]>(candidates.map((c) => c.id));
  const toggle = (id: string) => setSelected(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  return (
    <FormDialog
      open
      title="Đưa đề nghị vào chương trình họp"
      onClose={onClose}
      submitLabel={`Đưa ${selected.length} đề nghị vào`}
      onSubmit={(e) => {
        e.preventDefault();
        if (selected.length > 0) onSave(selected);
      }}
    >
      <List dense aria-label="Đề nghị đã thẩm định">
        {candidates.map((c) => (
          <ListItemButton key={c.id} onClick={() => toggle(c.id)}>
            <ListItemIcon>
              <Checkbox edge="start" checked={selected.includes(c.id)} tabIndex={-1} slotProps={{ input: { 'aria-label': names.get(c.id) } }} />
            </ListItemIcon>
            <ListItemText primary={names.get(c.id)} secondary={titles[c.titleCode].label} />
          </ListItemButton>
        ))}
      </List>
    </FormDialog>
  );
}

/** Rows drawn beyond the visible ones, so a fast scroll or Tab into the next row finds it drawn. */
const OVERSCAN = 6;
const NO_PROBLEMS: readonly string[] = [];
/** A row's height before it is measured (two lines of name and result). */
const ROW_ESTIMATE = 74;

/** What every row shares; one memoized object, so the rows stay memoized. */
interface RowContext {
  meetingId: string;
  count: CouncilCount;
  settings: WardSettings;
  touched: boolean;
  onCount: (nominationId: string, key: Count, text: string) => void;
  onMethod: (nominationId: string, method: Ballot['method']) => void;
  onLeave: (nomination: Nomination) => void;
}

interface BallotTableProps {
  agenda: readonly Nomination[];
  byId: ReadonlyMap<string, Ballot>;
  problemsOf: ReadonlyMap<string, readonly string[]>;
  names: ReadonlyMap<string, string>;
  context: RowContext;
}

/**
 * The agenda's vote table, virtualized: a meeting of 500 nominees draws only the rows in view (plus a
 * few), in a scroll box of its own with the header kept on top, so opening it or typing a count never
 * lays out thousands of inputs.
 */
function BallotTable({ agenda, byId, problemsOf, names, context }: BallotTableProps) {
  const { scroller, virtualizer, rows, before, after } = useVirtualRows({
    count: agenda.length, estimate: ROW_ESTIMATE, overscan: OVERSCAN, keyOf: (index) => agenda[index].id,
  });
  return (
    <Box
      ref={scroller}
      sx={{ overflow: 'auto', maxHeight: '70vh', '& thead th': { position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper' } }}
    >
      <Table size="small" aria-label="Kết quả biểu quyết" aria-rowcount={agenda.length + 1} sx={{ minWidth: 1000, '& td, & th': { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ minWidth: 160 }}>Đối tượng</TableCell>
            <TableCell sx={{ minWidth: 150 }}>Danh hiệu / hình thức</TableCell>
            <TableCell sx={{ minWidth: 130 }}>Hình thức biểu quyết</TableCell>
            {COUNT_COLUMNS.map((c) => <TableCell key={c.key} sx={{ width: 72 }}>{c.label}</TableCell>)}
            <TableCell sx={{ minWidth: 220 }}>Kết quả</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          <SpacerRow height={before} />
          {rows.map((item) => {
            const n = agenda[item.index];
            return (
              <BallotRow
                key={n.id}
                index={item.index}
                measure={virtualizer.measureElement}
                nomination={n}
                ballot={byId.get(n.id) ?? null}
                problems={problemsOf.get(n.id) ?? NO_PROBLEMS}
                name={names.get(n.id) ?? ''}
                context={context}
              />
            );
          })}
          <SpacerRow height={after} />
        </TableBody>
      </Table>
    </Box>
  );
}

interface BallotRowProps {
  index: number;
  measure: (element: Element | null) => void;
  nomination: Nomination;
  ballot: Ballot | null;
  problems: readonly string[];
  name: string;
  context: RowContext;
}

/** One nominee's vote; memoized, so typing a count re-renders this row only. */
const BallotRow = memo(function BallotRow({
  index, measure, nomination: n, ballot: stored, problems, name, context,
}: BallotRowProps) {
  const titles = useTitles();
  const { count, settings, touched, onCount, onMethod, onLeave } = context;
  const canLeave = canLeaveAgenda(n, context.meetingId);
  const ballot = stored ?? emptyBallot(n.id, n.titleCode, settings);
  const decision = ballotDecision(ballot, n.titleCode, count, settings);
  return (
    <TableRow
      ref={measure}
      data-index={index}
      data-nomination={n.id}
      aria-rowindex={index + 2}
      sx={problems.length > 0 ? { bgcolor: (t) => alpha(t.palette.error.main, 0.06) } : undefined}
    >
      <TableCell>
        {name}
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {NOMINATION_STATUS_LABELS[n.status]}
          {canLeave && (
            <IconButton size="small" aria-label={`Bỏ khỏi chương trình: ${name}`} onClick={() => onLeave(n)} disabled={touched} sx={{ ml: 0.5 }}>
              <RemoveIcon fontSize="inherit" />
            </IconButton>
          )}
        </Typography>
      </TableCell>
      <TableCell>{titles[n.titleCode].label}</TableCell>
      <TableCell>
        {titles[n.titleCode].requiresBallot ? (
          'Bỏ phiếu kín (bắt buộc)'
        ) : (
          <TextField
            select
            value={ballot.method}
            onChange={(e) => onMethod(n.id, e.target.value as Ballot['method'])}
            slotProps={{ htmlInput: { 'aria-label': `Hình thức biểu quyết: ${name}` } }}
          >
            <MenuItem value="hands">Giơ tay</MenuItem>
            <MenuItem value="ballot">Bỏ phiếu kín</MenuItem>
          </TextField>
        )}
      </TableCell>
      {COUNT_COLUMNS.map((c) => (
        <TableCell key={c.key}>
          <TextField
            value={String(ballot[c.key])}
            onChange={(e) => onCount(n.id, c.key, e.target.value)}
            sx={{ width: 64 }}
            slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': `${c.label}: ${name}`, style: { textAlign: 'right' } } }}
          />
        </TableCell>
      ))}
      <TableCell data-testid="ballot-result">
        <Chip size="small" {...resultChip(decision)} />
        <Typography variant="body2" sx={{ mt: 0.5 }}>{decision.reason}</Typography>
        <Typography variant="caption" color="text.secondary">{decision.reference}</Typography>
        {problems.map((p) => (
          <Typography key={p} variant="body2" color="error" role="alert" data-testid="ballot-row-problem" sx={{ mt: 0.5 }}>{p}</Typography>
        ))}
      </TableCell>
    </TableRow>
  );
});
