package gpt2

import (
	"errors"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/tfops"
)

// TestSchemeRefused: a model whose scheme id and activation width
// disagree, or a 12-bit model asked for its tfops.Blocks (it has none),
// is refused as bad input rather than proven as
// another program.
func TestSchemeRefused(t *testing.T) {
	_, q, _ := tinyWide(t)
	tr := generate(t, q, prompt)
	bad := *q
	bad.Cal.Scheme = tfops.Scheme
	for name, f := range map[string]func() error{
		"New, scheme and width disagree": func() error { _, err := New(&bad, len(prompt), 2); return err },
		"Blocks at 12 bits":              func() error { _, err := Blocks(q); return err },
		"PublicsOf, scheme disagrees":    func() error { _, err := PublicsOf(&bad, tr, key()); return err },
	} {
		if err := f(); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
