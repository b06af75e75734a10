import { useId } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import CloseIcon from '@mui/icons-material/Close';
import type { ImportKind } from '../../data/imports/importRows';
import { importTitle } from './importLogic';
import { ImportPanel } from './ImportPanel';

/** The import of one kind in a dialog, for the register lists' "Nhập danh sách"; closes itself once the rows are written. */
export function ImportDialog({ kind, onClose, onImported }: { kind: ImportKind; onClose: () => void; onImported: (count: number) => void }) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>
        {importTitle(kind)}
        <IconButton aria-label="Đóng" onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers sx={{ bgcolor: 'background.default' }}>
        <ImportPanel fixedKind={kind} onImported={(_, count) => onImported(count)} />
      </DialogContent>
    </Dialog>
  );
}
