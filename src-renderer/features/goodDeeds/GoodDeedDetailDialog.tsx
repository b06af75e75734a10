import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDateShort } from '../../domain/text';
import { useBusyAction } from '../../ui/useBusyAction';
import { GENDER_LABELS, GOOD_DEED_STATUS_LABELS, PUBLICATION_CHANNEL_LABELS, PUBLICATION_CHANNELS } from '../../domain/vocabulary';
import { getDb } from '../../data/db';
import { addPublication, approveGoodDeed, forwardGoodDeed, nominateFromGoodDeed, resubmitGoodDeed, returnGoodDeed } from '../../data/goodDeeds';
import { useSettings } from '../../data/hooks';
import { localCode } from '../../domain/vocabulary';
import { useNavigate, Link as RouterLink } from 'react-router-dom';
import Link from '@mui/material/Link';
import { publicationSchema } from '../../data/schemas';
import type { GoodDeed, Publication } from '../../data/schemas';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PersonPicker } from '../../ui/RecordPickers';
import { FormDialog } from '../../ui/FormDialog';
import { FormDateField, FormSelectField, FormTextField } from '../../ui/formFields';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { todayIso } from '../../ui/formValues';
import type { Feedback } from '../../ui/useFeedback';
import { STATUS_COLORS, SUBJECT_LABELS, formatMonth } from './labels';
import { isLateReport } from './reporting';
import { UrlLink } from '../../ui/UrlLink';

type PublicationInput = z.input<typeof publicationSchema>;
type PublicationOutput = z.output<typeof publicationSchema>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Typography>
    </>
  );
}

/**
 * One report: what was done and by whom, its vetting by the standing member (approve / return with a
 * reason), forwarding upward, and the publicity log (Ninh Hà VB 124/UBND: vetted before any publicity).
 */
export function GoodDeedDetailDialog({
  deed, unitName, dueDay, onEdit, onClose, feedback,
}: {
  deed: GoodDeed;
  unitName: string;
  dueDay: number;
  onEdit: () => void;
  onClose: () => void;
  feedback: Feedback;
}) {
  const [asking, setAsking] = useState<'return' | 'forward' | 'publish' | null>(null);
  const action = useBusyAction(feedback.fail);
  const busy = action.busy;

  const run = (work: () => Promise<unknown>, message: string) =>
    action.run(async () => {
      await work();
      feedback.notify(message);
      setAsking(null);
    });

  const late = isLateReport(deed, dueDay);
  const vetted = deed.status === 'approved' || deed.status === 'forwarded';
  const navigate = useNavigate();
  // The titles the province lets the ward chairman confer from this register (the pack's fromGoodDeeds).
  const wardTitles = (useSettings()?.localTitles ?? []).filter((t) => t.fromGoodDeeds && t.conferredBy === 'ward');
  const nominate = (id: string, label: string, personId?: string) =>
    action.run(async () => {
      const nomination = await nominateFromGoodDeed(getDb(), deed.id, localCode(id), personId);
      feedback.notify(`Đã lập đề nghị “${label}” cho “${deed.subjectName}”.`);
      navigate(`/de-nghi/${nomination.id}`);
    });
  // A report names its person in words: before nominating, the clerk picks them in the people register.
  const [choosing, setChoosing] = useState<{ id: string; label: string } | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [pickMissing, setPickMissing] = useState(false);
  const askNominate = (id: string, label: string) =>
    deed.subjectKind === 'person' && !deed.personId ? setChoosing({ id, label }) : nominate(id, label);
  return (
    <>
      <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="good-deed-title">
        <DialogTitle id="good-deed-title">
          {deed.subjectName}{' '}
          <Chip size="small" label={GOOD_DEED_STATUS_LABELS[deed.status]} color={STATUS_COLORS[deed.status]} sx={{ ml: 1, verticalAlign: 'middle' }} />
        </DialogTitle>
        <DialogContent dividers>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '180px 1fr', rowGap: 1, columnGap: 2, m: 0 }}>
            <Field label="Đơn vị báo cáo">{unitName}</Field>
            <Field label="Tháng báo cáo">{formatMonth(deed.month)}</Field>
            <Field label="Ngày nộp">
              {formatDateShort(deed.submittedAt)}
              {late && <Chip size="small" color="warning" label={`Nộp muộn (hạn đến hết ngày ${dueDay})`} sx={{ ml: 1 }} />}
            </Field>
            <Field label="Đối tượng">
              {SUBJECT_LABELS[deed.subjectKind]}
              {deed.birthYear ? `, sinh năm ${deed.birthYear}` : ''}
              {deed.gender ? `, ${GENDER_LABELS[deed.gender]}` : ''}
            </Field>
            <Field label="Địa chỉ/đơn vị">{deed.address}</Field>
            <Field label="Lĩnh vực">{deed.field}</Field>
            <Field label="Việc làm, cách làm hay">{deed.deed}</Field>
            <Field label="Minh chứng">{deed.evidence}</Field>
            {deed.status === 'returned' && <Field label="Lý do trả lại">{deed.returnReason}</Field>}
            {deed.forwardedOn && <Field label="Ngày đề xuất lên trên">{formatDateShort(deed.forwardedOn)}</Field>}
            {deed.nominationId && (
              <Field label="Đề nghị khen thưởng">
                <Link component={RouterLink} to={`/de-nghi/${deed.nominationId}`}>Xem đề nghị khen thưởng đã lập từ báo cáo này</Link>
              </Field>
            )}
          </Box>
          <Typography variant="subtitle1" component="h2" sx={{ mt: 3, mb: 1 }}>
            Tuyên truyền
          </Typography>
          {deed.publications.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {vetted ? 'Chưa ghi nhận lần tuyên truyền nào.' : 'Chỉ tuyên truyền sau khi báo cáo được thẩm định đạt.'}
            </Typography>
          ) : (
            <Table size="small" aria-label="Nhật ký tuyên truyền">
              <TableHead>
                <TableRow>
                  <TableCell>Kênh</TableCell>
                  <TableCell>Ngày</TableCell>
                  <TableCell>Đường dẫn</TableCell>
                  <TableCell>Ghi chú</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {deed.publications.map((p, i) => (
                  <TableRow key={i}>
                    <TableCell>{PUBLICATION_CHANNEL_LABELS[p.channel]}</TableCell>
                    <TableCell>{formatDateShort(p.date)}</TableCell>
                    <TableCell sx={{ minWidth: 160 }}>{p.link ? <UrlLink href={p.link} /> : '—'}</TableCell>
                    <TableCell>{p.note || '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {(deed.status === 'submitted' || deed.status === 'returned') && <Button onClick={onEdit}>Sửa</Button>}
          {deed.status === 'returned' && (
            <Button disabled={busy} onClick={() => run(() => resubmitGoodDeed(getDb(), deed.id), 'Đã chuyển báo cáo về chờ thẩm định.')}>
              Nộp lại
            </Button>
          )}
          {deed.status === 'submitted' && (
            <>
              <Button color="warning" disabled={busy} onClick={() => setAsking('return')}>
                Trả lại
              </Button>
              <Button
                variant="contained"
                color="success"
                disabled={busy}
                onClick={() => run(() => approveGoodDeed(getDb(), deed.id), `Đã thẩm định đạt báo cáo về “${deed.subjectName}”.`)}
              >
                Thẩm định đạt
              </Button>
            </>
          )}
          {deed.status === 'approved' && (
            <Button disabled={busy} onClick={() => setAsking('forward')}>
              Đề xuất lên trên
            </Button>
          )}
          {vetted && !deed.nominationId && wardTitles.map((t) => (
            <Button key={t.id} disabled={busy} onClick={() => askNominate(t.id, t.label)}>
              Đề nghị “{t.label}”
            </Button>
          ))}
          {vetted && (
            <Button variant="contained" disabled={busy} onClick={() => setAsking('publish')}>
              Ghi nhận tuyên truyền
            </Button>
          )}
          <Stack sx={{ flexGrow: 1 }} />
          <Button onClick={onClose}>Đóng</Button>
        </DialogActions>
      </Dialog>
      <ConfirmDialog
        open={asking === 'return'}
        title="Trả lại báo cáo"
        message={`Trả lại báo cáo về “${deed.subjectName}” cho ${unitName}. Lý do sẽ được lưu và hiển thị cho đơn vị.`}
        confirmLabel="Trả lại"
        reasonLabel="Lý do trả lại"
        onCancel={() => setAsking(null)}
        onConfirm={(reason) => run(() => returnGoodDeed(getDb(), deed.id, reason), 'Đã trả lại báo cáo.')}
      />
      <ConfirmDialog
        open={choosing !== null}
        title={`Đề nghị “${choosing?.label ?? ''}”`}
        message={
          <>
            Báo cáo ghi “{deed.subjectName}”. Chọn đúng người này trong danh mục cá nhân để lập đề nghị khen thưởng.
            <Box sx={{ mt: 2 }}>
              <PersonPicker
                label="Cá nhân trong danh mục"
                value={picked}
                onChange={(id) => {
                  setPicked(id);
                  setPickMissing(false);
                }}
                required
                error={pickMissing}
                helperText={pickMissing ? 'Hãy chọn cá nhân.' : undefined}
              />
            </Box>
          </>
        }
        confirmLabel="Lập đề nghị"
        onCancel={() => setChoosing(null)}
        onConfirm={() => {
          if (!picked || !choosing) return setPickMissing(true);
          setChoosing(null);
          nominate(choosing.id, choosing.label, picked);
        }}
      />
      <ConfirmDialog
        open={asking === 'forward'}
        title="Đề xuất lên Hội đồng cấp trên"
        message={`Ghi nhận đã đề xuất “${deed.subjectName}” lên Hội đồng Thi đua - Khen thưởng cấp trên, ngày ${formatDateShort(todayIso())}.`}
        confirmLabel="Đề xuất"
        onCancel={() => setAsking(null)}
        onConfirm={() => run(() => forwardGoodDeed(getDb(), deed.id, todayIso()), 'Đã ghi nhận đề xuất lên trên.')}
      />
      {asking === 'publish' && (
        <PublicationDialog
          onClose={() => setAsking(null)}
          onSave={(publication) => addPublication(getDb(), deed.id, publication)}
          onSaved={() => {
            feedback.notify('Đã ghi nhận tuyên truyền.');
            setAsking(null);
          }}
        />
      )}
    </>
  );
}

const CHANNEL_OPTIONS = PUBLICATION_CHANNELS.map((c) => ({ value: c, label: PUBLICATION_CHANNEL_LABELS[c] }));

/** Logs one publication: channel, date, link (SPEC §4). */
function PublicationDialog({
  onClose, onSave, onSaved,
}: { onClose: () => void; onSave: (p: Publication) => Promise<unknown>; onSaved: () => void }) {
  const { control, handleSubmit, setError, formState } = useForm<PublicationInput, unknown, PublicationOutput>({
    defaultValues: { channel: 'portal', date: todayIso(), link: '', note: '' },
    resolver: zodResolver(publicationSchema),
  });
  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: PublicationOutput) => {
    await onSave(values);
    onSaved();
  });
  return (
    <FormDialog open title="Ghi nhận tuyên truyền" onClose={onClose} {...submit}>
      <FormSelectField control={control} name="channel" label="Kênh tuyên truyền" options={CHANNEL_OPTIONS} required autoFocus />
      <FormDateField control={control} name="date" label="Ngày tuyên truyền" required />
      <FormTextField control={control} name="link" label="Đường dẫn" placeholder="https://…" />
      <FormTextField control={control} name="note" label="Ghi chú" placeholder="Ví dụ: bản tin sáng, phát 2 lần" />
    </FormDialog>
  );
}
