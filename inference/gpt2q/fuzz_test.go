package gpt2q

import (
	"errors"
	"flag"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/internal/fuzzseed"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite testdata/fuzz/FuzzParseTrace seed files")

func TestWriteSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzParseTrace", map[string]string{
		"minimal":     `{"format":"openproof-gpt2-trace-v1","scheme":"openproof-int8-tf-v2","model":{},"decoding":{"mode":"greedy"},"prompt":[1],"output":[2],"steps":[{"pos":0,"token":1,"kv":[{"k":"00","v":"00"}],"ln_f":"00","logits":[0,1],"next":1}]}`,
		"two-steps":   `{"format":"openproof-gpt2-trace-v1","scheme":"s","decoding":{"mode":"sample","seed":"0x1","temperature":1,"top_k":2},"prompt":[1,2],"output":[3],"steps":[{"pos":0,"token":1},{"pos":1,"token":2,"next":3,"uniform":7}]}`,
		"bad-pos":     `{"format":"openproof-gpt2-trace-v1","prompt":[1],"output":[2],"steps":[{"pos":1}]}`,
		"dup":         `{"format":"openproof-gpt2-trace-v1","format":"x"}`,
		"null":        `null`,
		"act-bits-12": `{"format":"openproof-gpt2-trace-v1","scheme":"openproof-fx12-tf-v3","act_bits":12,"model":{},"decoding":{"mode":"greedy"},"prompt":[1],"output":[2],"steps":[{"pos":0,"token":1,"kv":[{"k":"07ff","v":"f800"}],"ln_f":"0001","logits":[0,1],"next":1}]}`,
		"act-bits-16": `{"format":"openproof-gpt2-trace-v1","scheme":"openproof-int8-tf-v2","act_bits":16,"prompt":[1],"output":[2],"steps":[{"pos":0,"token":1}]}`,
	})
}

// FuzzParseTrace: ParseTrace never panics, refuses with ErrBadInput and
// what it accepts re-encodes to a trace it accepts again.
func FuzzParseTrace(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		tr, err := ParseTrace(b)
		if err != nil {
			if !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("refusal without ErrBadInput: %v", err)
			}
			return
		}
		enc, err := tr.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseTrace(enc); err != nil {
			t.Fatalf("re-encoded trace refused: %v", err)
		}
	})
}
