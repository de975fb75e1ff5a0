// Entry point: `npx tsx electron/cli/index.ts <command> [options]` (see --help).
import { promptHidden } from './prompt';
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  askHidden: (question) => promptHidden(question, process.stdin, process.stderr),
});
