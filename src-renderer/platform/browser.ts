import type { Bridge, SaveFileRequest, SaveFileResult } from './types';

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
    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      const blob = new Blob([request.bytes as BlobPart]);
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
    async printView() {
      win.print();
      return { printed: true };
    },
  };
}
