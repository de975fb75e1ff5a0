import type { BridgeEvent } from '../../../shared/contract';
import type { AppInfo } from '../../../shared/contract/app';
import type { AppSettings } from '../../../shared/contract/settings';
import type { Result } from '../../../shared/result';
import type { LockReason } from '../api/vault-session';

/**
 * The messages between main's UI thread and the engine worker. Everything that crosses is
 * structured-cloned, exactly as it would be over Electron's IPC, so a result that reaches
 * the renderer has already survived one copy here.
 */

/** What the worker needs to build the handlers' context; all of it is content-free. */
export interface EngineWorkerData {
  appInfo: AppInfo;
  settingsFile: string;
  defaultVaultDir: string;
}

/** The operating-system services the engine borrows from main (they need Electron). */
export type PlatformRequest =
  | { service: 'dialogs'; op: 'chooseFolder'; args: [{ defaultPath: string }] }
  | { service: 'dialogs'; op: 'chooseSaveFile'; args: [{ defaultName: string; filters: { name: string; extensions: string[] }[] }] }
  | { service: 'dialogs'; op: 'chooseOpenFile'; args: [{ filters: { name: string; extensions: string[] }[] }] }
  | { service: 'printing'; op: 'print'; args: [] }
  | { service: 'printing'; op: 'toPdf'; args: [] };

/** Power and session events main observes and the engine acts on. */
export type EngineControl =
  | { op: 'idle'; seconds: number }
  | { op: 'screen-lock' }
  | { op: 'suspend' }
  | { op: 'lock'; reason: LockReason };

export type ToWorker =
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'control'; id: number; control: EngineControl }
  | { type: 'platform-reply'; id: number; ok: true; value: unknown }
  | { type: 'platform-reply'; id: number; ok: false; message: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'control-done'; id: number }
  | { type: 'platform-request'; id: number; request: PlatformRequest }
  | { type: 'event'; event: BridgeEvent }
  /** The vault folder the engine has open now (null when locked), so main can clean up after a crash. */
  | { type: 'open-vault'; dir: string | null }
  | { type: 'settings'; settings: AppSettings };
