package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/openproof/openproof/errs"
)

// Exit codes: every code the binary returns is one of these (see
// exitCodesHelp, which `openproof --help` prints).
const (
	exitOK       = 0
	exitVerify   = 1 // a well-formed claim that does not check out
	exitBadInput = 2 // bad usage or bad input
	exitInternal = 3 // a bug or an environment failure (disk full, interrupt, …)
)

// exitCodesHelp documents the exit codes in the app's help.
const exitCodesHelp = `EXIT CODES:
   0  success: done, verified, written or sent
   1  not verified: a proof, bundle check, ceremony contribution or audit failed, or the
      settlement contract refused the proof (ProofInvalid)
   2  bad usage or bad input: an unknown command or flag, a malformed or missing file or
      value, inconsistent inputs, a missing key without --setup, a reverted chain call
   3  internal or environment failure: an interrupt (Ctrl-C, SIGTERM), an I/O or RPC
      failure, a bug (a panic in a command)`

// exitCode maps an error to its exit code. The command's own verdict (the
// badInput and verifyFailed markers) comes first: a proof that "does not
// fit the trace" is a failed verification even where the library error it
// wraps is a shape error. Then the two roots every library wraps (package
// errs) decide; anything else is internal.
func exitCode(err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, new(badInput)):
		return exitBadInput
	case errors.As(err, new(verifyFailed)):
		return exitVerify
	case errors.Is(err, errs.ErrBadInput), isFileError(err), isUsageError(err):
		return exitBadInput
	case errors.Is(err, errs.ErrNotVerified):
		return exitVerify
	}
	return exitInternal
}

// commandFailed is the log message of a failed command.
func commandFailed(code int) string {
	switch code {
	case exitVerify:
		return "verification failed"
	case exitBadInput:
		return "bad input"
	}
	return "failed"
}

// badInput marks an error as the user's input's fault (exit code 2) without
// changing its message (errs.BadInput would append ": bad input").
type badInput struct{ err error }

func (b badInput) Error() string { return b.err.Error() }
func (b badInput) Unwrap() error { return b.err }

// verifyFailed marks a failed verification (exit code 1).
type verifyFailed struct{ err error }

func (v verifyFailed) Error() string { return v.err.Error() }
func (v verifyFailed) Unwrap() error { return v.err }

// writeErr reports a failed write to a path the user chose (a flag's value
// or a default under --cache): exit 2, naming the flag and the path, the
// same for every command.
func writeErr(flag, path string, err error) error {
	return badInput{fmt.Errorf("--%s %s: write: %w", flag, path, err)}
}

func usageErr(format string, args ...any) error {
	return badInput{fmt.Errorf(format, args...)}
}

// isFileError: a missing or unreadable file the user named is bad input.
func isFileError(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission)
}

// isUsageError recognizes urfave/cli's own usage errors (unknown flags and
// commands, missing required flags), which are plain strings reported
// before any action runs.
func isUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"flag provided but not defined", "Required flag", "Required flags", "No help topic", "invalid value"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
