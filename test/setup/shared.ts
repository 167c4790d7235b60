/** Once per test run: say plainly when the shared material (../shared) is not where the tests look for it. */
import { existsSync } from 'node:fs';
import { missingSharedMessage, SHARED_DIR } from '../helpers/shared.js';

export default function setup(): void {
  for (const part of ['corpus', 'samples']) {
    const path = `${SHARED_DIR}/${part}`;
    if (!existsSync(path)) process.stderr.write(`\n${missingSharedMessage(path)}\n(tests that use it will fail)\n\n`);
  }
}
