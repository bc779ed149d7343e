/** Names this jest run's build folder (built lazily by test/support/build.ts, only if a test needs it). */
const os = require("os");
const path = require("path");

module.exports = async () => {
  process.env.PERFSCORE_BUILD_DIR = path.join(
    os.tmpdir(),
    `perfscore-build-${process.pid}-${Date.now()}`
  );
};
