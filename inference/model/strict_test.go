package model

import (
	"errors"
	"strings"
	"testing"
)

// TestParseConfigStrictJSON: config.json with a duplicate key at any depth,
// two keys naming one field, or null for a number is refused.
func TestParseConfigStrictJSON(t *testing.T) {
	for _, tc := range []struct{ name, from, to, want string }{
		{"duplicate top-level key", `"name":"tiny"`, `"name":"tiny","name":"other"`, "duplicate"},
		{"duplicate layer key", `"in_features":2,"out_features":1`, `"in_features":2,"in_features":3,"out_features":1`, "layers[1]: duplicate"},
		{"case-folded duplicate", `"name":"tiny"`, `"name":"tiny","Name":"other"`, "same field"},
		{"null in_features", `"in_features":2,"out_features":1`, `"in_features":null,"out_features":1`, "layers[1].in_features: null"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := strings.Replace(tinyConfig, tc.from, tc.to, 1)
			if cfg == tinyConfig {
				t.Fatal("edit did not apply")
			}
			_, err := ParseConfig("config.json", []byte(cfg))
			if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	q := strings.Replace(tinyConfig, `"name":"tiny",`, `"name":"tiny","quantization":{"scheme":"s","input_exponent":null,"activation_exponents":[4,4]},`, 1)
	if _, err := ParseConfig("config.json", []byte(q)); err == nil || !strings.Contains(err.Error(), "quantization.input_exponent: null") {
		t.Fatalf("null input_exponent: %v", err)
	}
}
