import type { CliCommand } from './command';

/** Name → command. A second command with a taken name is a programming error. */
export class CommandRegistry {
  private readonly commands = new Map<string, CliCommand>();

  register(command: CliCommand): this {
    if (!/^[a-z][a-z0-9-]*$/.test(command.name)) throw new Error(`Invalid command name "${command.name}".`);
    if (this.commands.has(command.name)) throw new Error(`The command "${command.name}" is registered twice.`);
    this.commands.set(command.name, command);
    return this;
  }

  get(name: string): CliCommand | undefined {
    return this.commands.get(name);
  }

  list(): CliCommand[] {
    return [...this.commands.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
