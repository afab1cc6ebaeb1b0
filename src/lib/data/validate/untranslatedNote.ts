/** What to say when a note has no English version: the English edition shows every note. */
export const UNTRANSLATED_NOTE = "the note has no English version: write one in the note_en column, in our own words (the English edition shows it)";
