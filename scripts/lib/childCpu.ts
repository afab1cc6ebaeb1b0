import { existsSync, readFileSync } from "node:fs";

// Linux counts CPU time in clock ticks of 1/100 s (USER_HZ, the same on every Linux the site builds on).
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) used so far by this process's finished children, from /proc/self/stat; undefined
 * where there is no /proc. Unlike wall time, it barely moves when other work shares the machine's cores.
 */
export function childCpuSeconds(): number | undefined {
  if (!existsSync("/proc/self/stat")) return undefined;
  const stat = readFileSync("/proc/self/stat", "utf8");
  // The fields after the command name (which may hold spaces, so it is skipped by its closing parenthesis):
  // cutime and cstime are the 16th and 17th fields of the line, the 14th and 15th after the name.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}
