/** Whether an `archive` cell names a file of the archive folder itself: a plain name, no folder, no "..", no drive. */
export function isArchiveName(name: string): boolean {
  return name !== "" && name !== "." && name !== ".." && !/[/\\:\u0000-\u001f]/u.test(name);
}
