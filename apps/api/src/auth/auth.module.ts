import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AccessGuard } from '../common/auth/access.guard';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MembersModule } from '../members/members.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionCache } from './session-cache';
import { SessionJwtStrategy } from './session-jwt.strategy';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    PassportModule,
    MembersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [
    AuthResolver,
    AuthService,
    SessionCache,
    SessionsService,
    SessionJwtStrategy,
    // Deny by default: every route and operation passes through the AccessGuard.
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionsService, AuthService],
})
export class AuthModule {}
