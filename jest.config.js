/** Unit, component and golden tests. Browser tests and the release checks run after the builds (jest.browser.config.js). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/test/browser/", "/test/release/"],
  // A limit for a hung test, not a speed check (speed is `npm run bench`'s): component tests drive the
  // pane with dozens of simulated clicks, and one took 5.4 s (over jest's 5 s default) on this loaded 2-core machine.
  testTimeout: 30000,
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/setup/office-addin-manifest-stub.ts",
  },
};
