/** Removes this run's build folder. */
const fs = require("fs");

module.exports = async () => {
  const dir = process.env.PERFSCORE_BUILD_DIR;
  if (!dir) return;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.lock`, { recursive: true, force: true });
};
