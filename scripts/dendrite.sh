#!/usr/bin/env bash
# Builds the Dendrite homeserver binaries that the Matrix adapter's
# integration tests run against, into .tools/dendrite/ at the repository root.
# Does nothing when they are already there; set FORCE=1 to rebuild.
# The versions are pinned by tools/dendrite/go.mod (its own module, so the
# product's go.mod stays lean).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${COMPANION_DENDRITE_DIR:-$root/.tools/dendrite}"
bins=(dendrite create-account generate-keys generate-config)

missing=0
for b in "${bins[@]}"; do
	[[ -x "$out/$b" ]] || missing=1
done
if [[ $missing -eq 0 && -z "${FORCE:-}" ]]; then
	echo "dendrite: binaries present in $out"
	exit 0
fi

mkdir -p "$out"
cd "$root/tools/dendrite"
start=$(date +%s)
pkgs=()
for b in "${bins[@]}"; do
	pkgs+=("github.com/matrix-org/dendrite/cmd/$b")
done
go build -trimpath -o "$out/" "${pkgs[@]}"
echo "dendrite: built ${bins[*]} into $out in $(( $(date +%s) - start ))s"
