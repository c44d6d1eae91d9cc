import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { addTypenameToDocument, canonicalStringify, print } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { minifySync, parseSync, transformWithOxc, type Plugin, type Rolldown } from 'vite';
import { generatedDocuments } from './split-graphql-documents.mts';

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
  routes: Array<[pattern: string, files: number[], requests?: number[]]>;
  everywhere: number[];
  except: string[];
  requests?: Array<[key: string, operationName: string, variables: Record<string, unknown>, query: string, anySearch: 0 | 1]>;
}

export interface RoutePreloadOptions {
  /** The script's code: a module exporting `installRoutePreload(table, window)` and importing nothing. */
  runtime: string;
  /** The module that exports the route objects (`export const routes = [...]`). */
  routes: string;
  /** A module every route loads but those listed, with the paths that do not load it. */
  everywhereBut: { module: string; paths: readonly string[] };
  /** The codegen's module of typed documents (generated/graphql.ts): the first-load queries' text. */
  documents: string;
  /** The query the frames that ask who is signed in send first (`Me`). */
  viewerOperation: string;
}

// As app/first-load.ts has them (not imported: the config loads no app module); the e2e budget journey
// fails if they drift apart, as the page would then send its queries again.
const firstLoadKey = (operationName: string, variables: Record<string, unknown>) => `${operationName} ${canonicalStringify(variables)}`;
const compactQuery = (text: string) => (text.includes('"') ? text : text.replace(/\s+/g, ' ').trim());

/** A query a page sends as soon as it runs, declared in its route's `handle.firstLoad`. */
export interface FirstLoadQuery {
  operation: string;
  variables: Record<string, unknown>;
}

/**
 * One route of the table: its full path pattern, the dynamically imported modules of its `lazy`, whether
 * it renders inside a frame that asks who is signed in (`frame(…, true)`), and its first-load queries.
 */
export interface RouteModules {
  path: string;
  modules: string[];
  asksForViewer: boolean;
  firstLoad: FirstLoadQuery[];
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

/** The value a literal in the route module stands for: objects, arrays, strings, numbers, booleans and null. */
function literal(node: Node, fileName: string): unknown {
  if (node.type === 'Literal') return node.value;
  if (node.type === 'ArrayExpression') return (node.elements as Node[]).map((element) => literal(element, fileName));
  if (node.type === 'ObjectExpression') {
    const value: Record<string, unknown> = {};
    for (const entry of node.properties as Node[]) {
      const key = entry.key as Node;
      if (entry.type !== 'Property' || (key.type !== 'Identifier' && key.type !== 'Literal'))
        throw new Error(`${fileName}: a route's handle must be plain data`);
      value[String(key.type === 'Identifier' ? key.name : key.value)] = literal(entry.value as Node, fileName);
    }
    return value;
  }
  throw new Error(`${fileName}: a route's handle must be plain data, found ${node.type}`);
}

/** `handle: { firstLoad: [{ operation, variables }] }` of a route, checked. */
function firstLoadOf(route: Node, fileName: string): FirstLoadQuery[] {
  const handle = property(route, 'handle');
  const declared = handle ? (literal(handle, fileName) as { firstLoad?: unknown }).firstLoad : undefined;
  if (declared === undefined) return [];
  const valid = (item: unknown): item is FirstLoadQuery =>
    typeof (item as FirstLoadQuery).operation === 'string' && typeof (item as FirstLoadQuery).variables === 'object';
  if (!Array.isArray(declared) || !declared.every(valid))
    throw new Error(`${fileName}: handle.firstLoad must list { operation, variables }`);
  return declared;
}

/** `lazy: frame(pick, true)`: the frame asks who is signed in as soon as it loads. */
function asksForViewer(route: Node): boolean {
  const lazy = property(route, 'lazy');
  if (lazy?.type !== 'CallExpression' || (lazy.callee as Node).name !== 'frame') return false;
  const flag = (lazy.arguments as Node[])[1];
  return flag?.type === 'Literal' && flag.value === true;
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
  const visit = (routes: Node, parent: string, viewer: boolean) => {
    for (const route of routes.elements as Node[]) {
      if (route.type !== 'ObjectExpression') throw new Error(`${fileName}: every route must be an object literal, found ${route.type}`);
      const path = property(route, 'path');
      if (path && (path.type !== 'Literal' || typeof path.value !== 'string'))
        throw new Error(`${fileName}: a route's path must be a string literal`);
      const full = path ? joinPaths(parent, path.value as string) : parent;
      const lazy = property(route, 'lazy');
      const modules = lazy ? dynamicImports(lazy) : [];
      const viewerHere = viewer || asksForViewer(route);
      if (path || property(route, 'index'))
        table.push({ path: full || '/', modules, asksForViewer: viewerHere, firstLoad: firstLoadOf(route, fileName) });
      const children = property(route, 'children');
      if (children?.type === 'ArrayExpression') visit(children, full, viewerHere);
    }
  };
  visit(list, '', false);
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
      // The first-load queries, as Apollo sends them (its cache adds __typename); first-load.ts checks the text.
      const documents = generatedDocuments(readFileSync(options.documents, 'utf8'));
      const requests: NonNullable<RoutePreloadTable['requests']> = [];
      const requestIndex = (query: FirstLoadQuery, anySearch: 0 | 1) => {
        const key = firstLoadKey(query.operation, query.variables);
        const found = requests.findIndex(([known]) => known === key);
        if (found >= 0) return found;
        const json = documents.get(`${query.operation}Document`);
        if (!json) throw new Error(`route-preload: no generated document for the first-load query ${query.operation}`);
        const text = compactQuery(print(addTypenameToDocument(JSON.parse(json) as DocumentNode)));
        return requests.push([key, query.operation, query.variables, text, anySearch]) - 1;
      };
      const firstLoadRequests = (route: RouteModules) => [
        ...(route.asksForViewer ? [requestIndex({ operation: options.viewerOperation, variables: {} }, 1)] : []),
        ...route.firstLoad.map((query) => requestIndex(query, 0)),
      ];
      const beyondInitial = (closure: { files: Set<string>; css: Set<string> }) => [
        ...[...closure.css].filter((file) => !initial.css.has(file)),
        ...[...closure.files].filter((file) => !initial.files.has(file)),
      ];

      const everywhereChunk = chunkOf(options.everywhereBut.module);
      if (initial.files.has(everywhereChunk)) throw new Error(`route-preload: the first chunk imports ${options.everywhereBut.module}`);
      const everywhere = beyondInitial(chunkClosure(bundle, everywhereChunk)).map(indexOf);
      const table = readRouteTable(readFileSync(options.routes, 'utf8'), options.routes);
      const routes: Array<[string, number[], number[]]> = [];
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
        routes.push([route.path, own, firstLoadRequests(route)]);
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
        routes: routes.map(([path, indexes, queries]) =>
          queries.length ? [path, byPriority(indexes), queries] : [path, byPriority(indexes)],
        ),
        requests,
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
