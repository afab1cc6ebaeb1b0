/** A base path ending in "/", however it was configured: "/sub/path" → "/sub/path/". */
export function withTrailingSlash(path: string): string {
  return path.endsWith("/") ? path : `${path}/`;
}
