import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../src-main/menu';
import { MENU_COMMANDS } from '../../../src-main/bridge';

function setup(developerTools = false) {
  const send = vi.fn();
  const openBackupFolder = vi.fn();
  const template = buildMenuTemplate({ send, openBackupFolder, developerTools });
  const items = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[];
  const all = template.flatMap(items);
  const byLabel = (label: string) => {
    const item = all.find((i) => i.label?.replace('&', '') === label);
    if (!item) throw new Error(`no menu item ${label}`);
    return item;
  };
  const click = (label: string) => (byLabel(label).click as () => void)();
  return { send, openBackupFolder, template, items, all, byLabel, click };
}

describe('application menu', () => {
  it('has the Vietnamese top-level menus in order', () => {
    expect(setup().template.map((m) => m.label?.replace('&', ''))).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
  });

  it.each([
    ['Lưu tài liệu…', 'save', 'CmdOrCtrl+S'],
    ['In…', 'print', 'CmdOrCtrl+P'],
    ['Xuất PDF…', 'printToPdf', 'CmdOrCtrl+Shift+P'],
    ['Sao lưu ngay', 'backupNow', undefined],
    ['Khôi phục từ bản sao lưu…', 'restore', undefined],
    ['Giới thiệu ThiDua', 'about', undefined],
  ])('"%s" sends %s to the renderer (shortcut %s)', (label, command, accelerator) => {
    const menu = setup();
    expect(menu.byLabel(label).accelerator).toBe(accelerator);
    menu.click(label);
    expect(menu.send).toHaveBeenCalledWith(command);
  });

  it('sends every menu command the Bridge declares, and only those', () => {
    const menu = setup();
    for (const item of menu.all) if (item.click) (item.click as () => void)();
    expect(new Set(menu.send.mock.calls.map(([command]) => command))).toEqual(new Set(MENU_COMMANDS));
  });

  it('opens the backup folder in the host, without the renderer', () => {
    const menu = setup();
    menu.click('Mở thư mục sao lưu');
    expect(menu.openBackupFolder).toHaveBeenCalledOnce();
    expect(menu.send).not.toHaveBeenCalled();
  });

  it('uses native roles for editing, zoom and quit', () => {
    const menu = setup();
    expect(menu.items(menu.template[1]!).filter((i) => i.role).map((i) => i.role)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(menu.byLabel('Thoát')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
    expect(menu.byLabel('Phóng to').role).toBe('zoomIn');
  });

  it('offers developer tools only in an unpackaged build', () => {
    expect(setup(false).all.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(setup(true).all.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('has no duplicate shortcuts or access keys within a menu', () => {
    const menu = setup(true);
    const accelerators = menu.all.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const top of menu.template) {
      const keys = menu
        .items(top)
        .map((i) => /&(.)/.exec(i.label ?? '')?.[1]?.toLowerCase())
        .filter(Boolean);
      expect(new Set(keys).size, top.label).toBe(keys.length);
    }
  });
});
