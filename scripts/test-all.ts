/**
 * `npm test`: every test. Installs the browsers if missing (Debian packages, see ensure-browsers.ts), checks
 * that knowledge/'s generated files are what their generators write, builds both targets, then runs the unit
 * and DOM tests and the real-browser and release tests.
 */
import { execFileSync } from 'node:child_process';

const step = (title: string, cmd: string, args: string[]) => {
  console.log(`\n▶ ${title}`);
  execFileSync(cmd, args, { stdio: 'inherit' });
};

try {
  step('Browsers', 'npx', ['tsx', 'scripts/ensure-browsers.ts']);
  step('Generated knowledge files match their generators', 'npx', ['tsx', 'scripts/kb/check-generated.ts']);
  step('Build (Chrome MV3 and Firefox MV2)', 'npm', ['run', '--silent', 'build']);
  step('Tests', 'npx', ['vitest', 'run', ...process.argv.slice(2)]);
} catch {
  process.exitCode = 1;
}
