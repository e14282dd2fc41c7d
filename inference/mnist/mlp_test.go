package mnist

import (
	"math"
	"testing"
)

// tinyNet returns a net with in inputs and hidden units, random weights and,
// when adapted, random adapters (B non-zero so its gradient paths matter).
func tinyNet(in, hidden int, adapted bool) *net {
	n := &net{fc1: newDense(newRNG(1, 1), in, hidden), fc2: newDense(newRNG(1, 2), hidden, Classes)}
	if adapted {
		n.ad1 = newAdapterLayer(newRNG(1, 3), in, hidden, 2, 2)
		n.ad2 = newAdapterLayer(newRNG(1, 4), hidden, Classes, 2, 2)
		r := newRNG(1, 5)
		for _, b := range [][]float32{n.ad1.b, n.ad2.b} {
			for i := range b {
				b[i] = r.uniform(0.5)
			}
		}
	}
	return n
}

// TestGradients compares backward with central finite differences of the
// loss, in both modes (base weights; adapter A and B with the base frozen).
func TestGradients(t *testing.T) {
	for _, adapted := range []bool{false, true} {
		name := map[bool]string{false: "base", true: "adapter"}[adapted]
		t.Run(name, func(t *testing.T) {
			const in, hidden, label = 6, 5, 3
			n := tinyNet(in, hidden, adapted)
			x := []float32{0.3, 0, 0.9, 0.4, 0, 0.1}
			w := n.newWork()
			params := n.params()
			grads := make([][]float32, len(params))
			for i, p := range params {
				grads[i] = make([]float32, len(p))
			}
			n.forward(w, x, label)
			for i, z := range w.z1 {
				// Finite differences across the ReLU kink would be wrong.
				if math.Abs(float64(z)) < 0.05 {
					t.Fatalf("setup: hidden unit %d pre-activation %v is near the ReLU kink; pick another x", i, z)
				}
			}
			n.backward(w, x, label, grads)
			checked := 0
			for k, p := range params {
				for i := range p {
					orig := p[i]
					const h = 1e-2
					p[i] = orig + h
					up := n.forward(w, x, label)
					p[i] = orig - h
					down := n.forward(w, x, label)
					p[i] = orig
					num := (up - down) / (2 * h)
					if got := float64(grads[k][i]); math.Abs(got-num) > 2e-3+1e-2*math.Abs(num) {
						t.Errorf("param %d[%d]: backward %v, finite difference %v", k, i, got, num)
					}
					if num != 0 {
						checked++
					}
				}
			}
			if checked < 20 {
				t.Fatalf("only %d non-zero gradients: the check proves little", checked)
			}
		})
	}
}

func TestExpNonPositive(t *testing.T) {
	for x := -750.0; x <= 0; x += 0.37 {
		want := math.Exp(x)
		got := expNonPositive(x)
		if want == 0 {
			if got > 1e-320 {
				t.Fatalf("exp(%v) = %v, want ≈0", x, got)
			}
			continue
		}
		if want > 1e-300 && math.Abs(got-want)/want > 1e-14 {
			t.Fatalf("exp(%v) = %v, want %v", x, got, want)
		}
	}
	if got := expNonPositive(0); got != 1 {
		t.Fatalf("exp(0) = %v", got)
	}
}

func TestSoftmax(t *testing.T) {
	z := []float32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	p := make([]float32, Classes)
	loss := softmax(z, p, 9)
	var sum, want float64
	for _, v := range z {
		sum += math.Exp(float64(v))
	}
	want = math.Log(sum) - 10
	if math.Abs(loss-want) > 1e-12 {
		t.Fatalf("loss %v, want %v", loss, want)
	}
	for i, v := range z {
		if e := math.Exp(float64(v)) / sum; math.Abs(float64(p[i])-e) > 1e-7 {
			t.Fatalf("p[%d] = %v, want %v", i, p[i], e)
		}
	}
}

func TestQuantile9999(t *testing.T) {
	seq := func(n int) []float64 {
		v := make([]float64, n)
		for i := range v {
			v[i] = float64(n - i) // descending, so sorting matters
		}
		return v
	}
	tests := []struct {
		n    int
		want float64
	}{
		{1, 1},
		{2, 2},         // ⌈1.9998⌉ = 2
		{10000, 9999},  // ⌈9999⌉ = 9999
		{10001, 10000}, // ⌈9999.9999⌉ = 10000
		{10002, 10001}, // ⌈10000.9998⌉ = 10001
		{20000, 19998},
	}
	for _, tc := range tests {
		if got := quantile9999(seq(tc.n)); got != tc.want {
			t.Errorf("n=%d: %v, want %v", tc.n, got, tc.want)
		}
	}
}

func TestExponent(t *testing.T) {
	tests := []struct {
		p    float64
		want int
	}{
		{127, 0},
		{127.0001, -1},
		{63.5, 1},
		{63.6, 0},
		{24.2, 2},
		{1, 6},
		{0.99, 7},
		{1e-30, 64},
		{1e30, -64},
	}
	for _, tc := range tests {
		if got := exponent(tc.p); got != tc.want {
			t.Errorf("exponent(%v) = %d, want %d", tc.p, got, tc.want)
		}
	}
}

func TestRNG(t *testing.T) {
	a, b := newRNG(5, 1), newRNG(5, 1)
	c := newRNG(5, 2)
	same := 0
	for range 100 {
		x := a.next()
		if x != b.next() {
			t.Fatal("same seed and stream diverged")
		}
		if x == c.next() {
			same++
		}
	}
	if same > 0 {
		t.Fatal("streams 1 and 2 coincide")
	}
	counts := make([]int, 7)
	r := newRNG(9, 0)
	for range 70000 {
		counts[r.intn(7)]++
	}
	for i, n := range counts {
		if n < 9500 || n > 10500 {
			t.Errorf("intn(7) gave %d %d times in 70000", i, n)
		}
	}
	for range 10000 {
		if u := r.uniform(0.25); u < -0.25 || u >= 0.25 {
			t.Fatalf("uniform(0.25) = %v", u)
		}
	}
}
