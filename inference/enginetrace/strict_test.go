package enginetrace

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// TestParseStrictManifest: a trace.json with a duplicate key (two values
// for one module's shape: which one a reader honours would depend on its
// JSON library) or a null exponent is refused.
func TestParseStrictManifest(t *testing.T) {
	tr, _ := testTrace(t, 1, 2)
	mb, tb, err := tr.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse("trace.json", mb, "t", tb); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, from, to, want string }{
		{"duplicate module field", `"rank": 2`, `"rank": 2, "rank": 3`, "modules[0]: duplicate"},
		{"duplicate top-level key", `"tokens": 2`, `"tokens": 2, "tokens": 1`, "duplicate"},
		{"null exponent", `"x_exp": 4`, `"x_exp": null`, "modules[0].x_exp: null"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edited := bytes.Replace(mb, []byte(tc.from), []byte(tc.to), 1)
			if bytes.Equal(edited, mb) {
				t.Fatalf("edit %q did not apply to %s", tc.from, mb)
			}
			_, err := Parse("trace.json", edited, "t", tb)
			if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}
