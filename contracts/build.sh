#!/usr/bin/env bash
# Regenerates everything under contracts/ that is derived from the Solidity
# sources: build/combined.json (ABI + bytecode, solc standard JSON, optimizer
# on) and the Go bindings in bindings/ (go-ethereum abigen, v2).
#
# The npm packages are pinned exactly and installed into a cache outside the
# repository, so a build needs the network once and never writes node_modules
# into the tree. The Go tests do not need any of this: the outputs are
# committed, and TestArtifactsUpToDate checks them against a fresh build when
# node is available.
#
#   bash contracts/build.sh            # regenerate build/ and bindings/
#   bash contracts/build.sh --check    # rebuild into a temp dir and diff
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

# Pinned versions: change them here only (versions.env is read by the Go
# test that checks the artifacts as well).
# shellcheck source=versions.env
source "$here/versions.env"

cache="${OPENPROOF_CACHE:-$HOME/.cache/openproof}/npm-contracts"
pkgdir="$cache/solc-$SOLC_VERSION-oz-$OZ_VERSION-bedrock-$BEDROCK_VERSION"

# Exit status 3: a tool could not be installed (no npm, no network); the Go
# test that checks the artifacts skips on it.
command -v node >/dev/null || { echo "build.sh: node not found" >&2; exit 3; }
if [[ ! -f "$pkgdir/.installed" ]]; then
	command -v npm >/dev/null || { echo "build.sh: npm not found (needed once to install solc $SOLC_VERSION)" >&2; exit 3; }
	mkdir -p "$pkgdir"
	echo '{"private": true}' >"$pkgdir/package.json"
	npm install --prefix "$pkgdir" --no-audit --no-fund --ignore-scripts --save-exact \
		"solc@$SOLC_VERSION" "@openzeppelin/contracts@$OZ_VERSION" \
		"@eth-optimism/contracts-bedrock@$BEDROCK_VERSION" >&2 ||
		{ echo "build.sh: npm install failed" >&2; exit 3; }
	touch "$pkgdir/.installed"
fi

# abigen v2 from the same go-ethereum version as go.mod, built once into the
# cache (`go install pkg@version` uses its own module, not this one).
abigen="$cache/bin-$GETH_VERSION/abigen"
if [[ ! -x "$abigen" ]]; then
	GOBIN="$(dirname "$abigen")" go install "github.com/ethereum/go-ethereum/cmd/abigen@$GETH_VERSION" ||
		{ echo "build.sh: cannot install abigen $GETH_VERSION" >&2; exit 3; }
fi

out="$here"
if [[ "${1:-}" == "--check" ]]; then
	out="$(mktemp -d)"
	trap 'rm -rf "$out"' EXIT
	mkdir -p "$out/build" "$out/bindings"
fi

node "$here/compile.js" "$pkgdir/node_modules" "$here/src" "$out/build/combined.json"

# gnark's own verifiers are left out of the bindings: they declare the same output types and would clash in one
# package; the tests deploy them from build/combined.json.
exclude="$(node -e '
const c = require(process.argv[1]).contracts;
console.log(Object.keys(c).filter(k => k.endsWith("GnarkVerifier")).join(","));
' "$out/build/combined.json")"
"$abigen" --v2 --combined-json "$out/build/combined.json" --exc "$exclude" --pkg bindings --out "$out/bindings/bindings.go"
chmod 644 "$out/bindings/bindings.go"

if [[ "${1:-}" == "--check" ]]; then
	diff -u "$here/build/combined.json" "$out/build/combined.json"
	diff -u "$here/bindings/bindings.go" "$out/bindings/bindings.go"
	echo "contracts: artifacts up to date"
fi
