// What pdf.js reads from PDFs, as a JSON summary, with either the copy the
// build patched (dist/bundle/hrss-audit-pdf.cjs) or the package as published:
//   node pdfjs-probe.cjs <bundle|package> <repository root> <file.pdf>...
// For each file: a hash of the text items (string, transform, font, size,
// line ends; for a page pdf.js cannot read, its error) of its first six pages
// (PAGES=all: of every page), with TEXT=1 their strings as well, and, with
// FONTS=1, a hash of every font file pdf.js builds for rendering (sent with an
// operator list). test/readers/pdf/pdfjs-edits.test.ts compares the two copies.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { createHash } = require('node:crypto');
const vm = require('node:vm');
const path = require('node:path');
const [which, root, ...files] = process.argv.slice(2);
async function load() {
  if (which === 'bundle') {
    const file = path.join(root, 'dist/bundle/hrss-audit-pdf.cjs');
    const wrapper = new vm.Script(readFileSync(file, 'latin1'), { filename: file }).runInThisContext();
    const module = { exports: {} };
    wrapper(module.exports, createRequire(file), module, file, path.dirname(file), (s) => import(s), () => ({}));
    return { lib: module.exports.modules['pdfjs-dist/legacy/build/pdf.mjs'], worker: module.exports.modules['pdfjs-dist/legacy/build/pdf.worker.mjs'] };
  }
  const req = createRequire(path.join(root, 'package.json'));
  const url = (s) => require('node:url').pathToFileURL(req.resolve(s)).href;
  return { lib: await import(url('pdfjs-dist/legacy/build/pdf.mjs')), worker: await import(url('pdfjs-dist/legacy/build/pdf.worker.mjs')) };
}
class Port {
  constructor() { this.listeners = new Set(); this.chain = Promise.resolve(); }
  postMessage(m, transfer) { const data = structuredClone(m, transfer ? { transfer } : undefined); this.chain = this.chain.then(() => { for (const l of [...this.listeners]) l.call(this, { data }); }); }
  addEventListener(_t, l) { this.listeners.add(l); }
  removeEventListener(_t, l) { this.listeners.delete(l); }
  terminate() { this.listeners.clear(); }
}
(async () => {
  const { lib, worker } = await load();
  const out = {};
  for (const f of files) {
    const port = new Port();
    worker.WorkerMessageHandler.initializeFromPort(port);
    const pdfWorker = new lib.PDFWorker({ port, verbosity: 0 });
    const doc = await lib.getDocument({ worker: pdfWorker, data: new Uint8Array(readFileSync(f)), isEvalSupported: false, disableFontFace: true, fontExtraProperties: !!process.env.FONTS, useSystemFonts: false, verbosity: 0,
      cMapUrl: path.join(root, 'node_modules/pdfjs-dist/cmaps/'), cMapPacked: true, standardFontDataUrl: path.join(root, 'node_modules/pdfjs-dist/standard_fonts/') }).promise;
    const pages = [];
    const fonts = {};
    for (let p = 1; p <= (process.env.PAGES === 'all' ? doc.numPages : Math.min(doc.numPages, 6)); p++) {
      const page = await doc.getPage(p);
      // A page pdf.js cannot read (a damaged stream) is compared by its error.
      const tc = await page.getTextContent().catch((e) => ({ items: [{ str: `ERROR ${e.message}` }], styles: {} }));
      pages.push(tc.items.map((i) => [i.str, i.transform, i.fontName, i.width, i.height, i.hasEOL]));
      if (process.env.FONTS) {
        await page.getOperatorList();
        for (const name of Object.keys(tc.styles)) { try { const font = page.commonObjs.get(name); const d = font.data; fonts[name] = d ? createHash('sha256').update(d).digest('hex').slice(0, 16) + ':' + d.length : String(d); } catch (e) { fonts[name] = 'ERR ' + e.message; } }
      }
    }
    out[path.basename(f)] = { text: createHash('sha256').update(JSON.stringify(pages)).digest('hex'), items: pages.flat().length, fonts };
    if (process.env.TEXT) out[path.basename(f)].strings = pages.map((items) => items.map((i) => i[0]).join(''));
    await doc.destroy(); pdfWorker.destroy();
  }
  console.log(JSON.stringify(out, null, 1));
})().catch((e) => { console.error(e); process.exit(1); });
