import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS, type CicaApi } from '../../src/shared/api';

/** One handler per API method: leaving one out is a compile error. */
export type IpcHandlers = {
  [K in keyof CicaApi]: (...args: Parameters<CicaApi[K]>) => ReturnType<CicaApi[K]>;
};

/**
 * Registers every channel of the contract, each behind a sender check: a
 * request from a frame that is not the app's own is refused, not answered.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  isTrustedSender: (url: string) => boolean,
): void {
  for (const method of Object.keys(IPC_CHANNELS) as (keyof CicaApi)[]) {
    const handler = handlers[method] as (...args: unknown[]) => Promise<unknown>;
    ipcMain.handle(IPC_CHANNELS[method], (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) {
        throw new Error(
          `Refused ${IPC_CHANNELS[method]} from untrusted sender ${url || '(unknown)'}`,
        );
      }
      return handler(...args);
    });
  }
}
