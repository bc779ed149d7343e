/** Unit and integration tests. TypeScript is type-checked separately (npm run typecheck). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls an ESM-only module through office-addin-manifest.
    "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.js",
  },
  testTimeout: 30000,
  // Names the run's add-in build folder; test/support/build.ts builds into it on first use.
  globalSetup: "<rootDir>/test/support/globalSetup.js",
  globalTeardown: "<rootDir>/test/support/globalTeardown.js",
};
