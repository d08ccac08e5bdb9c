/** `npm run kb:build`: compile knowledge/ into .cache/kb/ and print a summary. */
import { compileKnowledgeToDir, KnowledgeError } from './compile-to-dir';

try {
  const started = performance.now();
  const files = compileKnowledgeToDir();
  console.log(`compiled in ${(performance.now() - started).toFixed(0)} ms: ${files.map((f) => f.path).join(', ')}`);
} catch (err) {
  if (!(err instanceof KnowledgeError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
