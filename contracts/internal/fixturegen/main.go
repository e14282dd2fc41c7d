// Command fixturegen makes the committed verifying keys, proof bundles and
// Solidity verifiers under contracts/ that the Go tests deploy and settle.
//
// It runs the demo pipeline for real (quantized forward pass, trace, witness
// from the trace, Groth16 proof with the Solidity-target options) on three
// circuits: the embedded MNIST model with its embedded adapter ("demo",
// ≈42k constraints), the same model with a rank-2 adapter cut from the
// embedded one on fc2 ("small"), and a one-public-input circuit with a
// commitment ("tiny", for gas comparisons with gnark's own figure). Every key
// comes from prover.DevSetup (fine for tests, worthless for anything else),
// except "tiny-gnark-setup": the tiny circuit again with gnark's own setup,
// whose commitment key is not on γ (the folded verifier's six-pair form).
//
// The others carry the six public inputs of attributed inference: the
// demo's own attributed statement ("demo-attributed": the attributed circuit
// for the embedded model, adapter and attribution artifacts, 10
// contributors, the bundle `openproof demo` writes for the same digit and
// salt), and stand-ins whose attribution digest is real but whose inference
// is not, over the payout-bound Datanet fixtures.AttributedTree(n)
// ("attributed", 64 contributors, for the settlement tests; "attributed-8",
// "-1024" and "-4096", every contributor weighted, for the gas table).
//
// Apart from those, "delta" proves delta runs of a peftgen trace and
// "generation" a greedy generation of a tiny GPT-2-architecture text model
// (circuits/gpt2, its four public inputs at the settlement's positions);
// "generation-attributed" an attributed generation of circuits/gpt2's tiny
// test model over a four-contributor text Datanet (six public inputs).
//
// Run it from the repository root when a circuit changes:
//
//	go run ./contracts/internal/fixturegen
//	bash contracts/build.sh
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/multicommit"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/runtime"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
)

func main() {
	dir := flag.String("dir", "contracts", "the contracts directory")
	only := flag.String("only", "", "make only this fixture (demo, small, tiny, tiny-gnark-setup, attributed, demo-attributed, delta, generation, generation-attributed)")
	exportOnly := flag.Bool("export-only", false, "keep the keys and proofs; regenerate the Solidity verifiers from the committed keys")
	flag.Parse()
	if *exportOnly {
		if err := reexport(*dir, *only); err != nil {
			fmt.Fprintln(os.Stderr, "fixturegen:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(context.Background(), *dir, *only); err != nil {
		fmt.Fprintln(os.Stderr, "fixturegen:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, dir, only string) error {
	for _, f := range fixtures.All {
		if only != "" && only != f.Name {
			continue
		}
		fmt.Fprintf(os.Stderr, "fixture %s\n", f.Name)
		var err error
		switch f.Name {
		case "demo":
			err = lorafixture(ctx, dir, f, false, []int{0})
		case "small":
			err = lorafixture(ctx, dir, f, true, []int{0, 1, 2, 3, 4, 5, 6, 7})
		case "tiny":
			err = tinyFixture(ctx, dir, f, false)
		case "tiny-gnark-setup":
			err = tinyFixture(ctx, dir, f, true)
		case "attributed", "attributed-8", "attributed-1024", "attributed-4096":
			err = attributedFixture(ctx, dir, f)
		case "demo-attributed":
			err = demoAttributedFixture(ctx, dir, f, []int{0})
		default:
			err = fmt.Errorf("unknown fixture %q", f.Name)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name, err)
		}
	}
	if only == "" || only == fixtures.DeltaName {
		fmt.Fprintf(os.Stderr, "fixture %s\n", fixtures.DeltaName)
		if err := deltaFixture(ctx, dir); err != nil {
			return fmt.Errorf("%s: %w", fixtures.DeltaName, err)
		}
	}
	if only == "" || only == fixtures.GenerationAttributedName {
		fmt.Fprintf(os.Stderr, "fixture %s\n", fixtures.GenerationAttributedName)
		if err := generationAttributedFixture(ctx, dir); err != nil {
			return fmt.Errorf("%s: %w", fixtures.GenerationAttributedName, err)
		}
	}
	if only == "" || only == fixtures.GenerationName {
		fmt.Fprintf(os.Stderr, "fixture %s\n", fixtures.GenerationName)
		if err := generationFixture(ctx, dir); err != nil {
			return fmt.Errorf("%s: %w", fixtures.GenerationName, err)
		}
	}
	return nil
}

// reexport rewrites the verifiers of the committed keys (after a change to
// the verifier template).
func reexport(dir, only string) error {
	for _, f := range fixtures.All {
		if only != "" && only != f.Name {
			continue
		}
		vk, bundles, err := f.Load(dir)
		if err != nil {
			return err
		}
		if err := f.WriteVerifiers(dir, vk, bundles); err != nil {
			return err
		}
	}
	return nil
}

// stack loads the embedded model and adapter, or the rank-2 cut on fc2.
func stack(small bool) (*runtime.Stack, error) {
	s, err := demo.LoadStack("", "", true)
	if err != nil {
		return nil, err
	}
	// The committed bundles name the model by its embedded name, not by its
	// config's name (which `openproof demo` shows).
	s.ModelName = demo.EmbeddedModelName
	if !small {
		return s, nil
	}
	if s.PEFT, err = demo.MNISTSmallAdapter(); err != nil {
		return nil, err
	}
	s.AdapterName = demo.MNISTSmallAdapterName
	if s.Adapter, err = quant.FromPEFT(s.Model, s.PEFT, s.AdapterName); err != nil {
		return nil, err
	}
	return s, nil
}

// lorafixture proves the (plain) inference of each sample, as `openproof
// prove` does, with one development setup. A distinct salt per proof would
// change the adapter commitment; one adapter is one commitment, so the salt
// is fixed.
func lorafixture(ctx context.Context, dir string, f fixtures.Fixture, small bool, samples []int) error {
	s, err := stack(small)
	if err != nil {
		return err
	}
	return proveSamples(ctx, dir, f, s, nil, commit.AdapterKey{Salt: commit.Uint(0x5a17), Owner: commit.DemoKey().Owner}, samples)
}

// demoAttributedFixture proves the demo's attributed statement, as
// `openproof demo` does: the embedded model and adapter with the demo's
// default salt (0), the embedded attribution artifacts, the attributed
// circuit, and a bundle with its attribution section, for each sample.
func demoAttributedFixture(ctx context.Context, dir string, f fixtures.Fixture, samples []int) error {
	s, err := stack(false)
	if err != nil {
		return err
	}
	art, err := demo.MNISTArtifacts()
	if err != nil {
		return err
	}
	att, err := pipeline.NewAttribution(s.Model, s.Adapter, art)
	if err != nil {
		return err
	}
	return proveSamples(ctx, dir, f, s, att, commit.DemoKey(), samples)
}

// proveSamples proves the inference of stack s (attributed with att) on
// each embedded sample with pipeline.ProveInference, keys from a
// development setup in a temporary key store, and writes the fixture.
func proveSamples(ctx context.Context, dir string, f fixtures.Fixture, s *runtime.Stack, att *pipeline.Attribution, key commit.AdapterKey, samples []int) error {
	tmp, err := os.MkdirTemp("", "fixturegen-keys-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	ks, err := keystore.Open(tmp)
	if err != nil {
		return err
	}
	data, err := demo.MNISTSamples()
	if err != nil {
		return err
	}
	var (
		bundles []*bundle.Bundle
		res     *pipeline.InferenceProof
	)
	for i, idx := range samples {
		req := pipeline.InferenceRequest{Model: s.Model, ModelName: s.ModelName, Adapter: s.Adapter, Key: key,
			Input: quant.QuantizeInput(data.Images[idx], s.Model.InputExp), Attribution: att}
		if res != nil {
			req.Circuit = res.Circuit // one compilation for every sample
		}
		if res, err = pipeline.ProveInference(ctx, prover.CPU(), ks.Provider(true), req); err != nil {
			return fmt.Errorf("bundle %d: %w", i, err)
		}
		if i == 0 {
			fmt.Fprintf(os.Stderr, "  %d constraints; development setup\n", res.Circuit.Constraints())
		}
		bundles = append(bundles, res.Bundle)
	}
	if err := write(dir, f, res.Keys.VK, bundles); err != nil {
		return err
	}
	inner, err := commit.AdapterInnerCommitment(s.Adapter, s.Shape(), key.Salt)
	if err != nil {
		return err
	}
	return f.WriteAdapterInner(dir, inner)
}

// tinyCircuit has one public input and one commitment that also commits to
// the public input, so the verifier's hash-to-field covers public values.
type tinyCircuit struct {
	X frontend.Variable `gnark:"x,public"`
	Y frontend.Variable
}

func (c *tinyCircuit) Define(api frontend.API) error {
	// X = Y² with Y < 2^16. The range checker and the callback below share
	// one commitment through std/multicommit; committing to X puts a public
	// input into the commitment's hash.
	rangecheck.New(api).Check(c.Y, 16)
	sq := api.Mul(c.Y, c.Y)
	api.AssertIsEqual(c.X, sq)
	multicommit.WithCommitment(api, func(api frontend.API, ch frontend.Variable) error {
		api.AssertIsEqual(api.Mul(api.Sub(c.X, sq), ch), 0)
		return nil
	}, c.X)
	return nil
}

// tinyFixture makes the tiny circuit's keys with prover.DevSetup, or with
// gnark's own setup (gnarkSetup: a commitment key on a random G2 point, so its
// folded verifier keeps six pairs).
func tinyFixture(ctx context.Context, dir string, f fixtures.Fixture, gnarkSetup bool) error {
	cc, keys, err := tinySetup(ctx, gnarkSetup)
	if err != nil {
		return err
	}
	var bundles []*bundle.Bundle
	for _, y := range []int{3, 40000} {
		b, err := prove(ctx, cc, keys, &tinyCircuit{X: y * y, Y: y})
		if err != nil {
			return err
		}
		zero := bundle.FormatElement(fr.Element{})
		b.Model = bundle.Model{Name: "tiny", Digest: zero}
		b.InputDigest, b.OutputDigest = zero, zero
		b.Output = []int64{}
		if err := b.Check(); err != nil {
			return err
		}
		bundles = append(bundles, b)
	}
	if err := write(dir, f, keys.VK, bundles); err != nil {
		return err
	}
	return f.WriteAdapterInner(dir, fixtures.StandInAdapterInner)
}

// tinySetup compiles the tiny circuit and makes its keys with
// prover.DevSetup, or with gnark's own groth16.Setup.
func tinySetup(ctx context.Context, gnarkSetup bool) (*pipeline.Compiled, *keystore.Keys, error) {
	const name = "tiny-square"
	if !gnarkSetup {
		return setup(ctx, &tinyCircuit{}, name)
	}
	cc, err := pipeline.Compile(ctx, &tinyCircuit{}, name)
	if err != nil {
		return nil, nil, err
	}
	pk, vk, err := groth16.Setup(cc.CCS)
	if err != nil {
		return nil, nil, err
	}
	return cc, &keystore.Keys{Name: name, Digest: cc.Digest, PK: pk, VK: vk}, nil
}

// attributedCircuit has the public inputs of attributed inference, in its
// order. The attribution digest is proven for real: it is influence.Digest
// of private weights, each range-checked to 20 bits and summing to 10⁶. The
// inference is a stand-in (output = Hash(model, adapter, input, root)), so
// the settlement tests get a proof whose weights bind without the cost of
// the attributed LoRA circuit.
type attributedCircuit struct {
	Model       frontend.Variable `gnark:"model_digest,public"`
	Adapter     frontend.Variable `gnark:"adapter_commitment,public"`
	Input       frontend.Variable `gnark:"input_digest,public"`
	Output      frontend.Variable `gnark:"output_digest,public"`
	Root        frontend.Variable `gnark:"datanet_root,public"`
	Attribution frontend.Variable `gnark:"attribution_digest,public"`
	Weights     []frontend.Variable
}

func (c *attributedCircuit) Define(api frontend.API) error {
	rc := rangecheck.New(api) // its commitment is the circuit's one
	entries := make([]frontend.Variable, len(c.Weights))
	var sum frontend.Variable = 0
	for i, w := range c.Weights {
		rc.Check(w, 20)
		sum = api.Add(sum, w)
		entries[i] = api.Add(w, uint64(i)<<20)
	}
	api.AssertIsEqual(sum, influence.PPM)
	pre := []frontend.Variable{commit.Tag(influence.TagAttribution), len(c.Weights)}
	d, err := commit.HashVars(api, append(pre, commit.PackVars(api, entries, influence.DigestSlotBits)...)...)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.Attribution, d)
	out, err := commit.HashVars(api, c.Model, c.Adapter, c.Input, c.Root)
	if err != nil {
		return err
	}
	api.AssertIsEqual(c.Output, out)
	return nil
}

func attributedFixture(ctx context.Context, dir string, f fixtures.Fixture) error {
	circuit := &attributedCircuit{Weights: make([]frontend.Variable, f.Contributors)}
	cc, keys, err := setup(ctx, circuit, "attributed-fixture")
	if err != nil {
		return err
	}
	model := commit.Uint(0xa77_0001)
	owner, err := commit.ParseOwner(commit.DemoOwner)
	if err != nil {
		return err
	}
	adapter := commit.OwnedCommitment(fixtures.StandInAdapterInner, owner)
	tree, err := fixtures.AttributedTree(f.Contributors)
	if err != nil {
		return err
	}
	var root fr.Element
	root.SetBigInt(tree.Preimage().Root)
	var bundles []*bundle.Bundle
	for i := range f.Bundles {
		// One input per bundle: each is its own statement (request).
		weights := fixtures.AttributedBundleWeights(i)
		if f.Name != "attributed" {
			weights = fixtures.AllWeights(f.Contributors)
		}
		input := commit.Uint(uint64(0xa77_0100 + i))
		output := commit.Hash(model, adapter, input, root)
		assignment := &attributedCircuit{Model: model, Adapter: adapter, Input: input, Output: output, Root: root,
			Attribution: influence.Digest(weights), Weights: make([]frontend.Variable, len(weights))}
		for k, w := range weights {
			assignment.Weights[k] = w
		}
		b, err := prove(ctx, cc, keys, assignment)
		if err != nil {
			return err
		}
		b.Model = bundle.Model{Name: "attributed-fixture", Digest: bundle.FormatElement(model)}
		b.Adapter = bundle.Adapter{Name: "attributed-fixture", Commitment: bundle.FormatElement(adapter)}
		b.InputDigest, b.OutputDigest = bundle.FormatElement(input), bundle.FormatElement(output)
		b.Output = []int64{}
		if err := b.Check(); err != nil {
			return fmt.Errorf("bundle %d: %w", i, err)
		}
		bundles = append(bundles, b)
	}
	if err := write(dir, f, keys.VK, bundles); err != nil {
		return err
	}
	return f.WriteAdapterInner(dir, fixtures.StandInAdapterInner)
}

// setup compiles circuit (known as name) and runs the development setup.
func setup(ctx context.Context, circuit frontend.Circuit, name string) (*pipeline.Compiled, *keystore.Keys, error) {
	cc, err := pipeline.Compile(ctx, circuit, name)
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(os.Stderr, "  %d constraints; development setup\n", cc.Constraints())
	pk, vk, err := prover.DevSetup(ctx, cc.CCS)
	if err != nil {
		return nil, nil, err
	}
	return cc, &keystore.Keys{Name: name, Digest: cc.Digest, PK: pk, VK: vk, Made: true}, nil
}

// prove proves assignment (pipeline.ProveAssignment) on the CPU.
func prove(ctx context.Context, cc *pipeline.Compiled, keys *keystore.Keys, assignment frontend.Circuit) (*bundle.Bundle, error) {
	b, _, err := pipeline.ProveAssignment(ctx, prover.CPU(), cc, keys, assignment)
	return b, err
}

func write(dir string, f fixtures.Fixture, vk groth16.VerifyingKey, bundles []*bundle.Bundle) error {
	fdir := filepath.Join(dir, f.Dir())
	if err := os.MkdirAll(fdir, 0o755); err != nil {
		return err
	}
	vf, err := os.Create(filepath.Join(fdir, "vk.bin"))
	if err != nil {
		return err
	}
	if _, err := vk.WriteTo(vf); err != nil {
		vf.Close()
		return err
	}
	if err := vf.Close(); err != nil {
		return err
	}
	for i, b := range bundles {
		if err := b.Write(filepath.Join(fdir, fmt.Sprintf("bundle-%d.json", i))); err != nil {
			return err
		}
	}
	return f.WriteVerifiers(dir, vk, bundles)
}
