// Runs before the project's npm scripts, on whatever Node runs them. They are TypeScript run by Node's own type
// stripping (Node >= 22.18), and Astro 7 needs 22.12: npm install brings Node 24 as the dev dependency `node`,
// which npm puts first on every script's PATH. If that did not happen, say so in one line, before anything fails.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `This project needs Node 22.18 or newer and npm install brings it (dev dependency "node"), but this ran on Node ${process.versions.node}: run npm install (if npm blocked the package's install script, run npm approve-scripts node first), or install Node 22.18+.`,
  );
  process.exit(1);
}
