//go:build !cuda

package cuda

import "fmt"

// Open reports how to get GPU inference: it needs the cuda build tag (cgo) and the
// kernel library built with nvcc.
func Open(Options) (*Device, error) {
	return nil, fmt.Errorf("%w: openproof was built without it; rebuild with `go build -tags cuda`, "+
		"build the kernel library with nvcc (`bash bench/gpu.sh build`, or see inference/cuda/kernel/openproof_cuda.h) "+
		"and point %s at it", ErrUnavailable, EnvLibrary)
}
