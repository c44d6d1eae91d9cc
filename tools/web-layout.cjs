// The web app's own layout, enforced with eslint's core `no-restricted-imports` (used by eslint.config.mjs
// and proven by tools/test/web-layout.spec.ts):
// - pages (and app/) use a module only through its index: `../../modules/jobs`, never `../../modules/jobs/components/JobForm`;
//   a page may import a module's sheet (`../../modules/audit/audit.css`): a sheet that belongs to lazily loaded
//   routes is imported by their pages, so it loads with the route's chunk (an index importing it would carry it,
//   through every barrel that reaches the module, into the main bundle and change the cascade);
// - a feature module uses another module only through its index;
// - shared modules (ui, errors) import no feature module, no page and nothing from app/.
// Tests (`__tests__/`, `*.spec.*`) may reach inside modules for fixtures.
// Patterns are on the import text, so they are written per folder depth (a relative path's `../` count).

/** Modules every feature may use and that themselves use no feature. */
const SHARED_MODULES = ['ui', 'errors', 'format'];

const WEB = 'apps/web/src';
const TESTS = ['**/__tests__/**', '**/*.spec.ts', '**/*.spec.tsx'];
const up = (depth) => `(\\.\\./){${depth}}`;
const deepIntoModule = (prefix, { sheets = false } = {}) => ({
  regex: `^${prefix}[^./][^/]*/${sheets ? '(?!.*\\.css$)' : ''}`,
  message: 'Use another module only through its index (import from the module folder, and export what you need from its index.ts).',
});

function block(files, ignores, patterns) {
  return { files, ignores: [...TESTS, ...ignores], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

/** Flat-config blocks for apps/web: one per kind of file and folder depth. */
function webLayoutConfig() {
  const blocks = [];
  blocks.push(block([`${WEB}/pages/*/*.{ts,tsx}`], [], [deepIntoModule(`${up(2)}modules/`, { sheets: true })]));
  blocks.push(block([`${WEB}/app/*.{ts,tsx}`], [], [deepIntoModule(`${up(1)}modules/`)]));
  blocks.push(block([`${WEB}/app/*/*.{ts,tsx}`], [], [deepIntoModule(`${up(2)}modules/`)]));
  const notChecked = SHARED_MODULES.map((name) => `${WEB}/modules/${name}/**`);
  for (let depth = 1; depth <= 3; depth += 1) {
    const files = [`${WEB}/modules/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`];
    const outOfModules = {
      regex: `^${up(depth + 1)}(pages|app)(/|$)`,
      message: 'A module never imports a page or the app; the app composes modules.',
    };
    blocks.push(block(files, notChecked, [deepIntoModule(up(depth)), outOfModules]));
    blocks.push({
      ...block(
        SHARED_MODULES.map((name) => `${WEB}/modules/${name}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`),
        [],
        [
          {
            regex: `^${up(depth)}(?!(${SHARED_MODULES.join('|')})(/|$))[^./]`,
            message: `Shared modules (${SHARED_MODULES.join(', ')}) use no feature module: move the shared piece into a shared module, or pass it in.`,
          },
          deepIntoModule(up(depth)),
          outOfModules,
        ],
      ),
    });
  }
  return blocks;
}

module.exports = { SHARED_MODULES, webLayoutConfig };
