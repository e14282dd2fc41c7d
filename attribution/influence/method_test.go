package influence

import (
	"context"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/errs"
)

// The fraction-free solve returns det and det·a⁻¹·rhs exactly: compared with
// a big.Rat Gauss–Jordan on random symmetric positive definite matrices.
func TestSolveFractionFree(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 1; n <= 7; n++ {
		// a = XᵀX + I with small integer X: SPD.
		x := make([]int64, n*n)
		for i := range x {
			x[i] = rng.Int64N(2001) - 1000
		}
		a := make([]*big.Int, n*n)
		ra := make([]*big.Rat, n*n)
		for i := range n {
			for j := range n {
				var s int64
				for k := range n {
					s += x[k*n+i] * x[k*n+j]
				}
				if i == j {
					s++
				}
				a[i*n+j], ra[i*n+j] = big.NewInt(s), new(big.Rat).SetInt64(s)
			}
		}
		rhs := [][]*big.Int{make([]*big.Int, n), make([]*big.Int, n)}
		want := make([][]*big.Rat, 2)
		for c := range rhs {
			b := make([]*big.Rat, n)
			for i := range n {
				v := rng.Int64N(1<<40) - 1<<39
				rhs[c][i], b[i] = big.NewInt(v), new(big.Rat).SetInt64(v)
			}
			want[c] = ratSolve(ra, n, b)
		}
		det, err := solveFractionFree(context.Background(), a, n, rhs)
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		for c := range rhs {
			for i := range n {
				if got := new(big.Rat).SetFrac(rhs[c][i], det); got.Cmp(want[c][i]) != 0 {
					t.Fatalf("n=%d rhs %d entry %d: %v, want %v", n, c, i, got, want[c][i])
				}
			}
		}
	}
	// Not positive definite: refused.
	a := []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(0)}
	if _, err := solveFractionFree(context.Background(), a, 2, nil); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("indefinite matrix: %v", err)
	}
}

func ratSolve(a []*big.Rat, n int, b []*big.Rat) []*big.Rat {
	m := make([][]*big.Rat, n)
	for i := range n {
		m[i] = make([]*big.Rat, n+1)
		for j := range n {
			m[i][j] = new(big.Rat).Set(a[i*n+j])
		}
		m[i][n] = new(big.Rat).Set(b[i])
	}
	for k := range n {
		p := k
		for m[p][k].Sign() == 0 {
			p++
		}
		m[k], m[p] = m[p], m[k]
		for i := range n {
			if i == k || m[i][k].Sign() == 0 {
				continue
			}
			f := new(big.Rat).Quo(m[i][k], m[k][k])
			for j := k; j <= n; j++ {
				m[i][j].Sub(m[i][j], new(big.Rat).Mul(f, m[k][j]))
			}
		}
	}
	out := make([]*big.Rat, n)
	for i := range n {
		out[i] = new(big.Rat).Quo(m[i][n], m[i][i])
	}
	return out
}

// robustDatanet: the embedded digits split in two halves by class, an exact
// copy of the low half, a mislabeled copy of the high half and noise.
func robustDatanet(t *testing.T, f *fixture) *datanet.Datanet {
	t.Helper()
	b := datanet.NewBuilder("robust", 784, 10)
	rng := rand.New(rand.NewPCG(7, 7))
	for i, in := range f.ins {
		half := []string{"low", "high"}[min(f.labs[i]/5, 1)]
		b.Add(half, uint8(f.labs[i]), in)
		if half == "low" {
			b.Add("copy", uint8(f.labs[i]), in)
		} else {
			b.Add("wrong", uint8((f.labs[i]+3)%10), in)
		}
		noise := make([]uint8, len(in))
		for j := range noise {
			noise[j] = uint8(rng.IntN(256))
		}
		if i%2 == 0 {
			b.Add("noise", uint8(rng.IntN(10)), noise)
		}
	}
	d, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Robust computes its documented formula: exact copies share and get equal
// vectors, unfit records count for nothing, and the integer vectors agree in
// direction with a float64 evaluation of the same steps.
func TestRobust(t *testing.T) {
	f := load(t)
	d := robustDatanet(t, f)
	ctx := context.Background()
	m := RobustMethod()
	recs, err := f.pl.RobustRecords(ctx, d, m)
	if err != nil {
		t.Fatal(err)
	}
	idx := map[string]int{}
	for c, con := range d.Contributors {
		idx[con.ID] = c
	}
	count := map[string][2]int{} // fit and agreeing, shared
	for _, r := range recs {
		id := d.Contributors[r.Owner].ID
		n := count[id]
		if r.Fit && r.Agree {
			n[0]++
		}
		if r.Share > 0 {
			n[1]++
		}
		count[id] = n
	}
	t.Logf("per contributor [counted, shared]: %v", count)
	if c := count["copy"]; c[1] != len(d.Contributors[idx["copy"]].Examples) {
		t.Errorf("copy: %d of its records share credit, want all", c[1])
	}
	if c := count["noise"]; c[0] > len(d.Contributors[idx["noise"]].Examples)/4 {
		t.Errorf("noise: %d records counted", c[0])
	}
	if c := count["wrong"]; c[0] > len(d.Contributors[idx["wrong"]].Examples)/4 {
		t.Errorf("mislabeled: %d records counted", c[0])
	}
	if count["high"][0] < len(d.Contributors[idx["high"]].Examples)/2 {
		t.Errorf("high: only %d records counted", count["high"][0])
	}
	sk, err := f.pl.Robust(ctx, d, m)
	if err != nil {
		t.Fatal(err)
	}
	for j, v := range sk[idx["low"]] {
		if sk[idx["copy"]][j] != v {
			t.Fatalf("copy's vector differs from the original's at %d", j)
		}
	}
	// Float twin of the same steps from the integer records.
	want := robustFloat(f.pl, recs, len(d.Contributors), m)
	for c := range sk {
		var dp, na, nb float64
		for j, v := range sk[c] {
			dp += float64(v) * want[c][j]
			na += float64(v) * float64(v)
			nb += want[c][j] * want[c][j]
		}
		if na == 0 && nb == 0 {
			continue
		}
		if cos := dp / math.Sqrt(na*nb); cos < 0.99999 {
			t.Errorf("contributor %s: cosine %.7f with the float evaluation", d.Contributors[c].ID, cos)
		}
	}
	// Unknown ids and parameters outside a method's range are refused.
	for _, bad := range []Method{{ID: "robust/v0"}, {ID: MethodRenormTracIn, DampPPM: 1}, {ID: MethodRobust}} {
		if _, err := f.pl.ContributorsBy(ctx, d, bad); !errors.Is(err, ErrBadInput) {
			t.Errorf("method %+v accepted: %v", bad, err)
		}
	}
}

func robustFloat(pl *Plan, recs []RecordInfo, n int, m Method) [][]float64 {
	b := make([][]float64, n)
	for c := range b {
		b[c] = make([]float64, pl.Dim())
	}
	for _, r := range recs {
		if r.Fit && r.Agree {
			for j, v := range r.Unit {
				b[r.Owner][j] += float64(v) / float64(1+r.Share)
			}
		}
	}
	out := make([][]float64, n)
	for c := range out {
		out[c] = make([]float64, pl.Dim())
	}
	for _, blk := range pl.Blocks {
		lo, k := blk.Offset, 2*pl.P.K*blk.R
		h := make([]float64, k*k)
		var tr float64
		for _, r := range recs {
			for i := range k {
				for j := range k {
					h[i*k+j] += float64(r.Unit[lo+i]) * float64(r.Unit[lo+j])
				}
			}
		}
		for i := range k {
			tr += h[i*k+i]
		}
		for i := range h {
			h[i] *= float64(k) / tr
		}
		for i := range k {
			h[i*k+i] += float64(m.DampPPM) / PPM
		}
		for c := range out {
			copy(out[c][lo:lo+k], floatSolve(h, k, b[c][lo:lo+k]))
		}
	}
	return out
}

// floatSolve solves a·x = b by Gauss–Jordan with partial pivoting.
func floatSolve(a []float64, n int, b []float64) []float64 {
	m := make([][]float64, n)
	for i := range n {
		m[i] = append(append([]float64{}, a[i*n:(i+1)*n]...), b[i])
	}
	for k := range n {
		p := k
		for i := k + 1; i < n; i++ {
			if math.Abs(m[i][k]) > math.Abs(m[p][k]) {
				p = i
			}
		}
		m[k], m[p] = m[p], m[k]
		for i := range n {
			if i == k {
				continue
			}
			f := m[i][k] / m[k][k]
			for j := k; j <= n; j++ {
				m[i][j] -= f * m[k][j]
			}
		}
	}
	x := make([]float64, n)
	for i := range n {
		x[i] = m[i][n] / m[i][i]
	}
	return x
}
