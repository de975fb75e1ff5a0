import type { Dialogs } from '../../../electron/vault/api/platform';

/**
 * Stands in for the OS's native file dialogs, which cannot be driven in a browser: the test
 * queues the answer a person would pick; an unexpected dialog fails loudly.
 */
export class ScriptedDialogs implements Dialogs {
  private readonly answers: (string | null)[] = [];

  answer(...paths: (string | null)[]): void {
    this.answers.push(...paths);
  }

  chooseFolder = () => this.next('folder');
  chooseSaveFile = () => this.next('save');
  chooseOpenFile = () => this.next('open');

  private async next(kind: string): Promise<string | null> {
    if (this.answers.length === 0) throw new Error(`The app opened a ${kind} dialog the test did not expect`);
    return this.answers.shift() ?? null;
  }
}
