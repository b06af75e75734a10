/**
 * The Bridge: everything the renderer may ask of the desktop host, and nothing more.
 * The preload exposes an object that `satisfies Bridge`; the renderer sees only these types
 * (through `src-renderer/platform`). Every argument is validated again in the main process.
 */

export interface AppInfo {
  name: string;
  version: string;
  /** Electron version, or null in a browser. */
  electron: string | null;
  platform: string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** File name offered in the dialog, e.g. "To-trinh-05-TTr-UBND.docx". */
  suggestedName: string;
  bytes: Uint8Array;
  filters?: FileFilter[];
}

export type SaveFileResult = { saved: true; path: string } | { saved: false };

export interface PrintResult {
  printed: boolean;
  error?: string;
}

export interface Bridge {
  getAppInfo(): Promise<AppInfo>;
  /** Asks the user where to save, then writes the bytes there. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints the current view (the system print dialog). */
  printView(): Promise<PrintResult>;
}

/** IPC channel names, one per Bridge call: the allow-list both sides share. */
export const IPC_CHANNELS = {
  getAppInfo: 'app:info',
  saveFile: 'file:save',
  printView: 'view:print',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
