package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
)

// deltaFixture proves a peftgen trace (fixtures.DeltaModules modules of
// 24→16 rank 2, fixtures.DeltaTokens tokens) as one module group in runs of
// fixtures.DeltaRun tokens with the committed, hashed delta circuit (one
// circuit for every run, one development setup), checks each proof, and
// writes the delta bundle, the group's inner adapter commitment (owner
// commit.DemoOwner) and the Solidity verifier.
func deltaFixture(ctx context.Context, dir string) error {
	tr, qa, key, err := deltaTrace(ctx)
	if err != nil {
		return err
	}
	group := make([]int, fixtures.DeltaModules)
	ranks := make([]int, fixtures.DeltaModules)
	for i := range group {
		group[i], ranks[i] = i, tr.Modules[i].Rank
	}
	d := &bundle.Delta{Format: bundle.DeltaFormat, Version: bundle.DeltaVersion, Adapter: "peftgen", Backend: prover.CPU().Name(),
		Trace: bundle.DeltaTrace{ModelID: tr.ModelID, AdapterID: tr.AdapterID, Tokens: tr.Tokens}}
	for _, m := range tr.Modules {
		d.Trace.Modules = append(d.Trace.Modules, m.Name)
	}
	var cc *pipeline.Compiled
	var keys *keystore.Keys
	for first := 0; first < fixtures.DeltaTokens; first += fixtures.DeltaRun {
		s, err := delta.ShapeOf(tr, group, first, fixtures.DeltaRun, delta.Direct)
		if err != nil {
			return err
		}
		assignment, err := delta.Assign(s, tr, qa, key)
		if err != nil {
			return err
		}
		c, err := delta.New(s)
		if err != nil {
			return err
		}
		if cc == nil {
			if cc, keys, err = setup(ctx, c, c.Name()); err != nil {
				return err
			}
		}
		pub, _ := assignment.Public()
		proof, err := pipeline.ProveDeltaAssigned(ctx, prover.CPU(), cc.CCS, keys.PK, assignment, tr, &pub)
		if err != nil {
			return err
		}
		w, err := delta.PublicWitness(s, pub)
		if err != nil {
			return err
		}
		if err := prover.Verify(keys.VK, proof, w); err != nil {
			return fmt.Errorf("run at %d: %w", first, err)
		}
		part := bundle.NewDeltaPart(s, pub, false)
		part.Circuit, part.Digest, part.Constraints = c.Name(), keys.Digest, cc.CCS.GetNbConstraints()
		if part.Proof, err = bundle.EncodeProof(proof); err != nil {
			return err
		}
		if part.VKSHA256, err = bundle.VKSHA256(keys.VK); err != nil {
			return err
		}
		d.Parts = append(d.Parts, part)
	}
	inner, err := commit.AdapterInnerCommitment(qa, ranks, key.Salt)
	if err != nil {
		return err
	}
	if got, want := bundle.FormatElement(commit.OwnedCommitment(inner, key.Owner)), d.Parts[0].AdapterCommitment; got != want {
		return fmt.Errorf("owned commitment of the inner one %s, the proofs carry %s", got, want)
	}
	fdir := filepath.Join(dir, fixtures.DeltaDir())
	if err := os.MkdirAll(fdir, 0o755); err != nil {
		return err
	}
	if err := bundle.WriteDelta(filepath.Join(fdir, fixtures.DeltaBundleFile), d); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(fdir, fixtures.AdapterInnerFile), []byte(commit.Hex(inner)+"\n"), 0o644); err != nil {
		return err
	}
	var src bytes.Buffer
	if err := contracts.ExportVerifier(keys.VK, &src, contracts.WithContractName(fixtures.DeltaContract)); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, fixtures.DeltaVerifierPath()), src.Bytes(), 0o644)
}

// deltaTrace is the delta fixture's trace (seeded, so the same every run),
// its quantized adapter and the adapter key the proofs use.
func deltaTrace(ctx context.Context) (*enginetrace.Trace, *quant.Adapter, commit.AdapterKey, error) {
	key := commit.AdapterKey{Salt: commit.Uint(0xde17a), Owner: commit.DemoKey().Owner}
	spec := peftgen.Spec{BaseModel: "tiny", TargetModules: []string{"q_proj"}, In: 24, Out: 16, Rank: 2, Alpha: 4, XExp: 4, WExp: 9, DeltaExp: 4}
	for i := range fixtures.DeltaModules {
		spec.Modules = append(spec.Modules, fmt.Sprintf("layers.%d.q_proj", i))
	}
	pa, err := peftgen.Adapter(spec, 7)
	if err != nil {
		return nil, nil, key, err
	}
	tr, qa, err := peftgen.Trace(ctx, spec, pa, fixtures.DeltaTokens, 8)
	return tr, qa, key, err
}
