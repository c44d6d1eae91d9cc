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
 * The modules that entries need statically, following the names they import through barrels
 * (index.ts files that only re-export): `import { useViewer } from '../modules/auth'` needs
 * modules/auth/hooks/useViewer.ts, not all of modules/auth. That is close to what tree-shaking keeps,
 * where the import graph alone reaches every module of every feature a barrel names. A module that is
 * not a barrel is taken whole, with everything it imports. Dynamic imports are not followed; modules
 * `code` has no code for (node_modules, virtual ids the bundler keeps out) end the walk.
 */
export class UsedModules {
  private readonly shapes = new Map<string, ModuleShape>();
  private readonly resolved = new Map<string, string | null>();

  constructor(
    private readonly code: Code,
    private readonly resolve: Resolve,
    private readonly follow: (id: string) => boolean,
  ) {}

  async of(entries: string[]): Promise<Set<string>> {
    const wanted = new Map<string, Wanted>();
    const used = new Set<string>();
    const visit = async (id: string, want: Wanted): Promise<void> => {
      if (!this.follow(id)) return;
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
      const shape = this.shape(id);
      if (!shape) return;
      // A barrel's own code is only what it re-exports; a real module's first visit takes all it imports.
      if (!shape.barrel) {
        if (used.has(id)) return;
        fresh = 'all';
      }
      used.add(id);
      for (const edge of shape.edges) {
        const target = await this.target(id, edge.source);
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

  private shape(id: string): ModuleShape | null {
    let shape = this.shapes.get(id);
    if (!shape) {
      const text = this.code(id);
      if (text === null) return null;
      shape = moduleShape(id, text);
      this.shapes.set(id, shape);
    }
    return shape;
  }

  private async target(importer: string, source: string): Promise<string | null> {
    const key = `${importer}\0${source}`;
    if (!this.resolved.has(key)) this.resolved.set(key, await this.resolve(source, importer));
    return this.resolved.get(key) ?? null;
  }
}

/** A `codeSplitting` group that puts a computed set of modules in one chunk. */
export interface ModuleGroup {
  name: (id: string) => string | null;
  debugName: string;
  priority: number;
  includeDependenciesRecursively: false;
}

export interface AppChunksOptions {
  /** The first chunk's entry (main.tsx): what it uses stays in it. */
  first: string;
  /** The sign-in page, which loads without the signed-in app. */
  signIn: string;
  /** The signed-in app, which every other route loads. */
  signedIn: string;
  /** The app's own modules (the walk stops at libraries). */
  follow: (id: string) => boolean;
}

/**
 * Two chunks the bundler would otherwise split into a dozen of a few hundred bytes each (one per set
 * of pages that share a module):
 * - `signed-in`: every module the signed-in app needs but the first chunk and the sign-in page. Every
 *   route past sign-in loads it anyway (app/routes.tsx), so what it shares with some pages costs them
 *   nothing there, and saves a request each (twelve on /bank).
 * - `sign-in-shared`: what the sign-in page shares with the rest of the app (the brand mark, form
 *   fields, error texts), so that /login loads two chunks beyond the first instead of seven.
 */
export function appChunks(options: AppChunksOptions): { plugin: Plugin; groups: ModuleGroup[] } {
  let signedIn: Set<string> | null = null;
  let signInShared: Set<string> | null = null;
  const group = (name: string, members: () => Set<string> | null): ModuleGroup => ({
    name: (id) => {
      const set = members();
      if (!set) throw new Error(`app-chunks: the modules of ${name} are not known yet (buildEnd did not run)`);
      return set.has(id) ? name : null;
    },
    debugName: name,
    priority: 3,
    // Its modules' own imports are in it already, or in the first chunk, the other group or the libraries'.
    includeDependenciesRecursively: false,
  });
  return {
    plugin: {
      name: 'panelist:app-chunks',
      apply: 'build',
      async buildEnd(error) {
        if (error) return;
        const graph = new UsedModules(
          (id) => this.getModuleInfo(id)?.code ?? null,
          async (source, importer) => (await this.resolve(source, importer))?.id ?? null,
          options.follow,
        );
        const first = await graph.of([options.first]);
        const signIn = await graph.of([options.signIn]);
        const app = await graph.of([options.signedIn]);
        // Every page and lazily loaded part of the app but these two.
        const others = new Set<string>();
        for (const id of [...this.getModuleIds()]) {
          for (const entry of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) {
            if (entry === options.signIn || entry === options.signedIn || !options.follow(entry)) continue;
            for (const used of await graph.of([entry])) others.add(used);
          }
        }
        signedIn = new Set([...app].filter((id) => !first.has(id) && !signIn.has(id)));
        signInShared = new Set([...signIn].filter((id) => !first.has(id) && (app.has(id) || others.has(id))));
      },
    },
    groups: [group('signed-in', () => signedIn), group('sign-in-shared', () => signInShared)],
  };
}
