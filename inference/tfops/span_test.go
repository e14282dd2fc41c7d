package tfops

import (
	"errors"
	"testing"
)

// TestSpanRefused: Sampler.Sample and Softmax take values spanning less
// than 2^SpanBits and refuse a span of 2^SpanBits or more with ErrBadInput.
func TestSpanRefused(t *testing.T) {
	s, err := NewSampler(1, 2, 16)
	if err != nil {
		t.Fatal(err)
	}
	const top = int64(1) << SpanBits
	tests := []struct {
		name    string
		v       []int64
		refused bool
	}{
		{"span 2^32 − 1", []int64{0, top - 1, 5}, false},
		{"span 2^32 − 1, negative", []int64{-top + 1, 0, -3}, false},
		{"span 2^32", []int64{0, top, 5}, true},
		{"span 2^32, negative", []int64{-top, 0, -3}, true},
		{"span 2^40", []int64{1 << 40, 0}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Sample(tc.v, 1<<31)
			if tc.refused != (err != nil) || (err != nil && !errors.Is(err, ErrBadInput)) {
				t.Fatalf("Sample: err %v, want refused %v (ErrBadInput)", err, tc.refused)
			}
			_, err = Softmax(tc.v, 1<<20)
			if tc.refused != (err != nil) || (err != nil && !errors.Is(err, ErrBadInput)) {
				t.Fatalf("Softmax: err %v, want refused %v (ErrBadInput)", err, tc.refused)
			}
		})
	}
}
