import { useRef, type ReactNode } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';

interface FilePickButtonProps extends Pick<ButtonProps, 'variant' | 'startIcon' | 'disabled'> {
  /** File types offered by the browser's dialog: ".xlsx,.csv". */
  accept: string;
  /** Accessible name of the hidden input, for keyboard users and tests ("Chọn tệp sao lưu"). */
  inputLabel: string;
  onFile: (file: File) => void;
  children: ReactNode;
}

/**
 * A button that opens the file dialog and hands over the chosen file. The input is cleared at once,
 * so choosing the same file again (after fixing it) is noticed.
 */
export function FilePickButton({ accept, inputLabel, onFile, children, ...button }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        aria-label={inputLabel}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button {...button} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}
