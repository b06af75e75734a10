import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { applyingHolds, HOLD_LABELS } from '../../domain/eligibility';
import { isFinal, NOMINATION_STATUS_LABELS } from '../../domain/lifecycle';
import type { Transition } from '../../domain/lifecycle';
import { formatDateShort } from '../../domain/text';
import { getDb } from '../../data/db';
import { advanceNomination } from '../../data/nominations';
import { useWardProfile } from '../../data/hooks';
import { decisionRefSchema } from '../../data/schemas';
import type { DecisionRef, Nomination } from '../../data/schemas';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormDialog } from '../../ui/FormDialog';
import { FormDateField, FormTextField } from '../../ui/formFields';
import { todayIso } from '../../ui/formValues';
import type { Feedback } from '../../ui/useFeedback';
import { wardChairmanAuthority } from '../ward/wardProfileForm';
import { manualTransitions, needsDecision } from './nominationView';

const STEP_KIND_LABELS = { advance: 'Chuyển bước', sendBack: 'Trả lại', reverse: 'Hủy bước' } as const;

/** ISO datetime → "05/03/2026 14:20" in the office's time zone. */
function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(new Date(iso));
}

/**
 * The lifecycle (SPEC §2): the steps taken (who, when, why) and the moves allowed from here. Sending
 * back and reversing need a reason; deciding records the decision; final states are immutable.
 */
export function LifecyclePanel({ nomination, feedback }: { nomination: Nomination; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const [pending, setPending] = useState<Transition | null>(null);
  const transitions = manualTransitions(nomination.status);
  const move = async (t: Transition, options: { reason?: string; decision?: DecisionRef }) => {
    setPending(null);
    try {
      await advanceNomination(getDb(), nomination.id, t.to, options);
      feedback.notify(`${t.label}: đề nghị chuyển sang “${NOMINATION_STATUS_LABELS[t.to]}”.`);
    } catch (e) {
      feedback.fail(e);
    }
  };
  const activeHold = applyingHolds({ holds: nomination.holds, asOf: todayIso() })[0];
  return (
    <Stack spacing={2}>
      {activeHold && (
        <Alert severity="info">
          Tạm dừng xét ({HOLD_LABELS[activeHold.kind]}{activeHold.note ? `: ${activeHold.note}` : ''}): không phải không đạt; đề nghị tự xét tiếp khi hết tạm dừng. Trong thời gian này chỉ có thể trả lại, rút hoặc kết thúc không khen thưởng (NĐ 152/2025 Đ4.4).
        </Alert>
      )}
      {isFinal(nomination.status) ? (
        <Alert severity="info">Đề nghị đã ở trạng thái cuối, không thể thay đổi.</Alert>
      ) : (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          {transitions.map((t) => (
            <Button
              key={`${t.to}-${t.kind}`}
              variant={t.kind === 'advance' ? 'contained' : 'outlined'}
              color={t.kind === 'advance' ? 'primary' : 'warning'}
              onClick={() => (t.kind === 'advance' && !needsDecision(t) && !isFinal(t.to) ? move(t, {}) : setPending(t))}
            >
              {t.label}
            </Button>
          ))}
        </Stack>
      )}
      {nomination.status === 'appraised' && (
        <Typography variant="body2" color="text.secondary">
          Kết quả biểu quyết được ghi tại phiên họp Hội đồng (mục “Phiên họp”).
        </Typography>
      )}
      {nomination.decision && (
        <Typography variant="body2">
          Quyết định: số {nomination.decision.number} ngày {formatDateShort(nomination.decision.date)} của {nomination.decision.issuer}.
        </Typography>
      )}
      <Table size="small" aria-label="Quá trình xử lý">
        <TableHead>
          <TableRow>
            <TableCell>Thời điểm</TableCell>
            <TableCell>Bước</TableCell>
            <TableCell>Loại</TableCell>
            <TableCell>Người thực hiện</TableCell>
            <TableCell>Lý do</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {nomination.steps.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>Chưa có bước nào: đề nghị đang ở dạng dự thảo.</TableCell>
            </TableRow>
          )}
          {[...nomination.steps].reverse().map((s) => (
            <TableRow key={`${s.at}-${s.to}`}>
              <TableCell>{formatDateTime(s.at)}</TableCell>
              <TableCell>{NOMINATION_STATUS_LABELS[s.from]} → {NOMINATION_STATUS_LABELS[s.to]}</TableCell>
              <TableCell>{STEP_KIND_LABELS[s.kind]}</TableCell>
              <TableCell>{s.actor}</TableCell>
              <TableCell>{s.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pending && needsDecision(pending) && (
        <DecisionDialog transition={pending} onClose={() => setPending(null)} onConfirm={(decision) => move(pending, { decision })} />
      )}
      {pending && !needsDecision(pending) && (
        <ConfirmDialog
          open
          title={pending.label}
          message={
            isFinal(pending.to)
              ? `Đề nghị sẽ chuyển sang “${NOMINATION_STATUS_LABELS[pending.to]}” và không thể thay đổi sau đó.`
              : `Đề nghị sẽ chuyển từ “${NOMINATION_STATUS_LABELS[pending.from]}” về “${NOMINATION_STATUS_LABELS[pending.to]}”. Bước này được ghi vào nhật ký.`
          }
          confirmLabel={pending.label}
          reasonLabel={pending.kind === 'advance' ? undefined : 'Lý do'}
          danger={isFinal(pending.to)}
          onCancel={() => setPending(null)}
          onConfirm={(reason) => move(pending, { reason })}
        />
      )}
    </Stack>
  );
}

type DecisionOutput = z.output<typeof decisionRefSchema>;

/** Number, date and issuer of the decision, as printed on it (history keeps the issuer of the time). */
function DecisionDialog({ transition, onClose, onConfirm }: { transition: Transition; onClose: () => void; onConfirm: (d: DecisionRef) => void }) {
  const profile = useWardProfile();
  const upward = transition.from === 'forwarded';
  const issuer = upward ? profile?.upperLevel.authorityTitle ?? '' : profile ? wardChairmanAuthority(profile.name) : '';
  const { control, handleSubmit } = useForm<z.input<typeof decisionRefSchema>, unknown, DecisionOutput>({
    values: { number: '', date: todayIso(), issuer },
    resolver: zodResolver(decisionRefSchema),
  });
  return (
    <FormDialog open title={transition.label} onClose={onClose} onSubmit={handleSubmit(onConfirm)} submitLabel="Ghi nhận">
      <FormTextField control={control} name="number" label="Số quyết định" required autoFocus placeholder="15/QĐ-UBND" />
      <FormDateField control={control} name="date" label="Ngày quyết định" required />
      <FormTextField control={control} name="issuer" label="Người/cơ quan ban hành" required />
    </FormDialog>
  );
}
