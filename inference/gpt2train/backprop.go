// Package gpt2train trains inference/gpt2 models in float64 with hand-written
// backpropagation: the base model from scratch (every weight) or a LoRA
// adapter with the base frozen.
//
// # Determinism
//
// Everything runs on the calling goroutine in a fixed summation order, the
// random numbers come from the package's own SplitMix64 generator, and every
// product that is summed is rounded explicitly (float64(a*b)) so the
// compiler cannot fuse it into an FMA. Same data, model and options give
// bit-identical weights on the same platform (checked on linux/amd64; math.Exp
// and math.Tanh are Go's own, so other GOARCHes are expected but not checked).
package gpt2train

import (
	"math"

	"github.com/openproof/openproof/inference/gpt2"
)

// linCache holds what a Linear's backward pass needs.
type linCache struct {
	x []float64 // [T][in]
	h []float64 // [T][rank]: A·x, when the module has LoRA
}

// linForward computes y = x·W + b (+ s·B·A·x) for T rows.
func linForward(l *gpt2.Linear, x []float64, T int) ([]float64, linCache) {
	y := make([]float64, T*l.Out)
	c := linCache{x: x}
	for t := 0; t < T; t++ {
		yr := y[t*l.Out : (t+1)*l.Out]
		copy(yr, l.B)
		xr := x[t*l.In : (t+1)*l.In]
		for j, xj := range xr {
			w := l.W[j*l.Out : (j+1)*l.Out]
			w = w[:len(yr)]
			for i, wi := range w {
				yr[i] += float64(xj * wi)
			}
		}
	}
	if lr := l.LoRA; lr != nil {
		r := lr.Rank
		c.h = make([]float64, T*r)
		for t := 0; t < T; t++ {
			xr := x[t*l.In : (t+1)*l.In]
			hr := c.h[t*r : (t+1)*r]
			for k := range hr {
				a := lr.A[k*l.In : (k+1)*l.In]
				var s float64
				for j, xj := range xr {
					s += float64(a[j] * xj)
				}
				hr[k] = s
			}
			yr := y[t*l.Out : (t+1)*l.Out]
			for i := range yr {
				b := lr.B[i*r : (i+1)*r]
				var s float64
				for k, hk := range hr {
					s += float64(b[k] * hk)
				}
				yr[i] += float64(lr.Scaling * s)
			}
		}
	}
	return y, c
}

// linBackward accumulates the gradients of dy into g (base weights only when
// base is set; LoRA matrices when l has them) and returns dx.
func linBackward(l, g *gpt2.Linear, c linCache, dy []float64, T int, base bool) []float64 {
	dx := make([]float64, T*l.In)
	for t := 0; t < T; t++ {
		dyr := dy[t*l.Out : (t+1)*l.Out]
		xr := c.x[t*l.In : (t+1)*l.In]
		dxr := dx[t*l.In : (t+1)*l.In]
		for j := range dxr {
			w := l.W[j*l.Out : (j+1)*l.Out]
			w = w[:len(dyr)]
			var s float64
			if base {
				gw := g.W[j*l.Out : (j+1)*l.Out]
				gw = gw[:len(dyr)]
				xj := xr[j]
				for i, d := range dyr {
					s += float64(d * w[i])
					gw[i] += float64(xj * d)
				}
			} else {
				for i, d := range dyr {
					s += float64(d * w[i])
				}
			}
			dxr[j] = s
		}
		if base {
			for i, d := range dyr {
				g.B[i] += d
			}
		}
	}
	lr := l.LoRA
	if lr == nil {
		return dx
	}
	r := lr.Rank
	gl := g.LoRA
	dh := make([]float64, r)
	for t := 0; t < T; t++ {
		dyr := dy[t*l.Out : (t+1)*l.Out]
		xr := c.x[t*l.In : (t+1)*l.In]
		hr := c.h[t*r : (t+1)*r]
		for k := range dh {
			dh[k] = 0
		}
		for i, d := range dyr {
			sd := float64(lr.Scaling * d)
			b := lr.B[i*r : (i+1)*r]
			gb := gl.B[i*r : (i+1)*r]
			for k := range b {
				dh[k] += float64(sd * b[k])
				gb[k] += float64(sd * hr[k])
			}
		}
		dxr := dx[t*l.In : (t+1)*l.In]
		for k, dk := range dh {
			a := lr.A[k*l.In : (k+1)*l.In]
			ga := gl.A[k*l.In : (k+1)*l.In]
			for j := range a {
				dxr[j] += float64(dk * a[j])
				ga[j] += float64(dk * xr[j])
			}
		}
	}
	return dx
}

// lnCache holds a LayerNorm's normalised input and inverse deviations.
type lnCache struct {
	xhat []float64
	rstd []float64
}

func lnForward(n gpt2.Norm, x []float64, T, d int, eps float64) ([]float64, lnCache) {
	y := make([]float64, T*d)
	c := lnCache{xhat: make([]float64, T*d), rstd: make([]float64, T)}
	for t := 0; t < T; t++ {
		xr := x[t*d : (t+1)*d]
		var mean float64
		for _, v := range xr {
			mean += v
		}
		mean /= float64(d)
		var va float64
		for _, v := range xr {
			va += float64((v - mean) * (v - mean))
		}
		va /= float64(d)
		rs := 1 / math.Sqrt(va+eps)
		c.rstd[t] = rs
		for i, v := range xr {
			xh := (v - mean) * rs
			c.xhat[t*d+i] = xh
			y[t*d+i] = float64(xh*n.G[i]) + n.B[i]
		}
	}
	return y, c
}

func lnBackward(n, g gpt2.Norm, c lnCache, dy []float64, T, d int, base bool) []float64 {
	dx := make([]float64, T*d)
	dxh := make([]float64, d)
	for t := 0; t < T; t++ {
		var m1, m2 float64
		for i := 0; i < d; i++ {
			dyi := dy[t*d+i]
			xh := c.xhat[t*d+i]
			if base {
				g.G[i] += float64(dyi * xh)
				g.B[i] += dyi
			}
			dxh[i] = float64(dyi * n.G[i])
			m1 += dxh[i]
			m2 += float64(dxh[i] * xh)
		}
		m1 /= float64(d)
		m2 /= float64(d)
		for i := 0; i < d; i++ {
			dx[t*d+i] = float64(c.rstd[t] * (dxh[i] - m1 - float64(c.xhat[t*d+i]*m2)))
		}
	}
	return dx
}

var geluC = math.Sqrt(2 / math.Pi)

// geluGrad returns d gelu_new / dx.
func geluGrad(x float64) float64 {
	x3 := float64(float64(x*x) * x)
	u := geluC * (x + float64(0.044715*x3))
	th := math.Tanh(u)
	du := geluC * (1 + float64(3*0.044715*float64(x*x)))
	return 0.5*(1+th) + float64(float64(0.5*x)*float64((1-float64(th*th))*du))
}

// blockCache holds one block's forward values for one sequence.
type blockCache struct {
	ln1        lnCache
	attn, proj linCache
	qkv        []float64 // [T][3d]
	probs      []float64 // [H][T][T]
	ln2        lnCache
	fc, fcProj linCache
	hpre       []float64 // [T][inner]
}

// forwardBlock runs block b on x ([T][d]) in place and returns its cache.
func forwardBlock(b *gpt2.Block, x []float64, T int, c *gpt2.Config) blockCache {
	d, H := c.NEmbd, c.NHead
	hd := d / H
	var bc blockCache
	var a []float64
	a, bc.ln1 = lnForward(b.Ln1, x, T, d, c.Epsilon)
	bc.qkv, bc.attn = linForward(&b.Attn, a, T)
	o := make([]float64, T*d)
	bc.probs = make([]float64, H*T*T)
	scale := 1 / math.Sqrt(float64(hd))
	for h := 0; h < H; h++ {
		off := h * hd
		for p := 0; p < T; p++ {
			q := bc.qkv[p*3*d+off : p*3*d+off+hd]
			w := bc.probs[(h*T+p)*T : (h*T+p+1)*T]
			mx := math.Inf(-1)
			for s := 0; s <= p; s++ {
				k := bc.qkv[s*3*d+d+off : s*3*d+d+off+hd]
				var dot float64
				for i := range q {
					dot += float64(q[i] * k[i])
				}
				w[s] = float64(dot * scale)
				mx = math.Max(mx, w[s])
			}
			var z float64
			for s := 0; s <= p; s++ {
				w[s] = math.Exp(w[s] - mx)
				z += w[s]
			}
			or := o[p*d+off : p*d+off+hd]
			for s := 0; s <= p; s++ {
				w[s] /= z
				v := bc.qkv[s*3*d+2*d+off : s*3*d+2*d+off+hd]
				for i := range or {
					or[i] += float64(w[s] * v[i])
				}
			}
		}
	}
	y, pc := linForward(&b.AttnProj, o, T)
	bc.proj = pc
	for i := range x {
		x[i] += y[i]
	}
	a, bc.ln2 = lnForward(b.Ln2, x, T, d, c.Epsilon)
	bc.hpre, bc.fc = linForward(&b.Fc, a, T)
	act := make([]float64, len(bc.hpre))
	for i, v := range bc.hpre {
		act[i] = gpt2.GELUNew(v)
	}
	y, bc.fcProj = linForward(&b.FcProj, act, T)
	for i := range x {
		x[i] += y[i]
	}
	return bc
}

// backwardBlock turns dx (gradient at the block's output, [T][d]) into the
// gradient at its input, in place, accumulating weight gradients into g.
func backwardBlock(b, g *gpt2.Block, bc *blockCache, dx []float64, T int, c *gpt2.Config, base bool) {
	d, H := c.NEmbd, c.NHead
	hd := d / H
	dact := linBackward(&b.FcProj, &g.FcProj, bc.fcProj, dx, T, base)
	for i, v := range bc.hpre {
		dact[i] = float64(dact[i] * geluGrad(v))
	}
	da := linBackward(&b.Fc, &g.Fc, bc.fc, dact, T, base)
	dn := lnBackward(b.Ln2, g.Ln2, bc.ln2, da, T, d, base)
	for i := range dx {
		dx[i] += dn[i]
	}
	do := linBackward(&b.AttnProj, &g.AttnProj, bc.proj, dx, T, base)
	dqkv := make([]float64, T*3*d)
	scale := 1 / math.Sqrt(float64(hd))
	dw := make([]float64, T)
	for h := 0; h < H; h++ {
		off := h * hd
		for p := 0; p < T; p++ {
			w := bc.probs[(h*T+p)*T : (h*T+p+1)*T]
			dor := do[p*d+off : p*d+off+hd]
			var sum float64
			for s := 0; s <= p; s++ {
				v := bc.qkv[s*3*d+2*d+off : s*3*d+2*d+off+hd]
				dv := dqkv[s*3*d+2*d+off : s*3*d+2*d+off+hd]
				var dot float64
				for i := range dor {
					dot += float64(dor[i] * v[i])
					dv[i] += float64(w[s] * dor[i])
				}
				dw[s] = dot
				sum += float64(w[s] * dot)
			}
			q := bc.qkv[p*3*d+off : p*3*d+off+hd]
			dq := dqkv[p*3*d+off : p*3*d+off+hd]
			for s := 0; s <= p; s++ {
				ds := float64(float64(w[s]*(dw[s]-sum)) * scale)
				k := bc.qkv[s*3*d+d+off : s*3*d+d+off+hd]
				dk := dqkv[s*3*d+d+off : s*3*d+d+off+hd]
				for i := range q {
					dq[i] += float64(ds * k[i])
					dk[i] += float64(ds * q[i])
				}
			}
		}
	}
	da = linBackward(&b.Attn, &g.Attn, bc.attn, dqkv, T, base)
	dn = lnBackward(b.Ln1, g.Ln1, bc.ln1, da, T, d, base)
	for i := range dx {
		dx[i] += dn[i]
	}
}

// Gradients returns the mean cross-entropy (nats) of predicting seq[1:]
// from seq[:len−1] and adds its gradient into g (a model of m's shape,
// with LoRA matrices where m has them): every base weight when base is
// set, and every LoRA matrix m carries.
func Gradients(m, g *gpt2.Model, seq []int, base bool) float64 {
	c := &m.Config
	T, d, V := len(seq)-1, c.NEmbd, c.VocabSize
	x := make([]float64, T*d)
	for p := 0; p < T; p++ {
		tok := seq[p]
		for i := 0; i < d; i++ {
			x[p*d+i] = m.Wte[tok*d+i] + m.Wpe[p*d+i]
		}
	}
	caches := make([]blockCache, len(m.Blocks))
	for li := range m.Blocks {
		caches[li] = forwardBlock(&m.Blocks[li], x, T, c)
	}
	af, lnf := lnForward(m.LnF, x, T, d, c.Epsilon)
	var loss float64
	inv := 1 / float64(T)
	dlog := make([]float64, V)
	daf := make([]float64, T*d)
	for p := 0; p < T; p++ {
		a := af[p*d : (p+1)*d]
		mx := math.Inf(-1)
		for v := 0; v < V; v++ {
			e := m.Wte[v*d : (v+1)*d]
			var s float64
			for i, ai := range a {
				s += float64(e[i] * ai)
			}
			dlog[v] = s
			mx = math.Max(mx, s)
		}
		var z float64
		for v := range dlog {
			dlog[v] = math.Exp(dlog[v] - mx)
			z += dlog[v]
		}
		target := seq[p+1]
		loss += -math.Log(dlog[target] / z)
		dar := daf[p*d : (p+1)*d]
		for v := range dlog {
			gv := dlog[v] / z
			if v == target {
				gv--
			}
			gv *= inv
			e := m.Wte[v*d : (v+1)*d]
			ge := g.Wte[v*d : (v+1)*d]
			for i := range dar {
				dar[i] += float64(gv * e[i])
				if base {
					ge[i] += float64(gv * a[i])
				}
			}
		}
	}
	dx := lnBackward(m.LnF, g.LnF, lnf, daf, T, d, base)
	for li := len(m.Blocks) - 1; li >= 0; li-- {
		backwardBlock(&m.Blocks[li], &g.Blocks[li], &caches[li], dx, T, c, base)
	}
	if base {
		for p := 0; p < T; p++ {
			tok := seq[p]
			for i := 0; i < d; i++ {
				g.Wte[tok*d+i] += dx[p*d+i]
				g.Wpe[p*d+i] += dx[p*d+i]
			}
		}
	}
	return loss * inv
}
