// Command shapes measures which circuit parameters change the constraint
// system, and so need their own phase-2 ceremony: it compiles the demo
// inference circuit, its attributed form and the large-model delta circuit
// while varying one parameter at a time, and prints each variant's
// constraint count and circuit digest (prover.CircuitDigest, the key
// store's and the ceremony's key). docs/keys.md quotes its output.
//
//	go run ./scripts/ceremony/shapes [-attributed [-contributors 1,2,16]]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/logger"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/pipeline"
)

func main() {
	attributed := flag.Bool("attributed", false, "also compile the attributed circuit for several contributor counts (2^17 constraints each: slow)")
	counts := flag.String("contributors", "1,2,16", "with -attributed: contributor counts to compile besides the demo's")
	flag.Parse()
	logger.Disable()
	for _, f := range strings.Split(*counts, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			fmt.Fprintln(os.Stderr, "shapes: -contributors:", err)
			os.Exit(2)
		}
		contributorCounts = append(contributorCounts, n)
	}
	if err := run(context.Background(), *attributed); err != nil {
		fmt.Fprintln(os.Stderr, "shapes:", err)
		os.Exit(1)
	}
}

// contributorCounts are -contributors.
var contributorCounts []int

func row(ctx context.Context, what string, c frontend.Circuit, base string) (string, error) {
	ccs, err := prover.Compile(ctx, c)
	if err != nil {
		return "", fmt.Errorf("%s: %w", what, err)
	}
	d, err := prover.CircuitDigest(ccs)
	if err != nil {
		return "", err
	}
	same := "new phase 2"
	if d == base {
		same = "same keys"
	}
	if base == "" {
		same = "(reference)"
	}
	fmt.Printf("| %s | %d | %s | %s |\n", what, ccs.GetNbConstraints(), d[:16], same)
	return d, nil
}

func run(ctx context.Context, attributed bool) error {
	s, err := demo.LoadStack("", "", true)
	if err != nil {
		return err
	}
	m := s.Model
	shape := s.Adapter.Shape(len(m.Layers))
	fmt.Printf("demo model %s, adapter shape %v\n\n| variant | constraints | digest | vs reference |\n|---|---|---|---|\n", s.ModelName, shape)
	c, err := lora.New(m, shape)
	if err != nil {
		return err
	}
	ref, err := row(ctx, fmt.Sprintf("demo inference circuit, ranks %v", shape), c, "")
	if err != nil {
		return err
	}
	// Adapter weights and the salt are witness: lora.New takes only the
	// shape, so every adapter of one shape shares the reference's keys.
	// The same shape on a model whose weights differ in one int8 value.
	m2 := *m
	m2.Layers = slices.Clone(m.Layers)
	m2.Layers[0].W = slices.Clone(m.Layers[0].W)
	m2.Layers[0].W[0] ^= 1
	if c, err = lora.New(&m2, shape); err != nil {
		return err
	}
	if _, err := row(ctx, "same shape, one base weight changed", c, ref); err != nil {
		return err
	}
	for _, sh := range [][]int{{4, 4}, {16, 16}, {8, 0}, {0, 0}} {
		if len(sh) != len(m.Layers) || slices.Equal(sh, shape) {
			continue
		}
		if c, err = lora.New(m, sh); err != nil {
			return err
		}
		if _, err := row(ctx, fmt.Sprintf("ranks %v", sh), c, ref); err != nil {
			return err
		}
	}
	if err := deltaRows(ctx); err != nil {
		return err
	}
	if attributed {
		return attributedRows(ctx, s.Model, s.Adapter, shape)
	}
	return nil
}

// deltaRows: the large-model delta circuit for one 64×64 rank-4 module and
// 1, 2, 4 and 8 tokens.
func deltaRows(ctx context.Context) error {
	fmt.Printf("\n| delta circuit (one 64×64 module, rank 4, hash binding) | constraints | digest | vs 1 token |\n|---|---|---|---|\n")
	base := ""
	for _, t := range []int{1, 2, 4, 8} {
		c, err := delta.New(delta.Shape{NModules: 1, Tokens: t, Group: []delta.Module{{In: 64, Out: 64, Rank: 4, Shift: 8}}})
		if err != nil {
			return err
		}
		d, err := row(ctx, fmt.Sprintf("%d tokens", t), c, base)
		if err != nil {
			return err
		}
		if base == "" {
			base = d
		}
	}
	return nil
}

// attributedRows: the attributed demo circuit for several contributor counts.
func attributedRows(ctx context.Context, m *quant.Model, a *quant.Adapter, shape []int) error {
	art, err := demo.MNISTArtifacts()
	if err != nil {
		return err
	}
	att, err := pipeline.NewAttribution(m, a, art)
	if err != nil {
		return err
	}
	fmt.Printf("\n| attributed circuit | constraints | digest | vs %d contributors |\n|---|---|---|---|\n", len(art.Contribs))
	c, err := lora.NewAttributed(m, shape, att.Plan, art.Datanet.Classes, len(art.Contribs))
	if err != nil {
		return err
	}
	ref, err := row(ctx, fmt.Sprintf("%d contributors (the demo)", len(art.Contribs)), c, "")
	if err != nil {
		return err
	}
	for _, n := range contributorCounts {
		if c, err = lora.NewAttributed(m, shape, att.Plan, art.Datanet.Classes, n); err != nil {
			return err
		}
		if _, err := row(ctx, fmt.Sprintf("%d contributors", n), c, ref); err != nil {
			return err
		}
	}
	return nil
}
