/**
 * Loading pdf.js and opening a document.
 *
 * pdf.js is imported lazily (first .pdf only): importing it costs ~150 ms and
 * loads the @napi-rs/canvas native module, which a run over .docx files must
 * not pay for.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { HrssError } from '../../../errors.js';
import { importModule } from '../../../io/import-module.js';
import { keepBuiltins } from './builtins.js';
import { InProcessPort } from './port.js';

export type PdfJsModule = typeof PdfJs;
export type PdfDocument = PdfJs.PDFDocumentProxy;
export type PdfLoadingTask = PdfJs.PDFDocumentLoadingTask;

/** What pdf.js accepts as a worker port (typed as a DOM Worker, which Node lacks). */
type WorkerPort = NonNullable<NonNullable<ConstructorParameters<PdfJsModule['PDFWorker']>[0]>['port']>;

/** The worker side of pdf.js (pdf.worker.mjs ships without type declarations). */
interface PdfWorkerModule {
  WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}

interface Loaded {
  lib: PdfJsModule;
  worker: PdfWorkerModule;
}

/** Local folders pdf.js reads its data files from (never a URL: nothing is fetched over the network). */
export interface PdfAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
  iccUrl: string;
}

let loading: Promise<Loaded> | undefined;
let assets: PdfAssets | undefined;

export function pdfAssets(): PdfAssets {
  if (!assets) {
    const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    // pdf.js concatenates these with file names, so they need a trailing '/'.
    const dir = (name: string): string => path.join(root, name) + '/';
    assets = { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm'), iccUrl: dir('iccs') };
  }
  return assets;
}

/** The pdf.js modules, imported once per process. */
export function loadPdfJs(): Promise<Loaded> {
  loading ??= importPdfJs().catch((e: unknown) => {
    loading = undefined;
    throw new HrssError('E_INTERNAL', '无法加载 PDF 解析组件（pdfjs-dist），请检查安装是否完整', { cause: e });
  });
  return loading;
}

async function importPdfJs(): Promise<Loaded> {
  const restore = keepBuiltins();
  // In Node pdf.js runs its "worker" on this thread. Importing the worker
  // module here (rather than letting pdf.js import GlobalWorkerOptions.workerSrc,
  // a path relative to its own file) keeps working when the code is bundled.
  const workerSpecifier = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
  const [lib, worker] = await Promise.all([importModule<PdfJsModule>('pdfjs-dist/legacy/build/pdf.mjs'), importModule<PdfWorkerModule>(workerSpecifier)]);
  restore();
  return { lib, worker };
}

export interface OpenedDocument {
  task: PdfLoadingTask;
  /** Resolves once the document and its worker side are torn down; never rejects. */
  destroy(): Promise<void>;
}

/** Start loading a document from bytes. The caller must call destroy(), also on errors. */
export function openDocument({ lib, worker }: Loaded, data: Uint8Array, password: string | undefined): OpenedDocument {
  const a = pdfAssets();
  const port = new InProcessPort();
  worker.WorkerMessageHandler.initializeFromPort(port);
  // Verbosity here too: the worker side logs with its own copy of the setting.
  const pdfWorker = new lib.PDFWorker({ port: port as unknown as WorkerPort, verbosity: 0 });
  let task: PdfLoadingTask;
  try {
    task = lib.getDocument({
      worker: pdfWorker,
      // pdf.js takes ownership of (transfers) the buffer it is given; the caller keeps theirs.
      data: data.slice(),
      password,
      cMapUrl: a.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: a.standardFontDataUrl,
      wasmUrl: a.wasmUrl,
      iccUrl: a.iccUrl,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      enableXfa: false,
      verbosity: 0,
    });
  } catch (e) {
    pdfWorker.destroy();
    port.terminate();
    throw e;
  }
  return {
    task,
    async destroy() {
      // A worker passed in is not destroyed with the task.
      await task.destroy().catch(() => undefined);
      pdfWorker.destroy();
      port.terminate();
    },
  };
}
