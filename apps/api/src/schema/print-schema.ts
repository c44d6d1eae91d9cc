import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/app-config';

export const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.gql');

/** Writes the code-first schema to apps/api/schema.gql, the input of the web app's codegen. */
async function main(): Promise<void> {
  const app = await createApp(loadConfig({ ...process.env, WEB_DIST: '' }));
  await app.init();
  const { schema } = app.get(GraphQLSchemaHost);
  writeFileSync(SCHEMA_FILE, `${printSchema(schema)}\n`);
  await app.close();
  console.log(`schema written to ${SCHEMA_FILE}`);
}

void main();
