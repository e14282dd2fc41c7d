#!/usr/bin/env bash
# Regenerates everything under contracts/ that is derived from the Solidity
# sources (solc standard JSON, optimizer on; go-ethereum abigen v2):
#
#   src/           -> build/combined.json, bindings/bindings.go (package bindings):
#                     the production contracts, which production code deploys
#   contractstest/src/ -> contractstest/build/combined.json, contractstest/bindings.go
#                     (package contractstest): test doubles and the fixture
#                     verifiers, for tests only
#
# The npm packages are pinned exactly and installed into a cache outside the
# repository, so a build needs the network once and never writes node_modules
# into the tree. The Go tests do not need any of this: the outputs are
# committed, and TestArtifactsUpToDate checks them against a fresh build when
# node is available (go test -tags release_checks).
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
fi
mkdir -p "$out/build" "$out/bindings" "$out/contractstest/build"

node "$here/compile.js" "$pkgdir/node_modules" "$here" "$out"

# bindings COMBINED PKG OUT: abigen's Go bindings of a combined.json. gnark's own
# verifiers are left out: they declare the same output types and would clash in
# one package; the tests deploy them from the combined.json.
# ONLY, when given, is a regular expression: the contracts (file:Name) whose
# bindings go into this package; without it every contract outside
# src/economy/ (the OPEN economy's contracts, bound apart below).
bindings() {
	local exclude
	exclude="$(node -e '
const c = require(process.argv[1]).contracts;
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
console.log(Object.keys(c).filter(k => k.endsWith("GnarkVerifier") ||
  (only ? !only.test(k) : k.startsWith("src/economy/"))).join(","));
' "$1" "${4:-}")"
	"$abigen" --v2 --combined-json "$1" ${exclude:+--exc "$exclude"} --pkg "$2" --out "$3"
	chmod 644 "$3"
}
bindings "$out/build/combined.json" bindings "$out/bindings/bindings.go"
bindings "$out/contractstest/build/combined.json" contractstest "$out/contractstest/bindings.go" '^contractstest/'
# The economy's contracts (contracts/economy): three packages, since GOpen,
# OpenGovernor and OpenToken each declare EIP-712's eip712Domain, whose
# output type abigen names the same.
mkdir -p "$out/economy/ebind/gopen" "$out/economy/ebind/governor"
bindings "$out/build/combined.json" ebind "$out/economy/ebind/ebind.go" '^src/economy/(?!GOpen|OpenGovernor)'
bindings "$out/build/combined.json" gopen "$out/economy/ebind/gopen/gopen.go" '^src/economy/GOpen.sol:'
bindings "$out/build/combined.json" governor "$out/economy/ebind/governor/governor.go" '^src/economy/OpenGovernor.sol:'

if [[ "${1:-}" == "--check" ]]; then
	status=0
	for f in build/combined.json bindings/bindings.go contractstest/build/combined.json contractstest/bindings.go \
		economy/ebind/ebind.go economy/ebind/gopen/gopen.go economy/ebind/governor/governor.go; do
		diff -u "$here/$f" "$out/$f" || status=1
	done
	[[ $status == 0 ]] || exit 1
	echo "contracts: artifacts up to date"
fi
