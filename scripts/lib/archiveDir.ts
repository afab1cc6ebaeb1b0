// The archive folder is read by the build too (src/lib/data/checkProject.ts), so it lives with the data code.
export { archiveDir, archiveReader, DEFAULT_ARCHIVE } from "../../src/lib/data/archiveFolder.ts";
