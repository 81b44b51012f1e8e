/** Browser tests: the built pane (dist/) served on 127.0.0.1 and driven in headless Chromium. Run after `npm run build`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser", "<rootDir>/test/release"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  testTimeout: 60000,
  maxWorkers: 1,
};
