#!/usr/bin/env bash
# Installs anvil (Foundry's local node, npm @foundry-rs/anvil-linux-amd64,
# pinned in versions.env) into the contracts cache and prints its path.
# The anvil end-to-end test reads OPENPROOF_ANVIL or this cache.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/versions.env"
dir="${OPENPROOF_CACHE:-$HOME/.cache/openproof}/npm-contracts/anvil-$ANVIL_VERSION"
bin="$dir/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
if [[ ! -x "$bin" ]]; then
	mkdir -p "$dir"
	echo '{"private": true}' >"$dir/package.json"
	npm install --prefix "$dir" --no-audit --no-fund --ignore-scripts --save-exact \
		"@foundry-rs/anvil-linux-amd64@$ANVIL_VERSION" >&2
fi
echo "$bin"
