import type { Bridge, FolderFile, SaveFileInput, SaveFileResult, SaveFolderResult } from './types';

/** The File System Access API's folder picker (Chromium-based browsers; not in TypeScript's DOM types). */
type DirectoryPicker = (options?: { id?: string; mode?: 'read' | 'readwrite'; startIn?: string }) => Promise<FileSystemDirectoryHandle>;

/** `name`, or "name (2)"…: the first the chosen folder does not have yet, made. */
async function newFolderIn(parent: FileSystemDirectoryHandle, name: string): Promise<{ handle: FileSystemDirectoryHandle; name: string }> {
  for (let n = 1; n <= 100; n += 1) {
    const candidate = n === 1 ? name : `${name} (${n})`;
    try {
      await parent.getDirectoryHandle(candidate);
    } catch (error) {
      if ((error as DOMException).name !== 'NotFoundError') throw error;
      return { handle: await parent.getDirectoryHandle(candidate, { create: true }), name: candidate };
    }
  }
  throw new Error(`Thư mục đã có quá nhiều bản “${name}”.`);
}

/** Saving as a folder where the browser lets a page write into a folder the user picks; undefined elsewhere. */
function folderSaver(win: Window): Bridge['saveFolder'] {
  const pick = (win as Window & { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  if (typeof pick !== 'function') return undefined;
  return async (folderName: string, produce: () => Promise<FolderFile[]>): Promise<SaveFolderResult> => {
    let parent: FileSystemDirectoryHandle;
    try {
      parent = await pick.call(win, { id: 'thidua-ho-so', mode: 'readwrite', startIn: 'documents' });
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return { saved: false };
      throw error;
    }
    const files = await produce();
    const folder = await newFolderIn(parent, folderName);
    try {
      for (const file of files) {
        const writable = await (await folder.handle.getFileHandle(file.name, { create: true })).createWritable();
        await writable.write(file.bytes as Uint8Array<ArrayBuffer>);
        await writable.close();
      }
    } catch (error) {
      // No half-written package left behind.
      await parent.removeEntry(folder.name, { recursive: true }).catch(() => undefined);
      throw new Error(`Không ghi được tệp vào thư mục: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { saved: true, path: `${parent.name}/${folder.name}` };
  };
}

/**
 * The Bridge in a plain browser ("web mode"): downloads instead of a save dialog,
 * window.print() instead of the native print job.
 */
export function createBrowserBridge(win: Window = window): Bridge {
  return {
    async getAppInfo() {
      return {
        name: 'ThiDua',
        version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
        electron: null,
        platform: 'web',
      };
    },
    async saveFile(request: SaveFileInput): Promise<SaveFileResult> {
      const blob = request.bytes instanceof Blob ? request.bytes : new Blob([request.bytes as BlobPart]);
      const url = URL.createObjectURL(blob);
      const link = win.document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      win.document.body.appendChild(link);
      link.click();
      link.remove();
      // Let the download start before the URL is revoked.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, path: request.suggestedName };
    },
    saveFolder: folderSaver(win),
    async printView() {
      win.print();
      return { printed: true };
    },
  };
}
