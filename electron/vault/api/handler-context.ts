import type { AppInfo } from '../../../shared/contract/app';
import type { AppSettingsStore } from '../app-settings/app-settings-store';
import type { Dialogs, Printing } from './platform';
import type { VaultSession } from './vault-session';

/**
 * What handlers may use besides their input. Main builds it from Electron; the E2E harness
 * and tests build it from plain Node. Handlers never reach for globals.
 */
export interface HandlerContext {
  readonly appInfo: AppInfo;
  readonly settings: AppSettingsStore;
  readonly vault: VaultSession;
  readonly dialogs: Dialogs;
  readonly printing: Printing;
  readonly paths: { readonly defaultVaultDir: string };
}
