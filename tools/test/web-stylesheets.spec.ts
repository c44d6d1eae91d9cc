import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const WEB = join(__dirname, '..', '..', 'apps', 'web', 'src');

/** The selectors and at-rule preludes of a sheet, in order (comments removed; nested @media blocks included). */
function preludes(css: string): string[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...code.matchAll(/([^{};]+)\{/g)].map((match) => match[1].trim());
}

function selectors(css: string): string[] {
  return preludes(css)
    .filter((prelude) => !prelude.startsWith('@'))
    .flatMap((prelude) => prelude.split(/,(?![^(]*\))/).map((selector) => selector.trim()));
}

/** Base elements (no class at all), or rules scoped by a class of the app shell (which may style a ui class inside it). */
const SHELL_CLASS = /^\.(shell|skip-link|org-switcher)(?:__[\w-]+|--[\w-]+)?$/;
function isTokensOrShell(selector: string): boolean {
  const [scope] = selector.match(/\.[\w-]+/) ?? [];
  return scope === undefined || SHELL_CLASS.test(scope);
}

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the web stylesheets', () => {
  const styles = readFileSync(join(WEB, 'styles.css'), 'utf8');

  it('keep styles.css to the tokens, the base elements and the app shell', () => {
    // A shared component's rule belongs in modules/ui/ui.css, a feature's in its module's sheet.
    expect(selectors(styles).filter((selector) => !isTokensOrShell(selector))).toEqual([]);
    expect(styles.match(/@import[^;]*;/g)).toEqual([`@import './styles/tokens.css';`]);
  });

  it('tell shell selectors from the rest', () => {
    expect(
      ['body', `h1[tabindex='-1']:focus`, '.shell__nav', '.org-switcher .field__error', '.card', '.field__error .shell'].map(
        isTokensOrShell,
      ),
    ).toEqual([true, true, true, true, false, false]);
    expect(selectors('.a, .b:is(.c, .d) {}\n@media (x) { .e { } }')).toEqual(['.a', '.b:is(.c, .d)', '.e']);
  });

  it('load every module sheet from the code that uses it', () => {
    const sources = filesUnder(WEB, '.ts')
      .concat(filesUnder(WEB, '.tsx'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unimported = filesUnder(join(WEB, 'modules'), '.css')
      .map((file) => relative(WEB, file))
      .filter((file) => !sources.includes(`/${file.split('/').pop()}'`));
    expect(unimported).toEqual([]);
    expect(readFileSync(join(WEB, 'modules', 'ui', 'index.ts'), 'utf8')).toContain(`import './ui.css';`);
  });
});
