package peft

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
		"peft-gpt2":      peftConfig,
		"regex-target":   `{"peft_type":"LORA","r":4,"lora_alpha":8,"target_modules":".*\\.(q_proj|v_proj)"}`,
		"patterns":       `{"peft_type":"LORA","r":8,"lora_alpha":16,"use_rslora":true,"target_modules":["q_proj","v_proj"],"rank_pattern":{"layers.0.self_attn.q_proj":4,"v_proj":2},"alpha_pattern":{"q_proj":32.5}}`,
		"dora":           `{"peft_type":"LORA","use_dora":true,"target_modules":["q"]}`,
		"bias-all":       `{"peft_type":"LORA","bias":"all","target_modules":["q"]}`,
		"wrong-type":     `{"peft_type":"IA3","target_modules":["q"]}`,
		"null-targets":   `{"peft_type":"LORA","target_modules":null,"modules_to_save":null}`,
		"duplicate-keys": `{"peft_type":"LORA","r":8,"r":4,"target_modules":["q"]}`,
		"bad-regex":      `{"peft_type":"LORA","target_modules":["q"],"rank_pattern":{"(?=x)":2}}`,
		"truncated":      peftConfig[:120],
	}
	fuzzseed.Write(t, "FuzzParseConfig", seeds)
}

// FuzzParseConfig checks that ParseConfig never panics, that accepted
// configs resolve every module without error, and that they survive a
// JSON round trip with the same resolution.
func FuzzParseConfig(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseConfig("fuzz", b)
		if err != nil {
			return
		}
		enc, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		again, err := ParseConfig("fuzz-reencoded", enc)
		if err != nil {
			t.Fatalf("re-encoded config rejected: %v\n%s", err, enc)
		}
		if !reflect.DeepEqual(c, again) {
			t.Fatalf("round trip changed the config:\n%+v\n%+v", c, again)
		}
		probes := append([]string{"transformer.h.0.attn.c_attn", "model.layers.0.self_attn.q_proj"}, c.TargetModules...)
		for k := range c.RankPattern {
			probes = append(probes, k)
		}
		for _, m := range probes {
			r1, a1, s1, err := c.Resolve(m)
			if err != nil {
				t.Fatalf("Resolve(%q): %v", m, err)
			}
			r2, a2, s2, _ := again.Resolve(m)
			if r1 != r2 || a1 != a2 || s1 != s2 || c.Targets(m) != again.Targets(m) {
				t.Fatalf("module %q resolves differently after the round trip", m)
			}
		}
	})
}
