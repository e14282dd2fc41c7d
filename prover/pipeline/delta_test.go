package pipeline

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// devKeys is a keystore.Provider backed by the development setup; it
// counts setups and keeps each circuit's verifying key.
type devKeys struct {
	setups int
	vks    map[string]groth16.VerifyingKey
}

func (d *devKeys) Keys(ctx context.Context, name string, ccs constraint.ConstraintSystem) (*keystore.Keys, error) {
	d.setups++
	digest, err := prover.CircuitDigest(ccs)
	if err != nil {
		return nil, err
	}
	pk, vk, err := prover.DevSetup(ctx, ccs)
	if err != nil {
		return nil, err
	}
	if d.vks == nil {
		d.vks = map[string]groth16.VerifyingKey{}
	}
	d.vks[name] = vk
	return &keystore.Keys{Name: name, Digest: digest, PK: pk, VK: vk, Made: true}, nil
}

// deltaFixture writes a PEFT adapter and an engine trace of `modules`
// modules and reads them back as the CLI does.
func deltaFixture(t *testing.T, modules, tokens int) (*enginetrace.Trace, *quant.Adapter) {
	t.Helper()
	ctx := context.Background()
	spec := peftgen.Spec{BaseModel: "tiny", TargetModules: []string{"q_proj"}, In: 24, Out: 16, Rank: 2, Alpha: 4, XExp: 4, WExp: 9, DeltaExp: 4}
	for i := range modules {
		spec.Modules = append(spec.Modules, fmt.Sprintf("layers.%d.q_proj", i))
	}
	pa, err := peftgen.Adapter(spec, 7)
	if err != nil {
		t.Fatal(err)
	}
	adir, tdir := filepath.Join(t.TempDir(), "adapter"), filepath.Join(t.TempDir(), "trace")
	if err := pa.Save(adir); err != nil {
		t.Fatal(err)
	}
	gen, _, err := peftgen.Trace(ctx, spec, pa, tokens, 8)
	if err != nil {
		t.Fatal(err)
	}
	if err := gen.Write(tdir); err != nil {
		t.Fatal(err)
	}
	tr, err := enginetrace.Read(tdir)
	if err != nil {
		t.Fatal(err)
	}
	qa, err := delta.LoadAdapter(adir, tr)
	if err != nil {
		t.Fatal(err)
	}
	return tr, qa
}

// estimate is the estimated size of modules × [0, tokens).
func estimate(t *testing.T, tr *enginetrace.Trace, modules []int, tokens int, binding delta.Binding) int {
	t.Helper()
	s, err := delta.ShapeOf(tr, modules, 0, tokens, delta.Freivalds)
	if err != nil {
		t.Fatal(err)
	}
	s.Binding = binding
	return s.Estimate()
}

// decoded is a bundle part read back: its shape, statement and proof.
func decoded(t *testing.T, tr *enginetrace.Trace, p bundle.DeltaPart) (delta.Shape, delta.Public, groth16.Proof) {
	t.Helper()
	mode, binding, err := p.Kind()
	if err != nil {
		t.Fatal(err)
	}
	s, err := delta.ShapeOf(tr, p.Modules, p.First, p.Tokens, mode)
	if err != nil {
		t.Fatal(err)
	}
	s.Binding = binding
	pub, err := p.Public()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(p.Proof, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	proof, err := bundle.ProofFromSolidity(raw)
	if err != nil {
		t.Fatal(err)
	}
	return s, pub, proof
}

func circuitNames(parts []bundle.DeltaPart) map[string]bool {
	names := map[string]bool{}
	for _, p := range parts {
		names[p.Circuit] = true
	}
	return names
}

// Bad options and inputs are refused before anything is compiled, with
// errors that wrap errs.ErrBadInput.
func TestProveDeltaBadInput(t *testing.T) {
	ctx := context.Background()
	tr, qa := deltaFixture(t, 1, 1)
	keys := &devKeys{}
	salt := commit.DemoKey()
	for name, opts := range map[string]DeltaOptions{
		"no budget":         {},
		"pinned freivalds":  {MaxConstraints: 1 << 14, Pinned: true, Mode: delta.Freivalds},
		"impossible budget": {MaxConstraints: 100},
	} {
		if _, err := ProveDelta(ctx, prover.CPU(), keys, tr, qa, salt, opts); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
	wrong := *tr
	wrong.Modules = slices.Clone(tr.Modules)
	wrong.Modules[0].Delta = slices.Clone(tr.Modules[0].Delta)
	wrong.Modules[0].Delta[0]++
	if _, err := ProveDelta(ctx, prover.CPU(), keys, &wrong, qa, salt, DeltaOptions{MaxConstraints: 1 << 14}); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("a Δy the adapter does not compute: %v", err)
	}
	if _, err := ProveDelta(ctx, prover.CPU(), keys, tr, nil, salt, DeltaOptions{MaxConstraints: 1 << 14}); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("no adapter: %v", err)
	}
	if keys.setups != 0 {
		t.Fatalf("%d setups for refused inputs", keys.setups)
	}
}
