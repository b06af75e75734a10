import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { RuleResult } from '../../domain/eligibility';
import { formatDateShort } from '../../domain/text';
import { getDb } from '../../data/db';
import { nominationRepo, refreshEligibility } from '../../data/nominations';
import type { Nomination } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import type { Feedback } from '../../ui/useFeedback';
import { useLiveEligibility } from './hooks';
import { VERDICT_COLORS, VERDICT_LABELS } from './nominationView';

/**
 * "Điều kiện khen thưởng": every rule as pass / fail / needs judgement with its reason and legal
 * reference (SPEC §2); a judgement is recorded as yes/no with its evidence, never guessed.
 */
export function EligibilityPanel({ nomination, editable, feedback }: { nomination: Nomination; editable: boolean; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const result = useLiveEligibility(nomination);
  const [judging, setJudging] = useState<RuleResult | null>(null);
  if (!result) return <LinearProgress aria-label="Đang đánh giá điều kiện" />;
  const stored = nomination.eligibility;
  const storedVerdict = (stored?.result as { verdict?: string } | undefined)?.verdict;
  const severity = VERDICT_COLORS[result.verdict];

  const saveSnapshot = () =>
    refreshEligibility(getDb(), nomination.id).then(() => feedback.notify('Đã lưu kết quả đánh giá điều kiện.'), feedback.fail);

  return (
    <Stack spacing={2}>
      <Alert severity={severity} data-testid="eligibility-verdict">
        <AlertTitle>
          {result.held ? 'Tạm dừng xét khen thưởng (không phải không đạt)' : `Kết quả: ${VERDICT_LABELS[result.verdict]}`}
        </AlertTitle>
        {result.summary}
      </Alert>
      {stored && storedVerdict !== result.verdict && (
        <Alert
          severity="info"
          action={editable ? <Button color="inherit" size="small" onClick={saveSnapshot}>Lưu kết quả mới</Button> : undefined}
        >
          Dữ liệu đã thay đổi từ lần lưu ngày {formatDateShort(stored.evaluatedAt.slice(0, 10))} (khi đó: {VERDICT_LABELS[storedVerdict as keyof typeof VERDICT_LABELS] ?? storedVerdict}).
        </Alert>
      )}
      <Table size="small" aria-label="Các điều kiện">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 130 }}>Kết quả</TableCell>
            <TableCell>Điều kiện</TableCell>
            <TableCell>Lý do</TableCell>
            <TableCell sx={{ width: 200 }}>Căn cứ</TableCell>
            {editable && <TableCell sx={{ width: 120 }} />}
          </TableRow>
        </TableHead>
        <TableBody>
          {result.rules.map((rule) => (
            <TableRow key={rule.id} data-rule={rule.id}>
              <TableCell>
                <Chip size="small" label={VERDICT_LABELS[rule.verdict]} color={VERDICT_COLORS[rule.verdict]} variant={rule.verdict === 'pass' ? 'outlined' : 'filled'} />
              </TableCell>
              <TableCell>{rule.label}</TableCell>
              <TableCell>
                {rule.reason}
                {rule.judgement && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    Đã đánh giá: {rule.judgement.value ? 'đạt' : 'không đạt'}{rule.judgement.evidence ? ` — căn cứ: ${rule.judgement.evidence}` : ''}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <Typography variant="body2" color="text.secondary">{rule.reference}</Typography>
              </TableCell>
              {editable && (
                <TableCell>
                  {(rule.verdict === 'judgement' || rule.judgement) && (
                    <Button size="small" onClick={() => setJudging(rule)}>
                      {rule.judgement ? 'Sửa đánh giá' : 'Đánh giá'}
                    </Button>
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {judging && (
        <JudgementDialog
          rule={judging}
          onClose={() => setJudging(null)}
          onSave={async (value, evidence) => {
            const judgements = [...nomination.judgements.filter((j) => j.ruleId !== judging.id), { ruleId: judging.id, value, evidence }];
            try {
              await nominationRepo.update(getDb(), nomination, { judgements });
              setJudging(null);
              feedback.notify('Đã ghi đánh giá.');
            } catch (e) {
              feedback.fail(e);
            }
          }}
        />
      )}
    </Stack>
  );
}

function JudgementDialog({
  rule, onClose, onSave,
}: { rule: RuleResult; onClose: () => void; onSave: (value: boolean, evidence: string) => Promise<void> }) {
  const [value, setValue] = useState<'yes' | 'no'>(rule.judgement ? (rule.judgement.value ? 'yes' : 'no') : 'yes');
  const [evidence, setEvidence] = useState(rule.judgement?.evidence ?? '');
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const missing = evidence.trim() === '';
  return (
    <FormDialog
      open
      title="Ghi đánh giá của Hội đồng"
      submitting={saving}
      onClose={onClose}
      onSubmit={async (e) => {
        e.preventDefault();
        setTouched(true);
        if (missing) return;
        setSaving(true);
        await onSave(value === 'yes', evidence.trim());
        setSaving(false);
      }}
    >
      <Box>
        <Typography variant="subtitle2">{rule.label}</Typography>
        <Typography variant="body2" color="text.secondary">{rule.reason} ({rule.reference})</Typography>
      </Box>
      <RadioGroup row value={value} onChange={(e) => setValue(e.target.value as 'yes' | 'no')} aria-label="Kết quả đánh giá">
        <FormControlLabel value="yes" control={<Radio />} label="Đạt" />
        <FormControlLabel value="no" control={<Radio />} label="Không đạt" />
      </RadioGroup>
      <TextField
        label="Căn cứ đánh giá"
        value={evidence}
        onChange={(e) => setEvidence(e.target.value)}
        autoFocus
        required
        multiline
        minRows={2}
        error={touched && missing}
        helperText={touched && missing ? 'Phải ghi căn cứ đánh giá (biên bản, nhận xét của đơn vị…).' : 'Ví dụ: nhận xét của chi bộ, biên bản họp bình xét của đơn vị.'}
      />
    </FormDialog>
  );
}
