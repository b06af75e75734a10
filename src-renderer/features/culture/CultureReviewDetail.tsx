/**
 * One tổ dân phố's yearly Gia đình văn hóa review (NĐ 86/2023/NĐ-CP Đ7), in the order of the law: the
 * households assessed as qualifying, the 10-day posting for residents' comments, the dossier (Mẫu
 * 01–03) and the day it was complete, from which the chairman's 10 days run, then the decision.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import PasteIcon from '@mui/icons-material/ContentPasteOutlined';
import type { GridColDef } from '@mui/x-data-grid';
import { CULTURE_DOSSIER_LABELS, CULTURE_STAGE_LABELS, type CultureDossierPartId } from '../../domain/culture';
import { isValidIsoDate } from '../../domain/dates';
import { formatDateShort } from '../../domain/text';
import { cultureReviewRepo, recordCultureDecision } from '../../data/culture';
import { getDb } from '../../data/db';
import { useRecord, useSettings } from '../../data/hooks';
import type { CultureHousehold, CultureReview, Unit } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { CivilDateInput } from '../../ui/formFields';
import { todayIso } from '../../ui/formValues';
import { PageHeader } from '../../ui/PageHeader';
import { useBusyAction } from '../../ui/useBusyAction';
import { useFeedback, type Feedback } from '../../ui/useFeedback';
import { DocumentActions } from '../documents/DocumentActions';
import { HouseholdDialog, PasteHouseholdsDialog } from './HouseholdDialogs';
import { reviewSchedule } from './cultureView';

type Save = (patch: Partial<CultureReview>, message: string) => Promise<void>;

function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-label={title} sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export function CultureReviewDetail() {
  const { id } = useParams();
  const review = useRecord<CultureReview>('cultureReviews', id);
  const unit = useRecord<Unit>('units', review?.unitId);
  const settings = useSettings();
  const messages = useFeedback();
  const { notify, fail, feedback } = messages;
  const { busy, run } = useBusyAction(fail);

  if (review === undefined || unit === undefined || !settings) return <LinearProgress aria-label="Đang tải" />;
  if (review === null || unit === null) {
    return (
      <Alert severity="warning" action={<Button component={RouterLink} to="/gia-dinh-van-hoa">Về danh sách</Button>}>
        Không tìm thấy bình xét này.
      </Alert>
    );
  }
  const save: Save = (patch, message) =>
    run(async () => {
      await cultureReviewRepo.update(getDb(), review, patch);
      notify(message);
    });
  // The dialogs show a refusal themselves, so their saves throw rather than go to the snackbar.
  const saveHouseholds = async (households: CultureHousehold[], message: string) => {
    await cultureReviewRepo.update(getDb(), review, { households });
    notify(message);
  };
  const schedule = reviewSchedule(review, settings, todayIso());
  return (
    <>
      <PageHeader
        requires="editNominations"
        title={`${unit.name}: Gia đình văn hóa năm ${review.year}`}
        subtitle="Trình tự theo Điều 7 Nghị định số 86/2023/NĐ-CP: bình xét, niêm yết lấy ý kiến, lập hồ sơ, Chủ tịch UBND phường quyết định."
        actions={
          <>
            <Chip label={CULTURE_STAGE_LABELS[schedule.stage]} data-testid="culture-stage" />
            <Button component={RouterLink} to={`/gia-dinh-van-hoa?nam=${review.year}`}>Về danh sách</Button>
          </>
        }
      />
      {schedule.warnings.map((w) => (
        <Alert key={w} severity="warning" sx={{ mb: 2 }}>
          {w}
        </Alert>
      ))}
      {busy && <LinearProgress aria-label="Đang lưu" sx={{ mb: 1 }} />}
      <Stack spacing={2}>
        <HouseholdsStep households={review.households} onSave={saveHouseholds} />
        <PostingStep key={`posting-${review.postedOn}`} review={review} settings={settings} save={save} busy={busy} />
        <DossierStep
          key={`dossier-${review.dossierCompleteOn}`}
          review={review}
          save={save}
          busy={busy}
          decisionDueOn={schedule.decisionDueOn}
          days={settings.familyDecisionDays}
          messages={messages}
        />
        <DecisionStep
          key={`decision-${review.decisionDate}`}
          review={review}
          busy={busy}
          save={(decision) =>
            run(async () => {
              const { awarded, corrected } = await recordCultureDecision(getDb(), review, decision);
              notify(
                awarded > 0 ? `Đã lưu quyết định; ${awarded} hộ được ghi vào lịch sử khen thưởng.`
                  : corrected > 0 ? `Đã lưu quyết định; đã sửa số, ngày quyết định trong lịch sử khen thưởng của ${corrected} hộ.`
                    : 'Đã lưu quyết định.',
              );
            })
          }
        />
      </Stack>
      {feedback}
    </>
  );
}

interface HouseholdRow extends CultureHousehold {
  id: string;
  index: number;
}

function HouseholdsStep({ households, onSave }: { households: CultureHousehold[]; onSave: (households: CultureHousehold[], message: string) => Promise<void> }) {
  const [editing, setEditing] = useState<number | 'new' | 'paste' | null>(null);
  const rows = useMemo(() => households.map((h, index): HouseholdRow => ({ ...h, id: String(index), index })), [households]);
  const proposed = households.filter((h) => h.proposed).length;
  const columns: GridColDef<HouseholdRow>[] = [
    { field: 'stt', headerName: 'STT', width: 70, valueGetter: (_v, row) => row.index + 1 },
    { field: 'name', headerName: 'Tên chủ hộ', flex: 1, minWidth: 180 },
    { field: 'address', headerName: 'Địa chỉ', flex: 1, minWidth: 160 },
    { field: 'comment', headerName: 'Ý kiến của người dân', flex: 1.5, minWidth: 200 },
    {
      field: 'proposed', headerName: 'Đề nghị', width: 130,
      renderCell: ({ row }) => <Chip size="small" variant="outlined" color={row.proposed ? 'success' : 'default'} label={row.proposed ? 'Đề nghị' : 'Không đề nghị'} />,
    },
  ];
  const close = () => setEditing(null);
  const saveAndClose = async (next: CultureHousehold[], message: string) => {
    await onSave(next, message);
    close();
  };
  return (
    <Step title="1. Danh sách hộ đủ điều kiện">
      <Stack direction="row" spacing={1} sx={{ mb: 1.5, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto' }} data-testid="household-count">
          {households.length === 0
            ? 'Chưa có hộ nào. Tổ dân phố chủ trì cùng Ban Công tác Mặt trận, các đoàn thể đánh giá từng hộ, rồi lập danh sách hộ đủ điều kiện.'
            : `${households.length} hộ trong danh sách, ${proposed} hộ đề nghị xét tặng.`}
        </Typography>
        <Button startIcon={<AddIcon />} variant="outlined" onClick={() => setEditing('new')}>Thêm hộ</Button>
        <Button startIcon={<PasteIcon />} variant="outlined" onClick={() => setEditing('paste')}>Dán danh sách</Button>
      </Stack>
      {households.length > 0 && (
        <DataTable rows={rows} columns={columns} label="Danh sách hộ gia đình" onRowClick={(row) => setEditing(row.index)} height={Math.min(480, 130 + rows.length * 36)} />
      )}
      {(editing === 'new' || typeof editing === 'number') && (
        <HouseholdDialog households={households} index={editing === 'new' ? null : editing} onSave={saveAndClose} onClose={close} />
      )}
      {editing === 'paste' && <PasteHouseholdsDialog households={households} onSave={saveAndClose} onClose={close} />}
    </Step>
  );
}

type StepProps = { review: CultureReview; save: Save; busy: boolean };

function PostingStep({ review, settings, save, busy }: StepProps & { settings: Parameters<typeof reviewSchedule>[1] }) {
  const [postedOn, setPostedOn] = useState(review.postedOn ?? '');
  const typed = isValidIsoDate(postedOn) ? postedOn : null;
  const preview = reviewSchedule({ ...review, postedOn: typed }, settings, todayIso());
  const changed = typed !== review.postedOn;
  return (
    <Step title="2. Niêm yết lấy ý kiến người dân">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <CivilDateInput label="Ngày niêm yết" value={postedOn} onChange={setPostedOn} width={200} />
        <Button variant="contained" disabled={busy || !changed || (postedOn !== '' && !typed)} onClick={() => void save({ postedOn: typed }, typed ? `Đã ghi ngày niêm yết ${formatDateShort(typed)}.` : 'Đã bỏ ngày niêm yết.')}>
          Lưu ngày niêm yết
        </Button>
      </Stack>
      <Typography sx={{ mt: 1.5 }} data-testid="posting-period">
        {preview.postingEndsOn && typed
          ? `Thời gian lấy ý kiến: ${settings.familyPublicNoticeDays} ngày, từ ngày ${formatDateShort(typed)} đến hết ngày ${formatDateShort(preview.postingEndsOn)}.`
          : `Niêm yết chậm nhất ngày ${formatDateShort(preview.latestPostingDay)} để kết thúc lấy ý kiến trước thời hạn hoàn thành bình xét ${formatDateShort(preview.completionDate)}.`}
      </Typography>
      {changed &&
        preview.warnings
          .filter((w) => w.startsWith('Niêm yết'))
          .map((w) => (
            <Alert key={w} severity="warning" sx={{ mt: 1.5 }}>
              {w}
            </Alert>
          ))}
    </Step>
  );
}

const PARTS = Object.keys(CULTURE_DOSSIER_LABELS) as CultureDossierPartId[];

function DossierStep({ review, save, busy, decisionDueOn, days, messages }: StepProps & { decisionDueOn: string | null; days: number; messages: Feedback }) {
  const [dossier, setDossier] = useState(review.dossier);
  const [completeOn, setCompleteOn] = useState(review.dossierCompleteOn ?? '');
  const typed = isValidIsoDate(completeOn) ? completeOn : null;
  const changed = typed !== review.dossierCompleteOn || PARTS.some((p) => dossier[p] !== review.dossier[p]);
  const documents = [
    { kind: 'cultureProposal', label: 'Mẫu 01: Văn bản đề nghị' },
    { kind: 'cultureHouseholdList', label: 'Mẫu 02: Danh sách hộ' },
    { kind: 'cultureMinutes', label: 'Mẫu 03: Biên bản họp' },
  ] as const;
  const nothingProposed = review.households.every((h) => !h.proposed) ? 'Chưa có hộ nào được đề nghị.' : undefined;
  return (
    <Step title="3. Hồ sơ trình Chủ tịch UBND phường">
      <DocumentActions
        sourceId={review.id}
        feedback={messages}
        actions={documents.map(({ kind, label }) => ({
          kind,
          label,
          request: (date) => ({ kind, reviewId: review.id, date }),
          unavailable: kind === 'cultureMinutes' ? undefined : nothingProposed,
        }))}
      />
      <Typography variant="subtitle2" sx={{ mt: 2 }}>Thành phần hồ sơ đã nhận (đã ký)</Typography>
      <FormGroup>
        {PARTS.map((p) => (
          <FormControlLabel
            key={p}
            label={CULTURE_DOSSIER_LABELS[p]}
            control={<Checkbox checked={dossier[p]} onChange={(e) => setDossier((d) => ({ ...d, [p]: e.target.checked }))} />}
          />
        ))}
      </FormGroup>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
        <CivilDateInput label="Ngày nhận đủ hồ sơ" value={completeOn} onChange={setCompleteOn} width={220} />
        <Button variant="contained" disabled={busy || !changed || (completeOn !== '' && !typed)} onClick={() => void save({ dossier, dossierCompleteOn: typed }, 'Đã lưu hồ sơ.')}>
          Lưu hồ sơ
        </Button>
      </Stack>
      <Typography sx={{ mt: 1.5 }} data-testid="decision-due">
        {decisionDueOn && review.dossierCompleteOn
          ? `Hạn quyết định của Chủ tịch UBND phường: ${formatDateShort(decisionDueOn)} (${days} ngày kể từ ngày nhận đủ hồ sơ ${formatDateShort(review.dossierCompleteOn)}).`
          : `Thời hạn ${days} ngày để Chủ tịch UBND phường quyết định tính từ ngày nhận đủ hồ sơ.`}
      </Typography>
    </Step>
  );
}

function DecisionStep({ review, save, busy }: { review: CultureReview; busy: boolean; save: (decision: { decisionNo: string; decisionDate: string | null }) => Promise<void> }) {
  const [decisionNo, setDecisionNo] = useState(review.decisionNo);
  const [decisionDate, setDecisionDate] = useState(review.decisionDate ?? '');
  const typed = isValidIsoDate(decisionDate) ? decisionDate : null;
  const changed = typed !== review.decisionDate || decisionNo !== review.decisionNo;
  return (
    <Step title="4. Quyết định công nhận">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Khi có ngày quyết định, các hộ được đề nghị được ghi vào lịch sử khen thưởng.
      </Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField size="small" label="Số quyết định" value={decisionNo} onChange={(e) => setDecisionNo(e.target.value)} sx={{ width: 200 }} />
        <CivilDateInput label="Ngày quyết định" value={decisionDate} onChange={setDecisionDate} width={200} />
        <Button variant="contained" disabled={busy || !changed || (decisionDate !== '' && !typed)} onClick={() => void save({ decisionNo, decisionDate: typed })}>
          Lưu quyết định
        </Button>
      </Stack>
    </Step>
  );
}
