import Papa from "papaparse";
import { lineIndex } from "./positions.ts";
import type { Problem } from "./Problem.ts";

/** A CSV cell's text and its 1-based position in the file. */
export interface Cell {
  text: string;
  line: number;
  column: number;
}

/** A data row of a CSV file: its cells in column order and the line it starts on. */
export interface CsvRow {
  line: number;
  cells: Cell[];
}

/** A parsed CSV file: the header cells, the data rows, and what could not be parsed. */
export interface CsvTable {
  file: string;
  header: Cell[];
  rows: CsvRow[];
  problems: Problem[];
}

/** Parses CSV text with papaparse and records where every cell starts, so later checks can point at it. */
export function parseCsv(text: string, file: string): CsvTable {
  // A byte-order mark is invisible in editors; drop it so the first column name matches.
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const body = lineEndsLf(text.slice(bom));
  const at = lineIndex(body);
  const problems: Problem[] = [];
  const records: CsvRow[] = [];
  let start = 0;

  Papa.parse<string[]>(body, {
    // Never guessed: a semicolon file (Excel with Vietnamese settings) must be refused, not half-read.
    delimiter: ",",
    // Every record ends in LF by now (lineEndsLf); a CR or CRLF left is inside a quoted cell.
    newline: "\n",
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const raw = body.slice(start, end);
      for (const error of result.errors) {
        // papaparse puts a missing quote's index just after the opening quote; point at the quote itself.
        const index = error.index === undefined ? start : error.index - (error.code === "MissingQuotes" ? 1 : 0);
        const where = at(index);
        problems.push({
          file,
          ...where,
          message:
            error.code === "MissingQuotes"
              ? 'a quoted cell is never closed: end it with " (inside a quoted cell, write a quote mark as "")'
              : error.code === "InvalidQuotes"
                ? 'a quoted cell does not end where it should: close it with " right before the next comma, and write a quote mark inside it as ""'
                : `the line cannot be read as CSV (${error.message})`,
        });
      }
      // A line with nothing on it separates nothing and holds no figure: it is not a row.
      if (raw.trim() !== "") {
        const offsets = cellOffsets(raw);
        records.push({
          line: at(start).line,
          cells: result.data.map((t, i) => ({ text: t, ...at(start + (offsets[i] ?? 0)) })),
        });
      }
      start = end;
    },
  });

  const [header, ...rows] = records;
  return { file, header: header?.cells ?? [], rows, problems };
}

/**
 * The text with every CRLF (or lone CR) that ends a record written LF. papaparse takes the first line's ending for every line:
 * a file where Excel wrote CRLF and another editor appended rows with LF would read as one long row (or as cells
 * ending in "\r"). Both endings mean the same, and dropping the CR keeps every line and column where it was, so
 * mixed endings are read as they look. A line break inside a quoted cell is the cell's text and stays as written.
 */
function lineEndsLf(text: string): string {
  if (!text.includes("\r")) return text;
  let quoted = false;
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // "" inside a quoted cell toggles twice, so a quote mark written in a cell leaves the state as it was.
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === "\r") {
      // CRLF loses its CR; a lone CR (Excel for Mac's "CSV (Macintosh)") becomes LF.
      out += text.slice(from, i) + (text[i + 1] === "\n" ? "" : "\n");
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

/** Offsets at which each cell of one raw CSV record starts, honouring quoted cells. */
function cellOffsets(raw: string): number[] {
  const offsets = [0];
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (quoted) {
      if (c === '"' && raw[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") offsets.push(i + 1);
    else if (c === "\n" || c === "\r") break;
  }
  return offsets;
}
