/**
 * Worker thread of a batch (bundled as dist/bundle/worker.cjs). It resolves
 * the config and rules once, opens the corpus at most once (when a rule asks),
 * then audits the files the pool sends it, one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ActiveRule } from '../engine/registry.js';
import type { LoadedConfig } from '../engine/config.js';
import { setPageWorkers } from '../document/readers/pdf/parallel.js';
import { ERROR_CODES, isHrssError } from '../errors.js';
import { lazyCorpus, openCorpusAt } from './corpus-link.js';
import type { AuditTask, FromWorker, ToWorker, WorkerInit } from './protocol.js';

async function start(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker.ts must run in a worker thread');
  const init = workerData as WorkerInit;
  if (init.pdfPageWorkers !== undefined) setPageWorkers(init.pdfPageWorkers);
  const send = (m: FromWorker): void => port.postMessage(m);
  let config: LoadedConfig;
  let rules: ActiveRule[];
  try {
    const { loadConfig } = await import('../engine/config-files.js');
    config = await loadConfig({ cwd: init.cwd, configPath: init.configPath ?? undefined });
    const { loadAllRules, resolveRules } = await import('../engine/registry.js');
    rules = resolveRules(await loadAllRules(config), config, init.only);
  } catch (e) {
    send({ type: 'init-error', code: isHrssError(e) ? e.code : 'E_INTERNAL', message: (e as Error)?.message ?? String(e) });
    return;
  }
  const { auditFile, unreadableResult } = await import('../engine/audit.js');
  const { readInputFileSync } = await import('../document/load.js');
  const corpus = lazyCorpus(() => openCorpusAt(init.corpusPath));
  // The pool may send the next file before this one is done: take them strictly one at a time.
  const pending: AuditTask[] = [];
  let busy = false;
  const pump = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    for (let task = pending.shift(); task; task = pending.shift()) {
      let result;
      try {
        ({ result } = await auditFile(task.path, rules, {
          asOf: init.asOf,
          limits: config.limits,
          settings: config.settings,
          password: init.password,
          displayPath: task.displayPath,
          debug: init.debug,
          corpus,
          readFile: readInputFileSync,
          document: init.document ?? config.document,
        }));
      } catch (e) {
        // auditFile turns file problems into results; what still escapes is a tool error (e.g. the corpus went bad
        // mid-run). Report it on this file rather than crash the thread and lose the rest of its queue.
        const code = isHrssError(e) ? e.code : 'E_INTERNAL';
        result = unreadableResult(task.displayPath, '', code, `${(e as Error)?.message ?? String(e)}。${ERROR_CODES[code].remedy}`);
      }
      send({ type: 'result', id: task.id, result });
    }
    busy = false;
  };
  port.on('message', (m: ToWorker) => {
    if (m.type !== 'audit') return;
    pending.push(m.task);
    void pump();
  });
  send({ type: 'ready' });
}

void start();
