//go:build !cuda

package cuda

import (
	"errors"
	"strings"
	"testing"
)

func TestOpenWithoutTagSaysHowToGetIt(t *testing.T) {
	d, err := Open(Options{})
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Open = %v, %v; want ErrUnavailable", d, err)
	}
	for _, hint := range []string{"-tags cuda", "nvcc", EnvLibrary} {
		if !strings.Contains(err.Error(), hint) {
			t.Errorf("error %q does not mention %q", err, hint)
		}
	}
}
