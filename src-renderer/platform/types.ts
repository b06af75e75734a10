export type {
  AppInfo,
  BackupEntry,
  BackupFolder,
  BackupProducer,
  BackupReason,
  Bridge,
  FileFilter,
  MenuCommand,
  PrintResult,
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFileResult,
} from '../../src-main/bridge';
