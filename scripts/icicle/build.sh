#!/usr/bin/env bash
# Builds ICICLE's BN254 libraries (v3.2.2, the C++ tree shipped inside the Go module
# github.com/ingonyama-zk/icicle-gnark/v3) into a cache outside the repository:
# the CPU backend always, the CUDA backend too where nvcc exists.
#
# Usage (from anywhere; paths are resolved from this file):
#   bash scripts/icicle/build.sh            # build if needed, print the environment
#   eval "$(bash scripts/icicle/build.sh)"  # build if needed and export it
#   source "$OPENPROOF_CACHE/icicle-3.2.2/env.sh"   # later shells
#
# Progress goes to stderr; stdout carries only `export` lines.
#
# Environment:
#   OPENPROOF_CACHE      cache root (default $HOME/.cache/openproof)
#   ICICLE_ROOT          install root (default $OPENPROOF_CACHE/icicle-3.2.2)
#   ICICLE_SRC           an already copied ICICLE C++ tree (the module's icicle/ folder);
#                        lets a machine without Go build (bench/gpu.sh uses it)
#   ICICLE_CUDA          auto (default: on where nvcc exists) | on | off
#   ICICLE_CUDA_ARCH     CUDA architectures, e.g. 90 (default: cmake's "native")
#   ICICLE_JOBS          parallel build jobs (default: nproc)
#
# The CPU backend as shipped aborts on small machines; two source patches are applied
# to the copied tree (see README.md next to this file). The install is complete when
# its stamp file exists and names the same version, patch level and CUDA setting;
# then this script does nothing but print the environment.
set -euo pipefail

readonly ICICLE_VERSION=3.2.2
readonly ICICLE_MODULE=github.com/ingonyama-zk/icicle-gnark/v3
# Bump when the patches or the cmake options change, so stale installs are rebuilt.
readonly PATCH_LEVEL=1

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)

cache=${OPENPROOF_CACHE:-$HOME/.cache/openproof}
root=${ICICLE_ROOT:-$cache/icicle-$ICICLE_VERSION}
prefix=$root/install
stamp=$prefix/.openproof-complete
envfile=$root/env.sh

log() { printf 'icicle: %s\n' "$*" >&2; }
die() {
	printf 'icicle: error: %s\n' "$*" >&2
	exit 1
}

# nvcc is often installed without being on PATH.
if ! command -v nvcc >/dev/null 2>&1 && [ -x /usr/local/cuda/bin/nvcc ]; then
	export PATH=/usr/local/cuda/bin:$PATH
fi

case ${ICICLE_CUDA:-auto} in
auto) if command -v nvcc >/dev/null 2>&1; then cuda=ON; else cuda=OFF; fi ;;
on | ON) cuda=ON ;;
off | OFF) cuda=OFF ;;
*) die "ICICLE_CUDA must be auto, on or off, not '${ICICLE_CUDA}'" ;;
esac
if [ "$cuda" = ON ] && ! command -v nvcc >/dev/null 2>&1; then
	die "ICICLE_CUDA=on but nvcc is not on PATH (nor in /usr/local/cuda/bin)"
fi

want="version=$ICICLE_VERSION patch=$PATCH_LEVEL cuda=$cuda"

libs=(libicicle_device.so libicicle_field_bn254.so libicicle_curve_bn254.so)
cuda_libs=(backend/cuda/libicicle_backend_cuda_device.so
	backend/bn254/cuda/libicicle_backend_cuda_field_bn254.so
	backend/bn254/cuda/libicicle_backend_cuda_curve_bn254.so)

# complete reports whether the install matches what this run wants. A CUDA-enabled
# install also satisfies a CPU-only request (it contains the CPU backend).
complete() {
	[ -f "$stamp" ] || return 1
	local have
	have=$(cat "$stamp")
	if [ "$have" != "$want" ] && [ "$have" != "version=$ICICLE_VERSION patch=$PATCH_LEVEL cuda=ON" ]; then
		return 1
	fi
	local f
	for f in "${libs[@]}"; do [ -f "$prefix/lib/$f" ] || return 1; done
	if [ "$cuda" = ON ] || [ "$have" != "$want" ]; then
		for f in "${cuda_libs[@]}"; do [ -f "$prefix/lib/$f" ] || return 1; done
	fi
	return 0
}

write_env() {
	local tmp
	tmp=$(mktemp "$root/env.sh.XXXXXX")
	cat >"$tmp" <<EOF
# ICICLE $ICICLE_VERSION BN254 (written by scripts/icicle/build.sh; $(cat "$stamp"))
export ICICLE_INSTALL_DIR="$prefix"
export ICICLE_BACKEND_INSTALL_DIR="$prefix/lib/backend"
export CGO_LDFLAGS="-L$prefix/lib -licicle_device -licicle_field_bn254 -licicle_curve_bn254 -lstdc++ -lm -Wl,-rpath=$prefix/lib"
export LD_LIBRARY_PATH="$prefix/lib\${LD_LIBRARY_PATH:+:\$LD_LIBRARY_PATH}"
EOF
	mv -f "$tmp" "$envfile"
}

# source_tree prints the directory of the pristine ICICLE C++ tree.
source_tree() {
	if [ -n "${ICICLE_SRC:-}" ]; then
		[ -f "$ICICLE_SRC/CMakeLists.txt" ] || die "ICICLE_SRC=$ICICLE_SRC has no CMakeLists.txt"
		printf '%s\n' "$ICICLE_SRC"
		return
	fi
	command -v go >/dev/null 2>&1 || die "go not found: install Go or set ICICLE_SRC to a copy of the module's icicle/ tree"
	local v
	v=$(cd "$repo" && go list -m -f '{{.Version}}' "$ICICLE_MODULE") ||
		die "go.mod does not require $ICICLE_MODULE"
	[ "$v" = "v$ICICLE_VERSION" ] ||
		die "go.mod requires $ICICLE_MODULE $v but this script builds v$ICICLE_VERSION (the Go wrappers and C++ libraries must match)"
	(cd "$repo" && go mod download "$ICICLE_MODULE@v$ICICLE_VERSION") >&2
	printf '%s\n' "$(cd "$repo" && go env GOMODCACHE)/$ICICLE_MODULE@v$ICICLE_VERSION/icicle"
}

# edit runs one sed expression on a file and fails unless the result contains the
# expected text, so a changed upstream file stops the build instead of being skipped.
edit() {
	local file=$1 expr=$2 expect=$3
	[ -f "$file" ] || die "patch target missing: $file"
	sed -i -e "$expr" "$file"
	grep -qF -- "$expect" "$file" || die "patch did not apply to $file (expected: $expect)"
}

apply_patches() {
	local src=$1
	# 1. Vector ops start get_nof_workers()-1 worker threads; get_nof_workers() is
	#    hardware threads - 1, so a 2-core machine gets 0 workers and trips
	#    ICICLE_ASSERT(nof_workers > 0) in TasksManager. Clamp to at least 1.
	local vec=$src/backend/cpu/src/field/cpu_vec_ops.cpp
	edit "$vec" 's/task_manager(get_nof_workers(config) - 1);/task_manager(std::max(get_nof_workers(config) - 1, 1));/' \
		'task_manager(std::max(get_nof_workers(config) - 1, 1));'
	if grep -qF 'task_manager(get_nof_workers(config) - 1);' "$vec"; then
		die "patch 1 left an unclamped worker count in $vec"
	fi
	edit "$vec" '0,/^#include <cstdint>$/s//#include <algorithm>\n#include <cstdint>/' '#include <algorithm>'

	# 2. The CPU device's get_available_memory returns API_NOT_IMPLEMENTED; gnark's MSM
	#    chunking then sees 0 free bytes and slices an empty range (panic "Cannot have
	#    negative or zero size slices"). Report physical and free memory from sysconf.
	local dev=$src/backend/cpu/src/cpu_device_api.cpp
	edit "$dev" '/get_available_memory(size_t& total/,/^  }/{
/TODO implement this/d
s|return eIcicleError::API_NOT_IMPLEMENTED;|const long pages = sysconf(_SC_PHYS_PAGES), avail = sysconf(_SC_AVPHYS_PAGES), page = sysconf(_SC_PAGESIZE);\
    if (pages <= 0 \|\| avail <= 0 \|\| page <= 0) { return eIcicleError::API_NOT_IMPLEMENTED; }\
    total = static_cast<size_t>(pages) * static_cast<size_t>(page);\
    free = static_cast<size_t>(avail) * static_cast<size_t>(page);\
    return eIcicleError::SUCCESS;|
}' 'free = static_cast<size_t>(avail) * static_cast<size_t>(page);'
	edit "$dev" '0,/^#include <cstring>$/s//#include <cstring>\n#include <unistd.h>/' '#include <unistd.h>'
}

# need_tools installs what the build needs and is missing: Debian's cmake, make and
# g++ when running as root with apt-get, otherwise it says what to install.
need_tools() {
	local missing=()
	command -v cmake >/dev/null 2>&1 || missing+=(cmake)
	command -v make >/dev/null 2>&1 || missing+=(make)
	command -v c++ >/dev/null 2>&1 || command -v clang++ >/dev/null 2>&1 || missing+=(g++)
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		log "installing ${missing[*]} (apt-get)"
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") >&2 ||
			die "apt-get install ${missing[*]} failed"
	else
		die "missing ${missing[*]}: install them (Debian: apt-get install ${missing[*]}; cmake >= 3.18)"
	fi
}

build() {
	need_tools

	local pristine
	pristine=$(source_tree)
	log "building ICICLE $ICICLE_VERSION BN254 (CPU backend, CUDA backend $cuda) into $prefix"

	# The module cache is read-only: build from a patched copy. An interrupted build
	# (a CUDA build takes long) resumes: the copy and the cmake build directory are
	# kept while they belong to the same sources, patches and options, and only
	# rebuilt when those change.
	local src=$root/src build=$root/build
	local srcstamp=$src/.openproof-src
	local srcwant="$want src=$pristine arch=${ICICLE_CUDA_ARCH:-native}"
	if [ "$(cat "$srcstamp" 2>/dev/null)" != "$srcwant" ]; then
		rm -rf "$src" "$build"
		mkdir -p "$src"
		cp -R "$pristine/." "$src/"
		chmod -R u+w "$src"
		apply_patches "$src"
		# For review: what the patches changed.
		diff -ru "$pristine" "$src" >"$root/patches.diff" || true
		printf '%s\n' "$srcwant" >"$srcstamp"
	else
		log "resuming the build in $build"
	fi
	rm -rf "$prefix"

	local jobs=${ICICLE_JOBS:-$(nproc 2>/dev/null || echo 2)}
	local args=(-S "$src" -B "$build"
		-DCURVE=bn254 -DCMAKE_BUILD_TYPE=Release
		-DCPU_BACKEND=ON -DCUDA_BACKEND="$cuda"
		-DMSM=ON -DNTT=ON -DG2=ON -DBUILD_TESTS=OFF
		-DCMAKE_INSTALL_PREFIX="$prefix")
	if [ "$cuda" = ON ] && [ -n "${ICICLE_CUDA_ARCH:-}" ]; then
		args+=(-DCUDA_ARCH="$ICICLE_CUDA_ARCH")
	fi
	# The C++ build prints thousands of compiler warnings: keep them in a log
	# beside the install and show its tail only when the build fails.
	local buildlog=$root/build.log
	log "cmake configure + build (-j $jobs), output in $buildlog"
	if ! { cmake "${args[@]}" && cmake --build "$build" -j "$jobs" --target install; } >"$buildlog" 2>&1; then
		tail -n 60 "$buildlog" >&2
		die "cmake build failed; full output in $buildlog"
	fi
	printf '%s\n' "$want" >"$stamp.tmp"
	mv -f "$stamp.tmp" "$stamp"
	complete || die "build finished but the install in $prefix is incomplete"
	rm -rf "$build" "$src"
}

mkdir -p "$root"
# Two builds into the same cache would trample each other.
if command -v flock >/dev/null 2>&1; then
	exec 9>"$root/.lock"
	flock 9
fi

if complete; then
	log "ICICLE $ICICLE_VERSION already installed in $prefix ($(cat "$stamp"))"
else
	start=$(date +%s)
	build
	log "built in $(($(date +%s) - start)) s"
fi
write_env
log "environment written to $envfile"
grep '^export ' "$envfile"
