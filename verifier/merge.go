package verifier

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/circuits/merge"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/checkpoint"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// Merge verification failures (each wraps errs.ErrNotVerified).
var (
	ErrMergeCommitment = fmt.Errorf("merge: whole-matrix commitment does not match the weights: %w", errs.ErrNotVerified)
	ErrMergeCircuit    = fmt.Errorf("merge: chunk is not the named circuit: %w", errs.ErrNotVerified)
	ErrMergeChain      = fmt.Errorf("merge: chunk proofs do not chain over the matrix: %w", errs.ErrNotVerified)
	ErrMergeUnproven   = fmt.Errorf("merge: merged tensor without a proof: %w", errs.ErrNotVerified)
	// ErrMergeModules: the modules are not one adapter's (a module or layer
	// proven twice, layer counts that differ).
	ErrMergeModules = fmt.Errorf("merge: modules are not one adapter's: %w", errs.ErrNotVerified)
	// ErrMergeMetadata: the merged file's metadata (format, scale
	// exponents) is not what the proven merge has.
	ErrMergeMetadata = fmt.Errorf("merge: merged file metadata does not match the proven merge: %w", errs.ErrNotVerified)
)

// Checks VerifyMerge reports, in the order it makes them for each module
// (the coverage check comes once, last).
const (
	CheckMergeModules  = "modules"       // each module and layer once, one layer count
	CheckMergeW0       = "w0_commitment" // W0's commitment recomputed from the base
	CheckMergeW        = "w_commitment"  // the commitment of W' recomputed from the merged file
	CheckMergeCircuits = "chunk_circuits"
	CheckMergeKeys     = "verifying_keys"
	CheckMergeGroth16  = "groth16"
	CheckMergeChain    = "chain"
	CheckMergeCoverage = "coverage"
	CheckMergeMetadata = "metadata" // format and every w_exp the base's
)

// MergeBase is the base weights a merge started from, by module
// (*checkpoint.Base implements it): int8 [out][in].
type MergeBase interface {
	Layer(name string, in, out int, fanInFanOut bool) (*quant.Layer, error)
}

// MergeReport says what a successful VerifyMerge checked: Modules are
// verified, Labels are not.
type MergeReport struct {
	Modules []MergeModuleReport
	Checks  []string
	Labels  MergeLabels

	// Deprecated: unverified labels; use Labels.
	Adapter, Backend string
}

// MergeModuleReport is one verified module.
type MergeModuleReport struct {
	Name   string
	Chunks int
	// Constraints is the chunks' constraints, as the bundle states them
	// (unverified: the keys' manifests are the store's).
	Constraints int
	W0, W       string // the whole-matrix commitments, recomputed
	// AdapterCommitment is the commitment every chunk of the module
	// binds: each module's adapter layer has its own.
	AdapterCommitment string
	// WExp is the merged weights' exponent: the base's, which the merged
	// file's "w_exp:<name>.weight" states.
	WExp int
}

// MergeLabels are the names a merge proof does not bind: print them apart,
// marked unverified.
type MergeLabels struct {
	Adapter       string // the bundle's
	MergedAdapter string // the merged file's "adapter" metadata
	Backend       string
}

// VerifyMerge checks a merge bundle against the weights it claims to merge:
// for every module, that W0's whole-matrix commitment is the base's (base)
// and that of W' the merged file's (merged), that each chunk's shape is the circuit
// it names, that every chunk proof verifies under its stored key (keys,
// which checks circuit name and vk hash) and that the chunk statements chain
// from the matrix's start to both commitments over every row in order; and
// that every tensor of the merged file is proven, each module once (one
// layer count, distinct layers), and that the merged file's metadata is the
// proven merge's: its format, and each tensor's weight exponent the base
// layer's (the merge keeps W0's scale). The adapter stays private: a
// module's chunks share one adapter commitment, reported per module.
//
// A malformed bundle, base or merged file wraps errs.ErrBadInput; a
// well-formed merge that does not check out wraps errs.ErrNotVerified.
func VerifyMerge(b *bundle.Merge, keys keystore.VerifyingKeys, base MergeBase, merged *safetensors.File) (*MergeReport, error) {
	if b == nil || keys == nil || base == nil || merged == nil {
		return nil, errs.BadInput("merge: no bundle, verifying keys, base or merged file")
	}
	if err := b.Check(); err != nil {
		return nil, err
	}
	if err := mergeModulesOnce(b.Modules); err != nil {
		return nil, err
	}
	r := &MergeReport{Adapter: b.Adapter, Backend: b.Backend,
		Labels: MergeLabels{Adapter: b.Adapter, MergedAdapter: merged.Metadata["adapter"], Backend: b.Backend}}
	proven := map[string]int{} // tensor → w_exp
	for k := range b.Modules {
		mm := &b.Modules[k]
		mr, err := verifyMergeModule(mm, keys, base, merged)
		if err != nil {
			return nil, fmt.Errorf("module %d (%s): %w", k, mm.Name, err)
		}
		proven[mm.Name+".weight"] = mr.WExp
		r.Modules = append(r.Modules, *mr)
	}
	for _, n := range merged.Names() {
		if _, ok := proven[n]; !ok {
			return nil, fmt.Errorf("tensor %s has no merge proof: %w", n, ErrMergeUnproven)
		}
	}
	if err := mergeMetadata(merged.Metadata, proven); err != nil {
		return nil, err
	}
	r.Checks = []string{CheckMergeModules, CheckMergeW0, CheckMergeW, CheckMergeCircuits, CheckMergeKeys, CheckMergeGroth16, CheckMergeChain,
		CheckMergeCoverage, CheckMergeMetadata}
	return r, nil
}

// mergeModulesOnce checks that the modules are one adapter's: each name
// and layer once, one layer count.
func mergeModulesOnce(mods []bundle.MergeModule) error {
	names, layers := map[string]bool{}, map[int]bool{}
	for k, mm := range mods {
		switch {
		case names[mm.Name]:
			return fmt.Errorf("module %d (%s) is proven twice: %w", k, mm.Name, ErrMergeModules)
		case layers[mm.Layer]:
			return fmt.Errorf("module %d (%s): layer %d is proven twice: %w", k, mm.Name, mm.Layer, ErrMergeModules)
		case mm.NLayers != mods[0].NLayers:
			return fmt.Errorf("module %d (%s): %d layers, module 0 has %d: %w", k, mm.Name, mm.NLayers, mods[0].NLayers, ErrMergeModules)
		}
		names[mm.Name], layers[mm.Layer] = true, true
	}
	return nil
}

// mergeMetadata checks the merged file's metadata against the proven
// merge: the format checkpoint.Merged writes, and for each proven tensor
// its weight exponent (wexp), no other exponent, and no other key but the
// adapter's name (a label).
func mergeMetadata(md map[string]string, wexp map[string]int) error {
	if f := md["format"]; f != checkpoint.MergedFormat {
		return fmt.Errorf("format %q, want %q: %w", f, checkpoint.MergedFormat, ErrMergeMetadata)
	}
	for tensor, e := range wexp {
		if got, want := md["w_exp:"+tensor], fmt.Sprint(e); got != want {
			return fmt.Errorf("%s: w_exp %q, the proven merge keeps the base's %s: %w", tensor, got, want, ErrMergeMetadata)
		}
	}
	for k := range md {
		tensor, isExp := strings.CutPrefix(k, "w_exp:")
		if _, proven := wexp[tensor]; (isExp && !proven) || (!isExp && k != "format" && k != "adapter") {
			return fmt.Errorf("metadata %q is not the proven merge's: %w", k, ErrMergeMetadata)
		}
	}
	return nil
}

// verifyMergeModule checks one module of a checked bundle.
func verifyMergeModule(mm *bundle.MergeModule, keys keystore.VerifyingKeys, base MergeBase, merged *safetensors.File) (*MergeModuleReport, error) {
	l, err := base.Layer(mm.Name, mm.In, mm.Out, mm.FanInFanOut)
	if err != nil {
		return nil, fmt.Errorf("base: %w", err)
	}
	w, err := checkpoint.MatrixOf(merged, mm.Name, mm.In, mm.Out, mm.FanInFanOut)
	if err != nil {
		return nil, fmt.Errorf("merged file: %w", err)
	}
	w0c, err := merge.MatrixCommitment(l.W, mm.Out, mm.In, mm.Rows)
	if err != nil {
		return nil, err
	}
	wc, err := merge.MatrixCommitment(w, mm.Out, mm.In, mm.Rows)
	if err != nil {
		return nil, err
	}
	for _, c := range []struct {
		field, value, what string
		want               fr.Element
	}{{"w0_commitment", mm.W0, "W0 commitment does not match the base", w0c}, {"w_commitment", mm.W, "W' commitment does not match the merged file", wc}} {
		e, err := mergeElement(c.field, c.value)
		if err != nil {
			return nil, err
		}
		if e != c.want {
			return nil, fmt.Errorf("%s: %w", c.what, ErrMergeCommitment)
		}
	}
	shapes := make([]merge.Shape, len(mm.Chunks))
	pubs := make([]merge.Public, len(mm.Chunks))
	mr := &MergeModuleReport{Name: mm.Name, Chunks: len(mm.Chunks), W0: bundle.FormatElement(w0c), W: bundle.FormatElement(wc), WExp: l.WExp}
	for j := range mm.Chunks {
		ch := &mm.Chunks[j]
		if shapes[j], pubs[j], err = verifyMergeChunk(mm, ch, keys); err != nil {
			return nil, fmt.Errorf("chunk %d: %w", j, err)
		}
		mr.Constraints += ch.Constraints
	}
	if err := mergeChain(shapes, pubs, mm.Out, w0c, wc); err != nil {
		return nil, err
	}
	mr.AdapterCommitment = bundle.FormatElement(pubs[0].AdapterCommitment)
	return mr, nil
}

// verifyMergeChunk checks one chunk's circuit, key and proof and returns its
// shape and statement for the chain check.
func verifyMergeChunk(mm *bundle.MergeModule, ch *bundle.MergeChunk, keys keystore.VerifyingKeys) (merge.Shape, merge.Public, error) {
	s := merge.Shape{NLayers: mm.NLayers, Layer: mm.Layer, In: mm.In, Out: mm.Out, Rank: mm.Rank, Rows: mm.Rows, First: ch.First}
	p := merge.Public{Chunk: ch.First / mm.Rows}
	c, err := merge.New(s)
	if err != nil {
		return s, p, fmt.Errorf("%v: %w", err, ErrMergeCircuit)
	}
	if c.Name() != ch.Circuit {
		return s, p, fmt.Errorf("names circuit %s, its shape is %s: %w", ch.Circuit, c.Name(), ErrMergeCircuit)
	}
	for _, f := range []struct {
		dst         *fr.Element
		name, value string
	}{{&p.AdapterCommitment, "adapter_commitment", mm.AdapterCommitment}, {&p.W0Before, "w0_before", ch.W0Before},
		{&p.W0After, "w0_after", ch.W0After}, {&p.WBefore, "w_before", ch.WBefore}, {&p.WAfter, "w_after", ch.WAfter}} {
		if *f.dst, err = mergeElement(f.name, f.value); err != nil {
			return s, p, err
		}
	}
	raw, err := hex.DecodeString(strings.TrimPrefix(ch.Proof, "0x"))
	if err != nil || !strings.HasPrefix(ch.Proof, "0x") {
		return s, p, fmt.Errorf("proof is not 0x-prefixed hex: %w", bundle.ErrBadInput)
	}
	// Points off the curve are a proof that fails, not a malformed file.
	proof, err := bundle.ProofFromSolidity(raw)
	if err != nil {
		return s, p, fmt.Errorf("%v: %w", err, prover.ErrProofInvalid)
	}
	vk, _, err := keys.VerifyingKeyFor(ch.Digest, ch.Circuit, strings.ToLower(ch.VKSHA256))
	if err != nil {
		return s, p, err
	}
	if err := sameVK(vk, ch.VKSHA256); err != nil {
		return s, p, err
	}
	public, err := merge.PublicWitness(s, p)
	if err != nil {
		return s, p, fmt.Errorf("%v: %w", err, ErrMergeCircuit)
	}
	if err := prover.Verify(vk, proof, public); err != nil {
		if !errors.Is(err, errs.ErrNotVerified) {
			// A key that does not fit the named circuit's statement.
			err = fmt.Errorf("%v: %w", err, prover.ErrProofInvalid)
		}
		return s, p, fmt.Errorf("%s: %w", ch.Circuit, err)
	}
	return s, p, nil
}

// mergeElement parses a field element of the bundle.
func mergeElement(field, v string) (fr.Element, error) {
	e, err := bundle.ParseElement(v)
	if err != nil {
		return e, fmt.Errorf("field %q: %v: %w", field, err, bundle.ErrBadInput)
	}
	return e, nil
}

// mergeChain checks that the chunk statements cover rows 0…out of the matrix
// in order, each beginning where the one before ended (from
// merge.ChainStart), under one adapter commitment, and end at the
// whole-matrix commitments w0 and w. The chunks' shapes come from one module,
// so they agree on the matrix and the chunk height.
func mergeChain(shapes []merge.Shape, pubs []merge.Public, out int, w0, w fr.Element) error {
	if len(shapes) == 0 {
		return fmt.Errorf("no chunks: %w", ErrMergeChain)
	}
	c0 := merge.ChainStart(out, shapes[0].In, shapes[0].Rows)
	c1 := c0
	next := 0
	for k, s := range shapes {
		p := pubs[k]
		switch {
		case s.First != next:
			return fmt.Errorf("chunk %d covers rows from %d, want row %d: %w", k, s.First, next, ErrMergeChain)
		case p.AdapterCommitment != pubs[0].AdapterCommitment:
			return fmt.Errorf("chunk %d: another adapter commitment: %w", k, ErrMergeChain)
		case p.Chunk != k:
			return fmt.Errorf("chunk %d claims index %d: %w", k, p.Chunk, ErrMergeChain)
		case p.W0Before != c0 || p.WBefore != c1:
			return fmt.Errorf("chunk %d does not chain to chunk %d: %w", k, k-1, ErrMergeChain)
		}
		c0, c1 = p.W0After, p.WAfter
		next += s.ChunkRows()
	}
	if next != out {
		return fmt.Errorf("chunks cover %d of %d rows: %w", next, out, ErrMergeChain)
	}
	if c0 != w0 || c1 != w {
		return fmt.Errorf("chain ends do not match the whole-matrix commitments: %w", ErrMergeChain)
	}
	return nil
}
