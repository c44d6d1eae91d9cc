// One jest run, three projects: fast unit tests (libs, api, db), the web app in jsdom, and
// integration tests against a real PostgreSQL (started once in globalSetup).
const { pathsToModuleNameMapper } = require('./tools/jest/paths.cjs');

const swc = (jsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: jsx },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        ...(jsx ? { react: { runtime: 'automatic' } } : {}),
      },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// openid-client and NestJS 12 (with their dependencies) ship only ES modules, which jest on Node 20
// cannot require ("createRequireEsmError"): SWC turns them into CommonJS like our own sources (Node
// itself loads them with require(esm)). Nest's FileTypeValidator, which we do not use, would also need
// file-type and its tokenizer packages here.
const ESM_ONLY = ['openid-client', 'oauth4webapi', 'jose', '@nestjs'];
const apiTransform = { '^.+\\.ts$': swc(false), [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: swc(false) };
const apiTransformIgnore = [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`];

const common = {
  rootDir: __dirname,
  moduleNameMapper: pathsToModuleNameMapper(),
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/tmp/'],
};

module.exports = {
  // Jest 30 reads testTimeout only here, not per project. A busy 2-CPU machine needs far more than 5 s:
  // suites that start the app and import the seed bank in a hook took over 30 s with six jobs running.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      transform: apiTransform,
      transformIgnorePatterns: apiTransformIgnore,
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/db/**/*.spec.ts',
        '<rootDir>/tools/test/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'web',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': swc(true) },
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.{ts,tsx}'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/jest.setup.ts'],
      moduleNameMapper: { ...common.moduleNameMapper, '\\.css$': '<rootDir>/tools/jest/style-stub.cjs' },
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      transform: apiTransform,
      transformIgnorePatterns: apiTransformIgnore,
      testMatch: ['<rootDir>/apps/api/test/integration/**/*.integration-spec.ts', '<rootDir>/tools/test/*.integration-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.mjs',
      testTimeout: 60000,
    },
  ],
};
