// Where the editor's selected words are in the article: in its highlighted view (mouse) or in its plain copy
// (a read-only text box, where the keyboard selects with Shift and the arrows).

/** Selected words and their offset in the article. */
export interface Selected {
  text: string;
  start: number;
}

/** The words selected in the highlighted article, with their offset, when the selection lies inside it. */
export function readSelection(article: HTMLElement): Selected | undefined {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return undefined;
  const range = sel.getRangeAt(0);
  if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return undefined;
  const before = document.createRange();
  before.setStart(article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  return trimmed(range.toString(), before.toString().length);
}

/** The words selected in the article's text box (by keyboard or mouse), with their offset. */
export function readBoxSelection(box: HTMLTextAreaElement): Selected | undefined {
  if (box.selectionStart === box.selectionEnd) return undefined;
  return trimmed(box.value.slice(box.selectionStart, box.selectionEnd), box.selectionStart);
}

/** A selection without the spaces around it (a quote starts and ends on words). */
function trimmed(raw: string, start: number): Selected | undefined {
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return text ? { text, start: start + lead } : undefined;
}
