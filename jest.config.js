/** Unit and contract tests run in Node; browser (e2e) tests have their own config. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/build/", "/dist/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }],
  },
  testTimeout: 20000,
  // Jest defaults to cores - 1 workers; on a 2-core machine that leaves one core idle while the main process waits.
  maxWorkers: 2,
};
