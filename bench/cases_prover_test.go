//go:build prover_checks

package bench

import (
	"context"
	"testing"
)

// A small module end to end: constraints attributed, proved (the setup
// stays far below 2^15), verified, measured.
func TestRunSmall(t *testing.T) {
	c := Module(320, 24, 2) // in > 300: gnark compresses each output's base sum
	var lines []string
	rs, err := Run(context.Background(), []Case{c}, Options{Proves: 2, Progress: func(s string) { lines = append(lines, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 1 {
		t.Fatalf("%d results", len(rs))
	}
	r := rs[0]
	if r.Constraints < 1000 || r.Constraints > 1<<15 || r.Domain < r.Constraints || r.Domain >= 2*r.Constraints {
		t.Fatalf("constraints %d, domain %d", r.Constraints, r.Domain)
	}
	if !r.Proved() || r.ProveRuns != 2 || r.Setup <= 0 || r.Prove <= 0 || r.Verify <= 0 || r.Compile <= 0 ||
		r.ProveMin > r.Prove || r.Prove > r.ProveMax || r.ProveMin == r.ProveMax && r.Prove != r.ProveMin {
		t.Fatalf("phases not measured: %+v", r)
	}
	if r.ProofSolidity != 384 || r.ProofCompressed <= 0 || r.ProofCompressed >= r.ProofSolidity {
		t.Fatalf("proof sizes %d compressed, %d Solidity", r.ProofCompressed, r.ProofSolidity)
	}
	if r.HeapPeak == 0 || r.Wires <= 0 {
		t.Fatalf("heap peak %d, wires %d", r.HeapPeak, r.Wires)
	}
	b := r.Breakdown
	// gadgets.LoRA documents rank·in + rank + out·rank, and gnark compresses
	// each h_t, a sum of in > 300 products, once more.
	if want := 2*320 + 2 + 24*2 + 2; b.LoRA != want {
		t.Errorf("LoRA path %d constraints, want %d", b.LoRA, want)
	}
	if b.Base < 1 || b.Base > 24 {
		t.Errorf("base part %d, want 1…%d (at most one compression per output)", b.Base, 24)
	}
	if len(b.RequantLayers) != 1 || b.Requant != 24*b.RequantLayers[0].Parts.Total() {
		t.Errorf("requantization %d for %+v", b.Requant, b.RequantLayers)
	}
	if w := b.PerAdapterWeight(); w < 1 || w > TargetAdapterWeight {
		t.Errorf("%.2f constraints per committed weight", w)
	}
	if b.Other <= 256 || b.Base+b.LoRA+b.Requant+b.Commit+b.Other != r.Constraints {
		t.Errorf("parts %+v do not add up to %d with the 256-entry table in other", b, r.Constraints)
	}
	if len(lines) < 6 {
		t.Errorf("progress lines: %q", lines)
	}
}
