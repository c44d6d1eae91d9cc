# Build the web app and compile the API (dist/api: no compiler in the running process), keep production
# dependencies only. The operator CLIs still run their TypeScript through SWC.
# No demo data here: NODE_ENV=production, and the API refuses to start while a demo user has the demo
# password. The first organization comes from the operator CLI inside the container:
#   docker compose exec api npm run org -- create --name <organization> --admin-email <email>
# (the same as node -r ./tools/ts-register.cjs apps/api/src/organizations/organization.cli.ts create ...).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node node_modules/vite/bin/vite.js build --config apps/web/vite.config.mts \
 && node tools/build-api.mjs \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production WEB_DIST=/app/dist/web NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist/web dist/web
COPY --from=build /app/dist/api dist/api
COPY package.json tsconfig.base.json ./
COPY tools tools
COPY libs libs
COPY db db
COPY apps/api apps/api
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "node dist/api/release/db/cli.js migrate && exec node dist/api/release/apps/api/src/main.js"]
