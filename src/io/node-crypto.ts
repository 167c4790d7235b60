import { createRequire } from 'node:module';

/**
 * node:crypto, loaded on first use. Loading it brings Node's whole crypto
 * layer and every stream module (8–11 ms at each start on the 2-core VM), so
 * modules that a plain check initialises take it from here when they hash or
 * need random bytes, not with an import at the top (sha256.ts covers the
 * hashes a check makes).
 */
let loaded: typeof import('node:crypto') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return loaded;
}
