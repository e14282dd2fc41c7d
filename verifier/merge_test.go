package verifier_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openproof/openproof/circuits/merge"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/checkpoint"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

var updateMerge = flag.Bool("update-merge", false, "rewrite the merge testdata (testdata/merge, ../prover/bundle/testdata/merge-bundle.json, testdata/fuzz/FuzzVerifyMerge) by proving a tiny merge")

// The committed merge fixture: a GPT-2-layout (Conv1D, fan_in_fan_out)
// 8→10 rank-2 module proven in chunks of 4, 4 and 2 rows (two circuits, far
// below 2^15 constraints), with the verifying keys of its circuits.
var (
	mergeDir      = filepath.Join("testdata", "merge")
	mergeProof    = filepath.Join(mergeDir, "merge-proof.json")
	mergeMerged   = filepath.Join(mergeDir, "merged.safetensors")
	mergeBaseFile = filepath.Join(mergeDir, "base.safetensors")
	mergeKeys     = filepath.Join(mergeDir, "keys")
)

// TestWriteMergeTestdata regenerates the committed fixture (-update-merge).
func TestWriteMergeTestdata(t *testing.T) {
	if !*updateMerge {
		t.Skip("run with -update-merge to regenerate testdata/merge")
	}
	spec := peftgen.GPT2CAttn(1)
	spec.In, spec.Out, spec.Rank, spec.Alpha = 8, 10, 2, 4
	pa, err := peftgen.Adapter(spec, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(mergeDir, 0o755); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 0))
	w := make([]float32, spec.In*spec.Out)
	for i := range w {
		w[i] = float32(0.02 * rng.NormFloat64())
	}
	f := &safetensors.File{}
	if err := f.Add(safetensors.NewF32(spec.Modules[0]+".weight", []int{spec.In, spec.Out}, w)); err != nil {
		t.Fatal(err)
	}
	if err := safetensors.Write(mergeBaseFile, f); err != nil {
		t.Fatal(err)
	}
	base, err := checkpoint.Open(mergeBaseFile)
	if err != nil {
		t.Fatal(err)
	}
	m, err := base.Adapt(pa, "adapter")
	if err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	full := merge.Shape{NLayers: 1, In: spec.In, Out: spec.Out, Rank: spec.Rank, Rows: 4}
	opts := pipeline.MergeOptions{MaxConstraints: full.Estimate(), FanInFanOut: m.FanInFanOut}
	b, err := pipeline.ProveMerge(context.Background(), prover.CPU(), ks.Provider(true), m.Model, m.Adapter, commit.AdapterKey{Salt: commit.Uint(7), Owner: commit.DemoKey().Owner}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Write(mergeProof); err != nil {
		t.Fatal(err)
	}
	merged, err := m.Merged()
	if err != nil {
		t.Fatal(err)
	}
	if err := safetensors.Write(mergeMerged, merged); err != nil {
		t.Fatal(err)
	}
	writeMergeKeys(t, ks, b)
	copyFile(t, mergeProof, filepath.Join("..", "prover", "bundle", "testdata", "merge-bundle.json"))
	writeMergeSeeds(t, b)
}

// writeMergeKeys copies the verifying keys and manifests of b's circuits
// (not the proving keys) into testdata/merge/keys.
func writeMergeKeys(t *testing.T, ks *keystore.Store, b *bundle.Merge) {
	t.Helper()
	if err := os.RemoveAll(mergeKeys); err != nil {
		t.Fatal(err)
	}
	for _, ch := range b.Modules[0].Chunks {
		dst := filepath.Join(mergeKeys, ch.Digest)
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{keystore.VKFile, keystore.ManifestFile} {
			copyFile(t, filepath.Join(ks.Dir(ch.Digest), f), filepath.Join(dst, f))
		}
	}
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeMergeSeeds writes the FuzzVerifyMerge seed corpus: the bundle and
// the tampered bundles of mergeTampers.
func writeMergeSeeds(t *testing.T, b *bundle.Merge) {
	t.Helper()
	dir := filepath.Join("testdata", "fuzz", "FuzzVerifyMerge")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	seeds := map[string][]byte{"valid": mustMergeJSON(t, b), "empty-object": []byte("{}")}
	for _, tc := range mergeTampers {
		c := cloneMerge(t, b)
		tc.edit(c)
		seeds[strings.ReplaceAll(tc.name, " ", "-")] = mustMergeJSON(t, c)
	}
	for name, data := range seeds {
		body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func mustMergeJSON(t testing.TB, b *bundle.Merge) []byte {
	t.Helper()
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func cloneMerge(t testing.TB, b *bundle.Merge) *bundle.Merge {
	t.Helper()
	var c bundle.Merge
	if err := json.Unmarshal(mustMergeJSON(t, b), &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

// mergeFixture loads the committed fixture.
func mergeFixture(t testing.TB) (*bundle.Merge, *keystore.Store, *checkpoint.Base, *safetensors.File) {
	t.Helper()
	b, err := bundle.ReadMerge(mergeProof)
	if err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.Open(mergeKeys)
	if err != nil {
		t.Fatal(err)
	}
	base, err := checkpoint.Open(mergeBaseFile)
	if err != nil {
		t.Fatal(err)
	}
	merged, err := safetensors.Read(mergeMerged)
	if err != nil {
		t.Fatal(err)
	}
	return b, ks, base, merged
}

// otherBase is a base with one weight changed.
type otherBase struct{ verifier.MergeBase }

func (o otherBase) Layer(name string, in, out int, fan bool) (*quant.Layer, error) {
	l, err := o.MergeBase.Layer(name, in, out, fan)
	if err == nil {
		l.W = slices.Clone(l.W)
		l.W[3] ^= 1
	}
	return l, err
}

// mergeTampers edit a valid bundle into one that must not verify (want:
// the error VerifyMerge wraps).
var mergeTampers = []struct {
	name string
	edit func(b *bundle.Merge)
	want error
}{
	{"swapped chunk proofs", func(b *bundle.Merge) {
		c := b.Modules[0].Chunks
		c[0].Proof, c[1].Proof = c[1].Proof, c[0].Proof
	}, prover.ErrProofInvalid},
	{"chain value", func(b *bundle.Merge) { b.Modules[0].Chunks[0].WAfter = b.Modules[0].Chunks[1].WAfter }, prover.ErrProofInvalid},
	{"reordered chunks", func(b *bundle.Merge) {
		c := b.Modules[0].Chunks
		c[0], c[1] = c[1], c[0]
	}, verifier.ErrMergeChain},
	{"dropped chunk", func(b *bundle.Merge) { b.Modules[0].Chunks = b.Modules[0].Chunks[:2] }, verifier.ErrMergeChain},
	{"no chunks", func(b *bundle.Merge) { b.Modules[0].Chunks = nil }, verifier.ErrMergeChain},
	{"swapped matrix commitments", func(b *bundle.Merge) { b.Modules[0].W0, b.Modules[0].W = b.Modules[0].W, b.Modules[0].W0 }, verifier.ErrMergeCommitment},
	{"adapter commitment", func(b *bundle.Merge) { b.Modules[0].AdapterCommitment = b.Modules[0].W0 }, prover.ErrProofInvalid},
	{"circuit name", func(b *bundle.Merge) { b.Modules[0].Chunks[0].Circuit += "x" }, verifier.ErrMergeCircuit},
	{"rank", func(b *bundle.Merge) { b.Modules[0].Rank = 3 }, verifier.ErrMergeCircuit},
	{"layer outside the model", func(b *bundle.Merge) { b.Modules[0].Layer = 1 }, verifier.ErrMergeCircuit},
	{"first row", func(b *bundle.Merge) { b.Modules[0].Chunks[1].First = 5 }, verifier.ErrMergeCircuit},
	{"vk hash", func(b *bundle.Merge) { b.Modules[0].Chunks[0].VKSHA256 = b.Modules[0].Chunks[0].Digest }, keystore.ErrKeyMismatch},
	{"unknown circuit digest", func(b *bundle.Merge) { b.Modules[0].Chunks[0].Digest = strings.Repeat("ab", 32) }, keystore.ErrNotFound},
	{"proof off the curve", func(b *bundle.Merge) {
		p := b.Modules[0].Chunks[0].Proof
		b.Modules[0].Chunks[0].Proof = p[:len(p)-1] + string("01"[(p[len(p)-1]-'0'+1)%2])
	}, prover.ErrProofInvalid},
	{"module shape", func(b *bundle.Merge) { b.Modules[0].In = 10 }, errs.ErrBadInput},
	{"module name", func(b *bundle.Merge) { b.Modules[0].Name = "transformer.h.1.attn.c_attn" }, errs.ErrBadInput},
	{"version", func(b *bundle.Merge) { b.Version = 2 }, errs.ErrBadInput},
	{"element hex", func(b *bundle.Merge) { b.Modules[0].Chunks[2].WBefore = "0xzz" }, errs.ErrBadInput},
}

func TestVerifyMerge(t *testing.T) {
	b, ks, base, merged := mergeFixture(t)
	r, err := verifier.VerifyMerge(b, ks, base, merged)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{verifier.CheckMergeModules, verifier.CheckMergeW0, verifier.CheckMergeW, verifier.CheckMergeCircuits, verifier.CheckMergeKeys,
		verifier.CheckMergeGroth16, verifier.CheckMergeChain, verifier.CheckMergeCoverage, verifier.CheckMergeMetadata}
	if len(r.Modules) != 1 || r.Modules[0].Chunks != 3 || r.Modules[0].W != b.Modules[0].W || !slices.Equal(r.Checks, want) ||
		r.Modules[0].AdapterCommitment != b.Modules[0].AdapterCommitment || r.Modules[0].WExp != 11 || r.Labels.MergedAdapter != "adapter" {
		t.Fatalf("report %+v", r)
	}
	if !b.Modules[0].FanInFanOut {
		t.Fatal("the fixture is not a Conv1D module")
	}
	for _, tc := range mergeTampers {
		t.Run(tc.name, func(t *testing.T) {
			c := cloneMerge(t, b)
			tc.edit(c)
			checkMergeErr(t, verifyMergeErr(c, ks, base, merged), tc.want)
		})
	}
}

// verifyMergeErr runs VerifyMerge and fails on a report without an error.
func verifyMergeErr(b *bundle.Merge, keys keystore.VerifyingKeys, base verifier.MergeBase, merged *safetensors.File) error {
	r, err := verifier.VerifyMerge(b, keys, base, merged)
	if (r == nil) == (err == nil) {
		return fmt.Errorf("report %v with error %v", r, err)
	}
	return err
}

// checkMergeErr wants err to wrap want and exactly one of the roots.
func checkMergeErr(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("got %v, want %v", err, want)
	}
	if errors.Is(err, errs.ErrBadInput) == errors.Is(err, errs.ErrNotVerified) {
		t.Fatalf("%v wraps both roots or neither", err)
	}
}

// The weights side: another base, a changed merged weight, an unproven
// tensor, a merged tensor of another type, and missing arguments.
func TestVerifyMergeWeights(t *testing.T) {
	b, ks, base, merged := mergeFixture(t)
	name := b.Modules[0].Name + ".weight"
	edited := func(edit func(f *safetensors.File)) *safetensors.File {
		f, err := safetensors.Read(mergeMerged)
		if err != nil {
			t.Fatal(err)
		}
		edit(f)
		return f
	}
	tests := []struct {
		name   string
		b      *bundle.Merge
		keys   keystore.VerifyingKeys
		base   verifier.MergeBase
		merged *safetensors.File
		want   error
	}{
		{"another base", b, ks, otherBase{base}, merged, verifier.ErrMergeCommitment},
		{"changed merged weight", b, ks, base, edited(func(f *safetensors.File) { f.Tensors[name].Data[5] ^= 1 }), verifier.ErrMergeCommitment},
		{"unproven tensor", b, ks, base, edited(func(f *safetensors.File) {
			if err := f.Add(safetensors.NewI8("lm_head.weight", []int{1}, []int8{1})); err != nil {
				t.Fatal(err)
			}
		}), verifier.ErrMergeUnproven},
		{"float merged tensor", b, ks, base, edited(func(f *safetensors.File) {
			t := f.Tensors[name]
			f.Tensors[name] = safetensors.NewF32(name, t.Shape, make([]float32, 80))
		}), errs.ErrBadInput},
		{"no bundle", nil, ks, base, merged, errs.ErrBadInput},
		{"no keys", b, nil, base, merged, errs.ErrBadInput},
		{"no base", b, ks, nil, merged, errs.ErrBadInput},
		{"no merged file", b, ks, base, nil, errs.ErrBadInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkMergeErr(t, verifyMergeErr(tc.b, tc.keys, tc.base, tc.merged), tc.want)
		})
	}
}

// FuzzVerifyMerge: on any bundle bytes, ParseMerge and VerifyMerge never
// panic, and every error wraps exactly one of the two roots.
func FuzzVerifyMerge(f *testing.F) {
	b, ks, base, merged := mergeFixture(f)
	f.Add(mustMergeJSON(f, b))
	f.Fuzz(func(t *testing.T, data []byte) {
		mb, err := bundle.ParseMerge("fuzz.json", data)
		if err != nil {
			if !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("parse error without the bad-input root: %v", err)
			}
			return
		}
		_, err = verifier.VerifyMerge(mb, ks, base, merged)
		if err != nil && errors.Is(err, errs.ErrBadInput) == errors.Is(err, errs.ErrNotVerified) {
			t.Fatalf("%v wraps both roots or neither", err)
		}
	})
}

// TestMergeLies: the ways a merge bundle or merged file can lie, on the committed fixture. A
// merged file whose scale metadata is not the proven merge's, or a bundle
// that proves a module twice, is refused; the honest merge verifies.
func TestMergeLies(t *testing.T) {
	b, ks, base, _ := mergeFixture(t)
	name := b.Modules[0].Name + ".weight"
	withMetadata := func(edit func(md map[string]string)) *safetensors.File {
		f, err := safetensors.Read(mergeMerged)
		if err != nil {
			t.Fatal(err)
		}
		edit(f.Metadata)
		return f
	}
	honest := withMetadata(func(map[string]string) {})
	tests := []struct {
		name   string
		edit   func(b *bundle.Merge)
		merged *safetensors.File
		want   error
	}{
		{"w_exp 11 to 12", nil, withMetadata(func(md map[string]string) { md["w_exp:"+name] = "12" }), verifier.ErrMergeMetadata},
		{"w_exp dropped", nil, withMetadata(func(md map[string]string) { delete(md, "w_exp:"+name) }), verifier.ErrMergeMetadata},
		{"w_exp of an absent tensor", nil, withMetadata(func(md map[string]string) { md["w_exp:lm_head.weight"] = "7" }), verifier.ErrMergeMetadata},
		{"another format", nil, withMetadata(func(md map[string]string) { md["format"] = "pt" }), verifier.ErrMergeMetadata},
		{"an unproven key", nil, withMetadata(func(md map[string]string) { md["scale"] = "2" }), verifier.ErrMergeMetadata},
		{"module proven twice", func(b *bundle.Merge) { b.Modules = append(b.Modules, b.Modules[0]) }, honest, verifier.ErrMergeModules},
		{"layer proven twice", func(b *bundle.Merge) {
			m := b.Modules[0]
			m.Name = "transformer.h.1.attn.c_attn"
			b.Modules = append(b.Modules, m)
		}, honest, verifier.ErrMergeModules},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := cloneMerge(t, b)
			if tc.edit != nil {
				tc.edit(c)
			}
			checkMergeErr(t, verifyMergeErr(c, ks, base, tc.merged), tc.want)
		})
	}
	// One key standing in for every chunk's circuit (the fixture's chunks
	// have two circuits).
	vk, _, err := ks.VerifyingKey(b.Modules[0].Chunks[0].Digest)
	if err != nil {
		t.Fatal(err)
	}
	checkMergeErr(t, verifyMergeErr(b, verifier.Key{VK: vk}, base, honest), verifier.ErrVKMismatch)

	// The adapter's name in the merged file is a label.
	r, err := verifier.VerifyMerge(b, ks, base, withMetadata(func(md map[string]string) { md["adapter"] = "someone-elses-adapter" }))
	if err != nil {
		t.Fatal(err)
	}
	if r.Labels.MergedAdapter != "someone-elses-adapter" || r.Labels.Adapter != b.Adapter {
		t.Fatalf("labels %+v", r.Labels)
	}
}
