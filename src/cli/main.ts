/** Entry point of the compiled CLI; bin/hrss-audit.js calls main(). */
export async function main(argv: string[]): Promise<number> {
  const { buildProgram } = await import('./program.js');
  return buildProgram().run(argv);
}
