// Package errs holds the two root errors every openproof library wraps, so a
// caller (the CLI, a service) decides how to answer with one errors.Is:
//
//	errors.Is(err, errs.ErrBadInput)   // the caller's input is at fault: exit 2, HTTP 400
//	errors.Is(err, errs.ErrNotVerified) // a well-formed claim that does not check out: exit 1
//
// Anything else is an internal or environment failure. The package imports
// nothing, so any layer may use it.
package errs

import (
	"errors"
	"fmt"
)

var (
	// ErrBadInput marks malformed or inconsistent input: a file, a flag, a
	// trace, a bundle that cannot be read or does not fit what it claims.
	ErrBadInput = errors.New("bad input")
	// ErrNotVerified marks a well-formed proof or claim that fails its
	// check: a proof that does not verify, a digest that does not match.
	ErrNotVerified = errors.New("not verified")
)

// BadInput returns an error with the formatted message that wraps ErrBadInput
// (and whatever %w the format names).
func BadInput(format string, args ...any) error {
	return fmt.Errorf("%w: %w", fmt.Errorf(format, args...), ErrBadInput)
}

// NotVerified returns an error with the formatted message that wraps
// ErrNotVerified (and whatever %w the format names).
func NotVerified(format string, args ...any) error {
	return fmt.Errorf("%w: %w", fmt.Errorf(format, args...), ErrNotVerified)
}
