import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';

/**
 * The build gives pdf.js stand-ins for DOMMatrix, ImageData and Path2D
 * (scripts/bundle.mjs, lazyCanvas) so that reading text never loads the
 * native canvas module. They must still be the real classes when something
 * renders: the first use loads the module and answers from it.
 */
const probe = `
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const vm = require('node:vm');
const file = ${JSON.stringify(join(ROOT, 'dist/bundle/hrss-audit-pdf.cjs'))};
const canvasLoaded = () => Object.keys(require.cache).some((k) => k.includes('@napi-rs'));
const wrapper = new vm.Script(readFileSync(file, 'latin1'), { filename: file }).runInThisContext();
const module = { exports: {} };
wrapper(module.exports, createRequire(file), module, file, require('node:path').dirname(file), (s) => import(s), () => ({}));
const out = { pdfjs: typeof module.exports.modules['pdfjs-dist/legacy/build/pdf.mjs'].getDocument, loadedAtStart: canvasLoaded() };
const m = new DOMMatrix([2, 0, 0, 3, 5, 6]);
out.matrix = [m.a, m.d, m.e, m.f];
out.inverse = [...m.inverse().toFloat64Array()].map((x) => Math.round(x * 1000) / 1000);
out.isMatrix = m instanceof DOMMatrix;
out.path = typeof new Path2D('M0 0 L10 10').addPath;
out.image = new ImageData(2, 1).data.length;
out.loadedAfterUse = canvasLoaded();
process.stdout.write(JSON.stringify(out));
`;

describe('pdf.js canvas stand-ins', () => {
  it('load nothing with pdf.js, then behave as the native classes on first use', () => {
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      pdfjs: 'function',
      loadedAtStart: false,
      matrix: [2, 3, 5, 6],
      inverse: [0.5, 0, 0, 0, 0, 0.333, 0, 0, 0, 0, 1, 0, -2.5, -2, 0, 1],
      isMatrix: true,
      path: 'function',
      image: 8,
      loadedAfterUse: true,
    });
  });
});
