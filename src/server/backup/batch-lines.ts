/**
 * Consecutive runs of `lines` of at most `maxCharacters` in all; a line longer than that goes alone
 * (it cannot be split).
 */
export function* batchLines(lines: readonly string[], maxCharacters: number): Generator<readonly string[]> {
  let batch: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (batch.length > 0 && size + line.length > maxCharacters) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(line);
    size += line.length;
  }
  if (batch.length > 0) yield batch;
}
