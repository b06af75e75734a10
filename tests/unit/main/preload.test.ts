import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../../src-main/bridge';
import { HOST_EVENTS, IPC_CHANNELS } from '../../../src-main/bridge';
import { electron } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);

let api: DesktopBridge;

beforeAll(async () => {
  await import('../../../src-main/preload');
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  expect(name).toBe('thidua');
  api = exposed as DesktopBridge;
});

/** Simulates the host sending an event to the page. */
const hostSends = (channel: string, payload: unknown) => electron.ipcRenderer.emit(channel, { sender: 'ipc-event' }, payload);

describe('preload (source, electron mocked)', () => {
  it('maps every Bridge call to its one allow-listed channel', async () => {
    const invoke = electron.ipcRenderer.invoke;
    invoke.mockClear();
    const bytes = new Uint8Array([1]);
    await api.getAppInfo();
    await api.saveFile({ suggestedName: 'a.docx', bytes });
    await api.printView();
    await api.printToPdf({ suggestedName: 'a.pdf' });
    const sheet = { title: 'Giấy khen', widthMm: 297, heightMm: 210, pages: [bytes] };
    await api.printPages(sheet);
    await api.backups.list();
    await api.backups.read('thidua-2026-11-21-090000.json');
    await api.backups.writeNow(bytes);
    await api.backups.openFolder();
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.getAppInfo],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.docx', bytes }],
      [IPC_CHANNELS.printView],
      [IPC_CHANNELS.printToPdf, { suggestedName: 'a.pdf' }],
      [IPC_CHANNELS.printPages, sheet],
      [IPC_CHANNELS.backupList],
      [IPC_CHANNELS.backupRead, 'thidua-2026-11-21-090000.json'],
      [IPC_CHANNELS.backupWriteNow, bytes],
      [IPC_CHANNELS.backupOpenFolder],
    ]);
  });

  it('reads a Blob made in the background worker into bytes before it crosses to the host', async () => {
    const invoke = electron.ipcRenderer.invoke;
    invoke.mockClear();
    await api.saveFile({ suggestedName: 'thidua.json', bytes: new Blob([new Uint8Array([7, 8, 9])]) });
    expect(invoke.mock.calls).toEqual([[IPC_CHANNELS.saveFile, { suggestedName: 'thidua.json', bytes: new Uint8Array([7, 8, 9]) }]]);
  });

  it('saves a folder in two calls: the host’s folder dialog, then the files made only once it was chosen', async () => {
    const invoke = electron.ipcRenderer.invoke as unknown as ReturnType<typeof vi.fn<(...args: unknown[]) => Promise<unknown>>>;
    const token = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const files = [{ name: 'a.pdf', bytes: new Uint8Array([1]) }];
    const produce = vi.fn(async () => files);
    invoke.mockClear();
    invoke.mockResolvedValueOnce({ chosen: false });
    expect(await api.saveFolder('Ho-so', produce)).toEqual({ saved: false });
    expect(produce).not.toHaveBeenCalled();
    invoke.mockResolvedValueOnce({ chosen: true, token }).mockResolvedValueOnce({ saved: true, path: '/x/Ho-so' });
    expect(await api.saveFolder('Ho-so', produce)).toEqual({ saved: true, path: '/x/Ho-so' });
    expect(invoke.mock.calls).toEqual([[IPC_CHANNELS.chooseFolder], [IPC_CHANNELS.chooseFolder], [IPC_CHANNELS.writeFolder, { token, folderName: 'Ho-so', files }]]);
  });

  it('passes known menu commands only, without the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    hostSends(HOST_EVENTS.menuCommand, 'save');
    hostSends(HOST_EVENTS.menuCommand, 'rm -rf');
    hostSends(HOST_EVENTS.menuCommand, { command: 'save' });
    expect(listener.mock.calls).toEqual([['save']]);
    unsubscribe();
    hostSends(HOST_EVENTS.menuCommand, 'print');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('answers a backup request with the producer bytes, or with its error', async () => {
    const invoke = electron.ipcRenderer.invoke;
    invoke.mockClear();
    const bytes = new Uint8Array([123, 125]);
    const producer = vi.fn(async (reason: string) => {
      if (reason === 'daily') throw new Error('Cơ sở dữ liệu đang bận');
      return bytes;
    });
    const unsubscribe = api.onBackupRequest(producer);
    const id = crypto.randomUUID();
    hostSends(HOST_EVENTS.backupRequest, { id, reason: 'quit' });
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.backupReply, { id, bytes }));
    hostSends(HOST_EVENTS.backupRequest, { id, reason: 'daily' });
    await vi.waitFor(() =>
      expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.backupReply, { id, error: 'Error: Cơ sở dữ liệu đang bận' }),
    );
    hostSends(HOST_EVENTS.backupRequest, { id, reason: 'hourly' });
    expect(producer).toHaveBeenCalledTimes(2);
    unsubscribe();
    // Without a producer the host hears "not ready" at once instead of waiting for its timeout.
    invoke.mockClear();
    hostSends(HOST_EVENTS.backupRequest, { id, reason: 'quit' });
    await vi.waitFor(() =>
      expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.backupReply, { id, error: 'Error: Giao diện chưa sẵn sàng tạo bản sao lưu' }),
    );
    expect(producer).toHaveBeenCalledTimes(2);
  });
});
