import { Worker } from 'node:worker_threads';
import type { BridgeEvent } from '../../../shared/contract';
import type { AppSettings } from '../../../shared/contract/settings';
import { fail, type Result } from '../../../shared/result';
import type { Dialogs, Printing } from '../api/platform';
import type { Router } from '../api/router';
import { releaseOrphanedLock } from './orphaned-lock';
import type { EngineControl, EngineWorkerData, FromWorker, PlatformRequest, ToWorker } from './engine-messages';

export interface EngineClientOptions {
  /** The built worker script (out/main/engine-worker.js), or the .ts entry under tsx in tests. */
  workerFile: string | URL;
  /** Extra Node flags for the worker (tests pass `--import tsx`). */
  execArgv?: string[];
  data: EngineWorkerData;
  /** Main's real dialogs and printing; the engine asks for them by message. */
  platform: { dialogs: Dialogs; printing: Printing };
  onEvent(event: BridgeEvent): void;
  onSettings?(settings: AppSettings): void;
}

interface Running {
  worker: Worker;
  openVaultDir: string | null;
  calls: Map<number, (result: Result<unknown>) => void>;
  controls: Map<number, () => void>;
}

const ENGINE_STOPPED: Result<never> = fail({ code: 'INTERNAL', message: 'The engine stopped unexpectedly' });

/**
 * Main's handle on the engine worker. It is a Router, so main's IPC loop calls it exactly as
 * the browser harness calls the in-process router: validation, dispatch and error mapping
 * all happen in the worker. If the worker dies, every waiting call gets INTERNAL, the
 * renderer is told the vault locked (the database went with the thread), and the next call
 * starts a fresh worker.
 */
export class EngineClient implements Router {
  private running: Running | null = null;
  private nextId = 1;
  private stopping = false;

  constructor(private readonly options: EngineClientOptions) {}

  call(method: string, input: unknown): Promise<Result<unknown>> {
    if (this.stopping) return Promise.resolve(ENGINE_STOPPED);
    const running = this.ensureRunning();
    const id = this.nextId++;
    return new Promise((resolve) => {
      running.calls.set(id, resolve);
      try {
        this.post(running, { type: 'call', id, method, input });
      } catch {
        // Electron's IPC only delivers cloneable values; this guards every other caller.
        running.calls.delete(id);
        resolve(fail({ code: 'INVALID_INPUT', message: 'The input cannot be copied to the engine' }));
      }
    });
  }

  /** Forwards a power or session event; resolves once the engine has acted on it. */
  control(control: EngineControl): Promise<void> {
    const running = this.running;
    // No worker means no open vault: there is nothing to lock.
    if (!running) return Promise.resolve();
    const id = this.nextId++;
    return new Promise((resolve) => {
      running.controls.set(id, resolve);
      this.post(running, { type: 'control', id, control });
    });
  }

  /**
   * Locks the vault (closing the database cleanly) and ends the worker. A worker stuck in a
   * long step is ended after `graceMs`; SQLite's journal keeps the vault consistent anyway.
   */
  async stop(graceMs = 5_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([this.control({ op: 'lock', reason: 'quit' }), timeout]);
    clearTimeout(timer);
    this.stopping = true;
    await this.kill();
  }

  /** Ends the worker at once, as a crash would: waiting calls get INTERNAL. */
  async kill(): Promise<void> {
    await this.running?.worker.terminate();
  }

  private ensureRunning(): Running {
    if (this.running) return this.running;
    const worker = new Worker(this.options.workerFile, {
      workerData: this.options.data,
      execArgv: this.options.execArgv,
      // The engine's own stdout/stderr go to main's, as they did in-process.
      stdout: false,
      stderr: false,
    });
    const running: Running = { worker, openVaultDir: null, calls: new Map(), controls: new Map() };
    worker.on('message', (message: FromWorker) => this.receive(running, message));
    worker.on('error', (error) => this.lost(running, error));
    worker.on('exit', (code) => this.lost(running, code));
    this.running = running;
    return running;
  }

  private receive(running: Running, message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        return;
      case 'result':
        running.calls.get(message.id)?.(message.result);
        running.calls.delete(message.id);
        return;
      case 'control-done':
        running.controls.get(message.id)?.();
        running.controls.delete(message.id);
        return;
      case 'event':
        return this.options.onEvent(message.event);
      case 'open-vault':
        running.openVaultDir = message.dir;
        return;
      case 'settings':
        return this.options.onSettings?.(message.settings);
      case 'platform-request':
        void this.servePlatform(running, message.id, message.request);
        return;
    }
  }

  private async servePlatform(running: Running, id: number, request: PlatformRequest): Promise<void> {
    const { dialogs, printing } = this.options.platform;
    try {
      const value = await dispatchPlatform(request, dialogs, printing);
      this.post(running, { type: 'platform-reply', id, ok: true, value });
    } catch (error) {
      this.post(running, { type: 'platform-reply', id, ok: false, message: error instanceof Error ? error.name : 'Error' });
    }
  }

  private lost(running: Running, reason: unknown): void {
    if (this.running !== running) return;
    this.running = null;
    if (reason instanceof Error) process.stderr.write(`fortrolig: engine worker failed: ${reason.name}\n${reason.stack ?? ''}\n`);
    if (running.openVaultDir !== null) releaseOrphanedLock(running.openVaultDir);
    for (const resolve of running.calls.values()) resolve(ENGINE_STOPPED);
    for (const resolve of running.controls.values()) resolve();
    running.calls.clear();
    running.controls.clear();
    if (!this.stopping) this.options.onEvent({ name: 'vault.locked', reason: 'engine-stopped' });
  }

  private post(running: Running, message: ToWorker): void {
    running.worker.postMessage(message);
  }
}

function dispatchPlatform(request: PlatformRequest, dialogs: Dialogs, printing: Printing): Promise<unknown> {
  switch (request.op) {
    case 'chooseFolder':
      return dialogs.chooseFolder(...request.args);
    case 'chooseSaveFile':
      return dialogs.chooseSaveFile(...request.args);
    case 'chooseOpenFile':
      return dialogs.chooseOpenFile(...request.args);
    case 'print':
      return printing.print();
    case 'toPdf':
      return printing.toPdf();
  }
}
