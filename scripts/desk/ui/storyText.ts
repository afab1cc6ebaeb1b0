// Positions and the one line the desk itself changes in a story's text. Pure: the page and the tests use it alike.

/** The offset of a 1-based line and column in a text (clamped to the text), as check reports positions. */
export function offsetAt(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf("\n", at);
    if (next === -1) return text.length;
    at = next + 1;
  }
  const end = text.indexOf("\n", at);
  return Math.min(at + Math.max(column, 1) - 1, end === -1 ? text.length : end);
}

const SOURCES_LINE = /^sources:.*$/m;

/**
 * An edited story with the `sources:` line of the file on disk: saving an article adds its id there (and
 * changes nothing else), so the editor's other edits stay. Unchanged when either text has no such line.
 */
export function rebaseSources(edited: string, disk: string): string {
  const fresh = SOURCES_LINE.exec(disk)?.[0];
  return fresh !== undefined && SOURCES_LINE.test(edited) ? edited.replace(SOURCES_LINE, () => fresh) : edited;
}
