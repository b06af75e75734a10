import { useState } from 'react';
import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import DownIcon from '@mui/icons-material/ArrowDownward';
import UpIcon from '@mui/icons-material/ArrowUpward';
import { RECIPIENTS_KINDS, RECIPIENT_PLACEHOLDERS, basesProblem, basisLine } from '../../domain/documentTexts';
import type { LegalBasis, RecipientsKind } from '../../domain/documentTexts';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { WardSettings } from '../../domain/settings';
import type { WardProfile } from '../../data/schemas';
import type { Feedback } from '../../ui/useFeedback';
import { CivilDateInput } from '../../ui/formFields';
import { DOCUMENT_KIND_LABELS } from '../documents/documentKinds';
import { isBasesKind, isDefaultTexts, moveItem, textsOf, textsOverrides, textsProblem } from './documentTextsSettings';
import type { DocumentTexts } from './documentTextsSettings';
import { SettingReason } from './SettingReason';
import { useOverridesSave } from './useOverridesSave';

type Props = { profile: WardProfile; settings: WardSettings; feedback: Pick<Feedback, 'notify' | 'fail'> };

/** "Văn bản": the Căn cứ and Nơi nhận lines of each document type the ward issues. */
export function DocumentTextsForm({ profile, settings, feedback }: Props) {
  const [kind, setKind] = useState<RecipientsKind>('decision');
  return (
    <Stack spacing={2}>
      <SettingReason settings={settings} setting="documentBases" />
      <TextField select label="Loại văn bản" value={kind} onChange={(e) => setKind(e.target.value as RecipientsKind)} sx={{ maxWidth: 420 }}>
        {RECIPIENTS_KINDS.map((k) => <MenuItem key={k} value={k}>{DOCUMENT_KIND_LABELS[k]}</MenuItem>)}
      </TextField>
      <TextsEditor key={`${kind}-${profile.version}`} kind={kind} profile={profile} settings={settings} feedback={feedback} />
    </Stack>
  );
}

const EMPTY_BASIS: LegalBasis = { type: '', number: '', date: '', issuer: '', title: '' };

function TextsEditor({ kind, profile, settings, feedback }: Props & { kind: RecipientsKind }) {
  const saved = textsOf(settings, kind);
  const [texts, setTexts] = useState<DocumentTexts>(saved);
  const { saving, store: storeOverrides } = useOverridesSave(profile, feedback);
  const problem = textsProblem(texts);
  const changed = JSON.stringify(texts) !== JSON.stringify(saved);
  const label = DOCUMENT_KIND_LABELS[kind];
  const store = (next: DocumentTexts, message: string) => storeOverrides(textsOverrides(profile.settingsOverrides, settings, kind, next), message);
  return (
    <Stack spacing={3}>
      {isBasesKind(kind) && (
        <ItemList
          heading={`Căn cứ ban hành ${label}`}
          noun="căn cứ"
          items={texts.bases}
          onChange={(bases) => setTexts({ ...texts, bases })}
          blank={EMPTY_BASIS}
          note="Quy chế thi đua, khen thưởng của tỉnh, thành phố (nhập ở Thông tin chung) được trích sau các căn cứ này."
          renderItem={(basis, index, change) => (
            <Stack spacing={1} sx={{ flexGrow: 1 }}>
              <Stack direction="row" spacing={1}>
                <TextField size="small" label={`Loại văn bản ${index + 1}`} value={basis.type} onChange={(e) => change({ ...basis, type: e.target.value })} sx={{ width: 260 }} />
                <TextField size="small" label={`Số, ký hiệu ${index + 1}`} value={basis.number} onChange={(e) => change({ ...basis, number: e.target.value })} sx={{ width: 170 }} />
                <CivilDateInput label={`Ngày ban hành ${index + 1}`} value={basis.date} onChange={(date) => change({ ...basis, date })} width={170} />
                <TextField size="small" label={`Cơ quan ban hành ${index + 1}`} value={basis.issuer} onChange={(e) => change({ ...basis, issuer: e.target.value })} sx={{ flexGrow: 1 }} />
              </Stack>
              <TextField size="small" label={`Trích yếu ${index + 1}`} value={basis.title} onChange={(e) => change({ ...basis, title: e.target.value })} multiline />
              <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
                {basesProblem([basis]) === null ? `${basisLine(basis)};` : 'Ghi loại văn bản và ngày ban hành để xem dòng căn cứ.'}
              </Typography>
            </Stack>
          )}
        />
      )}
      <ItemList
        heading={`Nơi nhận ${label}`}
        noun="nơi nhận"
        items={texts.recipients}
        onChange={(recipients) => setTexts({ ...texts, recipients })}
        blank=""
        keepLast
        note={`Có thể ghi ${RECIPIENT_PLACEHOLDERS.ward} (phần mềm điền “${settings.naming.wardWord}”), ${RECIPIENT_PLACEHOLDERS.council} (điền “${profile.councilName}”), ${RECIPIENT_PLACEHOLDERS.upperCouncil} (điền “${profile.upperLevel.councilName}”). Dòng cuối là “Lưu: VT, …”.`}
        renderItem={(line, index, change) => (
          <TextField size="small" label={`Nơi nhận ${index + 1}`} value={line} onChange={(e) => change(e.target.value)} sx={{ flexGrow: 1 }} />
        )}
      />
      {problem && <Alert severity="error">{problem}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button variant="contained" disabled={!changed || problem !== null || saving} onClick={() => store(texts, `Đã lưu căn cứ, nơi nhận của ${label.toLocaleLowerCase('vi')}.`)}>
          Lưu văn bản
        </Button>
        <Button
          disabled={isDefaultTexts(kind, saved) || saving}
          onClick={() => store(textsOf(DEFAULT_SETTINGS, kind), `Đã khôi phục căn cứ, nơi nhận mặc định của ${label.toLocaleLowerCase('vi')}.`)}
        >
          Khôi phục mặc định
        </Button>
      </Stack>
    </Stack>
  );
}

/** A list edited in place: each item with up, down and delete; a new item added at the end. */
function ItemList<T>({
  heading, noun, items, onChange, blank, note, renderItem, keepLast = false,
}: {
  heading: string;
  noun: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  blank: T;
  note: string;
  renderItem: (item: T, index: number, change: (item: T) => void) => ReactNode;
  /** New lines go before the last one (Nơi nhận ends with "Lưu: VT, …"). */
  keepLast?: boolean;
}) {
  const at = keepLast && items.length > 0 ? items.length - 1 : items.length;
  return (
    <Stack spacing={1.5} component="section" aria-label={heading}>
      <Typography variant="subtitle1" component="h2">{heading}</Typography>
      <Typography variant="body2" color="text.secondary">{note}</Typography>
      {items.length === 0 && <Typography color="text.secondary">Chưa có dòng {noun} nào.</Typography>}
      {items.map((item, index) => (
        // Items have no id of their own; the position is their identity while editing.
        <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          {renderItem(item, index, (next) => onChange(items.map((it, i) => (i === index ? next : it))))}
          <IconButton aria-label={`Đưa ${noun} ${index + 1} lên`} disabled={index === 0} onClick={() => onChange(moveItem(items, index, -1))}>
            <UpIcon />
          </IconButton>
          <IconButton aria-label={`Đưa ${noun} ${index + 1} xuống`} disabled={index === items.length - 1} onClick={() => onChange(moveItem(items, index, 1))}>
            <DownIcon />
          </IconButton>
          <IconButton aria-label={`Xóa ${noun} ${index + 1}`} onClick={() => onChange(items.filter((_, i) => i !== index))}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <div>
        <Button startIcon={<AddIcon />} onClick={() => onChange([...items.slice(0, at), structuredClone(blank), ...items.slice(at)])}>Thêm dòng {noun}</Button>
      </div>
    </Stack>
  );
}
