package gpt2q

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/tfops"
)

// TestTraceWidth: a 12-bit trace carries act_bits and 2-byte values, an
// 8-bit one neither; an unknown or inconsistent act_bits is refused as bad
// input naming the field, and a trace of one width does not verify on the
// model of another.
func TestTraceWidth(t *testing.T) {
	_, adapted, _ := fixture(t)
	ctx := context.Background()
	q8, q12 := atWidth(t, adapted, 8), atWidth(t, adapted, 12)
	if q12.Cal.Scheme != tfops.SchemeFx12 || q12.Wte != nil || q12.Blocks[0].Ref != nil {
		t.Fatalf("12-bit model: scheme %q, int8 wte %v, tfops.Block %v", q12.Cal.Scheme, q12.Wte != nil, q12.Blocks[0].Ref != nil)
	}
	t8, err := q8.Generate(ctx, []int{3, 1, 4}, 4, Decoding{Mode: Greedy})
	if err != nil {
		t.Fatal(err)
	}
	t12, err := q12.Generate(ctx, []int{3, 1, 4}, 4, Decoding{Mode: Greedy})
	if err != nil {
		t.Fatal(err)
	}
	b8, _ := t8.Encode()
	b12, _ := t12.Encode()
	d := q12.Config.NEmbd
	if bytes.Contains(b8, []byte("act_bits")) || !bytes.Contains(b12, []byte(`"act_bits":12`)) ||
		len(t8.Steps[0].KV[0].K) != 2*d || len(t12.Steps[0].KV[0].K) != 4*d {
		t.Fatalf("trace encodings: 8-bit has act_bits %v, 12-bit %v; key hex %d and %d chars",
			bytes.Contains(b8, []byte("act_bits")), bytes.Contains(b12, []byte("act_bits")), len(t8.Steps[0].KV[0].K), len(t12.Steps[0].KV[0].K))
	}
	for name, edit := range map[string]string{
		"unknown width":   strings.Replace(string(b12), `"act_bits":12`, `"act_bits":16`, 1),
		"explicit 8":      strings.Replace(string(b12), `"act_bits":12`, `"act_bits":8`, 1),
		"scheme mismatch": strings.Replace(string(b8), `"scheme":"openproof-int8-tf-v2"`, `"scheme":"openproof-int8-tf-v2","act_bits":12`, 1),
	} {
		if _, err := ParseTrace([]byte(edit)); !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), "act_bits") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if err := q12.Verify(ctx, t12); err != nil {
		t.Fatalf("honest 12-bit trace: %v", err)
	}
	if err := q8.Verify(ctx, t12); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("12-bit trace on the 8-bit model: %v", err)
	}
	if err := q12.Verify(ctx, t8); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("8-bit trace on the 12-bit model: %v", err)
	}
}

// TestCalibrateBits: calibrating at 12 bits is the 8-bit calibration
// widened by 4; only an 8-bit calibration widens; unknown widths are
// refused.
func TestCalibrateBits(t *testing.T) {
	base, adapted, data := fixture(t)
	ctx := context.Background()
	runs := []CalibrationRun{{base, Windows(data, 8, 24)}, {adapted, Windows(data, 8, 24)}}
	c8, err := Calibrate(ctx, runs)
	if err != nil {
		t.Fatal(err)
	}
	c12, err := CalibrateBits(ctx, runs, 12)
	if err != nil {
		t.Fatal(err)
	}
	w, err := WidenCalibration(c8, 12)
	if err != nil || !reflect.DeepEqual(*c12, w) || c12.Scheme != tfops.SchemeFx12 || c12.Embed != c8.Embed+4 {
		t.Fatalf("12-bit calibration %+v, widened %+v, %v", c12, w, err)
	}
	if _, err := WidenCalibration(c12, 12); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("widening a 12-bit calibration: %v", err)
	}
	if _, err := CalibrateBits(ctx, runs, 10); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("10 bits: %v", err)
	}
	// CalibrationAt converts either way: 12 → 8 is c8, 8 → 12 is c12, a
	// width to itself is the identity; unknown schemes and widths refused.
	for _, tc := range []struct {
		from *gpt2.Quantization
		w    uint
		want *gpt2.Quantization
	}{{c12, 8, c8}, {c8, 12, c12}, {c12, 12, c12}, {c8, 8, c8}} {
		got, err := CalibrationAt(tc.from, tc.w)
		if err != nil || !reflect.DeepEqual(got, *tc.want) {
			t.Errorf("%s at %d bits: %+v, %v; want %+v", tc.from.Scheme, tc.w, got, err, *tc.want)
		}
	}
	bad := *c8
	bad.Scheme = "openproof-int4-tf-v0"
	for name, tc := range map[string]struct {
		cal *gpt2.Quantization
		w   uint
	}{"unknown scheme": {&bad, 12}, "10 bits": {c8, 10}, "no calibration": {nil, 12}} {
		if _, err := CalibrationAt(tc.cal, tc.w); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestWideAgreesWithFloat: on the small fixture the 12-bit runtime agrees
// with the float reference at least as well as the 8-bit one and its loss
// is at least as close.
func TestWideAgreesWithFloat(t *testing.T) {
	_, adapted, data := fixture(t)
	w := Windows(data, 10, 25)
	c8, err := Compare(context.Background(), adapted, atWidth(t, adapted, 8), w)
	if err != nil {
		t.Fatal(err)
	}
	c12, err := Compare(context.Background(), adapted, atWidth(t, adapted, 12), w)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("agreement 8 bits %.4f, 12 bits %.4f; extra bits/char %.4f, %.4f", c8.Agreement(), c12.Agreement(), c8.Int8Bits-c8.FloatBits, c12.Int8Bits-c12.FloatBits)
	if c12.Agreement() < c8.Agreement() || c12.Agreement() < 0.98 {
		t.Errorf("12-bit agreement %.4f (8-bit %.4f)", c12.Agreement(), c8.Agreement())
	}
	if abs(c12.Int8Bits-c12.FloatBits) > abs(c8.Int8Bits-c8.FloatBits)+1e-3 {
		t.Errorf("12-bit loss %.4f further from float %.4f than 8-bit %.4f", c12.Int8Bits, c12.FloatBits, c8.Int8Bits)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
