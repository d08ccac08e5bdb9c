/** `npm run kb:check [-- FILE...]`: validates knowledge/ and prints every problem (file: entity: field: message). */
import { formatIssue } from '../../src/knowledge/schema';
import { loadKnowledge } from './load';

const only = process.argv.slice(2);
const kb = loadKnowledge();
const issues = only.length
  ? kb.issues.filter((i) => only.some((f) => i.file.endsWith(f) || f.endsWith(i.file)))
  : kb.issues;
for (const issue of issues) console.log(formatIssue(issue));
console.log(`${kb.entities.length} valid entities in ${kb.files.length} files; ${issues.length} problem(s)`);
process.exitCode = issues.length ? 1 : 0;
