import type { Output } from '../output.js';

/* Counts by command and by verdict, for the summary `listen` prints when it stops. */

export interface Tally {
  count(command: string, verdict: string): void;
  print(output: Output): void;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function block(title: string, counts: ReadonlyMap<string, number>): string[] {
  const width = Math.max(0, ...[...counts.keys()].map((key) => key.length));
  return [title, ...[...counts].map(([key, count]) => `  ${key.padEnd(width)}  ${count}`)];
}

export function createTally(): Tally {
  const byCommand = new Map<string, number>();
  const byVerdict = new Map<string, number>();
  let total = 0;
  return {
    count(command, verdict) {
      total++;
      increment(byCommand, command);
      increment(byVerdict, verdict);
    },
    print(output) {
      const lines = [`\n${total} request${total === 1 ? '' : 's'} received`];
      if (total > 0) lines.push(...block('by verdict:', byVerdict), ...block('by command:', byCommand));
      output.emit(lines.join('\n'), {
        summary: { total, byVerdict: Object.fromEntries(byVerdict), byCommand: Object.fromEntries(byCommand) },
      });
    },
  };
}
