/**
 * The Bridge: everything the renderer may ask of the desktop host, and nothing more.
 * The preload exposes an object that `satisfies DesktopBridge`; the renderer sees only these types
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

/**
 * What a screen asks to save: the bytes, or a Blob made in the background worker (a backup of
 * 100 MB copied into a Blob on the window's thread blocked it ~0.5 s). The desktop's preload reads a
 * Blob into bytes before IPC; the browser downloads it as it is.
 */
export type SaveFileInput = Omit<SaveFileRequest, 'bytes'> & { bytes: Uint8Array | Blob };

export type SaveFileResult = { saved: true; path: string } | { saved: false };

export interface FolderFile {
  /** A bare file name, e.g. "01-to-trinh.pdf". */
  name: string;
  bytes: Uint8Array;
}

/** The folder's name and files, sent to the host once the user has chosen where (`token`, from `folder:choose`). */
export interface WriteFolderRequest {
  token: string;
  /** The folder made inside the one the user chose, e.g. "Ho-so-gui-cap-tren-01-TTr-UBND-2026". */
  folderName: string;
  /** Written in this order; names unique. */
  files: FolderFile[];
}

/** The user's choice of folder, kept by the host; the page only holds this token for one write. */
export type ChooseFolderResult = { chosen: true; token: string } | { chosen: false };

/** `path` is the folder made (desktop: full path; browser: "chosen/made"). */
export type SaveFolderResult = { saved: true; path: string } | { saved: false };

export interface PrintResult {
  printed: boolean;
  error?: string;
}

export interface PrintToPdfRequest {
  /** File name offered in the dialog; ".pdf" is added when missing. */
  suggestedName: string;
}

/**
 * Pages printed at the paper's exact size, edge to edge, never scaled: a certificate on A4 landscape
 * or on the ward's pre-printed blank, where every field sits at its millimetre.
 */
export interface PrintPagesRequest {
  /** The job's name in the system print queue. */
  title: string;
  /** The paper in millimetres; landscape when wider than high. */
  widthMm: number;
  heightMm: number;
  /** Each page drawn as a PNG at the printer's resolution, in print order. */
  pages: Uint8Array[];
}

/** One file in the automatic backup folder (sao lưu tự động). */
export interface BackupEntry {
  /** File name only, e.g. "thidua-2026-11-21-173005.json"; the folder is the host's business. */
  name: string;
  /** Local civil date the backup was taken, YYYY-MM-DD. */
  date: string;
  /** ISO datetime the file was written. */
  createdAt: string;
  size: number;
}

export interface BackupFolder {
  /** Newest first. */
  list(): Promise<BackupEntry[]>;
  /** The bytes of one backup, for restore by the data layer. */
  read(name: string): Promise<Uint8Array>;
  /** Writes a backup the renderer made now (menu "Sao lưu ngay"), then applies the retention rule. */
  writeNow(bytes: Uint8Array): Promise<BackupEntry>;
  /** Shows the folder in the system file manager. */
  openFolder(): Promise<void>;
}

/** Why the host asks the renderer for a backup. */
export type BackupReason = 'quit' | 'daily';

/** Produces the bytes of a full backup (the data layer's exportBackup). */
export type BackupProducer = (reason: BackupReason) => Promise<Uint8Array>;

/** Commands the Vietnamese application menu sends to the renderer. */
export const MENU_COMMANDS = ['save', 'print', 'printToPdf', 'backupNow', 'restore', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface Bridge {
  getAppInfo(): Promise<AppInfo>;
  /** Asks the user where to save, then writes the bytes there. */
  saveFile(request: SaveFileInput): Promise<SaveFileResult>;
  /**
   * Asks the user for a folder, then has `produce` make the files (nothing is made for a cancelled
   * dialog, and a browser's picker opens while the click still counts), makes `folderName` inside the
   * folder (never writing into an existing one) and writes the files there. The desktop always; a
   * browser only where it has the File System Access API.
   */
  saveFolder?(folderName: string, produce: () => Promise<FolderFile[]>): Promise<SaveFolderResult>;
  /** Prints the current view (the system print dialog). The renderer's print CSS decides what shows. */
  printView(): Promise<PrintResult>;
  /** Desktop only (a browser's print dialog already offers PDF): renders the current view as A4 PDF and saves it. */
  printToPdf?(request: PrintToPdfRequest): Promise<SaveFileResult>;
  /** Desktop only: prints pages at their paper's exact size through the system dialog (a browser prints them from a frame). */
  printPages?(request: PrintPagesRequest): Promise<PrintResult>;
  /** Desktop only: the rolling automatic backups on disk. */
  backups?: BackupFolder;
  /** Desktop only: subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
  /** Desktop only: registers the producer the host calls on quit and once a day; returns the unsubscribe function. */
  onBackupRequest?(producer: BackupProducer): () => void;
  /** Desktop only: the office hub's password, encrypted by the OS (safeStorage); a browser keeps it in memory. */
  hubPassword?: HubPasswordStore;
}

export interface HubPasswordStore {
  /** null when none is stored or the OS cannot decrypt it. */
  load(): Promise<string | null>;
  /** null forgets it. */
  save(password: string | null): Promise<void>;
}

/** What the Electron preload must expose: every capability, none optional. */
export type DesktopBridge = Required<Bridge>;

/** IPC channel names, one per Bridge call: the allow-list both sides share. */
export const IPC_CHANNELS = {
  getAppInfo: 'app:info',
  saveFile: 'file:save',
  chooseFolder: 'folder:choose',
  writeFolder: 'folder:write',
  printView: 'view:print',
  printToPdf: 'view:print-to-pdf',
  printPages: 'view:print-pages',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupWriteNow: 'backup:write-now',
  backupOpenFolder: 'backup:open-folder',
  /** The renderer's answer to a `backup:request` event. */
  backupReply: 'backup:reply',
  hubPasswordLoad: 'hub:password-load',
  hubPasswordSave: 'hub:password-save',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Events the host sends to the renderer (main → renderer); the preload listens to these only. */
export const HOST_EVENTS = {
  menuCommand: 'menu:command',
  /** Payload: `BackupRequestEvent`; answered through `IPC_CHANNELS.backupReply`. */
  backupRequest: 'backup:request',
} as const;

export interface BackupRequestEvent {
  id: string;
  reason: BackupReason;
}

export type BackupReply = { id: string; bytes: Uint8Array } | { id: string; error: string };
