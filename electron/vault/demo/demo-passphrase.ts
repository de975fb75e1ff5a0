import { randomInt } from 'node:crypto';
import { demoPools } from './pools';

/**
 * A passphrase for a demo vault: five words from the demo pools and a number, chosen with
 * node:crypto, not the demo seed, so two demo vaults never share a passphrase. Demo
 * vaults hold only synthetic data, but the passphrase still has to pass the engine's
 * strength check like any other.
 */
export function demoPassphrase(): string {
  const words = [demoPools.towns, demoPools.firstNames, demoPools.events, demoPools.surnames, demoPools.towns].map(
    (pool) => pool[randomInt(pool.length)] as string,
  );
  return `${words.join(' ')} ${randomInt(10, 100)}`;
}
