import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const VIRTUAL_PREFIX = '\0panelist-document:';
/** One generated document per line: `export const LoginDocument = {...json...} as unknown as DocumentNode<...>;` */
const DOCUMENT_LINE = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/;

/** The generated module's documents by export name (`MeDocument`), as JSON text. */
export function generatedDocuments(source: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const line of source.split('\n')) {
    const match = DOCUMENT_LINE.exec(line);
    if (match) documents.set(match[1], match[2]);
  }
  return documents;
}

/**
 * The codegen writes every operation's document into one module (generated/graphql.ts). A bundler
 * places a module in one chunk, so all documents used anywhere would ship with the first page. This
 * turns that module into re-exports of one small module per document: each document then lands in the
 * chunk of the pages that use it. The generated file itself stays as it is (types and editors use it).
 */
export function splitGraphqlDocuments(generatedFile: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'panelist:split-graphql-documents',
    enforce: 'pre',
    load(id) {
      if (id.startsWith(VIRTUAL_PREFIX)) {
        const name = id.slice(VIRTUAL_PREFIX.length);
        const json = documents.get(name);
        if (json === undefined) throw new Error(`No generated GraphQL document named ${name}.`);
        return { code: `export const ${name} = ${json};\n`, moduleSideEffects: false };
      }
      if (id !== generatedFile) return null;
      documents = new Map();
      const rest: string[] = [];
      for (const line of readFileSync(id, 'utf8').split('\n')) {
        const match = DOCUMENT_LINE.exec(line);
        if (!match) {
          rest.push(line);
          continue;
        }
        // JSON.parse proves the text is the plain data it should be before it is inlined as code.
        JSON.parse(match[2]);
        documents.set(match[1], match[2]);
        rest.push(`export { ${match[1]} } from '${VIRTUAL_PREFIX}${match[1]}';`);
      }
      if (documents.size === 0) throw new Error(`${generatedFile} has no documents in the expected form: did the codegen output change?`);
      return { code: rest.join('\n'), moduleSideEffects: false };
    },
    resolveId(source) {
      return source.startsWith(VIRTUAL_PREFIX) ? source : null;
    },
  };
}
