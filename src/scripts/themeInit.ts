/**
 * Runs inline in <head>, before the first paint, so a reader's chosen theme never flashes the other one.
 * Its SHA-256 is in the Content-Security-Policy (securityHeaders.ts), so no 'unsafe-inline' is needed.
 * Kept as a string: it must be byte-for-byte what the hash was computed from.
 */
export const THEME_INIT = `try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
