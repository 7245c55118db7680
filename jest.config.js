// One jest run for the whole repo: one Kafka broker and one PostgreSQL for every test file.
// Test kinds show in the file name: *.unit.spec.ts (no I/O), *.int.spec.ts (real PostgreSQL/Kafka),
// *.e2e.spec.ts (through the gateway or a browser).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const project = (dir) => ({
  displayName: dir,
  rootDir: `${__dirname}/${dir}`,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  transform: { '^.+\\.tsx?$': swc },
});

module.exports = {
  projects: [
    'packages/platform',
    'packages/events',
    'packages/testkit',
    'services/customer',
    'services/sales',
    'services/service',
    'services/marketing',
    'services/analytics',
    'gateway',
  ].map(project),
  globalSetup: '<rootDir>/packages/testkit/jest/globalSetup.mjs',
  globalTeardown: '<rootDir>/packages/testkit/jest/globalTeardown.mjs',
  testTimeout: 60_000,
};
