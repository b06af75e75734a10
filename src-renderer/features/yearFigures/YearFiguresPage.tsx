import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { provinceLevelWord } from '../../domain/province';
import { DURATION_LABELS, formHead, formRowValues, type FigureForm, type MovementLevel, type YearFigures } from '../../domain/yearFigures';
import { getDb } from '../../data/db';
import { useSettings, useYearFigures } from '../../data/hooks';
import { yearFiguresModel } from '../../data/yearFigures';
import { platform } from '../../platform';
import { PageHeader } from '../../ui/PageHeader';
import { YearSelect } from '../../ui/YearSelect';
import { currentYear, todayIso } from '../../ui/formValues';
import { useBusyAction } from '../../ui/useBusyAction';
import { useFeedback } from '../../ui/useFeedback';

function FormTable({ form }: { form: FigureForm }) {
  const head = formHead(form);
  // Biểu 0602 has ten count columns: a narrower label column keeps them all on a laptop screen.
  const wide = form.columns.length > 6;
  const caption = form.formNumber ? `Biểu số ${form.formNumber}: ${form.title}` : form.title;
  return (
    <Paper variant="outlined" component="section" aria-label={caption} sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{caption}</Typography>
      {form.measureNote && <Typography variant="body2" color="text.secondary">{form.measureNote}</Typography>}
      <TableContainer sx={{ mt: 1 }}>
        <Table size="small" aria-label={caption} sx={{ '& td, & th': { border: 1, borderColor: 'divider', px: 0.75 } }}>
          <TableHead>
            <TableRow>
              {head.titles.map((title, i) => (
                <TableCell key={i} align="center" sx={{ fontWeight: 600, minWidth: i === 0 ? (wide ? 200 : 280) : 56, verticalAlign: 'bottom' }}>{title}</TableCell>
              ))}
            </TableRow>
            <TableRow>
              {head.numbers.map((n, i) => <TableCell key={i} align="center" sx={{ fontStyle: 'italic' }}>{n}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {form.rows.map((row, k) => (
              <TableRow key={k}>
                {formRowValues(form, row).map((value, i) => (
                  <TableCell key={i} align={i === 0 ? 'left' : 'center'} sx={{ fontWeight: row.bold ? 600 : undefined }}>
                    {value ?? ''}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

/** "7 lượt = 2 cấp Nhà nước + …": every award of the register, and where the forms count it. */
function Reconciliation({ figures, upperWord }: { figures: YearFigures; upperWord: string }) {
  const r = figures.reconciliation;
  return (
    <Alert severity={figures.unplaced.length > 0 ? 'warning' : 'info'}>
      <Typography variant="body2">
        Lịch sử khen thưởng năm {figures.year}: <strong>{r.register} lượt</strong> = {r.state} cấp Nhà nước (Biểu 0602) + {r.upper} cấp bộ, {upperWord} (Biểu 0603)
        {' '}+ {r.ward} cấp cơ sở + {r.unplaced} chưa rõ cấp. Phong trào thi đua phát động trong năm: {figures.movements.length} (Biểu 0601).
      </Typography>
      {figures.unplaced.length > 0 && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          Chưa rõ cấp khen thưởng, không vào Biểu 0602, 0603: {figures.unplaced.map((u) => `${u.label} (${u.count})`).join('; ')}. Hãy ghi tên đầy đủ của hình
          thức khen thưởng trong “Lịch sử khen thưởng”.
        </Typography>
      )}
    </Alert>
  );
}

/** How each movement of the year was counted in Biểu 0601: the launching level is read from the launching body. */
function CountedMovements({ figures, upperWord, wardWord }: { figures: YearFigures; upperWord: string; wardWord: string }) {
  if (figures.movements.length === 0) return null;
  const levels: Record<MovementLevel, string> = {
    central: 'Cấp Trung ương',
    upper: `Cấp bộ, ngành, ${upperWord}`,
    unit: 'Cơ quan, tổ chức, đơn vị',
  };
  const caption = 'Phong trào tính vào Biểu 0601';
  return (
    <Paper variant="outlined" component="section" aria-label={caption} sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{caption}</Typography>
      <Typography variant="body2" color="text.secondary">
        Cấp chủ trì phát động được đọc từ “Cơ quan phát động” ghi ở mục Phong trào; để trống là phong trào do {wardWord} phát động.
      </Typography>
      <TableContainer sx={{ mt: 1 }}>
        <Table size="small" aria-label={caption}>
          <TableHead>
            <TableRow>
              {['Phong trào', 'Cơ quan phát động', 'Cấp chủ trì phát động', 'Thời hạn', 'Phương thức'].map((h) => <TableCell key={h} sx={{ fontWeight: 600 }}>{h}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {figures.movements.map((m, k) => (
              <TableRow key={k}>
                <TableCell>{m.name}</TableCell>
                <TableCell>{m.issuer}</TableCell>
                <TableCell>{levels[m.level]}</TableCell>
                <TableCell>{m.band ? DURATION_LABELS[m.band] : 'Chưa có ngày kết thúc'}</TableCell>
                <TableCell>{m.form === 'thematic' ? 'Chuyên đề' : 'Thường xuyên hằng năm'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

/**
 * "Thống kê năm" (/thong-ke-nam): Biểu 0601–0603 of TT 02/2023/TT-BNV for a year, counted from the
 * record and shown as they will print, exported as .xlsx and .docx; the upper level receives them on 15/12.
 */
export default function YearFiguresPage() {
  const [year, setYear] = useState(currentYear());
  const figures = useYearFigures(year);
  const settings = useSettings();
  const { notify, fail, feedback } = useFeedback();
  const { busy, run } = useBusyAction(fail);
  const upperWord = provinceLevelWord(settings?.naming.provinceKind ?? 'province');

  const exportAs = (kind: 'xlsx' | 'docx') =>
    run(async () => {
      const model = await yearFiguresModel(getDb(), year, todayIso());
      const bytes =
        kind === 'xlsx'
          ? await (await import('../../documents/yearFiguresXlsx')).yearFiguresXlsx(model)
          : await (await import('../../documents/builders/yearFigures')).buildYearFigures(model);
      const result = await platform().bridge.saveFile({
        suggestedName: `Bieu-0601-0603-thong-ke-TDKT-nam-${year}.${kind}`,
        bytes,
        filters: [kind === 'xlsx' ? { name: 'Bảng tính Excel', extensions: ['xlsx'] } : { name: 'Tài liệu Word', extensions: ['docx'] }],
      });
      if (result.saved) notify(`Đã xuất Biểu 0601–0603 năm ${year} (${kind === 'xlsx' ? 'Excel' : 'Word'}): ${result.path}`);
    });

  return (
    <>
      <PageHeader
        title="Thống kê thi đua, khen thưởng năm"
        subtitle="Biểu 0601, 0602, 0603 theo Thông tư số 02/2023/TT-BNV, lập từ phong trào và lịch sử khen thưởng của năm; cấp trên nhận báo cáo ngày 15/12."
        actions={
          <>
            <YearSelect value={year} onChange={setYear} />
            <Button variant="contained" disabled={busy || !figures} onClick={() => exportAs('xlsx')}>Xuất Excel</Button>
            <Button variant="outlined" disabled={busy || !figures} onClick={() => exportAs('docx')}>Xuất Word</Button>
          </>
        }
      />
      {(busy || !figures) && <LinearProgress aria-label="Đang lập biểu thống kê" sx={{ mb: 1 }} />}
      {figures && (
        <Stack spacing={2}>
          <Reconciliation figures={figures} upperWord={upperWord} />
          {figures.forms.map((form) => <FormTable key={form.id} form={form} />)}
          <CountedMovements figures={figures} upperWord={upperWord} wardWord={settings?.naming.wardWord ?? 'phường'} />
        </Stack>
      )}
      {feedback}
    </>
  );
}
