# syntax=docker/dockerfile:1
# Build: a static binary with the pure-Go olm (Matrix end-to-end encryption).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -tags goolm -trimpath \
      -ldflags "-s -w -X main.version=${VERSION}" -o /out/companion ./cmd/companion \
 && mkdir -p /out/data

# Run: no shell, no package manager, a non-root user, data on a volume. It
# writes nothing else, so it runs with a read-only root: docker run --read-only.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/companion /usr/local/bin/companion
COPY --from=build --chown=65532:65532 /out/data /data
ENV COMPANION_DATA_DIR=/data
VOLUME ["/data"]
USER 65532:65532
ENTRYPOINT ["/usr/local/bin/companion"]
CMD ["run"]
