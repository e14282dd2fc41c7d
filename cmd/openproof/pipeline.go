package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/trace"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// stack is a loaded base model with an optional adapter, in float and fixed point.
type stack struct {
	modelName   string
	float       *model.Model
	q           *quant.Model
	adapterName string
	peft        *peft.Adapter
	qa          *quant.Adapter // nil: base model alone
}

func (s *stack) shape() []int { return s.qa.Shape(len(s.q.Layers)) }

// embedded names the built-in demo model and adapter.
const (
	embeddedModelName   = "embedded:mnist-mlp"
	embeddedAdapterName = "embedded:mnist-rot90-lora"
)

// loadStack loads --model and --adapter (embedded defaults when empty).
func loadStack(c *cli.Context) (*stack, error) {
	if c.Bool("no-adapter") && c.String("adapter") != "" {
		return nil, usageErr("--adapter and --no-adapter exclude each other")
	}
	if !c.Bool("no-adapter") && c.String("adapter") == "" && c.String("model") != "" {
		return nil, usageErr("--model without --adapter: name the adapter, or pass --no-adapter (the embedded adapter belongs to the embedded model)")
	}
	return openStack(c.String("model"), c.String("adapter"), !c.Bool("no-adapter"))
}

// loadBase loads only the base model of --model (embedded by default).
func loadBase(c *cli.Context) (*stack, error) { return openStack(c.String("model"), "", false) }

// openStack loads a model directory and adapter directory; empty names mean
// the embedded model and adapter.
func openStack(modelDir, adapterDir string, withAdapter bool) (*stack, error) {
	s := &stack{}
	var err error
	if modelDir != "" {
		s.float, err = model.Load(modelDir)
		s.modelName = filepath.Base(filepath.Clean(modelDir))
	} else {
		s.float, err = demo.MNISTBase()
		s.modelName = embeddedModelName
	}
	if err != nil {
		return nil, badInput{fmt.Errorf("base model: %w", err)}
	}
	if s.float.Config.Name != "" {
		s.modelName = s.float.Config.Name
	}
	if s.q, err = quant.FromModel(s.float); err != nil {
		return nil, badInput{fmt.Errorf("base model %s: %w", s.modelName, err)}
	}
	if !withAdapter {
		return s, nil
	}
	if adapterDir != "" {
		s.peft, err = peft.Load(adapterDir)
		s.adapterName = filepath.Base(filepath.Clean(adapterDir))
	} else {
		s.peft, err = demo.MNISTAdapter()
		s.adapterName = embeddedAdapterName
	}
	if err != nil {
		return nil, badInput{fmt.Errorf("adapter: %w", err)}
	}
	if s.qa, err = quant.FromPEFT(s.q, s.peft, s.adapterName); err != nil {
		return nil, badInput{fmt.Errorf("adapter %s: %w", s.adapterName, err)}
	}
	return s, nil
}

func parseSalt(c *cli.Context) (fr.Element, error) {
	e, err := commit.ParseHex(c.String("salt"))
	if err != nil {
		return e, usageErr("--salt %q: %v", c.String("salt"), err)
	}
	return e, nil
}

func keysDir(c *cli.Context) string {
	if d := c.String("keys"); d != "" {
		return d
	}
	return filepath.Join(c.String("cache"), "keys")
}

// compiled is a compiled inference circuit with its identity.
type compiled struct {
	name    string
	ccs     constraint.ConstraintSystem
	digest  string
	public  []string
	compile time.Duration
}

func (e *env) compile(ctx context.Context, s *stack) (*compiled, error) {
	circuit, err := lora.New(s.q, s.shape())
	if err != nil {
		return nil, badInput{fmt.Errorf("circuit for %s: %w", s.modelName, err)}
	}
	return e.compileCircuit(ctx, circuit, lora.Name(s.q, s.shape()))
}

// compileCircuit compiles circuit, which the key store knows as name.
func (e *env) compileCircuit(ctx context.Context, circuit frontend.Circuit, name string) (*compiled, error) {
	out := &compiled{name: name}
	var err error
	if out.public, err = prover.PublicNames(circuit); err != nil {
		return nil, err
	}
	if out.compile, err = e.phase("compile", func() error {
		var err error
		out.ccs, err = prover.Compile(ctx, circuit)
		return err
	}); err != nil {
		return nil, err
	}
	if out.digest, err = prover.CircuitDigest(out.ccs); err != nil {
		return nil, err
	}
	e.log.Info().Str("circuit", out.name).Int("constraints", out.ccs.GetNbConstraints()).
		Str("digest", out.digest[:16]).Msg("compiled")
	return out, nil
}

// keys returns the stored keys for the circuit, running the development setup
// when none exist and allowSetup is set.
func (e *env) keys(ctx context.Context, c *cli.Context, cc *compiled, allowSetup bool) (groth16.ProvingKey, groth16.VerifyingKey, *keystore.Manifest, error) {
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return nil, nil, nil, err
	}
	var pk groth16.ProvingKey
	var vk groth16.VerifyingKey
	var m *keystore.Manifest
	start := time.Now()
	pk, vk, m, err = ks.Get(cc.digest)
	if err == nil {
		e.log.Info().Str("setup", m.Setup).Str("dir", ks.Dir(cc.digest)).Str("took", ms(time.Since(start))).Msg("reusing stored keys")
		if m.Setup == keystore.SetupDev {
			e.log.Warn().Msg(prover.DevSetupWarning)
		}
		return pk, vk, m, nil
	} else if !keystore.IsNotFound(err) {
		return nil, nil, nil, err
	}
	if !allowSetup {
		return nil, nil, nil, badInput{fmt.Errorf("no keys for circuit %s (digest %s) in %s: pass --setup for development keys (or run `openproof setup`), or run a ceremony", cc.name, cc.digest[:16], keysDir(c))}
	}
	e.log.Warn().Msg(prover.DevSetupWarning)
	if _, err := e.phase("setup", func() error {
		var err error
		pk, vk, err = prover.DevSetup(ctx, cc.ccs)
		return err
	}); err != nil {
		return nil, nil, nil, err
	}
	info := keystore.Info{CircuitName: cc.name, Constraints: cc.ccs.GetNbConstraints(), Setup: keystore.SetupDev}
	if err := ks.Put(cc.digest, info, pk, vk); err != nil {
		return nil, nil, nil, err
	}
	e.log.Info().Str("dir", ks.Dir(cc.digest)).Msg("keys stored")
	pk, vk, m, err = ks.Get(cc.digest)
	return pk, vk, m, err
}

// proved is the outcome of proving one trace.
type proved struct {
	bundle *bundle.Bundle
	prove  time.Duration
	size   int // proof bytes (Solidity layout)
}

// prove proves the trace t with the circuit cc and assembles the bundle.
func (e *env) prove(ctx context.Context, b prover.Backend, s *stack, cc *compiled, pk groth16.ProvingKey, vk groth16.VerifyingKey, t *trace.Trace) (*proved, error) {
	assignment, err := lora.AssignFromTrace(s.q, t)
	if err != nil {
		return nil, badInput{fmt.Errorf("witness from trace: %w", err)}
	}
	return e.proveAssignment(ctx, b, s, cc, pk, vk, t, assignment, nil)
}

// proveAssignment proves assignment, the witness of trace t for the circuit
// cc, and assembles the bundle, with the attribution section att if not nil.
func (e *env) proveAssignment(ctx context.Context, b prover.Backend, s *stack, cc *compiled, pk groth16.ProvingKey, vk groth16.VerifyingKey,
	t *trace.Trace, assignment frontend.Circuit, att *bundle.Attribution) (*proved, error) {
	full, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("witness: %w", err)
	}
	public, err := full.Public()
	if err != nil {
		return nil, fmt.Errorf("public witness: %w", err)
	}
	var proof groth16.Proof
	d, err := e.phase("prove", func() error {
		var err error
		proof, err = b.Prove(ctx, cc.ccs, pk, full)
		return err
	})
	if err != nil {
		return nil, err
	}
	// A prover that returns a proof the key rejects is a bug; never hand it out.
	if err := prover.Verify(vk, proof, public); err != nil {
		return nil, fmt.Errorf("the %s backend produced a proof that does not verify: %w", b.Name(), err)
	}
	enc, err := bundle.EncodeProof(proof)
	if err != nil {
		return nil, err
	}
	inputs, err := bundle.PublicInputs(cc.public, public)
	if err != nil {
		return nil, err
	}
	vkHash, err := bundle.VKSHA256(vk)
	if err != nil {
		return nil, err
	}
	out := make([]int64, len(t.Output))
	for i, v := range t.Output {
		out[i] = int64(v)
	}
	in := make([]int64, len(t.Input))
	for i, v := range t.Input {
		in[i] = int64(v)
	}
	pred := quant.Argmax(t.Output)
	bd := &bundle.Bundle{
		Format:       bundle.Format,
		Version:      bundle.Version,
		Circuit:      bundle.Circuit{Name: cc.name, Digest: cc.digest, Constraints: cc.ccs.GetNbConstraints()},
		Backend:      b.Name(),
		Model:        bundle.Model{Name: s.modelName, Digest: t.Model.Digest},
		InputDigest:  t.InputDigest,
		OutputDigest: t.OutputDigest,
		Input:        in,
		Output:       out,
		Prediction:   &pred,
		PublicInputs: inputs,
		Proof:        enc,
		VKSHA256:     vkHash,
		Attribution:  att,
	}
	if t.Adapter != nil {
		bd.Adapter = bundle.Adapter{Name: t.Adapter.Name, Commitment: t.Adapter.Commitment}
	} else {
		// The base model alone still commits to its (empty) adapter.
		for _, p := range inputs {
			if p.Name == "adapter_commitment" {
				bd.Adapter = bundle.Adapter{Name: "none", Commitment: p.Value}
			}
		}
	}
	if err := bd.Check(); err != nil {
		return nil, fmt.Errorf("assembled bundle: %w", err)
	}
	return &proved{bundle: bd, prove: d, size: (len(enc) - 2) / 2}, nil
}

// runTrace runs the quantized forward pass of s on x and records its trace.
func runTrace(ctx context.Context, s *stack, x []int8, salt fr.Element) (*trace.Trace, error) {
	layers, err := s.q.Forward(ctx, x, s.qa)
	if err != nil {
		return nil, badInput{fmt.Errorf("inference: %w", err)}
	}
	return trace.New(s.q, s.qa, salt, x, layers)
}

// outputDigest recomputes a bundle's output digest from its claimed output,
// for verifier.WithOutputCheck.
func outputDigest(output []int64) (string, error) {
	y := make([]int8, len(output))
	for i, v := range output {
		if v < -128 || v > 127 {
			return "", fmt.Errorf("output[%d] = %d is not an int8", i, v)
		}
		y[i] = int8(v)
	}
	return bundle.FormatElement(commit.OutputDigest(y)), nil
}

// fileExists reports whether path exists; other stat errors are returned.
func fileExists(path string) (bool, error) {
	_, err := os.Stat(path)
	if err == nil {
		return true, nil
	}
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return false, err
}
