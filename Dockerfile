# Kindred for self-hosting: `docker compose up` (see README.md).
# Stages: deps (npm ci) -> build (next build, standalone output; also runs the
# migrations in compose's "migrate" service) -> runtime (only the standalone
# server, its static files and the practices, as an unprivileged user).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV KINDRED_STANDALONE=1
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
# The practices are read from disk at run time.
COPY --from=build --chown=node:node /app/content ./content
USER node
EXPOSE 3000
# A larger young generation (32 MB semi-spaces, from 16): the email job allocates fast and briefly
# (render, send, drop), and minor collections were a fifth of its CPU (BENCHMARKS.md, "Weekly
# digest under 30 s"). About 50 MB more memory at the peak of a digest run.
CMD ["node", "--max-semi-space-size=32", "server.js"]
