/**
 * `npx tsx scripts/kb/check-generated.ts` (a step of `npm test`): the generated files of knowledge/ are exactly
 * what their generators write from their inputs (knowledge/raw/ and knowledge/overrides/). A hand edit to a
 * generated file is lost at the next regeneration, as happened once; this runs every generator and, if any file
 * under knowledge/ comes out different, names it, puts every file back as it was and fails.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const KNOWLEDGE = join(ROOT, 'knowledge');
const GENERATORS = ['gen-parties.ts', 'gen-countries.ts', 'gen-institutions.ts', 'gen-cabinets.ts'];

function snapshot(dir: string, out = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) snapshot(path, out);
    else out.set(path, readFileSync(path));
  }
  return out;
}

const before = snapshot(KNOWLEDGE);
for (const gen of GENERATORS) {
  execFileSync('npx', ['tsx', join('scripts', 'kb', gen)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const after = snapshot(KNOWLEDGE);

const changed = [...before].filter(([path, bytes]) => !after.get(path)?.equals(bytes)).map(([path]) => path);
const added = [...after.keys()].filter((path) => !before.has(path));
if (changed.length || added.length) {
  for (const path of changed) writeFileSync(path, before.get(path)!);
  for (const path of added) rmSync(path);
  const list = [...changed, ...added].map((p) => `  ${relative(ROOT, p)}`).join('\n');
  console.error(
    `These files of knowledge/ are not what their generators write (edited by hand, or an input changed without ` +
      `regenerating):\n${list}\nPut the edit in knowledge/overrides/ (or a curated file) and run the generator ` +
      `(npm run kb:gen-parties, kb:gen-countries, kb:gen-institutions; npx tsx scripts/kb/gen-cabinets.ts). The ` +
      `files were put back as they were.`,
  );
  process.exitCode = 1;
} else {
  console.log(`knowledge/: the ${GENERATORS.length} generators reproduce every generated file.`);
}
