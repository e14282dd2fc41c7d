package delta

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"

	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/prover"
)

func devKeys(ctx context.Context, _ string, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	return prover.DevSetup(ctx, ccs)
}

// The whole path the CLI takes: a PEFT adapter directory and an engine
// trace directory, planned into proofs, each proved with Groth16 and
// verified; a changed public input fails verification.
func TestProveTraceGroth16(t *testing.T) {
	ctx := context.Background()
	spec := peftgen.Spec{BaseModel: "tiny", TargetModules: []string{"q_proj"}, In: 24, Out: 16, Rank: 2, Alpha: 4,
		Modules: []string{"layers.0.q_proj", "layers.1.q_proj"}, XExp: 4, WExp: 9, DeltaExp: 4}
	pa, err := peftgen.Adapter(spec, 7)
	if err != nil {
		t.Fatal(err)
	}
	adir, tdir := filepath.Join(t.TempDir(), "adapter"), filepath.Join(t.TempDir(), "trace")
	if err := pa.Save(adir); err != nil {
		t.Fatal(err)
	}
	gen, _, err := peftgen.Trace(ctx, spec, pa, 6, 8)
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
	qa, err := LoadAdapter(adir, tr)
	if err != nil {
		t.Fatal(err)
	}
	// A budget that fits one module for all tokens but not both modules.
	one, err := ShapeOf(tr, []int{0}, 0, 6, Freivalds)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := ProveTrace(ctx, prover.CPU(), devKeys, tr, qa, commit.Uint(42), one.Estimate(), Auto, Hashed)
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != 2 || parts[1].Shape.Tokens != 6 || parts[1].Shape.Group[0].Index != 1 {
		t.Fatalf("%d parts, second %+v", len(parts), parts[len(parts)-1].Shape)
	}
	for _, p := range parts {
		if p.Constraints > 1<<15 {
			t.Fatalf("test setup of %d constraints", p.Constraints)
		}
	}
	pp, err := ProvePartPinned(ctx, prover.CPU(), devKeys, parts[0].Shape, tr, qa, commit.Uint(42))
	if err != nil {
		t.Fatal(err)
	}
	if pp.Public != parts[0].Public || pp.Constraints >= parts[0].Constraints {
		t.Fatalf("pinned part: %+v (%d constraints), committed %+v (%d)", pp.Public, pp.Constraints, parts[0].Public, parts[0].Constraints)
	}
	// Equal token runs share one circuit and one key.
	three, err := ShapeOf(tr, []int{0}, 0, 3, Freivalds)
	if err != nil {
		t.Fatal(err)
	}
	var setups int
	counting := func(ctx context.Context, name string, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
		setups++
		return devKeys(ctx, name, ccs)
	}
	runs, err := ProveTrace(ctx, prover.CPU(), counting, tr, qa, commit.Uint(42), three.Estimate(), Auto, Hashed)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, p := range runs {
		names[p.Name] = true
	}
	if len(runs) <= len(names) || setups != len(names) {
		t.Fatalf("%d parts, %d circuits, %d setups", len(runs), len(names), setups)
	}
	// Pinned too.
	setups = 0
	pinnedRuns, err := ProveTracePinned(ctx, prover.CPU(), counting, tr, qa, commit.Uint(42), three.Estimate(), Hashed)
	if err != nil {
		t.Fatal(err)
	}
	clear(names)
	for _, p := range pinnedRuns {
		names[p.Name] = true
	}
	if len(pinnedRuns) <= len(names) || setups != len(names) {
		t.Fatalf("pinned: %d parts, %d circuits, %d setups", len(pinnedRuns), len(names), setups)
	}
	bad := parts[0]
	bad.Public.DeltaDigest = parts[1].Public.DeltaDigest
	if err := VerifyPart(bad); !errors.Is(err, prover.ErrProofInvalid) {
		t.Fatalf("proof verified against another part's delta digest: %v", err)
	}
}

func TestPlan(t *testing.T) {
	f := newFixture(t, 9, 8)
	all, err := ShapeOf(f.tr, []int{0, 1, 2}, 0, 8, Auto)
	if err != nil {
		t.Fatal(err)
	}
	shapes, err := Plan(f.tr, all.Estimate(), Auto, Hashed)
	if err != nil || len(shapes) != 1 || len(shapes[0].Group) != 3 {
		t.Fatalf("everything fits one proof: %v %+v", err, shapes)
	}
	m1, _ := ShapeOf(f.tr, []int{1}, 0, 8, Auto)
	shapes, err = Plan(f.tr, m1.Estimate(), Auto, Hashed)
	if err != nil {
		t.Fatal(err)
	}
	covered := map[[2]int]int{}
	for _, s := range shapes {
		if s.Estimate() > m1.Estimate() {
			t.Fatalf("shape over budget: %+v", s)
		}
		for _, m := range s.Group {
			for tok := s.First; tok < s.First+s.Tokens; tok++ {
				covered[[2]int{m.Index, tok}]++
			}
		}
	}
	if len(covered) != 3*8 {
		t.Fatalf("plan covers %d of 24 module-tokens", len(covered))
	}
	for k, n := range covered {
		if n != 1 {
			t.Fatalf("module-token %v proven %d times", k, n)
		}
	}
	if _, err := Plan(f.tr, 100, Auto, Hashed); !errors.Is(err, ErrBadInput) {
		t.Fatalf("impossible budget: %v", err)
	}
}

// The Fingerprinted binding with Groth16: the challenge learned by the
// solve before proving is the proof's own (the proofs verify), the circuits
// are smaller than the hashed ones, and the proof does not verify with
// another ρ, or with the fingerprints of another trace at its ρ.
func TestProveTraceFingerprintGroth16(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, 21, 4)
	all, err := ShapeOf(f.tr, []int{0, 1, 2}, 0, 4, Auto)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := ProveTrace(ctx, prover.CPU(), devKeys, f.tr, f.a, f.salt, all.Estimate(), Auto, Fingerprinted)
	if err != nil {
		t.Fatal(err)
	}
	hashed, err := ProveTrace(ctx, prover.CPU(), devKeys, f.tr, f.a, f.salt, all.Estimate(), Auto, Hashed)
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != 1 || len(hashed) != 1 || parts[0].Constraints >= hashed[0].Constraints {
		t.Fatalf("%d fingerprinted parts, %d hashed", len(parts), len(hashed))
	}
	p := parts[0]
	if p.Public.XDigest != hashed[0].Public.XDigest || p.Public.DeltaDigest != hashed[0].Public.DeltaDigest {
		t.Fatal("the bindings disagree on the digests")
	}
	x, y, err := Fingerprints(p.Shape, f.tr, p.Public.Rho)
	if err != nil {
		t.Fatal(err)
	}
	if x != p.Public.XEval || y != p.Public.DeltaEval {
		t.Fatal("the part's fingerprints are not the trace's at its ρ")
	}
	if _, err := ProvePartPinned(ctx, prover.CPU(), devKeys, p.Shape, f.tr, f.a, f.salt); err != nil {
		t.Fatalf("pinned, fingerprinted: %v", err)
	}
	bad := p
	bad.Public.Rho.SetUint64(12345)
	if bad.Public.XEval, bad.Public.DeltaEval, err = Fingerprints(p.Shape, f.tr, bad.Public.Rho); err != nil {
		t.Fatal(err)
	}
	if err := VerifyPart(bad); !errors.Is(err, prover.ErrProofInvalid) {
		t.Fatalf("proof verified with another ρ: %v", err)
	}
	g := newFixture(t, 21, 4)
	g.tr.Modules[2].Delta[5]++
	bad = p
	if bad.Public.XEval, bad.Public.DeltaEval, err = Fingerprints(p.Shape, g.tr, p.Public.Rho); err != nil {
		t.Fatal(err)
	}
	if err := VerifyPart(bad); !errors.Is(err, prover.ErrProofInvalid) {
		t.Fatalf("proof verified with another trace's fingerprints: %v", err)
	}
}
