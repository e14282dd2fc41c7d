package verifier_test

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openproof/openproof/circuits/delta"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/peftgen"
	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

var update = flag.Bool("update", false, "prove and rewrite testdata/delta (and prover/bundle/testdata/delta.json)")

// The committed delta fixture (TestUpdateDeltaTestdata writes it): a
// two-module, two-token engine trace, the verifying keys of its circuits
// (key store entries without pk.bin), and bundles proving it.
var (
	deltaDir   = filepath.Join("testdata", "delta")
	deltaTrace = filepath.Join(deltaDir, "trace")
	deltaKeys  = filepath.Join(deltaDir, "keys")
	// deltaBundles: one hashed part; one fingerprinted part; four parts of
	// one module and one token each; the same four under another salt.
	deltaBundles = []string{"hash.json", "fingerprint.json", "runs.json", "runs-salt2.json"}
)

// TestUpdateDeltaTestdata proves the committed fixture (run with -update;
// the setups are far below 2^15 constraints).
func TestUpdateDeltaTestdata(t *testing.T) {
	if !*update {
		t.Skip("run with -update to prove the delta fixture again")
	}
	ctx := context.Background()
	spec := peftgen.Spec{BaseModel: "tiny", TargetModules: []string{"c_attn"}, Modules: []string{"h.0.attn.c_attn", "h.1.attn.c_attn"},
		In: 8, Out: 12, Rank: 2, Alpha: 4, XExp: 4, WExp: 9, DeltaExp: 4}
	pa, err := peftgen.Adapter(spec, 5)
	if err != nil {
		t.Fatal(err)
	}
	tr, qa, err := peftgen.Trace(ctx, spec, pa, 2, 6)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{deltaTrace, deltaKeys} {
		if err := os.RemoveAll(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := tr.Write(deltaTrace); err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.Open(deltaKeys)
	if err != nil {
		t.Fatal(err)
	}
	all, err := delta.ShapeOf(tr, []int{0, 1}, 0, 2, delta.Auto)
	if err != nil {
		t.Fatal(err)
	}
	one, err := delta.ShapeOf(tr, []int{0}, 0, 1, delta.Auto)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range []struct {
		budget  int
		binding delta.Binding
		salt    uint64
	}{{all.Estimate(), delta.Hashed, 1}, {all.Estimate(), delta.Fingerprinted, 1}, {one.Estimate(), delta.Hashed, 1}, {one.Estimate(), delta.Hashed, 2}} {
		d, err := pipeline.ProveDelta(ctx, prover.CPU(), ks.Provider(true), tr, qa, commit.AdapterKey{Salt: commit.Uint(c.salt), Owner: commit.DemoKey().Owner},
			pipeline.DeltaOptions{MaxConstraints: c.budget, Binding: c.binding, Adapter: "adapter"})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range d.Parts {
			if p.Constraints > 1<<15 {
				t.Fatalf("a fixture circuit of %d constraints", p.Constraints)
			}
		}
		if err := bundle.WriteDelta(filepath.Join(deltaDir, deltaBundles[i]), d); err != nil {
			t.Fatal(err)
		}
	}
	// A verifier needs only the verifying keys.
	pks, err := filepath.Glob(filepath.Join(deltaKeys, "*", keystore.PKFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pks {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(filepath.Join(deltaDir, "hash.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("..", "prover", "bundle", "testdata", "delta.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	writeDeltaSeeds(t)
}

// writeDeltaSeeds writes FuzzVerifyDelta's seed corpus: the committed
// bundles and variants of them that each fail one check.
func writeDeltaSeeds(t *testing.T) {
	dir := filepath.Join("testdata", "fuzz", "FuzzVerifyDelta")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	seeds := map[string][]byte{}
	for _, name := range deltaBundles {
		seeds[strings.TrimSuffix(name, ".json")] = readDeltaFile(t, name)
	}
	for name, c := range tamperedDeltas(t) {
		seeds[name] = c.data
	}
	for name, b := range seeds {
		if err := os.WriteFile(filepath.Join(dir, name), fmt.Appendf(nil, "go test fuzz v1\n[]byte(%q)\n", b), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readDeltaFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(deltaDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func readDelta(t testing.TB, name string) *bundle.Delta {
	t.Helper()
	d, err := bundle.ParseDelta(name, readDeltaFile(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func deltaFixture(t testing.TB) (*enginetrace.Trace, *keystore.Store) {
	t.Helper()
	tr, err := enginetrace.Read(deltaTrace)
	if err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.Open(deltaKeys)
	if err != nil {
		t.Fatal(err)
	}
	return tr, ks
}

func TestVerifyDelta(t *testing.T) {
	tr, ks := deltaFixture(t)
	for _, name := range deltaBundles {
		d := readDelta(t, name)
		r, err := verifier.VerifyDelta(d, ks, tr)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if r.Proofs != len(d.Parts) || r.Modules != 2 || r.Tokens != 2 || len(r.AdapterCommitments) == 0 || r.Checks[len(r.Checks)-1] != verifier.CheckDeltaCoverage {
			t.Fatalf("%s: report %+v", name, r)
		}
		want := []string{"part 0: " + verifier.CheckDeltaShape, "part 0: " + verifier.CheckDeltaCommitment, "part 0: " + verifier.CheckDeltaOnce, "part 0: " + verifier.CheckDeltaDigests}
		if !slices.Equal(r.Checks[:len(want)], want) || slices.Contains(r.Checks, "part 0: "+verifier.CheckDeltaFingerprints) != (name == "fingerprint.json") {
			t.Fatalf("%s: checks %q", name, r.Checks)
		}
	}
}

// Commitments are compared as field elements: the same one in upper case
// is the same adapter.
func TestVerifyDeltaCommitmentCase(t *testing.T) {
	tr, ks := deltaFixture(t)
	d := readDelta(t, "runs.json")
	d.Parts[1].AdapterCommitment = "0x" + strings.ToUpper(strings.TrimPrefix(d.Parts[1].AdapterCommitment, "0x"))
	if d.Parts[1].AdapterCommitment == d.Parts[0].AdapterCommitment {
		t.Fatal("the fixture's commitment has no letters")
	}
	if _, err := verifier.VerifyDelta(d, ks, tr); err != nil {
		t.Fatal(err)
	}
}

type tampered struct {
	data []byte
	want error // the root the refusal wraps
}

// tamperedDeltas are the committed bundles with one defect each.
func tamperedDeltas(t testing.TB) map[string]tampered {
	t.Helper()
	edit := func(name string, f func(d *bundle.Delta)) []byte {
		d := readDelta(t, name)
		f(d)
		data, err := json.MarshalIndent(d, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	fp, salt2 := readDelta(t, "fingerprint.json"), readDelta(t, "runs-salt2.json")
	zero5 := "0x" + strings.Repeat("0", 63) + "5"
	return map[string]tampered{
		// Parts over the same module under two adapter commitments: every
		// proof verifies, the bundle does not.
		"mixed-commitments": {edit("runs.json", func(d *bundle.Delta) { d.Parts[1] = salt2.Parts[1] }), errs.ErrNotVerified},
		"delta-digest":      {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].DeltaDigest = zero5 }), errs.ErrNotVerified},
		"adapter-commitment": {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].AdapterCommitment = salt2.Parts[0].AdapterCommitment }),
			errs.ErrNotVerified},
		"proof-of-another-statement": {edit("runs.json", func(d *bundle.Delta) { d.Parts[0].Proof = d.Parts[1].Proof }), errs.ErrNotVerified},
		"proof-off-curve": {edit("hash.json", func(d *bundle.Delta) {
			p := []byte(d.Parts[0].Proof)
			p[10] = "12"[boolIndex(p[10] == '1')]
			d.Parts[0].Proof = string(p)
		}), errs.ErrNotVerified},
		"vk-hash":        {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].VKSHA256 = strings.Repeat("ab", 32) }), errs.ErrNotVerified},
		"missing-part":   {edit("runs.json", func(d *bundle.Delta) { d.Parts = d.Parts[1:] }), errs.ErrNotVerified},
		"repeated-part":  {edit("runs.json", func(d *bundle.Delta) { d.Parts[1] = d.Parts[0] }), errs.ErrNotVerified},
		"no-parts":       {edit("hash.json", func(d *bundle.Delta) { d.Parts = nil }), errs.ErrNotVerified},
		"fewer-tokens":   {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].Tokens = 1 }), errs.ErrNotVerified},
		"beyond-trace":   {edit("runs.json", func(d *bundle.Delta) { d.Parts[1].First = 2 }), errs.ErrNotVerified},
		"other-circuit":  {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].Circuit = fp.Parts[0].Circuit }), errs.ErrNotVerified},
		"pinned-claimed": {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].Pinned = true }), errs.ErrNotVerified},
		"rho":            {edit("fingerprint.json", func(d *bundle.Delta) { d.Parts[0].Rho = zero5 }), errs.ErrNotVerified},
		"fingerprint":    {edit("fingerprint.json", func(d *bundle.Delta) { d.Parts[0].DeltaEval = d.Parts[0].XEval }), errs.ErrNotVerified},
		"read-as-hash-bound": {edit("fingerprint.json", func(d *bundle.Delta) {
			d.Parts[0].Binding, d.Parts[0].Rho, d.Parts[0].XEval, d.Parts[0].DeltaEval = "", "", "", ""
		}), errs.ErrNotVerified},
		"unknown-key":       {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].Digest = strings.Repeat("0", 64) }), errs.ErrBadInput},
		"fingerprint-field": {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].Rho = fp.Parts[0].Rho }), errs.ErrBadInput},
		"mode":              {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].Mode = "fast" }), errs.ErrBadInput},
		"format":            {edit("hash.json", func(d *bundle.Delta) { d.Format = "openproof.merge-bundle" }), errs.ErrBadInput},
		"proof-hex":         {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].Proof = "0xzz" }), errs.ErrBadInput},
		"module-index":      {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].Modules = []int{0, 7} }), errs.ErrNotVerified},
		"unsorted-modules":  {edit("hash.json", func(d *bundle.Delta) { d.Parts[0].Modules = []int{1, 0} }), errs.ErrNotVerified},
	}
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Each defect is refused with the root its kind names: a malformed bundle
// or a missing key is bad input, a failed check is not verified (and
// never both).
func TestVerifyDeltaRefuses(t *testing.T) {
	tr, ks := deltaFixture(t)
	for name, c := range tamperedDeltas(t) {
		t.Run(name, func(t *testing.T) {
			d, err := bundle.ParseDelta(name, c.data)
			if err == nil {
				_, err = verifier.VerifyDelta(d, ks, tr)
			}
			other := errs.ErrBadInput
			if c.want == errs.ErrBadInput {
				other = errs.ErrNotVerified
			}
			if !errors.Is(err, c.want) || errors.Is(err, other) {
				t.Fatalf("want an error wrapping %v only, got %v", c.want, err)
			}
		})
	}
	// Each check of the split bundle passes alone: only the bundle mixes
	// adapter commitments.
	mixed := readDelta(t, "runs.json")
	mixed.Parts[1] = readDelta(t, "runs-salt2.json").Parts[1]
	_, err := verifier.VerifyDelta(mixed, ks, tr)
	if err == nil || !strings.Contains(err.Error(), "adapter commitment") {
		t.Fatalf("mixed commitments: %v", err)
	}
}

// VerifyDelta is safe to call alone: nil inputs, an unchecked bundle and
// another trace are refused.
func TestVerifyDeltaAlone(t *testing.T) {
	tr, ks := deltaFixture(t)
	d := readDelta(t, "hash.json")
	for name, call := range map[string]func() error{
		"nil bundle": func() error { _, err := verifier.VerifyDelta(nil, ks, tr); return err },
		"nil keys":   func() error { _, err := verifier.VerifyDelta(d, nil, tr); return err },
		"nil trace":  func() error { _, err := verifier.VerifyDelta(d, ks, nil); return err },
		"unchecked bundle": func() error {
			bad := *d
			bad.Version = 2
			_, err := verifier.VerifyDelta(&bad, ks, tr)
			return err
		},
		"invalid trace": func() error {
			bad := *tr
			bad.Tokens = 0
			_, err := verifier.VerifyDelta(d, ks, &bad)
			return err
		},
		"empty key store": func() error {
			empty, err := keystore.Open(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			_, err = verifier.VerifyDelta(d, empty, tr)
			return err
		},
	} {
		if err := call(); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
	other := *tr
	other.Modules = slices.Clone(tr.Modules)
	other.Modules[0].X = slices.Clone(tr.Modules[0].X)
	other.Modules[0].X[0]++
	if _, err := verifier.VerifyDelta(d, ks, &other); !errors.Is(err, errs.ErrNotVerified) {
		t.Fatalf("another trace: %v", err)
	}
}

// FuzzVerifyDelta: on any bundle file, ParseDelta and VerifyDelta never
// panic, and every refusal wraps one of the two roots.
func FuzzVerifyDelta(f *testing.F) {
	tr, ks := deltaFixture(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := bundle.ParseDelta("fuzz.json", data)
		if err == nil {
			_, err = verifier.VerifyDelta(d, ks, tr)
		}
		if err != nil && !errors.Is(err, errs.ErrBadInput) && !errors.Is(err, errs.ErrNotVerified) {
			t.Fatalf("an error that wraps neither root: %v", err)
		}
	})
}

// TestDeltaLies: the ways a delta bundle can lie, built from the committed
// bundles. A module proven in two groups (so under two commitments) and a
// key that is not the part's are refused; the trace manifest's adapter id
// is reported as an unverified label; the report says which commitment
// covers which modules.
func TestDeltaLies(t *testing.T) {
	tr, ks := deltaFixture(t)
	hash, runs, salt2 := readDelta(t, "hash.json"), readDelta(t, "runs.json"), readDelta(t, "runs-salt2.json")
	readVK := func(digest string) verifier.Key {
		vk, _, err := ks.VerifyingKey(digest)
		if err != nil {
			t.Fatal(err)
		}
		return verifier.Key{VK: vk}
	}
	withParts := func(d *bundle.Delta, parts ...bundle.DeltaPart) *bundle.Delta {
		c := *d
		c.Parts = parts
		return &c
	}
	refused := []struct {
		name string
		b    *bundle.Delta
		keys keystore.VerifyingKeys
		want string // in the error
	}{
		{"tokens of one module from two adapters", withParts(runs, runs.Parts[0], salt2.Parts[1], runs.Parts[2], runs.Parts[3]), ks, "adapter commitment"},
		{"one module in two groups", withParts(runs, runs.Parts[0], hash.Parts[0]), ks, "in group"},
		{"one key for every part", runs, readVK(hash.Parts[0].Digest), "vk_sha256"},
		{"the key of another part", withParts(runs, runs.Parts...), readVK(runs.Parts[2].Digest), "vk_sha256"},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			r, err := verifier.VerifyDelta(tc.b, tc.keys, tr)
			if !errors.Is(err, errs.ErrNotVerified) || errors.Is(err, errs.ErrBadInput) || r != nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v (report %v), want a refusal naming %q", err, r, tc.want)
			}
		})
	}

	// The honest bundles, with the key store or their one key.
	if _, err := verifier.VerifyDelta(hash, readVK(hash.Parts[0].Digest), tr); err != nil {
		t.Fatalf("hash.json with its key: %v", err)
	}
	relabelled := *tr
	relabelled.ModelID, relabelled.AdapterID = "gpt-5", "someone-elses-adapter"
	r, err := verifier.VerifyDelta(runs, ks, &relabelled)
	if err != nil {
		t.Fatal(err)
	}
	if l := r.Labels; l.TraceModelID != "gpt-5" || l.TraceAdapterID != "someone-elses-adapter" || l.Adapter != runs.Adapter || l.Backend != runs.Backend {
		t.Fatalf("labels %+v", l)
	}
	want := []verifier.DeltaGroup{{Modules: []string{tr.Modules[0].Name}, Commitment: runs.Parts[0].AdapterCommitment},
		{Modules: []string{tr.Modules[1].Name}, Commitment: runs.Parts[2].AdapterCommitment}}
	if !slices.EqualFunc(r.Groups, want, func(a, b verifier.DeltaGroup) bool {
		return slices.Equal(a.Modules, b.Modules) && a.Commitment == b.Commitment
	}) || len(r.AdapterCommitments) != 2 {
		t.Fatalf("groups %+v, want %+v", r.Groups, want)
	}
	// Groups under commitments of two salts verify: each group's commitment
	// is its own, and the report says which covers which modules.
	mixed := withParts(runs, runs.Parts[0], runs.Parts[1], salt2.Parts[2], salt2.Parts[3])
	r, err = verifier.VerifyDelta(mixed, ks, tr)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Groups) != 2 || r.Groups[1].Commitment != salt2.Parts[2].AdapterCommitment || r.Groups[0].Commitment != runs.Parts[0].AdapterCommitment {
		t.Fatalf("groups %+v", r.Groups)
	}
}
