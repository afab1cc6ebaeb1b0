/** The slug a file stands for: its name without folder and extension. */
export function fileSlug(path: string): string {
  return path.replace(/^.*\//, "").replace(/\.[^.]+$/, "");
}
