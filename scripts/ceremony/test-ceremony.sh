#!/usr/bin/env bash
# make ceremony-verifiers: a local TEST ceremony for the demo circuit, from a
# Powers of Tau, with two signed phase-2 contributions, and the production
# verifier exported from its keys.
#
# Every contributor here is this machine (fresh random keys and randomness,
# discarded): it is a TEST ceremony, and the files it commits say so. A real
# deployment runs the same commands with a public .ptau (PTAU=…) and
# contributors on other machines; see docs/keys.md.
#
#   PTAU=file.ptau      a .ptau of power ≥ 16 (default: made by snarkjs with
#                       one local contribution and kept in the cache as
#                       <cache>/ptau/snarkjs@VERSION/pot16.ptau, the file the
#                       demo ceremony test (contracts, prover_checks) uses)
#   CEREMONY_WORK=dir   scratch directory (default: <cache>/ceremony-test)
#
# Writes (committed):
#   contracts/src/verifiers/ceremony/MnistDemoCeremonyVerifier.sol
#   contracts/ceremony/mnist-demo/{transcript.json,vk.bin,bundle-0.json}
# and regenerates contracts/build and contracts/bindings (build.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache="${OPENPROOF_CACHE:-$HOME/.cache/openproof}"
work="${CEREMONY_WORK:-$cache/ceremony-test}"
bin="${OPENPROOF_BIN:-$cache/bin/openproof}"
snarkjs_version=0.7.6 # as prover/ceremony/ceremonytest
power=16              # the demo circuit: 42,302 constraints, a domain of 2^16
note="TEST ceremony: all contributors local (make ceremony-verifiers)"

rand_hex() { head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
step() { echo "== $*" >&2; }

rm -rf "$work"
mkdir -p "$work"
ptau="${PTAU:-}"
if [[ -n "$ptau" ]]; then
	ptau="$(cd "$(dirname "$ptau")" && pwd)/$(basename "$ptau")"
fi

if [[ -z "$ptau" ]]; then
	# As ceremonytest.CachedPtau: the same recipe and the same file.
	ptau="$cache/ptau/snarkjs@$snarkjs_version/pot$power.ptau"
	if [[ ! -f "$ptau" ]]; then
		npmdir="$cache/npm/snarkjs@$snarkjs_version"
		snarkjs="$npmdir/node_modules/.bin/snarkjs"
		if [[ ! -x "$snarkjs" ]]; then
			mkdir -p "$npmdir"
			npm install --prefix "$npmdir" --no-audit --no-fund --save-exact "snarkjs@$snarkjs_version" >&2
		fi
		# One contribution: each snarkjs step at 2^16 takes minutes, and a
		# public .ptau replaces this file in any real deployment.
		step "snarkjs: powers of tau 2^$power, one local contribution"
		mkdir -p "$(dirname "$ptau")"
		tmp="$(mktemp -d "$(dirname "$ptau")/make-XXXXXX")"
		(
			cd "$tmp"
			"$snarkjs" powersoftau new bn128 "$power" pot0.ptau
			"$snarkjs" powersoftau contribute pot0.ptau pot1.ptau --name="local" -e="$(rand_hex)"
		) >&2
		mv "$tmp/pot1.ptau" "$ptau"
		rm -rf "$tmp"
	fi
fi

# ceremony NAME CONTRACT OUTDIR [circuit flags…]
ceremony() {
	local name=$1 contract=$2 out=$3
	shift 3
	local dir="$work/$name" keys="$work/keys"
	step "$name: ceremony init"
	"$bin" ceremony init --dir "$dir" --ptau "$ptau" --note "$note" "$@"
	for i in 1 2; do
		step "$name: contribution $i (a fresh local key)"
		OPENPROOF_PRIVATE_KEY="$(rand_hex)" "$bin" ceremony contribute --dir "$dir"
	done
	step "$name: verify back to the .ptau, seal with a local random beacon"
	"$bin" ceremony verify --dir "$dir" --ptau "$ptau" --beacon "$(rand_hex)" --keys "$keys" "$@"
	step "$name: prove with the ceremony keys, export the verifier"
	"$bin" prove --keys "$keys" --sample 0 --out "$work/$name-bundle-0.json" "$@"
	"$bin" export-solidity --keys "$keys" --bundle "$work/$name-bundle-0.json" --fix-model \
		--name "$contract" --out "$root/contracts/src/verifiers/ceremony/$contract.sol"
	mkdir -p "$out"
	cp "$dir/transcript.json" "$out/transcript.json"
	cp "$work/$name-bundle-0.json" "$out/bundle-0.json"
	local digest
	digest="$(sed -n 's/.*"circuit_digest": "\([0-9a-f]*\)".*/\1/p' "$dir/ceremony.json")"
	cp "$keys/$digest/vk.bin" "$out/vk.bin"
	"$bin" ceremony transcript "$out/transcript.json"
}

mkdir -p "$root/contracts/src/verifiers/ceremony"
ceremony mnist-demo MnistDemoCeremonyVerifier "$root/contracts/ceremony/mnist-demo"

step "contracts: build.sh (compiles the new verifier into build/combined.json and the bindings)"
bash "$root/contracts/build.sh"
