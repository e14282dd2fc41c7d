package attribution

import (
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/openproof/openproof/attribution/influence"
)

// BenchmarkCompileK reports the circuit size of the embedded model's plan
// at sketch sizes K = 4, 8, 16 for 16 and 64 contributors; the difference
// divided by 48 is the cost of one contributor at that K (issue 16's sketch
// size trade-off, bench/results.md).
func BenchmarkCompileK(b *testing.B) {
	f := load(b)
	for _, k := range []int{4, 8, 16} {
		p := influence.DefaultParams()
		p.K = k
		pl, err := influence.NewPlan(f.pl.Model, f.pl.Adapter, p)
		if err != nil {
			b.Fatal(err)
		}
		for _, n := range []int{16, 64} {
			b.Run(fmt.Sprintf("K=%d/contributors=%d", k, n), func(b *testing.B) {
				var nb int
				for range b.N {
					ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, New(pl, 10, n))
					if err != nil {
						b.Fatal(err)
					}
					nb = ccs.GetNbConstraints()
				}
				b.ReportMetric(float64(nb), "constraints")
			})
		}
	}
}

// BenchmarkCompileClass reports the circuit size at K = 8 without and with
// the class term (Params.ClassTerm) for 16 and 64 contributors: the
// difference divided by 48 is one contributor's cost, before and after.
func BenchmarkCompileClass(b *testing.B) {
	f := load(b)
	for _, class := range []bool{false, true} {
		p := influence.DefaultParams()
		if class {
			p.ClassTerm, p.ClassShift = true, 26
		}
		pl, err := influence.NewPlan(f.pl.Model, f.pl.Adapter, p)
		if err != nil {
			b.Fatal(err)
		}
		for _, n := range []int{16, 64} {
			b.Run(fmt.Sprintf("class=%v/contributors=%d", class, n), func(b *testing.B) {
				var nb int
				for range b.N {
					ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, New(pl, 10, n))
					if err != nil {
						b.Fatal(err)
					}
					nb = ccs.GetNbConstraints()
				}
				b.ReportMetric(float64(nb), "constraints")
			})
		}
	}
}
