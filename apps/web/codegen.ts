import type { CodegenConfig } from '@graphql-codegen/cli';

// One generated file: the types of every operation and fragment beside the web's features, and a typed
// document for each (imported from 'generated/graphql'). These are the plugins the client preset runs for
// its graphql.ts, without the preset's gql.ts string-lookup map, which nothing here uses.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    'apps/web/src/generated/graphql.ts': {
      plugins: [{ add: { content: '/* eslint-disable */' } }, 'typescript-operations', 'typed-document-node'],
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
