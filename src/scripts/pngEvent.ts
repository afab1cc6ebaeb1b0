/** The event by which a chart's PNG button (its slot, [data-png]) is handed to the drawer (savePng.ts), once that has loaded. */
export const SAVE_PNG = "c09:save-png";
