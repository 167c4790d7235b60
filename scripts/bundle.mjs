#!/usr/bin/env node
// Bundles the CLI (after tsc has type-checked and emitted dist/src) into
// dist/bundle/: one CommonJS script holding every module of the tool
// (hrss-audit.cjs), small CommonJS launchers that load it (main.cjs for the
// CLI, worker.cjs and reader-worker.cjs for worker threads; src/launcher/),
// and a V8 code cache made by a training run. Three more scripts hold what
// only some runs need: zod and yaml, pdf.js, and the readers alone (what a
// reader worker runs instead of the whole tool). Start-up was dominated by module
// loading — resolving, reading and compiling dozens of chunks per run and per
// worker; one script from a code cache skips that (see bench/startup.mjs).
// Modules still initialise lazily: the script's modules run on first import,
// so a check of a .docx runs no Markdown parser. Native and very large
// packages stay external and load only when a file or option needs them.
import { build, transform } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
// Whitespace and syntax are minified (fewer bytes to read at every start); names are kept, for stack traces.
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  outdir,
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
};
const scriptOptions = {
  ...common,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  external: ['pdfjs-dist', 'better-sqlite3', 'docx', 'pdf-parse', '@napi-rs/canvas', 'playwright-core'],
  // Modules find their files (the package root, the worker, BUILD_ID) from import.meta.url: the script's own URL.
  define: { 'import.meta.url': '__hrssScriptUrl' },
  banner: { js: "var __hrssScriptUrl = require('node:url').pathToFileURL(__filename).href;" },
};
// zod and yaml, which only a user's config or term file needs, live in the second script (src/cli/bundle-libs.ts);
// in the tool's script their imports become modules that take the exports from there on first use.
const LIBS = ['zod', 'zod/v4/locales/zh-CN.js', 'yaml'];
const libsPlugin = {
  name: 'hrss-libs',
  setup(b) {
    b.onResolve({ filter: /^(zod|yaml)(\/.*)?$/ }, (args) => {
      if (!LIBS.includes(args.path)) throw new Error(`${args.importer} imports ${args.path}: add it to LIBS (scripts/bundle.mjs) and src/cli/bundle-libs.ts`);
      return { path: args.path, namespace: 'hrss-libs' };
    });
    b.onLoad({ filter: /.*/, namespace: 'hrss-libs' }, async (args) => {
      const names = Object.keys(await import(args.path));
      const lines = [`const m = __hrssLib(${JSON.stringify(args.path)});`];
      names.forEach((name, i) => lines.push(`const x${i} = m[${JSON.stringify(name)}];`, `export { x${i} as ${name} };`));
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};
// Built-in modules that cost every start to load, given to the scripts as stand-ins that load them on first use:
// - node:child_process, which commander requires when it loads, for subcommands that are separate executables (this
//   tool has none); loading it pulls in net, dgram and streams. Commander is CommonJS: its stand-in is an object
//   that forwards every property.
// - node:fs/promises, which the tool's modules import for writing reports, the cache and the corpus; loading it
//   brings readline, file watchers and streams (about 2 ms of each start), and a check printed to the terminal
//   uses none of it (what every check reads at start is read synchronously: src/io/source-stamp.ts). The tool's
//   modules are ES modules, whose imports esbuild copies from a CommonJS module as it loads (which would load the
//   real one): their stand-in exports a function for each of the module's functions instead.
const LAZY_BUILTINS = [
  { module: 'node:child_process', importers: /node_modules[\\/]commander[\\/]/, kind: 'object' },
  { module: 'node:fs/promises', importers: /^(?!.*node_modules[\\/])/, kind: 'functions' },
];
const lazyBuiltins = {
  name: 'hrss-lazy-builtins',
  setup(b) {
    for (const { module, importers } of LAZY_BUILTINS) {
      b.onResolve({ filter: new RegExp(`^${module.replace('/', '\\/')}$`) }, (args) =>
        // The stand-in's own require is the real module.
        args.namespace !== 'hrss-lazy' && importers.test(args.importer) ? { path: module, namespace: 'hrss-lazy' } : undefined,
      );
    }
    b.onLoad({ filter: /.*/, namespace: 'hrss-lazy' }, async (args) => {
      const { kind } = LAZY_BUILTINS.find((l) => l.module === args.path);
      const load = `let m; const load = () => (m ??= require(${JSON.stringify(args.path)}));\n`;
      if (kind === 'object') return { contents: `${load}module.exports = new Proxy({}, { get: (_, key) => load()[key] });`, loader: 'js' };
      const real = await import(args.path);
      const names = Object.keys(real).filter((name) => name !== 'default' && typeof real[name] === 'function');
      return { contents: load + names.map((name) => `export function ${name}(...args) { return load().${name}(...args); }`).join('\n'), loader: 'js' };
    });
  },
};
const script = await build({ ...scriptOptions, entryPoints: { 'hrss-audit': join(root, 'src/cli/bundle-entry.ts') }, plugins: [libsPlugin, lazyBuiltins] });
const libs = await build({ ...scriptOptions, entryPoints: { 'hrss-audit-libs': join(root, 'src/cli/bundle-libs.ts') } });
// The reader worker's own script (src/cli/bundle-reader.ts): the readers without the rest of the tool.
const reader = await build({
  ...scriptOptions,
  entryPoints: { 'hrss-audit-reader': join(root, 'src/cli/bundle-reader.ts') },
  plugins: [libsPlugin, lazyBuiltins],
});
/**
 * An esbuild plugin that edits one file of pdf.js's legacy build as it is
 * bundled. `apply` makes the edits, each of which must match exactly (a pdf.js
 * update that changes the lines fails the build instead of silently undoing
 * the patch), and returns code to append to the file.
 */
function pdfJsPatch(name, file, apply) {
  const filter = new RegExp(`[\\\\/]pdfjs-dist[\\\\/]legacy[\\\\/]build[\\\\/]${file.replaceAll('.', '\\.')}$`);
  return {
    name,
    setup(b) {
      b.onLoad({ filter }, async (args) => {
        let text = readFileSync(args.path, 'utf8');
        const changed = (what) => new Error(`pdf.js changed: ${what} in ${args.path} (scripts/bundle.mjs, ${name})`);
        const edit = (from, to) => {
          const count = text.split(from).length - 1;
          if (count !== 1) throw changed(`expected one ${JSON.stringify(from)}, found ${count}`);
          text = text.replace(from, () => to);
        };
        const editAll = (pattern, to, expected) => {
          const count = text.match(pattern)?.length ?? 0;
          if (count !== expected) throw changed(`expected ${expected} matches of ${pattern}, found ${count}`);
          text = text.replace(pattern, to);
        };
        // Apart from the append: `text += apply(…)` would read the text before apply's edits.
        const appended = apply({ edit, editAll });
        text += appended;
        // pdf.js's own names are shortened (its releases ship minified too): a third less script to read, turn into
        // a string and deserialise in every thread that reads a PDF. The tool's code keeps its names, for stack traces.
        const { code } = await transform(text, { loader: 'js', format: 'esm', target: 'node20', minifyIdentifiers: true, legalComments: 'none' });
        return { contents: code, loader: 'js' };
      });
    },
  };
}
// pdf.js, the third script (src/cli/bundle-pdf.ts); its native canvas module stays outside. Two edits of its API
// module (pdf.mjs). Each must apply exactly: a pdf.js update that changes these lines fails the build here rather
// than silently undoing them.
// - pdf.js's API module loads the @napi-rs/canvas native module when it loads (a 25 MB library: ~40 ms and ~20 MB
//   of every thread that reads a PDF) to polyfill DOMMatrix, ImageData and Path2D, which only rendering uses; the
//   reader only extracts text. The module gets stand-ins that load the native module on first use instead, and its
//   one DOMMatrix made at load is made on first use.
// - Its streams (each page's text, each operator list) are InThreadStreams (src/document/readers/pdf/in-thread-stream.ts)
//   instead of Node's web streams: both ends are on one thread, and Node's streams cost a cold 202-page check
//   about 40 ms of the reader's critical path. test/readers/pdf/pdfjs-edits.test.ts compares the text and the
//   font files with pdf.js unpatched.
const inThreadStream = join(root, 'src/document/readers/pdf/in-thread-stream.ts');
const pdfApi = pdfJsPatch('hrss-pdf-api', 'pdf.mjs', ({ edit, editAll }) => {
  edit('try {\n      canvas = require("@napi-rs/canvas");', 'try {\n      canvas = __hrssLazyCanvas(require);');
  edit('const SCALE_MATRIX = new DOMMatrix();', 'let __hrssScaleMatrix;');
  editAll(/\bSCALE_MATRIX\b/g, '(__hrssScaleMatrix ??= new DOMMatrix())', 3);
  edit('      comObj = this.comObj;\n    return new ReadableStream({', '      comObj = this.comObj;\n    return new __hrssInThreadStream({');
  // Imports are hoisted: one appended after the module's last line (a source map comment) still comes first.
  return `
import { InThreadStream as __hrssInThreadStream } from ${JSON.stringify(inThreadStream)};
function __hrssLazyCanvas(require) {
  let canvas;
  const load = () => (canvas ??= require("@napi-rs/canvas"));
  const lazy = (name) => new Proxy(function () {}, {
    construct: (_, args) => Reflect.construct(load()[name], args),
    apply: (_, self, args) => Reflect.apply(load()[name], self, args),
    get: (_, key) => Reflect.get(load()[name], key),
    has: (_, key) => Reflect.has(load()[name], key),
  });
  return { DOMMatrix: lazy("DOMMatrix"), ImageData: lazy("ImageData"), Path2D: lazy("Path2D") };
}
`;
});
// pdf.js builds a font file for the browser from every embedded Type 1 font
// it loads (the glyph programs rewritten as CFF, wrapped in OpenType tables),
// also when it only extracts text, which never uses that file (the 202-page
// sample: 135 → 48 ms in the reader's profile, the whole check ×0.96; the
// 2-page sample draft: ×0.91 CPU, both paired with the build before). The
// glyph mapping the text comes from is still made at once; only the file is
// built on first use of `font.data` (rendering, sending the font to a
// canvas), from the same inputs. TrueType and CFF fonts are left as they are:
// their repair and compilation also change what the mapping reads. The build
// fails if pdf.js changes the patched lines (test/readers/pdf/pdfjs-edits.test.ts
// compares the text and the font files with pdf.js unpatched).
function lazyFontFiles(edit) {
  // Type1Font: the CFF program made from the Type 1 glyphs.
  edit(
    '    this.data = this.wrap(name, type2Charstrings, this.charstrings, subrs, properties);',
    '    __hrssLazyData(this, () => this.wrap(name, type2Charstrings, this.charstrings, subrs, properties));',
  );
  // Font#convert: the OpenType tables around it, after the mapping (which stays eager).
  edit(
    '    const unitsPerEm = properties.fontMatrix ? 1 / Math.max(...properties.fontMatrix.slice(0, 4).map(Math.abs)) : 1000;',
    '    return () => {\n    const unitsPerEm = properties.fontMatrix ? 1 / Math.max(...properties.fontMatrix.slice(0, 4).map(Math.abs)) : 1000;',
  );
  edit('    return builder.toArray();\n  }\n  get _spaceWidth() {', '    return builder.toArray();\n    };\n  }\n  get _spaceWidth() {');
  // Font: convert() now answers a function; checkAndRepair() still answers the bytes.
  edit(
    '    amendFallbackToUnicode(properties);\n    this.data = data;',
    '    amendFallbackToUnicode(properties);\n    if (typeof data === "function") __hrssLazyData(this, data);\n    else this.data = data;',
  );
  return `
function __hrssLazyData(target, make) {
  let value;
  let made = false;
  Object.defineProperty(target, "data", {
    configurable: true,
    enumerable: true,
    get() {
      if (!made) {
        value = make();
        made = true;
      }
      return value;
    },
    set(v) {
      value = v;
      made = true;
    },
  });
}
`;
}
// While it extracts text, pdf.js works out the text's position for every
// glyph twice (compareWithLastPosition, then the glyph's prevTransform), each
// time as Util.transform(ctm, Util.transform(textMatrix, tsm)): three new
// arrays, six per glyph, of which one is kept. They were a large share of
// the reader's garbage (a 202-page file: about 200,000 glyphs). The edit
// multiplies the same numbers in the same order with the literal zeros of tsm
// kept, so every result is bit for bit pdf.js's, without the two
// intermediate arrays; the position compareWithLastPosition only compares
// goes into one reused array. test/readers/pdf/pdfjs-edits.test.ts
// compares every text item with pdf.js unpatched.
function textTransforms(edit) {
  edit(
    `    function getCurrentTextTransform() {
      const font = textState.font;
      const tsm = [textState.fontSize * textState.textHScale, 0, 0, textState.fontSize, 0, textState.textRise];
      if (font.isType3Font && (textState.fontSize <= 1 || font.isCharBBox) && !isArrayEqual(textState.fontMatrix, FONT_IDENTITY_MATRIX)) {
        const glyphHeight = font.bbox[3] - font.bbox[1];
        if (glyphHeight > 0) {
          tsm[3] *= glyphHeight * textState.fontMatrix[3];
        }
      }
      return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));
    }`,
    `    function getCurrentTextTransform(out) {
      const font = textState.font;
      const t0 = textState.fontSize * textState.textHScale;
      let t3 = textState.fontSize;
      const t5 = textState.textRise;
      if (font.isType3Font && (textState.fontSize <= 1 || font.isCharBBox) && !isArrayEqual(textState.fontMatrix, FONT_IDENTITY_MATRIX)) {
        const glyphHeight = font.bbox[3] - font.bbox[1];
        if (glyphHeight > 0) {
          t3 *= glyphHeight * textState.fontMatrix[3];
        }
      }
      return __hrssTextTransform(textState.ctm, textState.textMatrix, t0, t3, t5, out);
    }`,
  );
  edit(
    '    function compareWithLastPosition(glyphWidth) {\n      const currentTransform = getCurrentTextTransform();',
    '    function compareWithLastPosition(glyphWidth) {\n      const currentTransform = getCurrentTextTransform(__hrssScratchTransform);',
  );
  return `
const __hrssScratchTransform = [0, 0, 0, 0, 0, 0];
// Util.transform(c, Util.transform(m, [t0, 0, 0, t3, 0, t5])), term by term (the zeros stay: x * 0 is not 0 for
// every x). Into out when given (a position only compared, never kept), else a new array.
function __hrssTextTransform(c, m, t0, t3, t5, out) {
  const i0 = m[0] * t0 + m[2] * 0;
  const i1 = m[1] * t0 + m[3] * 0;
  const i2 = m[0] * 0 + m[2] * t3;
  const i3 = m[1] * 0 + m[3] * t3;
  const i4 = m[0] * 0 + m[2] * t5 + m[4];
  const i5 = m[1] * 0 + m[3] * t5 + m[5];
  const r0 = c[0] * i0 + c[2] * i1;
  const r1 = c[1] * i0 + c[3] * i1;
  const r2 = c[0] * i2 + c[2] * i3;
  const r3 = c[1] * i2 + c[3] * i3;
  const r4 = c[0] * i4 + c[2] * i5 + c[4];
  const r5 = c[1] * i4 + c[3] * i5 + c[5];
  if (out === undefined) return [r0, r1, r2, r3, r4, r5];
  out[0] = r0;
  out[1] = r1;
  out[2] = r2;
  out[3] = r3;
  out[4] = r4;
  out[5] = r5;
  return out;
}
`;
}
// pdf.js clones the text state at every save (q) as Object.create(this): the
// clone reads what it does not overwrite through its prototype, the state
// saved. Each clone thus has its own prototype, so V8 makes every saved state
// a prototype (a new map each time) and the reads of the state in the text
// loop see as many shapes as there are nested saves. LibreOffice wraps runs
// of text in q … Q: about 9,500 clones on the 202-page sample. The edit
// copies the thirteen fields of the state instead, and, as pdf.js does, the
// contents of its three matrices. A saved state is not changed while its
// clone is in use (the clone is the current state until the restore that
// discards it, and a form XObject's clone lives while the loop that made it
// waits), so the clone reads the same values.
// test/readers/pdf/pdfjs-edits.test.ts compares every text item with pdf.js
// unpatched.
function flatTextStateClone(edit) {
  edit(
    `  clone() {
    const clone = Object.create(this);
    clone.textMatrix = this.textMatrix.slice();
    clone.textLineMatrix = this.textLineMatrix.slice();
    clone.fontMatrix = this.fontMatrix.slice();
    return clone;
  }`,
    `  clone() {
    const clone = Object.create(TextState.prototype);
    clone.ctm = this.ctm;
    clone.fontName = this.fontName;
    clone.fontSize = this.fontSize;
    clone.loadedName = this.loadedName;
    clone.font = this.font;
    clone.fontMatrix = this.fontMatrix.slice();
    clone.textMatrix = this.textMatrix.slice();
    clone.textLineMatrix = this.textLineMatrix.slice();
    clone.charSpacing = this.charSpacing;
    clone.wordSpacing = this.wordSpacing;
    clone.leading = this.leading;
    clone.textHScale = this.textHScale;
    clone.textRise = this.textRise;
    return clone;
  }`,
  );
  return '';
}
// pdf.js normalises the text of every text item (NFKC for a few ranges:
// ligatures, NBSP, micro sign, Arabic presentation forms) with replaceAll and
// a replacer function, which costs V8 a call into its runtime per item even
// when nothing matches, as in nearly all Chinese text. The edit first tests
// whether the item has any such character, with the same expression, and
// returns the text as it is when none: replaceAll would have returned the
// same characters. test/readers/pdf/pdfjs-edits.test.ts compares every text
// item with pdf.js unpatched, ligatures and NBSP included.
function normalizeOnlyWhenNeeded(edit) {
  edit(
    `  return str.replaceAll(NormalizeRegex, (_, p1, p2) => p1 ? p1.normalize("NFKC") : NormalizationMap.get(p2));`,
    `  NormalizeRegex.lastIndex = 0;
  if (!NormalizeRegex.test(str)) {
    return str;
  }
  return str.replaceAll(NormalizeRegex, (_, p1, p2) => p1 ? p1.normalize("NFKC") : NormalizationMap.get(p2));`,
  );
  return '';
}
// In getTextContent every font selection (Tf) that is not already the current
// one sends the loop through a promise: handleSetFont awaits loadFont, then
// the loop starts again from a new task. After a restore (Q) the font is
// unset again, and LibreOffice selects the font for every run of text: the
// 202-page sample makes 36,540 such round trips for five fonts. Where the
// font is one pdf.js has already loaded for this document, the edit applies
// it at once, as handleSetFont does after its await; a font not yet loaded,
// or one pdf.js would refuse (a Type 3 font met while parsing itself), takes
// pdf.js's own path. The text and the order of items stay the same; only the
// chunks the items travel in can be larger. test/readers/pdf/pdfjs-edits.test.ts
// compares every text item with pdf.js unpatched.
function loadedFontsAtOnce(edit) {
  edit(
    '    async function handleSetFont(fontName, fontRef) {\n      const translated = await self.loadFont(fontName, fontRef, resources, task);',
    '    async function handleSetFont(fontName, fontRef) {\n      const loading = self.loadFont(fontName, fontRef, resources, task);\n      const translated = await loading;\n      if (loading instanceof Promise) __hrssLoadedFonts.set(loading, translated);',
  );
  edit(
    '            textState.fontSize = fontSizeArg;\n            next(handleSetFont(fontNameArg, null));\n            return;',
    '            textState.fontSize = fontSizeArg;\n            if (__hrssSetLoadedFont(self, resources, fontNameArg, textState)) {\n              break;\n            }\n            next(handleSetFont(fontNameArg, null));\n            return;',
  );
  return `
// loadFont's promises (as cached in the evaluator's fontCache) that have settled, with what they gave.
const __hrssLoadedFonts = new WeakMap();
// loadFont's lookup of a font by name, up to its cache: true when the font has loaded and is now the text
// state's (handleSetFont's three assignments), false when the caller must take handleSetFont's path.
function __hrssSetLoadedFont(evaluator, resources, fontName, textState) {
  const fontRes = resources.get("Font");
  if (!fontRes) {
    return false;
  }
  const fontRef = fontRes.getRaw(fontName);
  if (!(fontRef instanceof Ref) || evaluator.type3FontRefs?.has(fontRef)) {
    return false;
  }
  // One lookup, not has() and get(): each turns the reference into a string. The cache holds only promises.
  const loading = evaluator.fontCache.get(fontRef);
  const translated = loading === undefined ? undefined : __hrssLoadedFonts.get(loading);
  if (translated === undefined) {
    return false;
  }
  textState.loadedName = translated.loadedName;
  textState.font = translated.font;
  textState.fontMatrix = translated.font.fontMatrix || FONT_IDENTITY_MATRIX;
  return true;
}
`;
}
// pdf.js inflates FlateDecode streams (page contents, fonts, object
// streams) in JavaScript, block by block, into a buffer it doubles as it
// goes: the 202-page sample's 2 MB of content took about 24 ms of the
// reader's profile, where zlib (already in Node) takes 5 ms, and most of
// that JavaScript runs before V8 has optimised it. The edit hands the
// deflate data after the header to zlib's raw inflate the first time pdf.js
// asks for a block, when the data are plain bytes in memory (not the output
// of another filter). Like pdf.js, raw inflate stops at the last block and
// checks no Adler-32 after it. Only a stream zlib decodes to its last block,
// and to at most NATIVE_INFLATE_MAX bytes, is taken from zlib: zlib accepts
// nothing but valid deflate data, which decodes one way only, so that is
// pdf.js's output byte for byte. Anything else (a truncated or damaged
// stream, which pdf.js decodes as far as it can; one that inflates beyond
// the cap) goes back to pdf.js's own decoder, from the same position.
// test/readers/pdf/pdfjs-edits.test.ts compares the text with pdf.js
// unpatched, damaged streams included.
const NATIVE_INFLATE_MAX = 16 * 1024 * 1024;
function nativeInflate(edit) {
  edit(
    '  readBlock() {\n    let buffer, hdr, len;\n    const str = this.str;\n    try {\n      hdr = this.getBits(3);',
    '  readBlock() {\n    if (this.__hrssNative === undefined && __hrssInflateAtOnce(this)) {\n      return;\n    }\n    let buffer, hdr, len;\n    const str = this.str;\n    try {\n      hdr = this.getBits(3);',
  );
  return `
let __hrssInflateRawSync;
// zlib's inflateRawSync, loaded on first use; null where there is no node:zlib.
function __hrssZlibInflateRaw() {
  if (__hrssInflateRawSync === undefined) {
    try {
      __hrssInflateRawSync = require("node:zlib").inflateRawSync;
    } catch {
      __hrssInflateRawSync = null;
    }
  }
  return __hrssInflateRawSync;
}
// A FlateStream's whole output from zlib, before its first block; false: pdf.js's decoder goes on as if never asked.
function __hrssInflateAtOnce(flate) {
  flate.__hrssNative = false;
  const str = flate.str;
  const inflate = __hrssZlibInflateRaw();
  if (!inflate || !(str instanceof Stream) || flate.bufferLength !== 0) {
    return false;
  }
  // From where pdf.js's decoder would start: after the two header bytes the constructor read.
  const from = str.pos;
  const bytes = str.getBytes();
  let out = null;
  try {
    out = inflate(bytes, { maxOutputLength: ${NATIVE_INFLATE_MAX} });
  } catch {}
  if (out === null) {
    str.pos = from;
    return false;
  }
  flate.buffer = new Uint8Array(out.buffer, out.byteOffset, out.length);
  flate.bufferLength = out.length;
  flate.eof = true;
  flate.__hrssNative = true;
  return true;
}
`;
}
const pdfWorker = pdfJsPatch(
  'hrss-pdf-worker',
  'pdf.worker.mjs',
  ({ edit }) =>
    lazyFontFiles(edit) + textTransforms(edit) + flatTextStateClone(edit) + normalizeOnlyWhenNeeded(edit) + loadedFontsAtOnce(edit) + nativeInflate(edit),
);
const pdf = await build({
  ...scriptOptions,
  entryPoints: { 'hrss-audit-pdf': join(root, 'src/cli/bundle-pdf.ts') },
  external: ['@napi-rs/canvas'],
  plugins: [pdfApi, pdfWorker],
});
// The launchers are CommonJS, like bin/hrss-audit.js (bin/package.json): a CommonJS entry starts without Node's
// ES module loader, which costs the CLI about 6 ms and every worker thread about 8 ms before any of the tool's
// code runs. The workers of batch runs (audit, read-only) and the PDF page workers load the same scripts and caches.
const launchers = await build({
  ...common,
  entryPoints: {
    main: join(root, 'src/launcher/main.ts'),
    worker: join(root, 'src/launcher/worker.ts'),
    'reader-worker': join(root, 'src/launcher/reader-worker.ts'),
  },
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { 'import.meta.url': '__hrssScriptUrl' },
  banner: { js: "var __hrssScriptUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The loader reads the script as latin1: a one-byte string, no UTF-8 decoding
// (a two-byte copy of 2.5 MB costs more than the rest of the read). esbuild
// escapes non-ASCII text except inside regular expression literals; escape
// those characters too. \uXXXX means the same character in a regex, with or
// without the u flag (an astral character as its surrogate pair, which u
// mode reads as one code point); an identity escape (\。) drops its backslash.
const { WRAPPER_HEAD, WRAPPER_TAIL } = await import(pathToFileURL(join(root, 'dist/src/launcher/script-wrapper.js')).href);
for (const name of ['hrss-audit.cjs', 'hrss-audit-libs.cjs', 'hrss-audit-reader.cjs', 'hrss-audit-pdf.cjs']) {
  const file = join(outdir, name);
  const text = readFileSync(file, 'utf8');
  const hex = (unit) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
  const ascii = text.replace(/(\\*)([^\x00-\x7f])/gu, (_, slashes, ch) => {
    const units = ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [ch.charCodeAt(0)];
    // An odd run of backslashes ends in one that escapes this character: it goes, the escape replaces it.
    return `${slashes.length % 2 ? slashes.slice(1) : slashes}${units.map(hex).join('')}`;
  });
  // The loader compiles the file's text as it is read (an external string, outside V8's heap): the wrapper that
  // gives the script its parameters is written here, since joining it on at run time made V8 copy the whole
  // script into its heap (over a megabyte of fresh memory at every start). See WRAPPER in bundle-loader.ts.
  writeFileSync(file, `${WRAPPER_HEAD}${ascii}${WRAPPER_TAIL}`);
}

// Built-in data, validated here once so that a check only reads it: the term
// files (see builtinTermFiles in src/engine/term-lists.ts) and the law
// registry (see loadRegistry in src/corpus/builtin-registry.ts). The
// validators are tsc's output of the same modules a check falls back to when
// the YAML changes after the build, so invalid data fails the build with the
// same message a user would see.
{
  const dist = (p) => import(pathToFileURL(join(root, 'dist/src', p)).href);
  const { parseTermFile } = await dist('engine/term-data.js');
  const { compileTermFile } = await dist('engine/term-lists.js');
  const src = join(root, 'rules/data');
  const out = join(root, 'dist/rules-data');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const files = [];
  for (const name of readdirSync(src)
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()) {
    const text = readFileSync(join(src, name), 'utf8');
    files.push(compileTermFile(await parseTermFile(text, join(src, name), `rules/data/${name}`), text));
  }
  writeFileSync(join(out, 'builtin.json'), JSON.stringify(files));

  const { parseRegistry } = await dist('corpus/registry.js');
  const { compileRegistry } = await dist('corpus/builtin-registry.js');
  const text = readFileSync(join(root, 'data/law-registry.yaml'), 'utf8');
  mkdirSync(join(root, 'dist/data'), { recursive: true });
  writeFileSync(
    join(root, 'dist/data/law-registry.json'),
    JSON.stringify(compileRegistry(await parseRegistry(text, join(root, 'data/law-registry.yaml')), text)),
  );

  // The national list of laws, likewise, turned into catalogue records (see nationalLawsLoader in src/corpus/national-list.ts).
  const { parseNationalLaws } = await dist('corpus/national-laws.js');
  const { compileNationalLaws } = await dist('corpus/national-list.js');
  const national = readFileSync(join(root, 'data/national-laws.json'));
  writeFileSync(
    join(root, 'dist/data/national-laws.json'),
    JSON.stringify(compileNationalLaws(parseNationalLaws(JSON.parse(national.toString('utf8'))), national)),
  );
}
// Which modules each script holds (tests tell from it what a run loaded: the scripts of zod/yaml and of pdf.js run all
// of their modules when they load).
writeFileSync(
  join(outdir, 'scripts.json'),
  JSON.stringify(
    Object.fromEntries(
      [script, libs, reader, pdf].flatMap((r) => Object.entries(r.metafile.outputs).map(([file, o]) => [file.split('/').pop(), Object.keys(o.inputs).sort()])),
    ),
  ),
);
// A build id (hash of the bundle) for the result cache: a rebuilt tool never reuses results of another build.
const hash = createHash('sha256');
for (const file of [script, libs, reader, pdf, launchers].flatMap((r) => Object.keys(r.metafile.outputs)).sort())
  hash.update(file).update(readFileSync(join(root, file)));
// The compiled built-in term lists are data the bundle reads at run time: they are part of the build too.
for (const name of readdirSync(join(root, 'dist/rules-data')).sort()) hash.update(name).update(readFileSync(join(root, 'dist/rules-data', name)));
hash.update('law-registry.json').update(readFileSync(join(root, 'dist/data/law-registry.json')));
hash.update('national-laws.json').update(readFileSync(join(root, 'dist/data/national-laws.json')));
writeFileSync(join(outdir, 'BUILD_ID'), `${hash.digest('hex').slice(0, 16)}\n`);

// The V8 code caches, made by a training run of typical checks (a .md and a
// .docx, each as JSON and for the terminal, --help, one with a config file,
// which loads the second script, and a .pdf, which loads the third): the scripts compiled from them start
// with every function those runs compiled. Without the sample drafts (an
// installed package), the first run writes the caches instead.
{
  const drafts = join(root, 'fixtures/drafts');
  if (existsSync(join(drafts, 'sample-draft.md')) && existsSync(join(drafts, 'sample-draft.docx'))) {
    const out = mkdtempSync(join(tmpdir(), 'hrss-train-'));
    const plain = join(out, 'plain');
    const configured = join(out, 'configured');
    mkdirSync(plain);
    mkdirSync(configured);
    writeFileSync(join(configured, 'hrss-audit.config.yaml'), 'rules:\n  validity/too-long: [warning, { years: 5 }]\n');
    const runs = [];
    for (const file of ['sample-draft.md', 'sample-draft.docx']) {
      for (const format of ['json', 'stylish'])
        runs.push([plain, ['check', join(drafts, file), '-f', format, '-o', join(out, `${file}.${format}`), '--as-of', '2026-11-27']]);
    }
    runs.push([plain, ['--help']]);
    runs.push([configured, ['check', join(drafts, 'sample-draft.docx'), '-f', 'json', '-o', join(out, 'configured.json'), '--as-of', '2026-11-27']]);
    // A PDF is read on a worker thread during a check: it is read here in the training process instead.
    const read = existsSync(join(drafts, 'sample-draft.pdf')) ? [join(drafts, 'sample-draft.pdf')] : [];
    const code = `import { trainCodeCache } from ${JSON.stringify(pathToFileURL(join(outdir, 'main.cjs')).href)};
process.stdout.write = () => true;
if (!(await trainCodeCache(${JSON.stringify(runs)}, ${JSON.stringify(read)}))) process.exitCode = 3;`;
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: out, env, encoding: 'utf8' });
    rmSync(out, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`code cache training failed (exit ${r.status}): ${r.stderr}`);
  }
}
