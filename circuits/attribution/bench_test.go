package attribution

import (
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// BenchmarkCompile reports the circuit size for the embedded model's plan
// (sketch dimension 256) at several contributor counts.
func BenchmarkCompile(b *testing.B) {
	f := load(b)
	for _, n := range []int{3, 16, 64} {
		b.Run(fmt.Sprintf("contributors=%d", n), func(b *testing.B) {
			var nb int
			for range b.N {
				ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, New(f.pl, 10, n))
				if err != nil {
					b.Fatal(err)
				}
				nb = ccs.GetNbConstraints()
			}
			b.ReportMetric(float64(nb), "constraints")
		})
	}
}
