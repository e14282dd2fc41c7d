package gpt2

import (
	"errors"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/safetensors"
)

func tinyConfig() Config {
	return Config{NLayer: 2, NHead: 2, NEmbd: 8, NPositions: 12, VocabSize: 11, Epsilon: DefaultEpsilon, Activation: ActGELUNew}
}

// randomModel fills every weight with N(0, 0.3²) (LayerNorm gains around 1).
func randomModel(t testing.TB, c Config, seed uint64) *Model {
	t.Helper()
	m, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	for _, p := range m.params() {
		gain := strings.HasSuffix(p.name, "ln_1.weight") || strings.HasSuffix(p.name, "ln_2.weight") || p.name == "ln_f.weight"
		for i := range p.dst {
			p.dst[i] = rng.NormFloat64() * 0.3
			if gain {
				p.dst[i] += 1
			}
		}
	}
	m.RoundToFloat32()
	return m
}

func maxDiff(a, b [][]float64) float64 {
	var d float64
	for i := range a {
		for j := range a[i] {
			d = math.Max(d, math.Abs(a[i][j]-b[i][j]))
		}
	}
	return d
}

func sessionLogits(t *testing.T, m *Model, toks []int) [][]float64 {
	t.Helper()
	s := m.NewSession()
	var out [][]float64
	for _, tok := range toks {
		l, err := s.Step(tok)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, l)
	}
	return out
}

// TestCachedEqualsUncached: the KV-cached session gives the logits of the
// full-sequence forward at every position, with and without an adapter.
func TestCachedEqualsUncached(t *testing.T) {
	m := randomModel(t, tinyConfig(), 1)
	ad, err := m.WithAdapter(randomAdapter(t, m, true, 2))
	if err != nil {
		t.Fatal(err)
	}
	toks := []int{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8}
	for name, mm := range map[string]*Model{"base": m, "adapted": ad} {
		full, err := mm.Forward(toks)
		if err != nil {
			t.Fatal(err)
		}
		cached := sessionLogits(t, mm, toks)
		if d := maxDiff(full, cached); d > 1e-12 {
			t.Errorf("%s: cached and uncached logits differ by %g", name, d)
		}
		// A prefix's logits do not depend on later tokens (causality).
		pre, _ := mm.Forward(toks[:5])
		if d := maxDiff(pre, full[:5]); d > 1e-12 {
			t.Errorf("%s: prefix logits differ by %g: attention is not causal", name, d)
		}
	}
	// The cache refuses a 13th token and out-of-vocabulary tokens.
	s := m.NewSession()
	for range 12 {
		if _, err := s.Step(0); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Step(0); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("13th token: %v", err)
	}
	if _, err := m.NewSession().Step(11); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("token 11 of 11: %v", err)
	}
}

// TestReferenceByHand checks one position against a direct transcription of
// HF's GPT-2 for a one-block, one-token model: attention over a single
// position returns v, so the block is x + c_proj(v) + mlp(...).
func TestReferenceByHand(t *testing.T) {
	c := tinyConfig()
	c.NLayer = 1
	m := randomModel(t, c, 7)
	tok := 4
	d := c.NEmbd
	x := make([]float64, d)
	for i := range x {
		x[i] = m.Wte[tok*d+i] + m.Wpe[i]
	}
	b := &m.Blocks[0]
	ln := func(v []float64, n Norm) []float64 {
		var mu, va float64
		for _, e := range v {
			mu += e / float64(d)
		}
		for _, e := range v {
			va += (e - mu) * (e - mu) / float64(d)
		}
		o := make([]float64, d)
		for i, e := range v {
			o[i] = (e-mu)/math.Sqrt(va+1e-5)*n.G[i] + n.B[i]
		}
		return o
	}
	conv := func(v []float64, l Linear) []float64 {
		o := make([]float64, l.Out)
		for i := range o {
			o[i] = l.B[i]
			for j := range v {
				o[i] += v[j] * l.W[j*l.Out+i]
			}
		}
		return o
	}
	qkv := conv(ln(x, b.Ln1), b.Attn)
	attn := conv(qkv[2*d:], b.AttnProj)
	for i := range x {
		x[i] += attn[i]
	}
	h := conv(ln(x, b.Ln2), b.Fc)
	for i, v := range h {
		h[i] = 0.5 * v * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(v+0.044715*math.Pow(v, 3))))
	}
	mlp := conv(h, b.FcProj)
	for i := range x {
		x[i] += mlp[i]
	}
	f := ln(x, m.LnF)
	got, err := m.Forward([]int{tok})
	if err != nil {
		t.Fatal(err)
	}
	for v := 0; v < c.VocabSize; v++ {
		var want float64
		for i := range f {
			want += f[i] * m.Wte[v*d+i]
		}
		if math.Abs(got[0][v]-want) > 1e-9 {
			t.Fatalf("logit %d: %g, by hand %g", v, got[0][v], want)
		}
	}
}

func randomAdapter(t testing.TB, m *Model, prefixed bool, seed uint64) *peft.Adapter {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 2))
	a := &peft.Adapter{Config: peft.Config{PeftType: "LORA", BaseModel: "tiny", R: 2, LoraAlpha: 4,
		TargetModules: []string{"c_attn", "c_proj", "c_fc"}, FanInFanOut: true, Bias: "none", TaskType: "CAUSAL_LM"}}
	for bi := range m.Blocks {
		for _, mod := range Modules() {
			l, _ := m.Blocks[bi].Linear(mod)
			name := "h." + string(rune('0'+bi)) + "." + string(mod)
			if prefixed {
				name = Prefix + name
			}
			pm := &peft.Module{Name: name, In: l.In, Out: l.Out, Rank: 2, Alpha: 4, Scaling: 2, FanInFanOut: true,
				A: make([]float32, 2*l.In), B: make([]float32, l.Out*2)}
			for i := range pm.A {
				pm.A[i] = float32(rng.NormFloat64() * 0.3)
			}
			for i := range pm.B {
				pm.B[i] = float32(rng.NormFloat64() * 0.3)
			}
			a.Modules = append(a.Modules, pm)
		}
	}
	sortByName(a.Modules)
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	return a
}

func sortByName(ms []*peft.Module) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Name < ms[j-1].Name; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// TestAdapterFanInFanOut: a PEFT adapter saved and loaded from disk, applied
// unmerged, gives the logits of the base with each Conv1D weight [in][out]
// replaced by W + scaling·(B·A)ᵀ, the merge PEFT performs for
// fan_in_fan_out = true; the bare and prefixed module names mean the same.
func TestAdapterFanInFanOut(t *testing.T) {
	m := randomModel(t, tinyConfig(), 3)
	toks := []int{1, 2, 3, 4, 5, 6, 7}
	var logits [][][]float64
	for _, prefixed := range []bool{true, false} {
		a := randomAdapter(t, m, prefixed, 4)
		dir := t.TempDir()
		if err := a.Save(dir); err != nil {
			t.Fatal(err)
		}
		loaded, err := peft.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		am, err := m.WithAdapter(loaded)
		if err != nil {
			t.Fatal(err)
		}
		got, err := am.Forward(toks)
		if err != nil {
			t.Fatal(err)
		}
		logits = append(logits, got)

		merged := m.Clone()
		for _, pm := range a.Modules {
			bi, mod, err := ParseModuleName(pm.Name)
			if err != nil {
				t.Fatal(err)
			}
			l, _ := merged.Blocks[bi].Linear(mod)
			for j := 0; j < l.In; j++ {
				for i := 0; i < l.Out; i++ {
					var s float64
					for r := 0; r < pm.Rank; r++ {
						s += float64(pm.B[i*pm.Rank+r]) * float64(pm.A[r*pm.In+j])
					}
					l.W[j*l.Out+i] += pm.Scaling * s
				}
			}
		}
		want, _ := merged.Forward(toks)
		if d := maxDiff(got, want); d > 1e-9 {
			t.Errorf("prefixed=%v: adapter differs from the fan_in_fan_out merge by %g", prefixed, d)
		}
		base, _ := m.Forward(toks)
		if d := maxDiff(got, base); d < 1e-3 {
			t.Errorf("prefixed=%v: the adapter changes nothing (%g)", prefixed, d)
		}
	}
	if d := maxDiff(logits[0], logits[1]); d != 0 {
		t.Errorf("prefixed and bare module names differ by %g", d)
	}
}

func TestAdapterRefused(t *testing.T) {
	m := randomModel(t, tinyConfig(), 5)
	for name, edit := range map[string]func(a *peft.Adapter){
		"block out of range": func(a *peft.Adapter) { a.Modules[0].Name = "transformer.h.7.attn.c_attn" },
		"not a Conv1D":       func(a *peft.Adapter) { a.Modules[0].Name = "transformer.h.0.attn.q_proj" },
		"other model":        func(a *peft.Adapter) { a.Modules[0].Name = "model.layers.0.self_attn.q_proj" },
		"wrong shape":        func(a *peft.Adapter) { a.Modules[0].In++ },
		"extra tensors":      func(a *peft.Adapter) { a.Extra = []string{"score.weight"} },
	} {
		a := randomAdapter(t, m, true, 6)
		edit(a)
		if _, err := m.WithAdapter(a); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestLoaderPrefixes: the same weights load from a bare GPT2Model checkpoint
// and from a GPT2LMHeadModel one (transformer. prefix, lm_head tied);
// a checkpoint of another layout is refused with a message naming the
// expected names and the prefix.
func TestLoaderPrefixes(t *testing.T) {
	c := tinyConfig()
	m := randomModel(t, c, 8)
	dir := t.TempDir()
	if err := m.Save(dir); err != nil {
		t.Fatal(err)
	}
	bare, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := m.Safetensors()
	if err != nil {
		t.Fatal(err)
	}
	rename := func(prefix string, extra ...*safetensors.Tensor) *safetensors.File {
		g := &safetensors.File{}
		for _, n := range f.Names() {
			tn, _ := f.Get(n)
			v, _ := tn.Float32s()
			if err := g.Add(safetensors.NewF32(prefix+n, tn.Shape, v)); err != nil {
				t.Fatal(err)
			}
		}
		for _, e := range extra {
			if err := g.Add(e); err != nil {
				t.Fatal(err)
			}
		}
		return g
	}
	wte, _ := f.Get("wte.weight")
	wv, _ := wte.Float32s()
	pre, err := FromSafetensors(c, rename(Prefix, safetensors.NewF32("lm_head.weight", wte.Shape, wv)))
	if err != nil {
		t.Fatal(err)
	}
	toks := []int{0, 5, 10, 2}
	lb, _ := bare.Forward(toks)
	lp, _ := pre.Forward(toks)
	lm, _ := m.Forward(toks)
	if maxDiff(lb, lm) != 0 || maxDiff(lp, lm) != 0 {
		t.Fatal("loaded models differ from the saved one")
	}

	untied := append([]float32(nil), wv...)
	untied[0]++
	for name, tc := range map[string]struct {
		f    *safetensors.File
		want string
	}{
		"other prefix": {rename("model."), `"transformer."`},
		"mixed":        {rename("", safetensors.NewF32(Prefix+"h.0.ln_1.weight", []int{8}, make([]float32, 8))), `"transformer."`},
		"untied head":  {rename("", safetensors.NewF32("lm_head.weight", wte.Shape, untied)), "tied"},
		"both":         {rename("", safetensors.NewF32(Prefix+"wte.weight", wte.Shape, wv)), "both"},
	} {
		_, err := FromSafetensors(c, tc.f)
		if !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v (want ErrBadInput naming %s)", name, err, tc.want)
		}
	}
	// A missing tensor and a wrong shape are refused.
	c2 := c
	c2.NLayer = 3
	if _, err := FromSafetensors(c2, f); !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing block: %v", err)
	}
	c3 := c
	c3.VocabSize = 12
	if _, err := FromSafetensors(c3, f); !errors.Is(err, errs.ErrBadInput) || !strings.Contains(err.Error(), "shape") {
		t.Errorf("wrong vocab: %v", err)
	}
	_ = filepath.Join
}

func TestParseConfig(t *testing.T) {
	hf := `{"activation_function":"gelu_new","architectures":["GPT2LMHeadModel"],"attn_pdrop":0.1,"bos_token_id":50256,
"embd_pdrop":0.1,"eos_token_id":50256,"initializer_range":0.02,"layer_norm_epsilon":1e-05,"model_type":"gpt2",
"n_ctx":1024,"n_embd":768,"n_head":12,"n_inner":null,"n_layer":12,"n_positions":1024,"resid_pdrop":0.1,
"scale_attn_weights":true,"summary_type":"cls_index","vocab_size":50257}`
	c, err := ParseConfig("gpt2", []byte(hf))
	if err != nil {
		t.Fatal(err)
	}
	if c.NLayer != 12 || c.NEmbd != 768 || c.Inner() != 3072 || c.HeadDim() != 64 || c.Epsilon != 1e-5 {
		t.Fatalf("parsed %+v", c)
	}
	for name, js := range map[string]string{
		"missing n_head": `{"n_layer":1,"n_embd":8,"n_positions":4,"vocab_size":5}`,
		"head split":     `{"n_layer":1,"n_head":3,"n_embd":8,"n_positions":4,"vocab_size":5}`,
		"relu":           `{"n_layer":1,"n_head":2,"n_embd":8,"n_positions":4,"vocab_size":5,"activation_function":"relu"}`,
		"inverse layer":  `{"n_layer":1,"n_head":2,"n_embd":8,"n_positions":4,"vocab_size":5,"scale_attn_by_inverse_layer_idx":true}`,
		"llama":          `{"n_layer":1,"n_head":2,"n_embd":8,"n_positions":4,"vocab_size":5,"model_type":"llama"}`,
		"duplicate":      `{"n_layer":1,"n_layer":2,"n_head":2,"n_embd":8,"n_positions":4,"vocab_size":5}`,
		"null":           `{"n_layer":null,"n_head":2,"n_embd":8,"n_positions":4,"vocab_size":5}`,
	} {
		if _, err := ParseConfig(name, []byte(js)); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
	// Encode round-trips.
	b, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	c2, err := ParseConfig("again", b)
	if err != nil || c2.NLayer != c.NLayer || c2.Inner() != c.Inner() {
		t.Fatalf("round trip: %v %+v", err, c2)
	}
}
