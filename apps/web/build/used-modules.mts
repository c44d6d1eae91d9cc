import { parseSync, type Plugin, type Rolldown } from 'vite';

/** What a module is asked for: some of its exports by name, or all of it (a namespace or side-effect import). */
type Wanted = Set<string> | 'all';

type Node = { type: string; [key: string]: unknown };

interface ModuleShape {
  /** Only `export … from` statements (and stylesheet imports): a feature's index.ts, the codegen's documents. */
  barrel: boolean;
  /** import and export-from statements: the path, and the names taken from it (`all`: every one). */
  edges: Array<{ source: string; names: Array<[imported: string, exported: string]> | 'all' }>;
}

function name(node: Node): string {
  return node.type === 'Identifier' ? (node.name as string) : String(node.value);
}

/** The import and re-export statements of a module's (transformed, plain JavaScript) code. */
export function moduleShape(id: string, code: string): ModuleShape {
  const { program, errors } = parseSync(id, code, { lang: 'js', sourceType: 'module' });
  if (errors.length > 0) throw new Error(`used-modules: ${id} does not parse: ${errors[0].message}`);
  const edges: ModuleShape['edges'] = [];
  let barrel = true;
  for (const statement of program.body as unknown as Node[]) {
    const source = (statement.source as Node | null | undefined)?.value as string | undefined;
    if (statement.type === 'ImportDeclaration' && source !== undefined) {
      const specifiers = statement.specifiers as Node[];
      if (specifiers.some((specifier) => specifier.type !== 'ImportSpecifier')) edges.push({ source, names: 'all' });
      else if (specifiers.length === 0) edges.push({ source, names: 'all' });
      else edges.push({ source, names: specifiers.map((specifier) => [name(specifier.imported as Node), name(specifier.local as Node)]) });
      // A barrel may load its feature's stylesheet, nothing else.
      if (specifiers.length > 0 || !/\.css(\?|$)/.test(source)) barrel = false;
    } else if (statement.type === 'ExportNamedDeclaration' && source !== undefined) {
      edges.push({
        source,
        names: (statement.specifiers as Node[]).map((specifier) => [name(specifier.local as Node), name(specifier.exported as Node)]),
      });
    } else if (statement.type === 'ExportAllDeclaration' && source !== undefined) {
      edges.push({ source, names: statement.exported ? 'all' : [['*', '*']] });
    } else {
      barrel = false;
    }
  }
  return { barrel, edges };
}

type Resolve = (source: string, importer: string) => Promise<string | null>;
type Code = (id: string) => string | null;

/**
 * The modules that `entries` need statically, following the names they import through barrels
 * (index.ts files that only re-export): `import { useViewer } from '../modules/auth'` needs
 * modules/auth/hooks/useViewer.ts, not all of modules/auth. That is close to what tree-shaking keeps,
 * where the import graph alone reaches every module of every feature a barrel names. A module that is
 * not a barrel is taken whole, with everything it imports. Dynamic imports are not followed; modules
 * `code` has no code for (node_modules, virtual ids the bundler keeps out) end the walk.
 */
export async function usedModules(entries: string[], code: Code, resolve: Resolve, follow: (id: string) => boolean): Promise<Set<string>> {
  const shapes = new Map<string, ModuleShape>();
  const wanted = new Map<string, Wanted>();
  const used = new Set<string>();
  const resolved = new Map<string, string | null>();

  const visit = async (id: string, want: Wanted): Promise<void> => {
    if (!follow(id)) return;
    const before = wanted.get(id);
    let fresh: Wanted;
    if (before === 'all') return;
    if (want === 'all' || before === undefined) fresh = want;
    else {
      fresh = new Set([...want].filter((exported) => !before.has(exported)));
      if (fresh.size === 0) return;
    }
    wanted.set(id, want === 'all' ? 'all' : new Set([...(before === undefined ? [] : before), ...want]));
    if (/\.css($|\?)/.test(id)) {
      used.add(id);
      return;
    }
    const text = code(id);
    if (text === null) return;
    let shape = shapes.get(id);
    if (!shape) {
      shape = moduleShape(id, text);
      shapes.set(id, shape);
    }
    // A barrel's own code is only what it re-exports; a real module's first visit takes all it imports.
    if (!shape.barrel) {
      if (used.has(id)) return;
      used.add(id);
      fresh = 'all';
    } else {
      used.add(id);
    }
    for (const edge of shape.edges) {
      const key = `${id}\0${edge.source}`;
      if (!resolved.has(key)) resolved.set(key, await resolve(edge.source, id));
      const target = resolved.get(key);
      if (!target) continue;
      if (edge.names === 'all') {
        await visit(target, 'all');
        continue;
      }
      const names = edge.names
        .filter(([, exported]) => fresh === 'all' || !shape.barrel || exported === '*' || fresh.has(exported))
        .map(([imported]) => imported);
      if (names.includes('*')) await visit(target, fresh === 'all' || !shape.barrel ? 'all' : fresh);
      else if (names.length > 0) await visit(target, new Set(names));
    }
  };

  for (const entry of entries) await visit(entry, 'all');
  return used;
}

/** `usedModules` in a plugin hook that runs after the module graph is complete (buildEnd). */
export function usedModulesInBuild(
  context: Rolldown.PluginContext,
  entries: string[],
  follow: (id: string) => boolean,
): Promise<Set<string>> {
  return usedModules(
    entries,
    (id) => context.getModuleInfo(id)?.code ?? null,
    async (source, importer) => (await context.resolve(source, importer))?.id ?? null,
    follow,
  );
}

export interface EntryChunk {
  plugin: Plugin;
  /** A `codeSplitting` group: the modules `entry` needs that the first page does not, in one chunk. */
  group: { name: (id: string) => string | null; priority: number; debugName: string; includeDependenciesRecursively: false };
}

/**
 * One chunk for what a dynamically imported entry needs, rather than one per set of importers. Every
 * route past sign-in loads the signed-in app (app/routes.tsx), so a module the app shares with some
 * pages costs them nothing in its chunk, and saves a request each; the bundler alone splits such
 * modules into chunks of a few hundred bytes each (twelve of them on /bank).
 */
export function entryChunk(options: {
  name: string;
  entry: string;
  /** The entries that load without it (the first chunk; pages that do not need it): what they use stays out. */
  without: string[];
  follow: (id: string) => boolean;
}): EntryChunk {
  let members: Set<string> | null = null;
  return {
    plugin: {
      name: `panelist:entry-chunk:${options.name}`,
      apply: 'build',
      async buildEnd(error) {
        if (error) return;
        const [needed, outside] = await Promise.all([
          usedModulesInBuild(this, [options.entry], options.follow),
          usedModulesInBuild(this, options.without, options.follow),
        ]);
        members = new Set([...needed].filter((id) => !outside.has(id)));
      },
    },
    group: {
      name: (id) => {
        if (!members) throw new Error(`entry-chunk ${options.name}: the chunk's modules are not known yet (buildEnd did not run)`);
        return members.has(id) ? options.name : null;
      },
      priority: 3,
      debugName: options.name,
      // Its modules' own imports are in it already, or in the first page's chunks and the libraries'.
      includeDependenciesRecursively: false,
    },
  };
}
