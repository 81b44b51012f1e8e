/** Unit, component and golden tests. Browser tests run separately (npm run test:browser). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } }],
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/setup/office-addin-manifest-stub.ts",
  },
};
