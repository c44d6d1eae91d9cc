import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '@panelist/db';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BankHealthModule } from './bank-health/bank-health.module';
import { BankExportModule } from './bank-export/bank-export.module';
import { BankImportsModule } from './bank-imports/bank-imports.module';
import { QuestionsModule } from './questions/questions.module';
import { compiledQueriesPlugin } from './common/graphql/compiled-queries.plugin';
import { MAX_QUERY_COST } from './common/graphql/query-cost';
import { queryCostPlugin } from './common/graphql/query-cost.plugin';
import { queryLimitOptions } from './common/graphql/query-limits';
import { webSocketOperationOptions } from './common/graphql/websocket-operations';
import { ThrottlingModule } from './common/throttling/throttling.module';
import { formatGraphQLError } from './common/errors/format-graphql-error';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { HealthModule } from './health/health.module';
import { KitsModule } from './kits/kits.module';
import { CandidatesModule } from './candidates/candidates.module';
import { CandidateDataModule } from './candidate-data/candidate-data.module';
import { InterviewsModule } from './interviews/interviews.module';
import { JobsModule } from './jobs/jobs.module';
import { ScorecardsModule } from './scorecards/scorecards.module';
import { SsoModule } from './sso/sso.module';
import { PanelScorecardsModule } from './panel-scorecards/panel-scorecards.module';
import { HiringDecisionsModule } from './hiring-decisions/hiring-decisions.module';
import { AnalyticsModule } from './analytics/analytics.module';
import { createPubSub, PUB_SUB, PubSubShutdown } from './common/graphql/pub-sub';
import { graphqlMetricsPlugin } from './observability/graphql-metrics.plugin';
import { loggerModule } from './observability/logger.module';
import { MetricsController } from './observability/metrics.controller';
import { graphQLContext } from './common/graphql/graphql-context';
import { MembersModule } from './members/members.module';
import { BackgroundJobsModule } from './common/jobs/jobs.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const limits = queryLimitOptions(config.production);
    return {
      module: AppModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }, { provide: PUB_SUB, useFactory: () => createPubSub(config) }, PubSubShutdown],
      exports: [APP_CONFIG, PUB_SUB],
      controllers: config.metricsEnabled ? [MetricsController] : [],
      imports: [
        loggerModule(config),
        // Two quick retries, not Nest's nine: an unreachable database fails the start in seconds.
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), retryAttempts: 2, retryDelay: 1000 }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          // Production answers no __schema/__type and names no fields in errors ("Did you mean …").
          introspection: !config.production,
          hideSchemaDetailsFromClientErrors: config.production,
          csrfPrevention: true,
          // The web app sends whole documents; a query cache anyone can fill is only attack surface.
          persistedQueries: false,
          includeStacktraceInErrorResponses: false,
          // Apollo indents every response by default: a third more bytes and CPU for no reader.
          stringifyResult: (result) => JSON.stringify(result),
          context: graphQLContext,
          formatError: formatGraphQLError,
          validationRules: limits.validationRules,
          parseOptions: limits.parseOptions,
          // No cache hints are used: Apollo's cache-control plugin would only wrap every resolver for nothing.
          // compiledQueriesPlugin runs repeated queries through graphql-jit (a kit's ~1,000 fields a third faster).
          plugins: [
            ApolloServerPluginCacheControlDisabled(),
            ...limits.plugins,
            queryCostPlugin(MAX_QUERY_COST),
            graphqlMetricsPlugin(),
            compiledQueriesPlugin(),
          ],
          // Subscriptions only, with the same shape limits as HTTP (common/graphql/websocket-operations.ts).
          subscriptions: { 'graphql-ws': { path: '/graphql', ...webSocketOperationOptions(config.production) } },
        }),
        // Counted in Redis when REDIS_URL is set, so N instances allow the limit once, not N times.
        ThrottlingModule.forRoot(config),
        BackgroundJobsModule,
        MailModule,
        NotificationsModule,
        HealthModule,
        AuditModule,
        AuthModule,
        MembersModule,
        OrganizationsModule,
        QuestionsModule,
        BankImportsModule,
        BankExportModule,
        BankHealthModule,
        KitsModule,
        JobsModule,
        CandidatesModule,
        CandidateDataModule,
        InterviewsModule,
        ScorecardsModule,
        PanelScorecardsModule,
        HiringDecisionsModule,
        AnalyticsModule,
        SsoModule,
      ],
    };
  }
}
