//go:build !icicle

package prover

import "fmt"

// newIcicle reports how to get the ICICLE backend: it needs ICICLE's C++ libraries
// and cgo, so it is compiled in only with the icicle build tag.
func newIcicle() (Backend, error) {
	return nil, fmt.Errorf("%w: openproof was built without it; build ICICLE with `make icicle` "+
		"(scripts/icicle/build.sh), source the env.sh it prints, and rebuild with `go build -tags icicle` "+
		"(see scripts/icicle/README.md): %w", ErrIcicleUnavailable, ErrBadInput)
}
