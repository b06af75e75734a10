import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './bridge';

export interface MenuActions {
  /** Forwards a command to the renderer (event `menu:command`). */
  send(command: MenuCommand): void;
  /** Handled by the host itself: no renderer round trip needed to show a folder. */
  openBackupFolder(): void;
  /** Developer tools only in an unpackaged build. */
  developerTools: boolean;
}

/** The Vietnamese application menu: Tệp, Chỉnh sửa, Xem, Trợ giúp. */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => actions.send(cmd),
    ...(accelerator ? { accelerator } : {}),
  });
  return [
    {
      label: '&Tệp',
      submenu: [
        command('&Lưu tài liệu…', 'save', 'CmdOrCtrl+S'),
        command('&In…', 'print', 'CmdOrCtrl+P'),
        command('Xuất &PDF…', 'printToPdf', 'CmdOrCtrl+Shift+P'),
        { type: 'separator' },
        command('&Sao lưu ngay', 'backupNow'),
        command('&Khôi phục từ bản sao lưu…', 'restore'),
        { label: '&Mở thư mục sao lưu', click: () => actions.openBackupFolder() },
        { type: 'separator' },
        { label: 'Th&oát', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '&Chỉnh sửa',
      submenu: [
        { label: '&Hoàn tác', role: 'undo' },
        { label: '&Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: '&Cắt', role: 'cut' },
        { label: '&Sao chép', role: 'copy' },
        { label: '&Dán', role: 'paste' },
        { label: 'Chọn &tất cả', role: 'selectAll' },
      ],
    },
    {
      label: '&Xem',
      submenu: [
        { label: '&Tải lại', role: 'reload' },
        { type: 'separator' },
        { label: '&Phóng to', role: 'zoomIn' },
        { label: 'Thu &nhỏ', role: 'zoomOut' },
        { label: 'Cỡ chữ &mặc định', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Toàn màn &hình', role: 'togglefullscreen' },
        ...(actions.developerTools
          ? ([{ type: 'separator' }, { label: 'Công cụ phát triển', role: 'toggleDevTools' }] as MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: 'Trợ &giúp',
      submenu: [command('&Giới thiệu ThiDua', 'about')],
    },
  ];
}
