# One image for every service and the gateway; docker-compose.yml picks the entry point.
FROM node:20-bookworm-slim
WORKDIR /app
RUN npm install -g pnpm@12.21.0
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @crm/gateway run graphiql:build
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1
CMD ["node_modules/.bin/tsx", "--tsconfig", "tsconfig.json", "gateway/src/main.ts"]
