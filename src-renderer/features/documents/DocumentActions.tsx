/**
 * The "Văn bản" area other screens embed: buttons that issue a document from their record (a number
 * is reserved at that moment), the document date (today in Asia/Ho_Chi_Minh unless chosen), the
 * documents already issued from the record, and the preview of whichever is opened.
 */
import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DescriptionIcon from '@mui/icons-material/DescriptionOutlined';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs from 'dayjs';
import { getDb } from '../../data/db';
import { issueDocument } from '../../data/dispatch';
import type { DispatchRequest } from '../../data/dispatch';
import { useDocumentsFrom } from '../../data/dispatch/hooks';
import type { RegisteredDocument } from '../../data/schemas';
import type { DocumentKind } from '../../domain/vocabulary';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { todayIso } from '../../ui/formValues';
import { useBusyAction } from '../../ui/useBusyAction';
import { useFeedback } from '../../ui/useFeedback';
import { isNumberedDocument } from '../../domain/numbering';
import type { Feedback } from '../../ui/useFeedback';
import { DocumentPreviewDialog, documentTitle } from './DocumentPreviewDialog';

export interface IssueAction {
  /** Button text, e.g. "Biên bản họp". */
  label: string;
  kind: DocumentKind;
  /** The request for the chosen document date. */
  request: (date: string) => DispatchRequest;
  /** Why it cannot be issued now (shown as the button's tooltip); undefined when it can. */
  unavailable?: string;
  /** Distinguishes actions of one kind (a vote count per title) when checking what was issued already. */
  matches?: (doc: RegisteredDocument) => boolean;
}

export function DocumentActions({
  sourceId, actions, dated = true, title = null, earliestDate, feedback: hostFeedback,
}: {
  /** The record the documents are made from: lists what was issued from it. */
  sourceId: string;
  actions: IssueAction[];
  /** Offer the document date; minutes and reports take their own date. */
  dated?: boolean;
  /** The document cannot be dated before this (the meeting it rests on); the date starts there when today is earlier. */
  earliestDate?: string;
  /** A framed section with this heading; null when the host screen already frames it ("Văn bản"). */
  title?: string | null;
  /** The host screen's messages, so its own and these never stack on each other. */
  feedback?: Feedback;
}) {
  const issued = useDocumentsFrom(sourceId);
  const own = useFeedback();
  const { notify, fail } = hostFeedback ?? own;
  const [date, setDate] = useState(() => [todayIso(), earliestDate ?? ''].sort().at(-1)!);
  const { busy, run } = useBusyAction(fail);
  const [opened, setOpened] = useState<RegisteredDocument | null>(null);
  const [pending, setPending] = useState<{ action: IssueAction; earlier: RegisteredDocument } | null>(null);

  const issue = (action: IssueAction) => {
    setPending(null);
    return run(async () => {
      const doc = await issueDocument(getDb(), action.request(date));
      notify(doc.numberText ? `Đã tạo ${documentTitle(doc)}.` : `Đã tạo ${documentTitle(doc)} (văn bản không đánh số).`);
      setOpened(doc);
    });
  };

  // Issuing again takes a new number, so the user is asked whether an earlier one should be reopened instead.
  const start = (action: IssueAction) => {
    const earlier = issued?.find((d) => d.kind === action.kind && d.archived === 0 && (action.matches?.(d) ?? true));
    if (earlier?.numberText) setPending({ action, earlier });
    else void issue(action);
  };

  return (
    <Paper
      variant="outlined"
      component={title ? 'section' : 'div'}
      aria-label={title ?? undefined}
      sx={title ? { p: 2 } : { border: 'none', bgcolor: 'transparent' }}
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 1.5 }}>
        {title && (
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 500 }}>
            {title}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto' }}>
          {actions.some((a) => isNumberedDocument(a.kind))
            ? 'Mỗi lần tạo, văn bản được cấp số mới trong sổ đăng ký.'
            : 'Văn bản không đánh số; mỗi lần tạo được ghi vào sổ đăng ký văn bản.'}
        </Typography>
        {dated && (
          <DatePicker
            label="Ngày văn bản"
            value={dayjs(date)}
            minDate={earliestDate ? dayjs(earliestDate) : undefined}
            onChange={(value) => value?.isValid() && setDate(value.format('YYYY-MM-DD'))}
            slotProps={{ textField: { size: 'small', sx: { width: 180 } } }}
          />
        )}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {actions.map((action) => (
          <Tooltip key={action.label} title={action.unavailable ?? ''}>
            <span>
              <Button variant="outlined" startIcon={<DescriptionIcon />} disabled={busy || Boolean(action.unavailable)} onClick={() => start(action)}>
                {action.label}
              </Button>
            </span>
          </Tooltip>
        ))}
      </Stack>
      {busy && <LinearProgress aria-label="Đang tạo văn bản" sx={{ mt: 1.5 }} />}
      {issued && issued.length > 0 && (
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            Đã tạo (bấm để mở lại, giữ nguyên số):
          </Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            {issued.map((doc) => (
              <Chip key={doc.id} label={documentTitle(doc)} onClick={() => setOpened(doc)} variant={doc.archived ? 'outlined' : 'filled'} />
            ))}
          </Stack>
        </Box>
      )}
      <ConfirmDialog
        open={pending !== null}
        title="Tạo văn bản mới?"
        message={
          pending &&
          `Đã có ${documentTitle(pending.earlier)} tạo từ hồ sơ này. Tạo lại sẽ cấp một số mới; số cũ vẫn giữ trong sổ đăng ký. Muốn xem lại văn bản cũ, hãy bấm vào nó trong danh sách “Đã tạo”.`
        }
        confirmLabel="Tạo văn bản mới"
        onCancel={() => setPending(null)}
        onConfirm={() => pending && void issue(pending.action)}
      />
      <DocumentPreviewDialog doc={opened} onClose={() => setOpened(null)} notify={notify} />
      {!hostFeedback && own.feedback}
    </Paper>
  );
}
