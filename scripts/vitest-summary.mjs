// Prints the plain closing line CI reads ("N passed, N failed") from vitest's JSON report.
// Extra failed CI steps (package checks, typecheck) are counted as failures too.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = 'vitest-report.json', extraFailures = '0'] = process.argv.slice(2);
const extra = Number(extraFailures) || 0;
if (!existsSync(reportPath)) {
  console.log(`0 passed, ${1 + extra} failed`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
const failed = report.numFailedTests + extra;
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(report.success && report.numTotalTests > 0 && failed === 0 ? 0 : 1);
