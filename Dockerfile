# Rembuk: API + built web app in one image.
#   docker build -t rembuk .
#   docker run -p 4000:4000 -e DATABASE_URL=postgres://... rembuk
# Without DATABASE_URL the API starts its embedded PostgreSQL (PGlite) in /app/data; mount a volume
# there to keep it. See docker-compose.yml for PostgreSQL + Redis.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: every dependency (dev included), for the build --------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund

# ---- prod-deps: runtime dependencies only --------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY web/package.json web/
# The workspace folders may or may not get their own node_modules (npm nests a package there only on
# a version conflict); create them so the runtime stage can always copy them.
RUN npm ci --omit=dev --no-audit --no-fund \
 && mkdir -p api/node_modules web/node_modules \
 && npm cache clean --force

# ---- build: web (Vite) then API (swc), as `npm run build` does -------------------------------------
FROM deps AS build
COPY . .
RUN npm run build

# ---- runtime ----------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/app/data \
    WEB_DIST=/app/web/dist
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/api/node_modules ./api/node_modules
COPY package.json ./
COPY api/package.json ./api/
COPY web/package.json ./web/
# Same layout as the repository: api/dist/core/http-app.js also finds ../../../web/dist on its own.
COPY --from=build /app/api/dist ./api/dist
COPY --from=build /app/web/dist ./web/dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 4000
# No curl in the slim image: Node's fetch does the liveness probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "api/dist/main.js"]
