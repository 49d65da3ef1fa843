import { readFileSync } from 'node:fs';
import { CliError } from './args.js';

/* Reading the files the user names: `-` is stdin, and a file that cannot be read is a usage error. */

export function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** One non-blank line of a JSON Lines file, with where it came from (`file:3`). */
export interface SourceLine {
  where: string;
  text: string;
}

export function jsonLines(file: string, text: string): SourceLine[] {
  return text
    .split('\n')
    .map((line, index) => ({ where: `${file}:${index + 1}`, text: line.endsWith('\r') ? line.slice(0, -1) : line }))
    .filter((line) => line.text.trim() !== '');
}
