# syntax=docker/dockerfile:1
# Mesa de Ayuda on the official Node image (docs/deploy.md).
#   docker build -t mesa-de-ayuda .                       the app (standalone output, ~70 MB of app files)
#   docker build --target migrate -t mesa-de-ayuda:migrate .   migrations and seed, run once per deploy
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
# The install runs `prisma generate` (postinstall), which needs the schema and the offline engine wrapper.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
# `npm ci` refuses this lockfile on some npm versions; `npm install` keeps it as it is.
RUN npm install --no-audit --no-fund

FROM deps AS build
COPY . .
RUN node scripts/standalone.mjs /out

# Applies the migrations and the seed (idempotent) to DATABASE_URL, then exits.
FROM deps AS migrate
COPY . .
CMD ["node", "scripts/prepare-database.mjs"]

FROM ${NODE_IMAGE} AS app
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 STORAGE_DIR=/data/adjuntos
COPY --from=build --chown=node:node /out ./
RUN mkdir -p /data/adjuntos && chown node:node /data/adjuntos
VOLUME ["/data/adjuntos"]
USER node
EXPOSE 3000
# The balancer asks /api/listo; Docker's own check asks whether the instance and its database answer.
HEALTHCHECK --interval=10s --timeout=6s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/salud').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# scripts/server.mjs: timeouts, connection cap and graceful shutdown on the SIGTERM `docker stop` sends.
CMD ["node", "scripts/server.mjs"]
