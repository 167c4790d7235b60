export function buildProgram(): { run(argv: string[]): Promise<number> } {
  return {
    async run() {
      process.stdout.write('hrss-audit\n');
      return 0;
    },
  };
}
