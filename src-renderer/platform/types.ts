export type {
  AppInfo,
  Bridge,
  FileFilter,
  PrintResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../src-main/bridge';
