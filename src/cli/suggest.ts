/* "Did you mean ...?": the closest known name to a misspelt one, by edit distance. */

/** Levenshtein distance: the fewest single-character insertions, deletions and substitutions from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known name closest to `input`, if it is close enough to be a typo: at most a third of its
 * length away (at least 2, so `--tokn` finds `--token`). Case is ignored when measuring.
 */
export function closestName(input: string, known: readonly string[]): string | undefined {
  const wanted = input.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  const allowed = Math.max(2, Math.floor(input.length / 3));
  return best !== undefined && best.distance <= allowed ? best.name : undefined;
}

/** " Did you mean X?" when a known name is close, else an empty string: appended to an error message. */
export function didYouMean(input: string, known: readonly string[]): string {
  const name = closestName(input, known);
  return name === undefined ? '' : ` Did you mean ${name}?`;
}
