// better-sqlite3 13 is built on Node-API 10, which Node 22.14 first provides; on an older Node it crashes with a bare
// segmentation fault at the first query. Imported first by every entry point, so the operator reads why instead.
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);

if (major < 22 || (major === 22 && minor < 14)) {
  process.stderr.write(
    `Khối needs Node.js 22.14 or newer (this is ${process.version}). Run it through npm (npm start, npm test, npx khoi), ` +
      "which uses the Node 24 that npm install put in node_modules on Linux x64, or install Node 22 or 24.\n",
  );
  process.exit(1);
}
