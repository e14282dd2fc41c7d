// Command openproof runs, proves and verifies LoRA inference.
//
// Exit codes: 0 success, 1 verification failed, 2 bad usage or bad input.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/errs"

	gnarklog "github.com/consensys/gnark/logger"
)

// Exit codes.
const (
	exitOK       = 0
	exitVerify   = 1
	exitBadInput = 2
	exitInternal = 3 // a bug or an environment failure (disk full, …)
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is main without the process: tests drive the CLI through it.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	env := &env{stdout: stdout, stderr: stderr}
	app := newApp(env)
	err := app.RunContext(ctx, args)
	if err == nil {
		return exitOK
	}
	code := exitCode(err)
	if env.log != nil {
		env.log.Error().Err(err).Msg(commandFailed(code))
	} else {
		fmt.Fprintf(stderr, "openproof: %v\n", err)
	}
	return code
}

func commandFailed(code int) string {
	switch code {
	case exitVerify:
		return "verification failed"
	case exitBadInput:
		return "bad input"
	}
	return "failed"
}

// env is what every command shares: the writers and the logger.
type env struct {
	stdout, stderr io.Writer
	log            *zerolog.Logger
	json           bool
	tty            bool
}

func newApp(e *env) *cli.App {
	return &cli.App{
		Name:  "openproof",
		Usage: "prove LoRA inference with Groth16 (gnark, BN254)",
		Description: "openproof runs a base model plus a LoRA adapter in deterministic fixed point, records an " +
			"execution trace, proves with Groth16 that the output is what base+adapter compute, and verifies the proof.",
		Writer:         e.stdout,
		ErrWriter:      e.stderr,
		ExitErrHandler: func(*cli.Context, error) {}, // run maps errors to exit codes
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "log-format", Value: "console", Usage: "console or json"},
			&cli.StringFlag{Name: "log-level", Value: "info", Usage: "debug, info, warn, error"},
			&cli.StringFlag{Name: "cache", EnvVars: []string{"OPENPROOF_CACHE"}, Value: defaultCache(), Usage: "cache directory (proving keys, data)"},
		},
		Before: func(c *cli.Context) error { return e.setup(c) },
		Commands: []*cli.Command{
			demoCommand(e),
			trainCommand(e),
			dataCommand(e),
			inferCommand(e),
			setupCommand(e),
			ceremonyCommand(e),
			proveCommand(e),
			verifyCommand(e),
			inspectCommand(e),
			benchCommand(e),
			exportSolidityCommand(e),
			chainCommand(e),
			attributeCommand(e),
			datanetCommand(e),
			auditCommand(e),
			peftgenCommand(e),
			deltaCommand(e),
			proveDeltaCommand(e),
			verifyDeltaCommand(e),
			mergeCommand(e),
			verifyMergeCommand(e),
		},
	}
}

func defaultCache() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "openproof")
	}
	return filepath.Join(os.TempDir(), "openproof")
}

func (e *env) setup(c *cli.Context) error {
	lvl, err := zerolog.ParseLevel(c.String("log-level"))
	if err != nil {
		return usageErr("--log-level %q: %v", c.String("log-level"), err)
	}
	var l zerolog.Logger
	switch c.String("log-format") {
	case "json":
		e.json = true
		l = zerolog.New(e.stderr).With().Timestamp().Logger()
	case "console":
		l = zerolog.New(zerolog.ConsoleWriter{Out: e.stderr, TimeFormat: time.TimeOnly}).With().Timestamp().Logger()
		if f, ok := e.stderr.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			e.tty = true
		}
	default:
		return usageErr("--log-format %q: want console or json", c.String("log-format"))
	}
	l = l.Level(lvl)
	e.log = &l
	// gnark logs through its own global logger: keep its details for --log-level debug.
	if lvl <= zerolog.DebugLevel {
		gnarklog.Set(l)
	} else {
		gnarklog.Disable()
	}
	return nil
}

// badInput marks an error as the user's input's fault (exit code 2).
type badInput struct{ err error }

func (b badInput) Error() string { return b.err.Error() }
func (b badInput) Unwrap() error { return b.err }

// writeErr reports a failed write to a path the user chose (a flag's value
// or a default under --cache): exit 2, naming the flag and the path, the
// same for every command.
func writeErr(flag, path string, err error) error {
	return badInput{fmt.Errorf("--%s %s: write: %w", flag, path, err)}
}

func usageErr(format string, args ...any) error {
	return badInput{fmt.Errorf(format, args...)}
}

// verifyFailed marks a failed verification (exit code 1).
type verifyFailed struct{ err error }

func (v verifyFailed) Error() string { return v.err.Error() }
func (v verifyFailed) Unwrap() error { return v.err }

func exitCode(err error) int {
	var bi badInput
	if errors.As(err, &bi) {
		return exitBadInput
	}
	var vf verifyFailed
	if errors.As(err, &vf) {
		return exitVerify
	}
	// Every library wraps one of the two roots (package errs); a missing or
	// unreadable file the user named is bad input too.
	if errors.Is(err, errs.ErrBadInput) || errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return exitBadInput
	}
	if errors.Is(err, errs.ErrNotVerified) {
		return exitVerify
	}
	// urfave/cli reports unknown flags and commands as plain errors before
	// any action runs; they are usage errors.
	if isUsageError(err) {
		return exitBadInput
	}
	return exitInternal
}

// phase logs a long-running step; on a terminal it also shows a ticking
// elapsed-time line so the user sees progress. Under json it stays quiet
// except for the start and end records.
func (e *env) phase(name string, fn func() error) (time.Duration, error) {
	start := time.Now()
	e.log.Info().Str("phase", name).Msg("start")
	done := make(chan struct{})
	if e.tty && !e.json {
		go func() {
			t := time.NewTicker(500 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-done:
					fmt.Fprint(e.stderr, "\r\033[K")
					return
				case <-t.C:
					fmt.Fprintf(e.stderr, "\r\033[K  %s … %.1fs", name, time.Since(start).Seconds())
				}
			}
		}()
	}
	err := fn()
	close(done)
	d := time.Since(start)
	ev := e.log.Info()
	if err != nil {
		ev = e.log.Warn().Err(err)
	}
	ev.Str("phase", name).Str("took", ms(d)).Msg("done")
	return d, err
}

// isUsageError recognizes urfave/cli's own usage errors, which are plain
// strings.
func isUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"flag provided but not defined", "Required flag", "Required flags", "No help topic", "invalid value"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

// ms rounds a duration for logs.
func ms(d time.Duration) string { return d.Round(time.Millisecond).String() }
