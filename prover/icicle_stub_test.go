//go:build !icicle

package prover

import (
	"errors"
	"strings"
	"testing"
)

func TestIcicleStubSaysHowToGetIt(t *testing.T) {
	b, err := NewBackend("icicle")
	if err == nil {
		t.Fatalf("NewBackend(icicle) = %v without the icicle tag, want an error", b)
	}
	for _, sentinel := range []error{ErrIcicleUnavailable, ErrBadInput} {
		if !errors.Is(err, sentinel) {
			t.Errorf("error %q does not wrap %v", err, sentinel)
		}
	}
	for _, hint := range []string{"make icicle", "-tags icicle", "env.sh"} {
		if !strings.Contains(err.Error(), hint) {
			t.Errorf("error %q does not mention %q", err, hint)
		}
	}
}
