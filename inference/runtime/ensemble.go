package runtime

import (
	"context"
	"fmt"
	"math/big"

	"github.com/openproof/openproof/inference/quant"
)

// ensembleForward runs m on x with every member adapter (multipliers already
// scaled by the member weights) summed inside each adapted layer's single
// requantization. Layers no member adapts run the plain recipe. Each member's
// δ comes from quant's own layer forward, so the only new arithmetic is the
// sum in requantizeSum.
func ensembleForward(ctx context.Context, m *quant.Model, x []int8, members []*quant.Adapter) ([]int8, error) {
	cur := x
	for i := range m.Layers {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		l := &m.Layers[i]
		var als []*quant.AdapterLayer
		for _, a := range members {
			if al := a.ForLayer(i); al != nil {
				als = append(als, al)
			}
		}
		if len(als) == 0 {
			tr, err := l.Forward(cur, nil)
			if err != nil {
				return nil, err
			}
			cur = tr.Out
			continue
		}
		var acc []int64
		deltas := make([][]int64, len(als))
		ms := make([]uint32, len(als))
		for k, al := range als {
			tr, err := l.Forward(cur, al)
			if err != nil {
				return nil, err
			}
			acc, deltas[k], ms[k] = tr.Acc, tr.Delta, al.M
		}
		out := make([]int8, l.Out)
		d := make([]int64, len(als))
		for o := range out {
			for k := range als {
				d[k] = deltas[k][o]
			}
			q, _, err := requantizeSum(l, acc[o], d, ms)
			if err != nil {
				return nil, err
			}
			y, _, _ := l.Saturate(q)
			out[o] = l.Activate(y)
		}
		cur = out
	}
	return cur, nil
}

// requantizeSum is the ensemble extension of quant's adapted requantization:
//
//	z = acc·2^32 + Σ_i δ_i·M_i + 2^(k+31),  q = floor(z / 2^(k+32)),  rem = z − q·2^(k+32)
//
// computed exactly with math/big. With one member it equals
// l.Requantize(acc, δ, M, true).
func requantizeSum(l *quant.Layer, acc int64, deltas []int64, ms []uint32) (q int64, rem uint64, err error) {
	s := l.FracBits(true)
	z := new(big.Int).Lsh(big.NewInt(acc), quant.AdapterShift)
	var prod, mb big.Int
	for i, d := range deltas {
		prod.Mul(big.NewInt(d), mb.SetUint64(uint64(ms[i])))
		z.Add(z, &prod)
	}
	z.Add(z, prod.Lsh(big.NewInt(1), s-1))
	qb := new(big.Int).Rsh(z, s) // arithmetic shift: the floor, also for z < 0
	if !qb.IsInt64() {
		return 0, 0, fmt.Errorf("%w: layer %s: ensemble quotient %v overflows int64", ErrBadInput, l.Name, qb)
	}
	z.Sub(z, prod.Lsh(qb, s))
	return qb.Int64(), z.Uint64(), nil
}
