/**
 * The function each bundle script is wrapped in (by the build, in the file
 * itself): a CommonJS module's parameters and the loader's two hooks. The
 * loader compiles the file's text as read; see readScriptAndCache in
 * bundle-loader.ts.
 */
export const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname, __hrssImport, __hrssLib) {';
export const WRAPPER_TAIL = '\n})';
