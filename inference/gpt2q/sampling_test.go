package gpt2q

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/tfops"
)

var update = flag.Bool("update", false, "rewrite testdata/sampling_vectors.json")

// SamplingVectorsFile holds the sampling test vectors the runtime writes
// here and circuits/gpt2 solves in its gadgets (one source of truth for
// the sampling randomness and the draw).
const samplingVectorsFile = "testdata/sampling_vectors.json"

// samplingVector is one sampled step: Model{WteExp: LogitExp}.Sampling of
// (Temperature, TopK, Seed) gives Mult; tfops.Uniform(seed, Step) gives
// Uniform; the sampler draws Token from Logits with it.
type samplingVector struct {
	Seed        string  `json:"seed"`
	Step        uint64  `json:"step"`
	Temperature float64 `json:"temperature"`
	TopK        int     `json:"top_k"`
	LogitExp    int     `json:"logit_exp"`
	Mult        uint32  `json:"mult"`
	Logits      []int64 `json:"logits"`
	Uniform     uint32  `json:"uniform"`
	Token       int     `json:"token"`
}

// compute fills v's outputs with the runtime's functions.
func (v *samplingVector) compute(t *testing.T) {
	t.Helper()
	q := &Model{WteExp: v.LogitExp}
	s, seed, err := q.Sampling(Decoding{Mode: Sample, Temperature: v.Temperature, TopK: v.TopK, Seed: v.Seed})
	if err != nil {
		t.Fatal(err)
	}
	if v.Uniform, err = tfops.Uniform(seed, v.Step); err != nil {
		t.Fatal(err)
	}
	tr, err := s.Sample(v.Logits, v.Uniform)
	if err != nil {
		t.Fatal(err)
	}
	v.Mult, v.Token = s.Mult, tr.Token
}

func newSamplingVectors(t *testing.T) []samplingVector {
	r := rand.New(rand.NewPCG(15, 2))
	var out []samplingVector
	for i, c := range []struct {
		temp     float64
		k, n, le int
		span     int64
	}{
		{1, 5, 12, 8, 1 << 11}, {0.7, 3, 12, 8, 1 << 11}, {1.5, 12, 12, 10, 1 << 13}, {1, 40, 12, 6, 1 << 9},
		{0.5, 1, 8, 8, 1 << 10}, {2, 4, 32, 12, 1 << 15}, {1, 8, 32, 12, 1 << 14}, {0.9, 2, 5, 6, 1 << 7},
	} {
		v := samplingVector{Temperature: c.temp, TopK: c.k, LogitExp: c.le, Step: uint64(r.IntN(64))}
		var seed fr.Element
		seed.SetUint64(r.Uint64())
		if i%2 == 1 { // a full-width scalar
			for range 3 {
				var w fr.Element
				w.SetUint64(r.Uint64())
				seed.Mul(&seed, &w).Add(&seed, &w)
			}
		}
		v.Seed = "0x" + seed.Text(16)
		for range c.n {
			v.Logits = append(v.Logits, r.Int64N(2*c.span)-c.span)
		}
		v.compute(t)
		out = append(out, v)
	}
	return out
}

// TestSamplingVectors: the runtime reproduces the committed sampling
// vectors (go test -run TestSamplingVectors -update rewrites them);
// circuits/gpt2 TestSamplingVectorsCircuit solves the gadgets on them.
func TestSamplingVectors(t *testing.T) {
	if *update {
		b, err := json.MarshalIndent(newSamplingVectors(t), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(samplingVectorsFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(samplingVectorsFile)
	if err != nil {
		t.Fatal(err)
	}
	var vs []samplingVector
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) < 8 {
		t.Fatalf("%d vectors", len(vs))
	}
	tokens := map[int]bool{}
	for i, v := range vs {
		got := v
		got.compute(t)
		if got.Mult != v.Mult || got.Uniform != v.Uniform || got.Token != v.Token {
			t.Errorf("vector %d: mult %d uniform %d token %d, committed %d %d %d", i, got.Mult, got.Uniform, got.Token, v.Mult, v.Uniform, v.Token)
		}
		tokens[v.Token] = true
	}
	if len(tokens) < 4 {
		t.Errorf("the vectors draw only tokens %v", tokens)
	}
}

// TestSamplingSeed: the seed is a canonical BN254 scalar; its spelling
// does not matter.
func TestSamplingSeed(t *testing.T) {
	q := &Model{WteExp: 8}
	p := fr.Modulus()
	for _, tc := range []struct {
		seed string
		ok   bool
		want uint64
	}{
		{"7", true, 7}, {"0x07", true, 7}, {"0", true, 0}, {"", false, 0}, {"-1", false, 0},
		{p.String(), false, 0}, {new(big.Int).Add(p, big.NewInt(7)).String(), false, 0}, {"seven", false, 0},
	} {
		_, seed, err := q.Sampling(Decoding{Mode: Sample, Temperature: 1, TopK: 3, Seed: tc.seed})
		if (err == nil) != tc.ok || (err != nil && !errors.Is(err, errs.ErrBadInput)) {
			t.Fatalf("seed %q: err %v", tc.seed, err)
		}
		if tc.ok && !seed.Equal(ptr(fr.NewElement(tc.want))) {
			t.Fatalf("seed %q read as %s", tc.seed, seed.String())
		}
	}
	if _, _, err := q.Sampling(Decoding{Mode: Greedy}); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("greedy decoding has a sampler (err %v)", err)
	}
}

func ptr(e fr.Element) *fr.Element { return &e }
