/**
 * The known names closest to a typo, all of them when several are as close (Levenshtein
 * distance at most a third of its length, ≥ 2). A known name may be a path (« sending.mode »):
 * its last part is compared, the whole is returned.
 */
export function nearestNames(typed: string, known: readonly string[]): string[] {
  let best: string[] = [];
  let bestDistance = Math.max(2, Math.floor(typed.length / 3)) + 1;
  for (const name of known) {
    const leaf = name.slice(name.lastIndexOf('.') + 1);
    const distance = editDistance(typed.toLowerCase(), leaf.toLowerCase());
    if (distance < bestDistance) {
      best = [name];
      bestDistance = distance;
    } else if (distance === bestDistance) best.push(name);
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
