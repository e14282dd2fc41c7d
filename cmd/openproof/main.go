// Command openproof runs, proves and verifies LoRA inference.
//
// Exit codes (exit.go, and `openproof --help`): 0 success, 1 not verified,
// 2 bad usage or bad input, 3 internal or environment failure.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	gnarklog "github.com/consensys/gnark/logger"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is main without the process: tests drive the CLI through it.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (code int) {
	env := &env{stdout: stdout, stderr: stderr, args: args}
	// A panic in a command is a bug: exit 3 like any internal failure, not
	// the Go runtime's 2, which means bad input here.
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "openproof: internal error: %v\n%s", r, debug.Stack())
			code = exitInternal
		}
	}()
	app := newApp(env)
	err := app.RunContext(ctx, args)
	if err == nil {
		return exitOK
	}
	code = exitCode(err)
	if env.log != nil {
		env.log.Error().Err(err).Msg(commandFailed(code))
	} else {
		fmt.Fprintf(stderr, "openproof: %v\n", err)
	}
	return code
}

// env is what every command shares: the writers, the logger and the
// command line (for messages that name a flag as it was given).
type env struct {
	stdout, stderr io.Writer
	args           []string
	log            *zerolog.Logger
	json           bool
	tty            bool
}

func newApp(e *env) *cli.App {
	return &cli.App{
		Name:  "openproof",
		Usage: "prove LoRA inference with Groth16 (gnark, BN254)",
		Description: "openproof runs a base model plus a LoRA adapter in deterministic fixed point, records an " +
			"execution trace, proves with Groth16 that the output is what base+adapter compute, and verifies the proof.\n\n" +
			exitCodesHelp,
		Writer:         e.stdout,
		ErrWriter:      e.stderr,
		ExitErrHandler: func(*cli.Context, error) {}, // run maps errors to exit codes
		Flags:          []cli.Flag{logFormatFlag, logLevelFlag, cacheFlag},
		Before:         e.setup,
		Commands: []*cli.Command{
			demoCommand(e),
			trainCommand(e),
			dataCommand(e),
			inferCommand(e),
			generateCommand(e),
			setupCommand(e),
			ceremonyCommand(e),
			proveCommand(e),
			verifyCommand(e),
			inspectCommand(e),
			benchCommand(e),
			exportSolidityCommand(e),
			chainCommand(e),
			nodeCommand(e),
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

// ms rounds a duration for logs.
func ms(d time.Duration) string { return d.Round(time.Millisecond).String() }
