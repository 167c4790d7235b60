/**
 * Read one file in this thread, as a reader worker would: for the build's
 * code-cache training (scripts/bundle.mjs), which reads a PDF this way with
 * the tool's script (an audit worker reads its own files) and with the
 * reader's (what a reader worker runs). Both scripts export it.
 */
export async function readDocument(path: string): Promise<void> {
  const { readInputFile, readSource } = await import('../document/load.js');
  await readSource(path, await readInputFile(path));
}
