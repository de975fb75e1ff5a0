import { describe, expect, it } from 'vitest';
import type { CliCommand } from './command';
import { builtInCommands } from './commands/index';
import { CommandRegistry } from './registry';

function command(name: string): CliCommand {
  return { name, summary: 'test', usage: '', options: {}, run: async () => 0 };
}

describe('CommandRegistry', () => {
  it('rejects a second command with the same name', () => {
    const registry = new CommandRegistry().register(command('cases'));
    expect(() => registry.register(command('cases'))).toThrow(/registered twice/);
  });

  it('rejects names that are not lower-case words', () => {
    expect(() => new CommandRegistry().register(command('Cases'))).toThrow(/Invalid command name/);
    expect(() => new CommandRegistry().register(command('--cases'))).toThrow(/Invalid command name/);
  });

  it('lists commands by name', () => {
    const registry = new CommandRegistry().register(command('verify')).register(command('backup'));
    expect(registry.list().map((entry) => entry.name)).toEqual(['backup', 'verify']);
    expect(registry.get('verify')?.name).toBe('verify');
    expect(registry.get('nope')).toBeUndefined();
  });

  it('holds the maintenance commands (others add theirs beside them)', () => {
    const names = builtInCommands().list().map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['backup', 'init', 'key', 'passwd', 'restore', 'verify']));
  });
});
