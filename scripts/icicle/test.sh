#!/usr/bin/env bash
# CI for the ICICLE-accelerated prover (`make icicle-test`): no GPU needed.
#
#  1. builds ICICLE 3.2.2's BN254 libraries with its CPU backend into the cache, once
#     (scripts/icicle/build.sh; installs Debian's cmake, make and g++ when missing and
#     running as root), and loads the environment it prints;
#  2. vets the icicle-tagged code and links the CLI with -tags icicle;
#  3. runs the prover's ICICLE tests (go test -tags icicle -run Icicle ./prover/) on
#     ICICLE's CPU device: proofs of the demo circuit and of a 2^16-constraint circuit
#     verify with prover.Verify and have the Solidity byte layout, tampered proofs and
#     wrong public inputs are rejected, mismatched inputs give errors, keys stay cached;
#  4. builds and tests inference/cuda with -tags cuda against a host implementation of
#     its kernel library's ABI (the CUDA kernel itself needs a GPU: bench/gpu.sh).
#
# On the 2-core development machine, with an empty cache, an empty Go build cache and
# cmake not installed, this took 2 min 58 s (5 min 56 s while other work loaded the
# machine); warm, 1 min 39 s (2 min 33 s loaded). See scripts/icicle/README.md.
#
# Environment: OPENPROOF_CACHE (default $HOME/.cache/openproof), GO (default go),
# ICICLE_TEST_RUN (default Icicle: the -run pattern), ICICLE_TEST_FLAGS (extra go test
# flags, e.g. -short to skip the two large proofs).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$repo"

GO=${GO:-go}
start=$(date +%s)
step() { printf 'icicle-test: %s (%d s)\n' "$*" "$(($(date +%s) - start))" >&2; }

command -v "$GO" >/dev/null 2>&1 || {
	echo "icicle-test: $GO not found" >&2
	exit 1
}

env_lines=$(ICICLE_CUDA=${ICICLE_CUDA:-off} bash "$here/build.sh")
eval "$env_lines"
step "ICICLE ready in $ICICLE_INSTALL_DIR"

# The tests pick ICICLE's CPU device themselves; this is for anything that goes
# through NewBackend("icicle") from the environment.
export OPENPROOF_ICICLE_DEVICE=cpu

# Only prover has icicle-tagged files; the CLI and the GPU bench link against ICICLE.
"$GO" vet -tags icicle ./prover/ ./bench/gpu/...
"$GO" build -tags icicle -o /dev/null ./cmd/openproof
step "vet and CLI build with -tags icicle passed"

# shellcheck disable=SC2086 # ICICLE_TEST_FLAGS is a list of flags
if ! "$GO" test -tags icicle -count=1 -timeout 30m -v -run "${ICICLE_TEST_RUN:-Icicle}" ${ICICLE_TEST_FLAGS:-} ./prover/; then
	step "FAILED"
	exit 1
fi
step "prover tests passed"

"$GO" vet -tags cuda ./inference/cuda/
"$GO" test -tags cuda -count=1 ./inference/cuda/
step "passed"
