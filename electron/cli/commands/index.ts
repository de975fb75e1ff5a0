import type { CliCommand } from '../command';
import { CommandRegistry } from '../registry';
import { agreementCommand } from './agreement';
import { backupCommand } from './backup';
import { casesCommand } from './cases';
import { contactsCommand } from './contacts';
import { deleteCommand } from './delete';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { identityCommand } from './identity';
import { importCommand } from './import';
import { initCommand } from './init';
import { keyCommand } from './key';
import { passwdCommand } from './passwd';
import { rekeyCommand } from './rekey';
import { reportCommand } from './report';
import { reportApproveCommand } from './report-approve';
import { reportContributionCommand } from './report-contribution';
import { restoreCommand } from './restore';
import { searchCommand } from './search';
import { verifyCommand } from './verify';

/** Every command of the CLI. Add yours here (one file per command); names must be unique. */
const COMMANDS: readonly CliCommand[] = [
  initCommand,
  verifyCommand,
  keyCommand,
  rekeyCommand,
  backupCommand,
  restoreCommand,
  passwdCommand,
  demoCommand,
  casesCommand,
  searchCommand,
  exportCommand,
  importCommand,
  deleteCommand,
  reportCommand,
  reportContributionCommand,
  reportApproveCommand,
  agreementCommand,
  identityCommand,
  contactsCommand,
];

export function builtInCommands(): CommandRegistry {
  const registry = new CommandRegistry();
  for (const command of COMMANDS) registry.register(command);
  return registry;
}
