package model

import (
	"encoding/json"
	"flag"
	"reflect"
	"testing"

	"github.com/openproof/openproof/internal/fuzzseed"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite testdata/fuzz/FuzzParseConfig seed files")

func TestWriteSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	seeds := map[string]string{
		"example":        exampleConfig,
		"tiny":           tinyConfig,
		"gelu":           `{"model_type":"openproof-mlp","name":"g","layers":[{"name":"g","type":"linear","in_features":1,"out_features":1,"activation":"gelu"}]}`,
		"chain-mismatch": `{"model_type":"openproof-mlp","name":"m","layers":[{"name":"a","type":"linear","in_features":2,"out_features":3,"activation":"relu"},{"name":"b","type":"linear","in_features":4,"out_features":1,"activation":"none"}]}`,
		"unknown-type":   `{"model_type":"openproof-mlp","name":"m","layers":[{"name":"a","type":"attention","in_features":8,"out_features":8,"activation":"none"}]}`,
		"bad-quant":      `{"model_type":"openproof-mlp","name":"m","layers":[{"name":"a","type":"linear","in_features":2,"out_features":3,"activation":"relu"}],"quantization":{"scheme":"s","input_exponent":7,"activation_exponents":[]}}`,
		"truncated":      exampleConfig[:100],
		"null":           `null`,
	}
	fuzzseed.Write(t, "FuzzParseConfig", seeds)
}

// FuzzParseConfig checks that ParseConfig never panics, that accepted
// configs can build a model, and that they survive a JSON round trip.
func FuzzParseConfig(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseConfig("fuzz", b)
		if err != nil {
			return
		}
		total := 0
		for _, l := range c.Layers {
			total += l.In * l.Out
		}
		if total <= 1<<16 { // keep iterations cheap
			if _, err := New(*c); err != nil {
				t.Fatalf("accepted config fails New: %v", err)
			}
		}
		enc, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		again, err := ParseConfig("fuzz-reencoded", enc)
		if err != nil {
			t.Fatalf("re-encoded config rejected: %v", err)
		}
		if !reflect.DeepEqual(c, again) {
			t.Fatalf("round trip changed the config:\n%+v\n%+v", c, again)
		}
	})
}
