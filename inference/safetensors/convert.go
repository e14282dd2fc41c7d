package safetensors

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

// NewF32 returns an F32 tensor holding vals. Shape/length mismatches are
// reported by File.Add and Encode, not here.
func NewF32(name string, shape []int, vals []float32) *Tensor {
	b := make([]byte, 4*len(vals))
	for i, v := range vals {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	return &Tensor{Name: name, DType: F32, Shape: slices.Clone(shape), Data: b}
}

// NewI8 returns an I8 tensor holding vals.
func NewI8(name string, shape []int, vals []int8) *Tensor {
	b := make([]byte, len(vals))
	for i, v := range vals {
		b[i] = byte(v)
	}
	return &Tensor{Name: name, DType: I8, Shape: slices.Clone(shape), Data: b}
}

// NewI32 returns an I32 tensor holding vals.
func NewI32(name string, shape []int, vals []int32) *Tensor {
	b := make([]byte, 4*len(vals))
	for i, v := range vals {
		binary.LittleEndian.PutUint32(b[4*i:], uint32(v))
	}
	return &Tensor{Name: name, DType: I32, Shape: slices.Clone(shape), Data: b}
}

// Float32s converts the tensor to float32 the way torch's .float() does:
// F16 and BF16 widen exactly (NaN payloads kept), F64 and 64-bit integers
// round to nearest even, BOOL becomes 0 or 1.
func (t *Tensor) Float32s() ([]float32, error) {
	if err := t.check(); err != nil {
		return nil, fmt.Errorf("%v: %w", err, ErrBadInput)
	}
	d := t.Data
	n := len(d) / t.DType.Size()
	out := make([]float32, n)
	le := binary.LittleEndian
	switch t.DType {
	case F32:
		for i := range out {
			out[i] = math.Float32frombits(le.Uint32(d[4*i:]))
		}
	case F16:
		for i := range out {
			out[i] = f16ToF32(le.Uint16(d[2*i:]))
		}
	case BF16:
		for i := range out {
			out[i] = math.Float32frombits(uint32(le.Uint16(d[2*i:])) << 16)
		}
	case F64:
		for i := range out {
			out[i] = float32(math.Float64frombits(le.Uint64(d[8*i:])))
		}
	case I64:
		for i := range out {
			out[i] = float32(int64(le.Uint64(d[8*i:])))
		}
	case U64:
		for i := range out {
			out[i] = float32(le.Uint64(d[8*i:]))
		}
	case I32:
		for i := range out {
			out[i] = float32(int32(le.Uint32(d[4*i:])))
		}
	case U32:
		for i := range out {
			out[i] = float32(le.Uint32(d[4*i:]))
		}
	case I16:
		for i := range out {
			out[i] = float32(int16(le.Uint16(d[2*i:])))
		}
	case U16:
		for i := range out {
			out[i] = float32(le.Uint16(d[2*i:]))
		}
	case I8:
		for i := range out {
			out[i] = float32(int8(d[i]))
		}
	case U8:
		for i := range out {
			out[i] = float32(d[i])
		}
	case BOOL:
		// torch stores bools as one byte and treats any non-zero as true.
		for i := range out {
			if d[i] != 0 {
				out[i] = 1
			}
		}
	}
	return out, nil
}

// Int8s returns the values of an I8 tensor.
func (t *Tensor) Int8s() ([]int8, error) {
	if err := t.want(I8); err != nil {
		return nil, err
	}
	out := make([]int8, len(t.Data))
	for i, b := range t.Data {
		out[i] = int8(b)
	}
	return out, nil
}

// Int32s returns the values of an I32 tensor.
func (t *Tensor) Int32s() ([]int32, error) {
	if err := t.want(I32); err != nil {
		return nil, err
	}
	out := make([]int32, len(t.Data)/4)
	for i := range out {
		out[i] = int32(binary.LittleEndian.Uint32(t.Data[4*i:]))
	}
	return out, nil
}

func (t *Tensor) want(dt DType) error {
	if t.DType != dt {
		return fmt.Errorf("tensor %q: dtype %s, want %s: %w", t.Name, t.DType, dt, ErrBadInput)
	}
	if err := t.check(); err != nil {
		return fmt.Errorf("%v: %w", err, ErrBadInput)
	}
	return nil
}

// f16ToF32 widens an IEEE 754 binary16 value exactly.
func f16ToF32(h uint16) float32 {
	sign := uint32(h>>15) << 31
	exp := uint32(h>>10) & 0x1f
	mant := uint32(h) & 0x3ff
	switch exp {
	case 0x1f: // Inf or NaN: keep the payload in the top mantissa bits.
		return math.Float32frombits(sign | 0x7f800000 | mant<<13)
	case 0: // zero or subnormal: mant·2^-24, exact in float32.
		return math.Float32frombits(sign | math.Float32bits(float32(mant)*(1.0/(1<<24))))
	}
	return math.Float32frombits(sign | (exp+127-15)<<23 | mant<<13)
}
