/** Tests find the shared material (../shared) through one variable, and say clearly when it is missing. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, SAMPLES_DIR, SHARED_DIR, sharedPath } from './helpers/shared.js';

describe('shared material', () => {
  it('is found beside the repository (or at HRSS_SHARED_DIR), with the corpus and the samples in it', () => {
    expect(existsSync(SHARED_DIR), SHARED_DIR).toBe(true);
    expect(CORPUS_DIR).toBe(`${SHARED_DIR}/corpus`);
    expect(SAMPLES_DIR).toBe(`${SHARED_DIR}/samples`);
    expect(sharedPath('corpus', 'manifest.json')).toBe(`${SHARED_DIR}/corpus/manifest.json`);
  });

  it('names the missing file and the variable to set', () => {
    expect(() => sharedPath('samples', 'no-such-sample.docx')).toThrow(
      `shared material missing: ${SHARED_DIR}/samples/no-such-sample.docx — the tests read ../shared beside the repository (corpus/, samples/); set HRSS_SHARED_DIR`,
    );
  });
});
