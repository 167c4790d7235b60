// A stand-in for src/library/worker.ts that speaks the same protocol but
// misbehaves on purpose, by file name: it lets the pool's isolation be tested
// without any test hook in the shipped worker.
import { parentPort, resourceLimits, workerData } from 'node:worker_threads';
import { basename } from 'node:path';

if (workerData?.failInit) {
  parentPort.postMessage({ type: 'init-error', code: 'E_RULE_LOAD', message: '自定义规则无法加载' });
} else {
  parentPort.on('message', (m) => {
    const { task } = m;
    const name = basename(task.path);
    if (name.startsWith('hang')) for (;;);
    if (name.startsWith('crash')) process.exit(7);
    if (name.startsWith('throw')) {
      setTimeout(() => {
        throw new Error('boom');
      });
      return;
    }
    if (name.startsWith('oom')) {
      const hoard = [];
      for (;;) hoard.push(new Array(100_000).fill({ name }));
    }
    if (name.startsWith('log')) console.log('a worker writing to stdout');
    // "limits…": the heap this thread was given, where a result carries its metadata.
    const meta = name.startsWith('limits') ? { resourceLimits } : null;
    parentPort.postMessage({
      type: 'result',
      id: task.id,
      result: { path: task.displayPath, format: 'md', sha256: '', status: 'ok', error: null, meta, stats: null, verdict: 'pass', findings: [] },
    });
  });
  parentPort.postMessage({ type: 'ready' });
}
