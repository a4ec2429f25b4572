/**
 * Two projects: `node` for the engine, hosts and CLI; `jsdom` for the pane and the manifest
 * (only these need a DOM). Every fast-check property uses one seed per run: fixed when CI is set,
 * random and printed otherwise (test/setup/seed.global.js); FC_SEED=<n> replays a run.
 */
const transform = { "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, diagnostics: false }] };

/** The test files that need a DOM. */
const DOM_TESTS = ["<rootDir>/test/taskpane/**/*.test.tsx", "<rootDir>/test/taskpane/office-env.test.ts", "<rootDir>/test/manifest.test.ts"];

const common = {
  roots: ["<rootDir>/test"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform,
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/test/setup/fast-check.ts"],
};

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: "<rootDir>/test/setup/seed.global.js",
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, "/test/taskpane/office-env.test.ts", "/test/manifest.test.ts"],
    },
    {
      ...common,
      displayName: "jsdom",
      testEnvironment: "jsdom",
      setupFiles: [...common.setupFiles, "<rootDir>/test/setup/node-globals.ts"],
      testMatch: DOM_TESTS,
    },
  ],
};
