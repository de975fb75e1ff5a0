import type { BridgeEvent } from '../../../shared/contract';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The operating system's file dialogs. Main implements them with Electron's `dialog`; the
 * E2E harness answers them from the test, since a native dialog cannot be driven there.
 */
export interface Dialogs {
  chooseFolder(options: { defaultPath: string }): Promise<string | null>;
  chooseSaveFile(options: { defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenFile(options: { filters: FileFilter[] }): Promise<string | null>;
}

/** Pushes an event to the renderer (e.g. the vault locked itself). */
export interface EventSink {
  emit(event: BridgeEvent): void;
}

/**
 * Printing the page the renderer shows now (e.g. an agreement's print view). Main uses the
 * window's webContents; the E2E harness uses Chromium's own PDF printer.
 */
export interface Printing {
  /** Opens the system print dialog; false when the person cancels. */
  print(): Promise<boolean>;
  /** The current page as an A4 PDF, for "save as PDF". */
  toPdf(): Promise<Uint8Array>;
}
