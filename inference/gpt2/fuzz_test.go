package gpt2

import (
	"errors"
	"flag"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/internal/fuzzseed"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite testdata/fuzz/FuzzParseConfig seed files")

func TestWriteSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzParseConfig", map[string]string{
		"hf-gpt2":   `{"activation_function":"gelu_new","layer_norm_epsilon":1e-05,"model_type":"gpt2","n_embd":768,"n_head":12,"n_inner":null,"n_layer":12,"n_positions":1024,"vocab_size":50257}`,
		"tiny":      `{"n_layer":2,"n_head":4,"n_embd":64,"n_positions":64,"vocab_size":96}`,
		"inner":     `{"n_layer":1,"n_head":1,"n_embd":4,"n_positions":4,"vocab_size":4,"n_inner":7}`,
		"bad-heads": `{"n_layer":1,"n_head":3,"n_embd":4,"n_positions":4,"vocab_size":4}`,
		"relu":      `{"n_layer":1,"n_head":1,"n_embd":4,"n_positions":4,"vocab_size":4,"activation_function":"relu"}`,
		"null":      `null`,
		"truncated": `{"n_layer":1,"n_head":1,"n_emb`,
	})
}

// FuzzParseConfig: ParseConfig never panics, refuses with ErrBadInput, and
// what it accepts builds a model (when small) and round-trips through Encode.
func FuzzParseConfig(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseConfig("fuzz", b)
		if err != nil {
			if !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("refusal without ErrBadInput: %v", err)
			}
			return
		}
		enc, err := c.Encode()
		if err != nil {
			t.Fatal(err)
		}
		c2, err := ParseConfig("again", enc)
		if err != nil || c2.NLayer != c.NLayer || c2.Inner() != c.Inner() || c2.Epsilon != c.Epsilon {
			t.Fatalf("round trip: %v", err)
		}
		if c.NLayer*c.NEmbd*c.Inner() < 1<<16 && c.VocabSize*c.NEmbd < 1<<16 && c.NPositions*c.NEmbd < 1<<16 {
			if _, err := New(*c); err != nil {
				t.Fatal(err)
			}
		}
	})
}
