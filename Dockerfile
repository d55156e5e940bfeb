# Kindred for self-hosting: `docker compose up` (see README.md).
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build /app ./
EXPOSE 3000
# Migrations are applied on every start; `migrate deploy` is a no-op when current.
CMD ["sh", "-c", "npx prisma migrate deploy && npx next start --port ${PORT}"]
