/**
 * `npm run kb:coverage [-- --json]`: what the knowledge base covers against its promised scope (see
 * coverage-report.ts). Exits with 1 when a UN member lacks a current head of state or of government.
 */
import { coverageReport } from './coverage-report';
import { loadKnowledge } from './load';

const kb = loadKnowledge();
const report = coverageReport(kb.entities, kb.meta.asOf);
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const list = (names: string[]) => (names.length ? names.join('; ') : '—');
  console.log(`Knowledge base as of ${report.asOf}: ${report.unMembers.length} UN member states\n`);
  console.log(`${'country'.padEnd(34)} ${'head of state'.padEnd(34)} head of government`);
  for (const c of report.unMembers) {
    console.log(
      `${c.name.slice(0, 34).padEnd(34)} ${list(c.headOfState).slice(0, 34).padEnd(34)} ${list(c.headOfGovernment)}`,
    );
  }
  const gaps = report.unMembers.filter((c) => c.gaps.length);
  console.log(`\nHeads of state since 2015 with gaps: ${gaps.length}`);
  for (const c of gaps) console.log(`  ${c.name}: ${c.gaps.join(', ')}`);
  console.log(`\nMinisters and spokespeople now (G20, Middle East, post-Soviet states)`);
  console.log(`${'country'.padEnd(24)} ${'foreign'.padEnd(30)} ${'defence'.padEnd(30)} spokespeople`);
  for (const m of report.ministers) {
    console.log(
      `${m.name.slice(0, 24).padEnd(24)} ${list(m.foreign).slice(0, 30).padEnd(30)} ${list(m.defence).slice(0, 30).padEnd(30)} ${list(m.spokespeople)}`,
    );
  }
  console.log(
    `\nMissing a current head of state: ${list(report.missingHeadOfState)}; of government: ${list(report.missingHeadOfGovernment)}`,
  );
}
process.exitCode = report.missingHeadOfState.length || report.missingHeadOfGovernment.length ? 1 : 0;
