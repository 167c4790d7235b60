import type * as Zod from 'zod';

/**
 * zod, once something that needs it has loaded it. Built-in rules declare
 * their option schemas as factories of zod (RuleMeta.options) so that a
 * check without a config file never loads zod; options a user sets come
 * from a config file, whose validation (config.ts) loads zod and hands it
 * over here before the rules are resolved.
 */
let zod: typeof Zod | undefined;

export function provideZod(z: typeof Zod): void {
  zod ??= z;
}

export function loadedZod(): typeof Zod | undefined {
  return zod;
}
