# dealbot's container image: a static binary on a minimal, non-root base.
#   docker build -t dealbot .
#   docker run --env-file .env -p 3000:3000 dealbot
# compose.yaml runs it beside PostgreSQL.

# Build: a static binary (no C library needed at run time). The .git
# folder is part of the build context so that `dealbot version` can name
# the commit (Go reads it into the binary's build information).
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -buildvcs=true -trimpath -ldflags=-s -o /out/dealbot ./cmd/dealbot
RUN mkdir -p /out/state /out/cache/index

# Run: distroless's static image has CA certificates, time zone data and a
# non-root user (nonroot, uid 65532), and nothing else: no shell, no curl,
# hence `dealbot healthcheck`.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/dealbot /usr/local/bin/dealbot
COPY --from=build --chown=65532:65532 /out/state /var/lib/dealbot
COPY --from=build --chown=65532:65532 /out/cache /var/cache/dealbot
ENV DEALBOT_STATE_DIR=/var/lib/dealbot \
    DEALBOT_INDEX_DIR=/var/cache/dealbot/index \
    DEALBOT_ADDR=:3000
VOLUME ["/var/lib/dealbot", "/var/cache/dealbot"]
USER nonroot:nonroot
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=2m --retries=3 CMD ["/usr/local/bin/dealbot", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/dealbot"]
