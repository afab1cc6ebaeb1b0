import type { Result } from "./model.ts";

/** Maps character offsets in a text to 1-based line and column numbers. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return (offset) => {
    // Binary search for the last line that starts at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** The character offset of a 1-based line and column in a text: lineIndex the other way round. */
export function offsetAt(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf("\n", at) + 1;
  return at + column - 1;
}

/** Where a results row's cell starts, for a message about it; the row's first column when the row was made in code. */
export function cellAt(row: Pick<Result, "line" | "cells">, name: "value" | "quote" | "source"): { line: number; column: number } {
  return row.cells?.[name] ?? { line: row.line, column: 1 };
}
