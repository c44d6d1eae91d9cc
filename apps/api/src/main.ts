import 'reflect-metadata';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { loadConfig } from './config/app-config';
import { checkFirstRun } from './first-run/first-run';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  try {
    await checkFirstRun(app.get<DataSource>(getDataSourceToken()), {
      production: process.env.NODE_ENV === 'production',
      log: (line) => console.log(`[api] ${line}`),
    });
  } catch (error) {
    await app.close();
    throw error;
  }
  await app.listen(config.port, config.host);
  console.log(`[api] listening on port ${config.port} (GraphQL at /graphql, health at /health/ready)`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
