import { useId } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import CloseIcon from '@mui/icons-material/Close';
import type { ImportKind } from '../data/imports/importRows';
import { ImportWizard } from './ImportWizard';

/** The import wizard in a dialog, for registers that import from their list page. */
export function ImportDialog({ kind, title, onClose, onDone }: { kind: ImportKind; title: string; onClose: () => void; onDone: (count: number) => void }) {
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>
        {title}
        <IconButton aria-label="Đóng" onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers sx={{ bgcolor: 'background.default' }}>
        <ImportWizard kind={kind} onDone={onDone} />
      </DialogContent>
    </Dialog>
  );
}
