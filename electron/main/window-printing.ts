import type { BrowserWindow } from 'electron';
import { AppError } from '../../shared/errors';
import type { Printing } from '../vault/api/platform';

/** Prints what the app window shows: the system dialog, or an A4 PDF for "save as PDF". */
export function createWindowPrinting(getWindow: () => BrowserWindow | null): Printing {
  const contents = () => {
    const window = getWindow();
    if (!window) throw new AppError('CANCELLED', 'No window to print from');
    return window.webContents;
  };
  return {
    print: () =>
      new Promise((resolve) => {
        contents().print({ silent: false, printBackground: true }, (success) => resolve(success));
      }),
    toPdf: async () => contents().printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
  };
}
