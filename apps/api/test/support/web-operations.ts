import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

const WEB_SOURCES = join(__dirname, '..', '..', '..', 'web', 'src');

export interface WebOperation {
  name: string;
  kind: OperationDefinitionNode['operation'];
  /** The operation and every fragment it spreads, directly or not: the document the web app sends. */
  document: string;
}

/** Every named operation in the web app's .graphql documents (what graphql-codegen reads), with its fragments. */
export function webOperations(): WebOperation[] {
  const files = readdirSync(WEB_SOURCES, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  const operations: OperationDefinitionNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const file of files) {
    for (const node of parse(readFileSync(join(WEB_SOURCES, file), 'utf8')).definitions) {
      if (node.kind === Kind.FRAGMENT_DEFINITION) fragments.set(node.name.value, node);
      else if (node.kind === Kind.OPERATION_DEFINITION) {
        if (!node.name) throw new Error(`An unnamed operation in ${file}`);
        operations.push(node);
      }
    }
  }
  return operations.map((node) => {
    const wanted: DefinitionNode[] = [node];
    const seen = new Set<string>();
    for (let index = 0; index < wanted.length; index++) {
      for (const name of spreadsIn(wanted[index])) {
        if (seen.has(name)) continue;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`${node.name?.value} spreads an unknown fragment ${name}`);
        seen.add(name);
        wanted.push(fragment);
      }
    }
    return {
      name: node.name?.value ?? '',
      kind: node.operation,
      document: wanted.map((definition) => print(definition)).join('\n\n'),
    };
  });
}

function spreadsIn(node: DefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}
