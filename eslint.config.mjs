// Type-aware lint at zero warnings, plus Nx module boundaries: api and web never import each
// other, libs import only libs, db imports only libs. Inside the web app, the layout rules of
// tools/web-layout.cjs: pages and modules use a module only through its index; ui, errors and format use no feature.
// Layout is Prettier's (eslint-config-prettier switches off every stylistic rule that could disagree
// with it; `prettier --check .` runs in lint).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier/flat';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import moduleBoundaries from './tools/module-boundaries.cjs';
import webLayout from './tools/web-layout.cjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'tmp/**',
      '.nx/**',
      '.data/**',
      'apps/web/src/generated/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  { files: ['**/*.{mjs,cjs,js}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    plugins: { '@nx': nx },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: moduleBoundaries.depConstraints,
        },
      ],
    },
  },
  {
    // Nest injects by constructor metadata: a type-only import of an injected class breaks DI.
    files: ['apps/api/src/**/*.ts', 'db/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...webLayout.webLayoutConfig(),
  {
    // Tests read loosely typed JSON responses; the assertions are the type check there.
    files: ['**/*.spec.{ts,tsx}', '**/*.integration-spec.ts', 'apps/api/test/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // Last: Prettier owns formatting.
  prettier,
);
