import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { minifySync, parseSync, transformWithOxc, type Plugin, type Rolldown } from 'vite';

/**
 * What the first load of a page downloads before it can show anything: the entry (index.html names it
 * and its imports), then, once the router has run, the chunks of the route. Those start only after the
 * entry and React have been downloaded and evaluated. This plugin writes a small classic script into
 * index.html that, while the entry downloads, looks up the address in a table of the app's routes
 * (read from app/routes.tsx at build time) and asks for the route's chunks and stylesheets at once: the
 * signed-in app for every page but sign-in, and the page's own chunk with what it imports.
 * The script is a file of its own, as the Content-Security-Policy forbids inline scripts.
 */
/** The table app/route-preload.ts reads (kept in step with its `RoutePreloadTable`). */
interface RoutePreloadTable {
  files: string[];
  routes: Array<[pattern: string, files: number[]]>;
  everywhere: number[];
  except: string[];
}

export interface RoutePreloadOptions {
  /** The script's code: a module exporting `installRoutePreload(table, window)` and importing nothing. */
  runtime: string;
  /** The module that exports the route objects (`export const routes = [...]`). */
  routes: string;
  /** A module every route loads but those listed, with the paths that do not load it. */
  everywhereBut: { module: string; paths: readonly string[] };
}

/** One route of the table: its full path pattern and the dynamically imported modules of its `lazy`. */
export interface RouteModules {
  path: string;
  modules: string[];
}

type Node = { type: string; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function property(object: Node, name: string): Node | undefined {
  for (const entry of object.properties as Node[]) {
    if (entry.type !== 'Property') continue;
    const key = entry.key as Node;
    if ((key.type === 'Identifier' && key.name === name) || (key.type === 'Literal' && key.value === name)) return entry.value as Node;
  }
  return undefined;
}

/** Every `import('…')` with a literal path inside a node. */
function dynamicImports(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) dynamicImports(item, found);
  } else if (isNode(node)) {
    const source = node.source as Node | undefined;
    if (node.type === 'ImportExpression' && source?.type === 'Literal' && typeof source.value === 'string') found.push(source.value);
    for (const [key, value] of Object.entries(node)) if (key !== 'type') dynamicImports(value, found);
  }
  return found;
}

function joinPaths(parent: string, path: string): string {
  if (path.startsWith('/')) return path;
  const joined = `${parent.replace(/\/$/, '')}/${path}`;
  return joined === '' ? '/' : joined;
}

/**
 * The routes of a React Router route module and what each one's `lazy` imports, with the full path of
 * each route (a child's relative path is joined to its parents'; layout routes without a path add
 * nothing; an index route has its parent's path).
 */
export function readRouteTable(source: string, fileName = 'routes.tsx'): RouteModules[] {
  const { program, errors } = parseSync(fileName, source, { lang: 'tsx' });
  if (errors.length > 0) throw new Error(`${fileName} does not parse: ${errors[0].message}`);
  let list: Node | undefined;
  for (const statement of program.body as unknown as Node[]) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Node | null) : null;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations as Node[]) {
      if ((declarator.id as Node).name === 'routes') list = declarator.init as Node;
    }
  }
  if (list?.type !== 'ArrayExpression') throw new Error(`${fileName} has no \`export const routes = [...]\``);

  const table: RouteModules[] = [];
  const visit = (routes: Node, parent: string) => {
    for (const route of routes.elements as Node[]) {
      if (route.type !== 'ObjectExpression') throw new Error(`${fileName}: every route must be an object literal, found ${route.type}`);
      const path = property(route, 'path');
      if (path && (path.type !== 'Literal' || typeof path.value !== 'string'))
        throw new Error(`${fileName}: a route's path must be a string literal`);
      const full = path ? joinPaths(parent, path.value as string) : parent;
      const lazy = property(route, 'lazy');
      const modules = lazy ? dynamicImports(lazy) : [];
      if (path || property(route, 'index')) table.push({ path: full || '/', modules });
      const children = property(route, 'children');
      if (children?.type === 'ArrayExpression') visit(children, full);
    }
  };
  visit(list, '');
  return table;
}

/** How React Router ranks a pattern (static segments first); the best match wins. */
export function patternScore(pattern: string): number {
  const segments = pattern.split('/').filter(Boolean);
  return segments.reduce((score, segment) => score + (segment === '*' ? -2 : segment.startsWith(':') ? 3 : 10), segments.length);
}

/** The files of a chunk and of every chunk it imports statically, and their stylesheets. */
function chunkClosure(bundle: Rolldown.OutputBundle, fileName: string, files = new Set<string>(), css = new Set<string>()) {
  if (files.has(fileName)) return { files, css };
  const chunk = bundle[fileName];
  if (chunk?.type !== 'chunk') return { files, css };
  files.add(fileName);
  for (const sheet of chunk.viteMetadata?.importedCss ?? []) css.add(sheet);
  for (const imported of chunk.imports) chunkClosure(bundle, imported, files, css);
  return { files, css };
}

/** The file an `import('./x')` of the routes module loads (the bundler's resolution for the app's own modules). */
function resolveModule(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const found = [base, `${base}.tsx`, `${base}.ts`, `${base}/index.tsx`, `${base}/index.ts`].find(
    (candidate) => existsSync(candidate) && /\.tsx?$/.test(candidate),
  );
  if (!found) throw new Error(`route-preload: ${from} imports ${specifier}, which is not a module of the app`);
  return found;
}

/** Where the build writes chunks and stylesheets; the table leaves this and `.js` out of each name. */
const ASSETS = 'assets/';

/**
 * The script: the app's own `installRoutePreload` (app/route-preload.ts, which jest tests in a DOM)
 * compiled, run on this build's table, minified.
 */
export async function preloadScript(runtimeFile: string, table: RoutePreloadTable): Promise<string> {
  const files = table.files.map((file) => {
    if (!file.startsWith(ASSETS) || !/\.(js|css)$/.test(file))
      throw new Error(`route-preload: ${file} is not a script or stylesheet under ${ASSETS}`);
    return file.slice(ASSETS.length).replace(/\.js$/, '');
  });
  const { code: runtime } = await transformWithOxc(readFileSync(runtimeFile, 'utf8'), runtimeFile, { lang: 'ts' });
  if (/^\s*import\b/m.test(runtime)) throw new Error(`route-preload: ${runtimeFile} must not import anything: it runs on its own`);
  const body = runtime.replace(/^export (?=function )/gm, '').replace(/^export \{\s*\};?\s*$/gm, '');
  const source = `(function(){${body}\ninstallRoutePreload(${JSON.stringify({ ...table, files })}, window);})();`;
  const { code, errors } = minifySync('route-preload.js', source, { compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`route-preload: the script does not minify: ${errors[0].message}`);
  return code;
}

export function routePreload(options: RoutePreloadOptions): Plugin[] {
  const entries = new Set<string>();
  // Before the bundler's own generateBundle, which resolves the preload lists, the entry's final name.
  const entryNames: Plugin = {
    name: 'panelist:route-preload:entry',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_output, bundle) {
        for (const item of Object.values(bundle)) if (item.type === 'chunk' && item.isEntry) entries.add(item.fileName);
      },
    },
  };
  const plugin: Plugin = {
    name: 'panelist:route-preload',
    apply: 'build',
    enforce: 'post',
    config: () => ({
      build: {
        modulePreload: {
          // The bundler's loader preloads what a dynamically imported chunk imports, from a list of every
          // chunk's name in the first chunk (1.7 kB gzip for all of them). The first chunk's dynamic
          // imports are the routes' (app/routes.tsx): the route table below lists what they need, for the
          // first load and for every navigation (App.tsx), so that list keeps only their stylesheets.
          resolveDependencies: (_file: string, deps: string[], { hostId, hostType }: { hostId: string; hostType: string }) =>
            hostType === 'js' && entries.has(hostId) ? deps.filter((dep) => dep.endsWith('.css')) : deps,
        },
      },
    }),
    async generateBundle(_output, bundle) {
      const chunks = Object.values(bundle).filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) throw new Error('route-preload: the build has no entry chunk');
      // The entry and what it imports are in index.html already.
      const initial = chunkClosure(bundle, entry.fileName);
      // A dynamically imported module is its chunk's facade, or one of its modules when a group put it there.
      const chunkOf = (module: string) => {
        const chunk =
          chunks.find((candidate) => candidate.facadeModuleId === module) ??
          chunks.find((candidate) => candidate.moduleIds.includes(module));
        if (!chunk) throw new Error(`route-preload: no chunk holds ${module}; is it still imported with import()?`);
        return chunk.fileName;
      };
      const files: string[] = [];
      const indexOf = (file: string) => (files.includes(file) ? files.indexOf(file) : files.push(file) - 1);
      const beyondInitial = (closure: { files: Set<string>; css: Set<string> }) => [
        ...[...closure.css].filter((file) => !initial.css.has(file)),
        ...[...closure.files].filter((file) => !initial.files.has(file)),
      ];

      const everywhereChunk = chunkOf(options.everywhereBut.module);
      if (initial.files.has(everywhereChunk)) throw new Error(`route-preload: the first chunk imports ${options.everywhereBut.module}`);
      const everywhere = beyondInitial(chunkClosure(bundle, everywhereChunk)).map(indexOf);
      const table = readRouteTable(readFileSync(options.routes, 'utf8'), options.routes);
      const routes: Array<[string, number[]]> = [];
      for (const route of table) {
        const closure = { files: new Set<string>(), css: new Set<string>() };
        for (const specifier of route.modules) {
          const module = resolveModule(options.routes, specifier);
          if (module === options.everywhereBut.module) continue;
          chunkClosure(bundle, chunkOf(module), closure.files, closure.css);
        }
        const outside = options.everywhereBut.paths.includes(route.path);
        if (outside && closure.files.has(everywhereChunk)) {
          throw new Error(`route-preload: ${route.path} is to load without ${options.everywhereBut.module}, but its chunks import it`);
        }
        // What the route shares with the signed-in app comes with it, but on the routes that load without it.
        const own = beyondInitial(closure)
          .map(indexOf)
          .filter((index) => outside || !everywhere.includes(index));
        routes.push([route.path, own]);
      }
      // The browser opens six connections to a host: the files are asked for in the table's order, so
      // stylesheets (the loader waits for a page's sheets) come first, then the largest scripts.
      const size = (file: string) => {
        const item = bundle[file];
        return item?.type === 'chunk' ? item.code.length : 0;
      };
      const order = files
        .map((_, index) => index)
        .sort((a, b) => {
          const [x, y] = [files[a], files[b]];
          return Number(y.endsWith('.css')) - Number(x.endsWith('.css')) || size(y) - size(x) || a - b;
        });
      const renumber = new Map(order.map((old, index) => [old, index]));
      const byPriority = (indexes: number[]) => indexes.map((index) => renumber.get(index) as number).sort((a, b) => a - b);
      const source = await preloadScript(options.runtime, {
        files: order.map((index) => files[index]),
        routes: routes.map(([path, indexes]) => [path, byPriority(indexes)]),
        everywhere: byPriority(everywhere),
        except: [...options.everywhereBut.paths],
      });
      const fileName = `assets/route-preload-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source });

      const html = bundle['index.html'];
      if (html?.type !== 'asset') throw new Error('route-preload: the build has no index.html');
      const text = String(html.source);
      // Async: it runs as soon as it arrives, without holding up the parser (or the entry's download).
      const tag = `<script async src="/${fileName}"></script>`;
      if (!text.includes('</title>')) throw new Error('route-preload: index.html has no <title> to put the script after');
      html.source = text.replace('</title>', `</title>\n    ${tag}`);
    },
  };
  return [entryNames, plugin];
}
