#!/usr/bin/env bash
# GPU measurements for openproof (ICICLE proving, CUDA inference), in one command on a machine with CUDA.
#
# A GPU machine may have nvcc and cmake but no Go, so the Go side is built here, on the
# development machine, and carried over with ICICLE's C++ sources:
#
#   bash bench/gpu.sh pack [OUT.tar.gz]   # dev machine (Go): builds bin/gpubench with
#                                         # -tags 'icicle cuda', default OUT is
#                                         # $OPENPROOF_CACHE/openproof-gpu.tar.gz
#   scp OUT.tar.gz gpu:                   # ~20 MB
#   tar xzf openproof-gpu.tar.gz && bash openproof-gpu/gpu.sh run [RESULTS_DIR]   # GPU machine
#
# `run` (also `build`, `prove`, `infer`, `report` alone) on the GPU machine:
#   build   ICICLE 3.2.2 BN254 with its CUDA backend from the carried sources
#           (scripts/icicle/build.sh with ICICLE_SRC; nvcc + cmake; cached in
#           $OPENPROOF_CACHE, default $HOME/.cache/openproof), and the inference kernel
#           (inference/cuda/kernel, nvcc) into the same cache;
#   prove   end-to-end Groth16 prove time for 2^16 … 2^22 constraints, gnark on all CPU
#           cores against ICICLE on CUDA, every proof verified: RESULTS_DIR/prove.md
#           (table, notes, CSV to paste into bench/results.md), prove.csv, prove.svg;
#   infer   the CUDA int8 matrix products against the CPU runtime: bit-identical traces
#           for the demo model and a 4096×4096 layer, with throughput: RESULTS_DIR/infer.md;
#   report  rewrites prove.md and prove.svg from prove.csv.
# `run` is build + prove + infer. RESULTS_DIR defaults to $OUT when set, else ./gpu-results.
# Each size's row is saved as soon as it is measured, and a re-run of a size replaces
# its row: under a per-command time limit, run the sizes in parts, e.g.
#   SIZES=16-20 bash gpu.sh run; SIZES=21 bash gpu.sh prove; SIZES=22 bash gpu.sh prove
#
# In a repository checkout with Go, `bash bench/gpu.sh run` packs into the cache first.
#
# Environment: SIZES (log2 sizes, default 16-22), REPS (default 3), ICICLE_CUDA
# (auto | on | off; off measures ICICLE's CPU device instead: a check of this script,
# not a measurement), ICICLE_CUDA_ARCH (e.g. 90; default: the GPU present),
# OPENPROOF_CACHE.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${OPENPROOF_CACHE:-$HOME/.cache/openproof}
export OPENPROOF_CACHE=$cache

log() { printf 'gpu.sh: %s\n' "$*" >&2; }
die() {
	printf 'gpu.sh: error: %s\n' "$*" >&2
	exit 1
}

# Two layouts: the repository (bench/gpu.sh) and an unpacked pack (gpu.sh at the top).
if [ -f "$here/../scripts/icicle/build.sh" ] && [ -f "$here/../go.mod" ]; then
	layout=repo
	repo=$(cd "$here/.." && pwd)
elif [ -f "$here/MANIFEST" ] && [ -x "$here/bin/gpubench" ]; then
	layout=pack
else
	die "run me as bench/gpu.sh in the repository or as gpu.sh in an unpacked pack"
fi

if ! command -v nvcc >/dev/null 2>&1 && [ -x /usr/local/cuda/bin/nvcc ]; then
	export PATH=/usr/local/cuda/bin:$PATH
fi
case ${ICICLE_CUDA:-auto} in
auto) if command -v nvcc >/dev/null 2>&1; then cuda=on; else cuda=off; fi ;;
on | ON) cuda=on ;;
off | OFF) cuda=off ;;
*) die "ICICLE_CUDA must be auto, on or off" ;;
esac
export ICICLE_CUDA=$cuda

# ---------------------------------------------------------------- pack (dev machine)

pack() {
	[ "$layout" = repo ] || die "pack runs in the repository"
	command -v go >/dev/null 2>&1 || die "pack needs Go"
	local out=${1:-$cache/openproof-gpu.tar.gz}
	case $out in /*) ;; *) out=$PWD/$out ;; esac
	stage=$(mktemp -d)
	trap 'rm -rf "$stage"' EXIT
	local dst=$stage/openproof-gpu
	mkdir -p "$dst/bin" "$dst/kernel"

	# The binary links against ICICLE's libraries: build the CPU ones here (the
	# GPU machine builds its own, CUDA included, from the same sources).
	local env_lines
	env_lines=$(ICICLE_CUDA=off bash "$repo/scripts/icicle/build.sh")
	eval "$env_lines"
	log "building bin/gpubench (-tags 'icicle cuda')"
	(cd "$repo" && CGO_ENABLED=1 go build -trimpath -tags 'icicle cuda' -o "$dst/bin/gpubench" ./bench/gpu)
	local rc=0
	"$dst/bin/gpubench" >/dev/null 2>&1 || rc=$?
	[ "$rc" -eq 2 ] || die "bin/gpubench does not run here (exit $rc without a command, want 2)"

	local src
	src=$(cd "$repo" && go env GOMODCACHE)/github.com/ingonyama-zk/icicle-gnark/v3@$(cd "$repo" && go list -m -f '{{.Version}}' github.com/ingonyama-zk/icicle-gnark/v3)/icicle
	[ -f "$src/CMakeLists.txt" ] || die "ICICLE sources not found at $src"
	cp -R "$src" "$dst/icicle-src"
	chmod -R u+w "$dst/icicle-src"
	cp "$repo/scripts/icicle/build.sh" "$dst/build.sh"
	cp "$repo/bench/gpu.sh" "$dst/gpu.sh"
	cp "$repo"/inference/cuda/kernel/*.cu "$repo"/inference/cuda/kernel/*.h "$dst/kernel/"

	{
		echo "openproof GPU pack"
		echo "commit: $(cd "$repo" && git rev-parse HEAD 2>/dev/null || echo unknown)$(cd "$repo" && [ -n "$(git status --porcelain 2>/dev/null)" ] && echo ' (with uncommitted changes)')"
		echo "built: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(uname -sm), $(go version | cut -d' ' -f3)"
		echo "glibc needed by bin/gpubench: $(objdump -T "$dst/bin/gpubench" 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)"
		echo
		(cd "$dst" && find . -type f ! -name MANIFEST -print0 | sort -z | xargs -0 sha256sum)
	} >"$dst/MANIFEST"
	mkdir -p "$(dirname "$out")"
	tar -C "$stage" -czf "$out.tmp" openproof-gpu
	mv -f "$out.tmp" "$out"
	rm -rf "$stage"
	log "packed $(du -h "$out" | cut -f1) into $out"
	echo "$out"
}

# ---------------------------------------------------------------- on the GPU machine

# pack_dir is where bin/gpubench, build.sh, icicle-src and kernel are.
pack_dir() {
	if [ "$layout" = pack ]; then
		echo "$here"
		return
	fi
	local tgz=$cache/openproof-gpu.tar.gz
	pack "$tgz" >/dev/null
	rm -rf "$cache/openproof-gpu"
	tar -C "$cache" -xzf "$tgz"
	echo "$cache/openproof-gpu"
}

kernel_lib() { echo "$cache/openproof-cuda/libopenproof_cuda.so"; }

build_all() {
	local dir=$1
	if [ "$cuda" = on ]; then
		command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >&2 || log "warning: nvidia-smi found no GPU"
	fi
	local env_lines
	env_lines=$(ICICLE_SRC="$dir/icicle-src" bash "$dir/build.sh")
	eval "$env_lines"
	if [ "$cuda" = on ]; then
		# A backend library that fails to load is only a debug line inside ICICLE;
		# show missing dependencies here instead.
		local f
		for f in $(find "$ICICLE_BACKEND_INSTALL_DIR" -name '*.so'); do
			if ldd "$f" | grep -q 'not found'; then
				ldd "$f" >&2
				die "$f has unresolved dependencies"
			fi
		done
		build_kernel "$dir"
	fi
}

build_kernel() {
	local dir=$1 lib
	lib=$(kernel_lib)
	local stamp=$lib.sha256
	local want
	want=$(cat "$dir"/kernel/* | sha256sum | cut -d' ' -f1)
	if [ -f "$lib" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
		log "inference kernel up to date: $lib"
		return
	fi
	mkdir -p "$(dirname "$lib")"
	local arch=-arch=native
	[ -n "${ICICLE_CUDA_ARCH:-}" ] && arch=-arch=sm_$ICICLE_CUDA_ARCH
	log "building the inference kernel ($arch)"
	nvcc -O3 -std=c++17 "$arch" -shared -Xcompiler -fPIC -o "$lib.tmp" "$dir"/kernel/*.cu
	mv -f "$lib.tmp" "$lib"
	echo "$want" >"$stamp"
}

results_dir() {
	local r=${1:-${OUT:-./gpu-results}}
	mkdir -p "$r"
	(cd "$r" && pwd)
}

# load_env loads the environment of the ICICLE install built by build_all.
load_env() {
	local envfile=${ICICLE_ROOT:-$cache/icicle-3.2.2}/env.sh
	[ -f "$envfile" ] || die "ICICLE is not built: run '$0 build' first"
	# shellcheck disable=SC1090
	source "$envfile"
}

prove() {
	local dir=$1 res=$2
	load_env
	local notes=()
	if [ "$cuda" = on ]; then
		export OPENPROOF_ICICLE_DEVICE=cuda
		notes+=(-note "GPU: $(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>/dev/null | head -1 || echo unknown) (name, memory, driver)")
		notes+=(-note "CUDA: $(nvcc --version | grep -o 'release [0-9.]*' || echo unknown); ICICLE 3.2.2 CUDA backend built from source")
	else
		# ICICLE's CPU device: a check of this script, not a measurement. Its MSMs
		# need a small window (gnark's default of 16 costs seconds per MSM).
		export OPENPROOF_ICICLE_DEVICE=cpu
		export ICICLE_MSM_MAX_WINDOW=${ICICLE_MSM_MAX_WINDOW:-10}
		notes+=(-note "ICICLE CPU device (ICICLE_CUDA=off): a check of bench/gpu.sh, not a GPU measurement")
	fi
	notes+=(-note "Pack: $(sed -n 2p "$dir/MANIFEST" | sed 's/^commit: /commit /')")
	log "measuring 2^${SIZES:-16-22} constraints, ${REPS:-3} proofs per backend"
	"$dir/bin/gpubench" prove -sizes "${SIZES:-16-22}" -reps "${REPS:-3}" -out "$res" "${notes[@]}"
	log "results: $res/prove.md, $res/prove.csv, $res/prove.svg"
	cat "$res/prove.md"
}

infer() {
	local dir=$1 res=$2
	[ "$cuda" = on ] || die "infer needs CUDA (nvcc); ICICLE_CUDA=off"
	[ -f "$(kernel_lib)" ] || die "inference kernel not built: run '$0 build' first"
	load_env # bin/gpubench links ICICLE's libraries
	OPENPROOF_CUDA_LIB=$(kernel_lib) "$dir/bin/gpubench" infer -out "$res"
	log "results: $res/infer.md"
	cat "$res/infer.md"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
pack) pack "$@" ;;
build)
	dir=$(pack_dir)
	build_all "$dir"
	;;
prove)
	dir=$(pack_dir)
	prove "$dir" "$(results_dir "${1:-}")"
	;;
infer)
	dir=$(pack_dir)
	infer "$dir" "$(results_dir "${1:-}")"
	;;
report)
	dir=$(pack_dir)
	load_env
	"$dir/bin/gpubench" report -out "$(results_dir "${1:-}")"
	;;
run)
	dir=$(pack_dir)
	res=$(results_dir "${1:-}")
	build_all "$dir"
	prove "$dir" "$res"
	if [ "$cuda" = on ]; then
		infer "$dir" "$res"
	else
		log "ICICLE_CUDA=off: skipping the CUDA inference check"
	fi
	;;
*)
	sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2
	exit 2
	;;
esac
