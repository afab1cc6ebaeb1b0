/** What to say when a note has no English version: the English edition shows every note. */
export const UNTRANSLATED_NOTE = "the note has no English version: write one in the note_en column, in our own words (the English edition shows it)";
/** The message for a `counts` cell without its English: the English edition shows those words too. */
export const UNTRANSLATED_COUNTS = "the counts words have no English version: write them in the counts_en column, in a few words of our own (the English edition shows them)";
