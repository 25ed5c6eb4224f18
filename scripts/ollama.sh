#!/usr/bin/env bash
# Builds what the language-model integration tests run against, into
# .tools/ollama/ at the repository root:
#   bin/ollama            Ollama v0.6.5, built from the Go module proxy (cgo, CPU only)
#   model/tiny.gguf       a tiny llama model with random weights (tools/ollama)
#   model/Modelfile       how `ollama create` should serve it
# Does nothing when they are already there; set FORCE=1 to rebuild.
# Needs only Go, a C/C++ compiler (gcc, g++) and git.
set -euo pipefail

version=v0.6.5
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${COMPANION_OLLAMA_DIR:-$root/.tools/ollama}"

if [[ -x "$out/bin/ollama" && -s "$out/model/tiny.gguf" && -s "$out/model/Modelfile" && -z "${FORCE:-}" ]]; then
	echo "ollama: binary and tiny model present in $out"
	exit 0
fi

for tool in go gcc g++; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "ollama: $tool is needed to build Ollama (cgo) but was not found" >&2
		exit 1
	fi
done

mkdir -p "$out"
tmp="$(mktemp -d "$out/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

start=$(date +%s)
if [[ ! -x "$out/bin/ollama" || -n "${FORCE:-}" ]]; then
	# Built outside the repository so that the product's go.mod is not consulted.
	(cd "$tmp" && CGO_ENABLED=1 GOBIN="$tmp/bin" GOFLAGS=-buildvcs=false go install "github.com/ollama/ollama@$version")
	mkdir -p "$out/bin"
	mv -f "$tmp/bin/ollama" "$out/bin/ollama"
fi
built=$(date +%s)

(cd "$root/tools/ollama" && go run . -out "$tmp/model")
rm -rf "$out/model"
mv "$tmp/model" "$out/model"

echo "ollama: built $version in $(( built - start ))s and the tiny model in $(( $(date +%s) - built ))s, into $out"
