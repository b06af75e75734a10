import { useMemo, useState, type KeyboardEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpIcon from '@mui/icons-material/ArrowUpward';
import BackIcon from '@mui/icons-material/ArrowBack';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import SubItemIcon from '@mui/icons-material/SubdirectoryArrowRight';
import { describeTieBreak, isLeaf, maxPointsOf, validateCriteriaSet } from '../../domain/scoring';
import type { CriteriaSetDefinition, CriterionKind, CriterionNode } from '../../domain/scoring';
import { formatDateShort, formatNumber } from '../../domain/text';
import { getDb } from '../../data/db';
import { useAuditOf, useBlocks, useRecord, useScoreSheets, useSettings, useWardProfile } from '../../data/hooks';
import { criteriaSetRepo, reviseCriteriaSet } from '../../data/scoring';
import type { AuditEntry } from '../../data/audit';
import type { CriteriaSet } from '../../data/schemas';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageHeader';
import { NO_CHOICE } from '../../ui/formValues';
import { useBusyAction } from '../../ui/useBusyAction';
import { useFeedback } from '../../ui/useFeedback';
import { parseScoreText } from '../scoring/gridLogic';
import { BandsEditor } from './BandsEditor';
import { ScoringRulesDialog } from './ScoringRulesDialog';
import { bandRows, bandRowsForScale, bandsOfRows } from './scoringRules';
import type { BandRow } from './scoringRules';
import {
  KIND_LABELS, addNode, childKind, criterionRefs, findNode, moveNode, numberCriteria, removeNode, treeRows, uniqueId, updateNode, withCodes,
} from './treeLogic';
import type { NodePatch } from './treeLogic';

interface Draft {
  /** Without its own bands: those are edited as text rows in `bands`. */
  definition: CriteriaSetDefinition;
  blockId: string | null;
  /** The set's own classification bands as typed; null: the ward's bands apply. */
  bands: BandRow[] | null;
}

function draftOf(set: CriteriaSet): Draft {
  const { classificationBands, ...definition } = set.definition;
  return { definition, blockId: set.blockId, bands: classificationBands ? bandRows(classificationBands) : null };
}

/** Audit notes of the revisions of a locked set start with this (data/scoring.ts reviseCriteriaSet). */
const REVISION_NOTE = 'Sửa đổi bộ tiêu chí đã khóa';

const newId = () => crypto.randomUUID().slice(0, 8);

/**
 * The tree editor of one criteria set: groups, items and sub-items with their maxima, bonus and
 * deduction items, the caps, the core group that breaks ties and optionally the set's own bands. A set
 * in use is locked (data layer); changing it then is a revision in place with the reason logged, which
 * the scores already given must still fit.
 */
export default function CriteriaEditor() {
  const { setId } = useParams();
  const set = useRecord<CriteriaSet>('criteriaSets', setId);
  if (set === undefined) return <LinearProgress aria-label="Đang tải" />;
  if (set === null) {
    return (
      <Alert severity="warning">
        Không tìm thấy bộ tiêu chí này (có thể đã bị xóa).{' '}
        <Link component={RouterLink} to="..">
          Về danh sách bộ tiêu chí
        </Link>
      </Alert>
    );
  }
  return <Editor key={`${set.id}:${set.revision}`} set={set} />;
}

function Editor({ set }: { set: CriteriaSet }) {
  const feedback = useFeedback();
  const { busy: saving, run } = useBusyAction(feedback.fail);
  const blocks = useBlocks(set.year);
  const settings = useSettings();
  const sheets = useScoreSheets(set.id);
  const history = useAuditOf('criteriaSets', set.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(set));
  // The version the draft was read at (each save remounts the editor with a new revision).
  const [read] = useState(() => ({ id: set.id, version: set.version }));
  const [dirty, setDirty] = useState(false);
  const [revising, setRevising] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [editingRules, setEditingRules] = useState(false);
  const profile = useWardProfile();
  const [confirm, setConfirm] = useState<{ kind: 'delete'; node: CriterionNode } | { kind: 'revise' } | null>(null);

  const definition = draft.definition;
  const numbered = useMemo(() => withCodes(definition.nodes), [definition.nodes]);
  const refs = useMemo(() => criterionRefs(numbered), [numbered]);
  const rows = useMemo(() => treeRows(numbered), [numbered]);
  // What is saved: the numbered tree, and the own bands read from their rows.
  const toSave = useMemo(
    (): CriteriaSetDefinition => ({ ...definition, nodes: numbered, ...(draft.bands ? { classificationBands: bandsOfRows(draft.bands) } : {}) }),
    [definition, numbered, draft.bands],
  );
  const issues = useMemo(() => validateCriteriaSet(toSave), [toSave]);
  const errors = issues.filter((i) => i.severity === 'error');
  const locked = set.locked;
  /** A locked set is edited only during a revision, which is saved with its reason. */
  const readOnly = locked && !revising;

  const change = (next: Partial<CriteriaSetDefinition>, blockId = draft.blockId) => {
    setDraft({ ...draft, definition: { ...definition, ...next }, blockId });
    setDirty(true);
  };
  const changeBands = (bands: BandRow[] | null) => {
    setDraft({ ...draft, bands });
    setDirty(true);
  };
  const cancelRevision = () => {
    setDraft(draftOf(set));
    setDirty(false);
    setRevising(false);
  };
  // A change of structure renumbers the table; editing a row keeps the codes as printed.
  const changeNodes = (nodes: CriterionNode[]) => change({ nodes: numberCriteria(nodes) });
  const patchNode = (id: string, patch: NodePatch) => change({ nodes: updateNode(definition.nodes, id, patch) });
  const add = (parentId: string | null, kind: CriterionKind) => {
    const id = uniqueId(definition.nodes, newId);
    const node: CriterionNode = { id, label: '', kind, maxPoints: null };
    changeNodes(addNode(definition.nodes, parentId, node));
    setFocusId(id);
  };
  const remove = (node: CriterionNode) => {
    const nodes = removeNode(definition.nodes, node.id);
    const core = definition.coreSectionId;
    change({ nodes: numberCriteria(nodes), coreSectionId: core !== null && findNode(nodes, core) ? core : null });
  };

  const save = () =>
    run(async () => {
      await criteriaSetRepo.update(getDb(), read, { blockId: draft.blockId, definition: toSave });
      setDirty(false);
      feedback.notify('Đã lưu bộ tiêu chí.');
    });

  // A revision of a set in use, in place: revision + 1 and the reason in the log; the sheets keep the
  // revision they were scored on, and the data layer refuses a change the given scores do not fit.
  const revise = (reason: string) => {
    setConfirm(null);
    return run(async () => {
      const saved = await reviseCriteriaSet(getDb(), set.id, toSave, reason);
      setDirty(false);
      setRevising(false);
      feedback.notify(`Đã lưu sửa đổi bộ tiêu chí (lần sửa ${saved.revision}).`);
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (dirty && !saving && errors.length === 0) {
        if (!locked) void save();
        else if (revising) setConfirm({ kind: 'revise' });
      }
    }
  };

  if (!blocks || !settings || !sheets || !history) return <LinearProgress aria-label="Đang tải" />;

  const topSections = definition.nodes.filter((n) => !isLeaf(n) || n.kind === 'section');
  return (
    <Box onKeyDown={onKeyDown}>
      <PageHeader
        title={definition.name || 'Bộ tiêu chí'}
        subtitle={
          <>
            Năm {set.year} · lần sửa {set.revision} · {set.locked ? `đã khóa, ${sheets.length} phiếu chấm` : 'đang soạn'}
            {set.note && ` · ${set.note}`}
          </>
        }
        actions={
          <>
            <Button component={RouterLink} to=".." startIcon={<BackIcon />}>
              Danh sách
            </Button>
            {locked && !revising && (
              <Button variant="contained" onClick={() => setRevising(true)}>
                Sửa đổi bộ tiêu chí
              </Button>
            )}
            {revising && (
              <>
                <Button onClick={cancelRevision} disabled={saving}>
                  Hủy sửa đổi
                </Button>
                <Button variant="contained" onClick={() => setConfirm({ kind: 'revise' })} disabled={!dirty || saving || errors.length > 0}>
                  Lưu sửa đổi
                </Button>
              </>
            )}
            {!locked && (
              <Button variant="contained" onClick={() => void save()} disabled={!dirty || saving}>
                {dirty ? 'Lưu bộ tiêu chí' : 'Đã lưu'}
              </Button>
            )}
          </>
        }
      />
      {saving && <LinearProgress aria-label="Đang lưu" sx={{ mb: 1 }} />}
      {locked && (
        <Alert severity={revising ? 'info' : 'warning'} sx={{ mb: 2 }}>
          {revising
            ? `Đang sửa đổi bộ tiêu chí đã dùng để chấm điểm (lần sửa ${set.revision} → ${set.revision + 1}). Tiêu chí đã được chấm không bỏ được và điểm chuẩn không được thấp hơn điểm đã chấm; khi lưu phải ghi lý do.`
            : 'Bộ tiêu chí đã được dùng để chấm điểm nên bị khóa. Muốn thay đổi, bấm “Sửa đổi bộ tiêu chí”: bộ tiêu chí được sửa thành lần sửa mới, lý do được ghi vào nhật ký, mỗi phiếu chấm giữ lần sửa mà nó được chấm.'}
        </Alert>
      )}
      <Paper sx={{ p: 2, mb: 2 }}>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(6, 1fr)' }, gap: 2, '& > *': { gridColumn: { md: 'span 2' } }, '& > :nth-of-type(-n+2)': { gridColumn: { md: 'span 3' } } }}>
          <TextField label="Tên bộ tiêu chí" value={definition.name} onChange={(e) => change({ name: e.target.value })} disabled={readOnly} required />
          <TextField
            select
            label="Khối thi đua"
            value={draft.blockId ?? NO_CHOICE}
            onChange={(e) => change({}, e.target.value === NO_CHOICE ? null : e.target.value)}
            disabled={locked}
            helperText={locked ? 'Không đổi được khối khi đã chấm điểm.' : undefined}
          >
            <MenuItem value={NO_CHOICE}>
              <em>Tất cả các khối</em>
            </MenuItem>
            {blocks.map((b) => (
              <MenuItem key={b.id} value={b.id}>
                {b.name}
              </MenuItem>
            ))}
          </TextField>
          <PointsField label="Tối đa điểm thưởng" value={definition.bonusCap} onCommit={(bonusCap) => change({ bonusCap })} disabled={readOnly} emptyMeans="Không giới hạn chung" />
          <PointsField label="Tối đa điểm trừ" value={definition.deductionCap} onCommit={(deductionCap) => change({ deductionCap })} disabled={readOnly} emptyMeans="Không giới hạn chung" />
          <TextField
            select
            label="Nhóm tiêu chí chính (xét khi bằng điểm)"
            value={definition.coreSectionId ?? NO_CHOICE}
            onChange={(e) => change({ coreSectionId: e.target.value === NO_CHOICE ? null : e.target.value })}
            disabled={readOnly}
          >
            <MenuItem value={NO_CHOICE}>
              <em>Không chọn</em>
            </MenuItem>
            {topSections.map((n) => (
              <MenuItem key={n.id} value={n.id}>
                {refs.get(n.id)}. {n.label || '(chưa đặt tên)'}
              </MenuItem>
            ))}
          </TextField>
        </Box>
      </Paper>
      <Paper sx={{ mb: 2, overflow: 'auto' }}>
        <Table size="small" aria-label="Cây tiêu chí">
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 90 }}>Số TT</TableCell>
              <TableCell>Nội dung tiêu chí</TableCell>
              <TableCell sx={{ width: 190 }}>Loại</TableCell>
              <TableCell sx={{ width: 170 }}>Điểm chuẩn / mức tối đa</TableCell>
              <TableCell sx={{ width: 190 }} align="right">
                Thao tác
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>
                  <Typography color="text.secondary" sx={{ py: 2 }}>
                    Bộ tiêu chí chưa có tiêu chí nào. Bắt đầu bằng “Thêm nhóm tiêu chí”, rồi thêm các tiêu chí vào từng nhóm.
                  </Typography>
                </TableCell>
              </TableRow>
            )}
            {rows.map(({ node, depth, index, siblings }) => {
              const ref = refs.get(node.id) ?? '';
              const group = !isLeaf(node);
              const sum = group ? maxPointsOf(node.children ?? [], node.kind === 'section' ? 'item' : node.kind) : 0;
              return (
                <TableRow key={node.id} hover selected={definition.coreSectionId === node.id}>
                  <TableCell sx={{ pl: 1 + depth * 2, fontWeight: depth === 0 ? 600 : 400 }}>{node.code}</TableCell>
                  <TableCell sx={{ pl: 1 + depth * 3 }}>
                    <TextField
                      variant="standard"
                      fullWidth
                      multiline
                      value={node.label}
                      placeholder={depth === 0 ? 'Tên nhóm tiêu chí' : 'Nội dung tiêu chí'}
                      onChange={(e) => patchNode(node.id, { label: e.target.value })}
                      autoFocus={focusId === node.id}
                      disabled={readOnly}
                      slotProps={{ htmlInput: { 'aria-label': `Nội dung tiêu chí ${ref}` } }}
                      sx={{ '& textarea': { fontWeight: depth === 0 ? 600 : 400 } }}
                    />
                  </TableCell>
                  <TableCell>
                    {group ? (
                      <Typography variant="body2" color="text.secondary">
                        {node.kind === 'section' ? KIND_LABELS.section : `${KIND_LABELS[node.kind]} (có tiêu chí con)`}
                      </Typography>
                    ) : (
                      <TextField
                        select
                        variant="standard"
                        fullWidth
                        value={node.kind}
                        onChange={(e) => patchNode(node.id, { kind: e.target.value as CriterionKind })}
                        disabled={readOnly}
                        slotProps={{ htmlInput: { 'aria-label': `Loại tiêu chí ${ref}` } }}
                      >
                        {(Object.keys(KIND_LABELS) as CriterionKind[]).map((k) => (
                          <MenuItem key={k} value={k}>
                            {KIND_LABELS[k]}
                          </MenuItem>
                        ))}
                      </TextField>
                    )}
                  </TableCell>
                  <TableCell>
                    <PointsField
                      label={`Điểm chuẩn ${ref}`}
                      hiddenLabel
                      value={node.maxPoints}
                      onCommit={(maxPoints) => patchNode(node.id, { maxPoints })}
                      disabled={readOnly}
                      emptyMeans={group ? `Tổng con: ${formatNumber(sum)}` : 'Chưa nhập'}
                    />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Tooltip title="Thêm tiêu chí con">
                      <span>
                        <IconButton size="small" aria-label={`Thêm tiêu chí con vào ${ref}`} onClick={() => add(node.id, childKind(node))} disabled={readOnly}>
                          <SubItemIcon fontSize="small" />
                        </IconButton>
                      </span>
                    </Tooltip>
                    <IconButton size="small" aria-label={`Chuyển ${ref} lên`} onClick={() => changeNodes(moveNode(definition.nodes, node.id, -1))} disabled={readOnly || index === 0}>
                      <ArrowUpIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      size="small"
                      aria-label={`Chuyển ${ref} xuống`}
                      onClick={() => changeNodes(moveNode(definition.nodes, node.id, 1))}
                      disabled={readOnly || index === siblings - 1}
                    >
                      <ArrowDownIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      size="small"
                      aria-label={`Xóa ${ref}`}
                      onClick={() => (group ? setConfirm({ kind: 'delete', node }) : remove(node))}
                      disabled={readOnly}
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        {!readOnly && (
          <Stack direction="row" spacing={1} sx={{ p: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
            <Button startIcon={<AddIcon />} onClick={() => add(null, 'section')}>
              Thêm nhóm tiêu chí
            </Button>
            <Button startIcon={<AddIcon />} onClick={() => add(null, 'bonus')}>
              Thêm mục điểm thưởng
            </Button>
            <Button startIcon={<AddIcon />} onClick={() => add(null, 'deduction')}>
              Thêm mục điểm trừ
            </Button>
          </Stack>
        )}
      </Paper>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2 }}>
        <Paper sx={{ p: 2, flex: 1 }} aria-label="Tổng hợp điểm chuẩn">
          <Typography variant="subtitle1" component="h2" gutterBottom>
            Tổng hợp
          </Typography>
          <Typography variant="body2">Tổng điểm chuẩn các tiêu chí: {formatNumber(maxPointsOf(definition.nodes, 'item'))}</Typography>
          <Typography variant="body2">
            Điểm thưởng tối đa: {formatNumber(capped(maxPointsOf(definition.nodes, 'bonus'), definition.bonusCap))} · Điểm trừ tối đa:{' '}
            {formatNumber(capped(maxPointsOf(definition.nodes, 'deduction'), definition.deductionCap))}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            Tổng điểm = điểm Hội đồng chấm + điểm thưởng − điểm trừ.
          </Typography>
        </Paper>
        <Paper sx={{ p: 2, flex: 1 }} aria-label="Xếp loại">
          <Typography variant="subtitle1" component="h2" gutterBottom>
            Xếp loại và xét khi bằng điểm
          </Typography>
          <FormControlLabel
            control={
              <Switch
                checked={draft.bands !== null}
                onChange={(e) => changeBands(e.target.checked ? bandRowsForScale(settings.classificationBands, maxPointsOf(definition.nodes, 'item')) : null)}
                disabled={readOnly}
              />
            }
            label="Dùng mức xếp loại riêng cho bộ tiêu chí này"
          />
          {draft.bands ? (
            <Stack spacing={1} sx={{ mt: 1 }}>
              <BandsEditor rows={draft.bands} onChange={changeBands} disabled={readOnly} />
              <Typography variant="body2" color="text.secondary">
                Các mức tính trên thang điểm của bộ tiêu chí ({formatNumber(maxPointsOf(definition.nodes, 'item'))} điểm), không quy đổi về thang 100.
              </Typography>
            </Stack>
          ) : (
            <>
              <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
                {settings.classificationBands.map((band) => (
                  <Chip key={band.label} label={`${band.label}: từ ${formatNumber(band.minScore)}`} />
                ))}
              </Stack>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                Mức chung của phường, áp dụng cho các bộ tiêu chí không có mức riêng (tổng điểm quy về thang 100).
              </Typography>
            </>
          )}
          <Typography variant="body2" sx={{ mt: 1 }}>
            {describeTieBreak(settings.tieBreakOrder)}
          </Typography>
          <Button sx={{ mt: 1 }} onClick={() => setEditingRules(true)} disabled={!profile}>
            Sửa mức chung của phường, tiêu chí phụ
          </Button>
        </Paper>
      </Stack>
      {issues.length > 0 && (
        <Alert severity={errors.length > 0 ? 'error' : 'warning'} sx={{ mb: 2 }}>
          {errors.length > 0 && <strong>Cần sửa trước khi lưu:</strong>}
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {issues.map((issue, i) => (
              // Messages name a node by its id; the user knows it by its printed reference.
              <li key={i}>{issue.nodeId ? issue.message.replaceAll(issue.nodeId, refs.get(issue.nodeId) ?? issue.nodeId) : issue.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      <ConfirmDialog
        open={confirm?.kind === 'delete'}
        title="Xóa nhóm tiêu chí"
        message={confirm?.kind === 'delete' ? `Xóa “${confirm.node.label || refs.get(confirm.node.id)}” cùng tất cả tiêu chí con?` : ''}
        confirmLabel="Xóa"
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          if (confirm?.kind === 'delete') remove(confirm.node);
          setConfirm(null);
        }}
      />
      <RevisionHistory entries={history} />
      <ConfirmDialog
        open={confirm?.kind === 'revise'}
        title="Lưu sửa đổi bộ tiêu chí"
        message={`Bộ tiêu chí sẽ thành lần sửa ${set.revision + 1}; ${sheets.length} phiếu đã chấm vẫn ghi lần sửa lúc chấm. Lý do được ghi vào nhật ký.`}
        confirmLabel="Lưu sửa đổi"
        reasonLabel="Lý do sửa đổi"
        onCancel={() => setConfirm(null)}
        onConfirm={(reason) => void revise(reason)}
      />
      {editingRules && profile && (
        <ScoringRulesDialog
          profile={profile}
          settings={settings}
          onClose={() => setEditingRules(false)}
          onSaved={() => {
            setEditingRules(false);
            feedback.notify('Đã lưu mức xếp loại và tiêu chí phụ khi bằng điểm.');
          }}
        />
      )}
      {feedback.feedback}
    </Box>
  );
}

/** The revisions of a locked set, newest first, with their reasons (from the audit log). */
function RevisionHistory({ entries }: { entries: readonly AuditEntry[] }) {
  const revisions = entries.filter((e) => e.note.startsWith(REVISION_NOTE));
  if (revisions.length === 0) return null;
  return (
    <Paper sx={{ p: 2, mb: 2 }} component="section" aria-labelledby="revision-history-title">
      <Typography id="revision-history-title" variant="subtitle1" component="h2" gutterBottom>
        Lịch sử sửa đổi
      </Typography>
      <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2.5 }}>
        {revisions.map((e) => (
          <Typography key={e.id} component="li" variant="body2">
            {formatDateShort(e.at.slice(0, 10))} · {e.actor} · {e.note.slice(REVISION_NOTE.length).replace(/^ \((lần sửa \d+)\)\. /, '$1. ')}
          </Typography>
        ))}
      </Stack>
    </Paper>
  );
}

function capped(sum: number, cap: number | null): number {
  return cap === null ? sum : Math.min(sum, cap);
}

/**
 * A points field that accepts "8,5" or "8.5"; it keeps what is typed and commits on leaving the
 * field or Enter, so a half-typed "8," is never stored. Empty stores null.
 */
function PointsField({
  label, value, onCommit, disabled, emptyMeans, hiddenLabel,
}: {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  disabled?: boolean;
  emptyMeans: string;
  hiddenLabel?: boolean;
}) {
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? (value === null ? '' : formatNumber(value));
  const parsed = text === null ? value : parseScoreText(text);
  const invalid = parsed === undefined || (parsed !== null && parsed < 0);
  const commit = () => {
    if (text === null || invalid) return;
    if (parsed !== value) onCommit(parsed ?? null);
    setText(null);
  };
  return (
    <TextField
      label={hiddenLabel ? undefined : label}
      variant={hiddenLabel ? 'standard' : 'outlined'}
      value={shown}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
      disabled={disabled}
      error={invalid}
      placeholder={emptyMeans}
      helperText={invalid ? 'Nhập số không âm, ví dụ 10 hoặc 2,5.' : undefined}
      fullWidth
      slotProps={{ htmlInput: { 'aria-label': label, inputMode: 'decimal' } }}
    />
  );
}
