/**
 * import() of a module outside the bundle: an installed package that stays
 * external (pdf.js, docx, better-sqlite3), a plugin rule, an .mjs config.
 *
 * The shipped CLI runs as one script compiled from a V8 code cache
 * (src/launcher/bundle-loader.ts), and Node 20 loses the import() callback of
 * a script compiled from a cache (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING). The
 * launcher therefore hands its own import() to the script; code compiled any
 * other way (tsc's output, the tests) imports directly.
 */
declare const __hrssImport: ((specifier: string) => Promise<unknown>) | undefined;

export function importModule<T = unknown>(specifier: string): Promise<T> {
  return (typeof __hrssImport === 'function' ? __hrssImport(specifier) : import(specifier)) as Promise<T>;
}
