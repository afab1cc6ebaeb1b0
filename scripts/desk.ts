// npm run desk: the newsroom desk, a local editing app on 127.0.0.1 that adds a province from a pasted article
// through the project's own modules (extract, template, validation). Port: DESK_PORT, else 4400 or the next free.
import { startDesk } from "./desk/server.ts";

const asked = Number(process.env.DESK_PORT ?? 4400);
const desk = await startDesk({ root: process.cwd(), port: Number.isInteger(asked) && asked > 0 && asked < 65536 ? asked : 4400 });
console.log(`The desk is open at ${desk.url} (English: ${desk.url}en/). Only this computer can reach it. Ctrl-C stops it.`);
const stop = () => desk.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
