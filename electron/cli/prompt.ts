import { AppError } from '../../shared/errors';

/**
 * Asks for a secret on the terminal without echoing it. Only with a real TTY: a secret
 * must come from a person or from the environment, never from argv (visible in `ps`) or
 * a pipe the CLI cannot tell from a typing person.
 */
export function promptHidden(question: string, input: NodeJS.ReadStream, output: NodeJS.WriteStream): Promise<string> {
  if (!input.isTTY) {
    return Promise.reject(new AppError('INVALID_INPUT', 'No terminal to ask for the secret; set it in the environment.'));
  }
  // Echo goes off before the question appears, so nothing typed early is shown.
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  output.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (result: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      result();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(() => resolve(typed));
        if (char === '\u0003' || (char === '\u0004' && typed === '')) {
          return finish(() => reject(new AppError('CANCELLED', 'Cancelled at the prompt.')));
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}
