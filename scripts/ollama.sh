#!/usr/bin/env bash
# Builds what the language-model integration tests run against, into
# .tools/ollama/ at the repository root:
#   bin/ollama            Ollama v0.6.5, built from the Go module proxy (cgo, CPU only)
#   model/tiny.gguf       a tiny llama model with random weights (tools/ollama)
#   model/Modelfile       how `ollama create` should serve it
# Does nothing when they are there and up to date; set FORCE=1 to rebuild.
# Needs Go, a C and C++ compiler (gcc, g++) and network access to the Go
# module proxy.
set -euo pipefail

version=v0.6.5
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${COMPANION_OLLAMA_DIR:-$root/.tools/ollama}"

# The model is rebuilt whenever its generator changes.
stamp="$(cat "$root/tools/ollama/main.go" "$root/tools/ollama/go.sum" | sha256sum | cut -d' ' -f1)"
have_bin=0
[[ -x "$out/bin/ollama" && "$(cat "$out/bin/.version" 2>/dev/null)" == "$version" ]] && have_bin=1
have_model=0
[[ -s "$out/model/tiny.gguf" && -s "$out/model/Modelfile" && "$(cat "$out/model/.stamp" 2>/dev/null)" == "$stamp" ]] && have_model=1
if [[ -n "${FORCE:-}" ]]; then
	have_bin=0
	have_model=0
fi
if [[ $have_bin -eq 1 && $have_model -eq 1 ]]; then
	echo "ollama: $version and the tiny model are up to date in $out"
	exit 0
fi

mkdir -p "$out"
tmp="$(mktemp -d "$out/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

start=$(date +%s)
if [[ $have_bin -eq 0 ]]; then
	for tool in go gcc g++; do
		if ! command -v "$tool" >/dev/null 2>&1; then
			echo "ollama: $tool is needed to build Ollama (cgo) but was not found" >&2
			exit 1
		fi
	done
	# Built outside any module, so that the product's go.mod is not consulted.
	(cd "$tmp" && CGO_ENABLED=1 GOBIN="$tmp/bin" GOFLAGS=-buildvcs=false go install "github.com/ollama/ollama@$version")
	mkdir -p "$out/bin"
	mv -f "$tmp/bin/ollama" "$out/bin/ollama"
	echo "$version" >"$out/bin/.version"
	echo "ollama: built $version in $(( $(date +%s) - start ))s"
fi

if [[ $have_model -eq 0 ]]; then
	(cd "$root/tools/ollama" && go run . -out "$tmp/model")
	echo "$stamp" >"$tmp/model/.stamp"
	rm -rf "$out/model"
	mv "$tmp/model" "$out/model"
	echo "ollama: wrote the tiny model into $out/model"
fi
