import type { ReactNode } from 'react';
import { FilePickButton } from '../../ui/FilePickButton';
import { readImageFile } from './certificateOutput';

type PickedImage = Awaited<ReturnType<typeof readImageFile>>;

/** Picks a PNG or JPEG the ward adds (the emblem, a blank's scan); anything else reaches `onError` in Vietnamese. */
export function ImagePickButton({ inputLabel, onImage, onError, children }: {
  inputLabel: string;
  onImage: (image: PickedImage) => Promise<void>;
  onError: (error: unknown) => void;
  children: ReactNode;
}) {
  return (
    <FilePickButton
      accept="image/png,image/jpeg"
      inputLabel={inputLabel}
      variant="outlined"
      onFile={async (file) => {
        try {
          await onImage(await readImageFile(file));
        } catch (e) {
          onError(e);
        }
      }}
    >
      {children}
    </FilePickButton>
  );
}
