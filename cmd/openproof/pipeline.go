package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/consensys/gnark/constraint"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/runtime"
	"github.com/openproof/openproof/inference/trace"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
)

// loadStack loads --model and --adapter (embedded defaults when empty).
func loadStack(c *cli.Context) (*runtime.Stack, error) {
	model, adapter, none := c.String(modelFlag.Name), c.String(adapterFlag.Name), c.Bool(noAdapter.Name)
	if none && adapter != "" {
		return nil, usageErr("--adapter and --no-adapter exclude each other")
	}
	if !none && adapter == "" && model != "" {
		return nil, usageErr("--model without --adapter: name the adapter, or pass --no-adapter (the embedded adapter belongs to the embedded model)")
	}
	s, err := demo.LoadStack(model, adapter, !none)
	if err != nil {
		return nil, err
	}
	warnUnproven(c, s.PEFT)
	return s, nil
}

// warnUnproven prints to stderr each adapter tensor that is loaded but
// neither applied nor proven (modules_to_save heads): the results use the
// base model's weights there.
func warnUnproven(c *cli.Context, a *peft.Adapter) {
	if a == nil {
		return
	}
	for _, w := range a.Warnings() {
		fmt.Fprintln(c.App.ErrWriter, "warning:", w)
	}
}

// loadBase loads only the base model of --model (embedded by default).
func loadBase(c *cli.Context) (*runtime.Stack, error) {
	return demo.LoadStack(c.String(modelFlag.Name), "", false)
}

// loadTrace reads the trace file path and checks it against the base model
// of --model; the stack carries the trace's adapter.
func loadTrace(c *cli.Context, path string) (*runtime.Stack, *trace.Trace, error) {
	t, err := trace.Read(path)
	if err != nil {
		return nil, nil, err
	}
	base, err := loadBase(c)
	if err != nil {
		return nil, nil, err
	}
	s, err := base.WithTrace(c.Context, t)
	if err != nil {
		return nil, nil, badInput{fmt.Errorf("trace %s: %w", path, err)}
	}
	return s, t, nil
}

// loadAttribution reads the attribution artifacts at path and checks them
// against the stack's model and adapter; every error names the file and
// exits 2.
func loadAttribution(path string, s *runtime.Stack) (*pipeline.Attribution, error) {
	art, err := artifacts.Load(path)
	if err != nil {
		return nil, badInput{fmt.Errorf("--attribution %s: %w", path, err)}
	}
	if s.Adapter == nil {
		return nil, usageErr("--attribution %s: attribution scores the adapter's parameters: it needs an adapter (drop --no-adapter)", path)
	}
	att, err := pipeline.NewAttribution(s.Model, s.Adapter, art)
	if err != nil {
		return nil, badInput{fmt.Errorf("--attribution %s: %w", path, err)}
	}
	return att, nil
}

// parseKey reads --salt and --adapter-owner: the adapter commitment's key.
func parseKey(c *cli.Context) (commit.AdapterKey, error) {
	var k commit.AdapterKey
	s := c.String(saltFlag.Name)
	var err error
	if k.Salt, err = commit.ParseHex(s); err != nil {
		return k, usageErr("--salt %q: %v", s, err)
	}
	o := c.String(ownerFlag.Name)
	if k.Owner, err = commit.ParseOwner(o); err != nil {
		return k, usageErr("--%s %q: %v", ownerFlag.Name, o, err)
	}
	return k, nil
}

func keysDir(c *cli.Context) string {
	if d := c.String(keysFlag.Name); d != "" {
		return d
	}
	return filepath.Join(c.String(cacheFlag.Name), "keys")
}

// keyProvider is the key store of --keys as a keystore.Provider that logs
// which keys it hands out; allowSetup lets it run the development setup.
func (e *env) keyProvider(c *cli.Context, allowSetup bool) (keystore.Provider, error) {
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return nil, err
	}
	return loggedKeys{e: e, ks: ks, allowSetup: allowSetup}, nil
}

// keys returns the keys of the circuit ccs (known as name) from the key
// store, as a logged "keys" phase.
func (e *env) keys(ctx context.Context, c *cli.Context, name string, ccs constraint.ConstraintSystem, allowSetup bool) (*keystore.Keys, error) {
	p, err := e.keyProvider(c, allowSetup)
	if err != nil {
		return nil, err
	}
	var k *keystore.Keys
	_, err = e.phase(pipeline.PhaseKeys, func() error {
		k, err = p.Keys(ctx, name, ccs)
		return err
	})
	return k, err
}

type loggedKeys struct {
	e          *env
	ks         *keystore.Store
	allowSetup bool
}

func (p loggedKeys) Keys(ctx context.Context, name string, ccs constraint.ConstraintSystem) (*keystore.Keys, error) {
	k, err := p.ks.GetOrSetup(ctx, name, ccs, p.allowSetup)
	if err != nil {
		return nil, err
	}
	log := p.e.log
	if k.Made {
		log.Warn().Msg(prover.DevSetupWarning)
		log.Info().Str("dir", p.ks.Dir(k.Digest)).Str("took", ms(k.SetupTime)).Msg("development setup: keys stored")
		return k, nil
	}
	log.Info().Str("setup", k.Manifest.Setup).Str("dir", p.ks.Dir(k.Digest)).Msg("reusing stored keys")
	if k.Manifest.Setup == keystore.SetupDev {
		log.Warn().Msg(prover.DevSetupWarning)
	}
	return k, nil
}

// phases reports the pipeline's phases through e.phase (logs and, on a
// terminal, a ticking line): each phase's e.phase call waits for its end.
func (e *env) phases() pipeline.PhaseFunc {
	return func(name string) func(error) {
		end, finished := make(chan error), make(chan struct{})
		go func() {
			defer close(finished)
			_, _ = e.phase(name, func() error { return <-end }) // the error goes back through the pipeline
		}()
		return func(err error) {
			end <- err
			<-finished
		}
	}
}

// logCompiled logs the circuit a proof used.
func (e *env) logCompiled(cc *pipeline.Compiled) {
	e.log.Info().Str("circuit", cc.Name).Int("constraints", cc.Constraints()).
		Str("digest", cc.Digest[:16]).Msg("compiled")
}

// compile compiles the inference circuit of s (attributed with att) as a
// logged "compile" phase.
func (e *env) compile(c *cli.Context, s *runtime.Stack, att *pipeline.Attribution) (*pipeline.Compiled, error) {
	var cc *pipeline.Compiled
	_, err := e.phase(pipeline.PhaseCompile, func() error {
		var err error
		cc, err = pipeline.CompileInference(c.Context, s.Model, s.Adapter, att)
		return err
	})
	if err != nil {
		return nil, err
	}
	e.logCompiled(cc)
	return cc, nil
}
