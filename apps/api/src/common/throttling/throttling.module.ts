import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '../../config/app-config';
import { SignInAttempts } from './sign-in-attempts';
import { ThrottleStore } from './throttle-store';

/**
 * Rate limiting for the API and anything else that loads the sign-in resolvers (the operator CLI):
 * @nestjs/throttler's per-address limit and the per-account count of failed sign-ins, both counted in
 * one ThrottleStore (Redis when REDIS_URL is set, so N instances allow the limit once, not N times).
 * Needs APP_CONFIG from a global module.
 */
@Global()
@Module({})
export class ThrottlingModule {
  static forRoot(config: Pick<AppConfig, 'loginAttemptsPerMinute'>): DynamicModule {
    return {
      module: ThrottlingModule,
      providers: [ThrottleStore, SignInAttempts],
      exports: [ThrottleStore, SignInAttempts],
      imports: [
        ThrottlerModule.forRootAsync({
          inject: [ThrottleStore],
          useFactory: (storage: ThrottleStore) => ({
            throttlers: [{ name: 'login', ttl: 60_000, limit: config.loginAttemptsPerMinute }],
            storage,
          }),
        }),
      ],
    };
  }
}
