import type { Dialogs, Printing } from '../api/platform';
import type { FromWorker, PlatformRequest } from './engine-messages';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * The engine's view of main's native dialogs and printing: each call becomes a request to
 * main and waits for its answer. A handler cannot tell it from the real thing.
 */
export class PlatformProxy {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly post: (message: FromWorker) => void) {}

  readonly dialogs: Dialogs = {
    chooseFolder: (options) => this.request({ service: 'dialogs', op: 'chooseFolder', args: [options] }) as Promise<string | null>,
    chooseSaveFile: (options) => this.request({ service: 'dialogs', op: 'chooseSaveFile', args: [options] }) as Promise<string | null>,
    chooseOpenFile: (options) => this.request({ service: 'dialogs', op: 'chooseOpenFile', args: [options] }) as Promise<string | null>,
  };

  readonly printing: Printing = {
    print: () => this.request({ service: 'printing', op: 'print', args: [] }) as Promise<boolean>,
    toPdf: () => this.request({ service: 'printing', op: 'toPdf', args: [] }) as Promise<Uint8Array>,
  };

  settle(id: number, answer: { ok: true; value: unknown } | { ok: false; message: string }): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    if (answer.ok) pending.resolve(answer.value);
    else pending.reject(new Error(`Platform call failed: ${answer.message}`));
  }

  private request(request: PlatformRequest): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'platform-request', id, request });
    });
  }
}
