// Two projects: the pure core and adapters run in node, React components in jsdom.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
  },
];
module.exports = {
  // A cold test on a busy 2-core machine (CI, or engineers sharing one) can take far longer than
  // jest's 5 s default; a timeout is not an assertion, so give every test a minute.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/test/e2e/'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      // webpack's `new Worker(new URL(…, import.meta.url))`: no workers and no import.meta here.
      moduleNameMapper: { '/analysis-worker$': '<rootDir>/test/helpers/no-worker.ts' },
    },
    {
      displayName: 'jsdom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-dom.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      // webpack's `new Worker(new URL(…, import.meta.url))`: no workers and no import.meta here.
      moduleNameMapper: { '/analysis-worker$': '<rootDir>/test/helpers/no-worker.ts' },
    },
  ],
};
