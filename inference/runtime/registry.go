package runtime

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"sort"

	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/quant"
)

// registered is what the registry remembers of an adapter whether or not
// it is cached.
type registered struct {
	dir   string
	sum   [32]byte // fingerprint of the quantized adapter, to detect changed files on reload
	shape []int
	size  int64
}

// loaded is a cached adapter: the quantized form and, when the engine has a
// float model, the float LoRA of each adapted layer keyed by layer name.
type loaded struct {
	q     *quant.Adapter
	float map[string]*model.LoRA
	size  int64
}

// AdapterInfo describes a registered adapter.
type AdapterInfo struct {
	Name   string
	Dir    string
	Shape  []int // rank per model layer
	Bytes  int64 // cache footprint
	Cached bool
}

// Load reads the PEFT adapter in dir, quantizes it for the engine's model and
// registers it as name. The name must be new and non-empty ("" is the base
// model).
func (e *Engine) Load(ctx context.Context, name, dir string) error {
	if name == "" {
		return fmt.Errorf("%w: empty adapter name", ErrBadInput)
	}
	e.mu.Lock()
	_, dup := e.reg[name]
	e.mu.Unlock()
	if dup {
		return fmt.Errorf("%w: adapter %q is already loaded", ErrBadInput, name)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	ld, err := e.read(name, dir)
	if err != nil {
		return err
	}
	if !e.cache.fits(ld.size) {
		return fmt.Errorf("%w: %w: adapter %q from %s needs %d bytes, budget is %d", ErrBadInput, ErrTooLarge, name, dir, ld.size, e.cache.budget)
	}
	r := &registered{dir: dir, sum: fingerprint(ld.q), shape: ld.q.Shape(len(e.qm.Layers)), size: ld.size}
	e.mu.Lock()
	defer e.mu.Unlock()
	if _, dup := e.reg[name]; dup {
		return fmt.Errorf("%w: adapter %q is already loaded", ErrBadInput, name)
	}
	e.reg[name] = r
	e.cache.put(cacheKey{name: name}, ld, ld.size)
	return nil
}

// Unload forgets an adapter and drops its cached state.
func (e *Engine) Unload(name string) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if _, ok := e.reg[name]; !ok {
		return fmt.Errorf("%w: %q", ErrNotFound, name)
	}
	delete(e.reg, name)
	e.cache.remove(cacheKey{name: name})
	e.cache.remove(cacheKey{name: name, merged: true})
	return nil
}

// List returns the registered adapters sorted by name.
func (e *Engine) List() []AdapterInfo {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make([]AdapterInfo, 0, len(e.reg))
	for name, r := range e.reg {
		out = append(out, AdapterInfo{
			Name: name, Dir: r.dir, Shape: append([]int(nil), r.shape...), Bytes: r.size,
			Cached: e.cache.has(cacheKey{name: name}),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// CacheStats reports the cache's occupancy and counters.
func (e *Engine) CacheStats() CacheStats {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.cache.snapshot()
}

// Adapter returns the quantized adapter registered as name (read only),
// re-reading it from its directory if it was evicted.
func (e *Engine) Adapter(ctx context.Context, name string) (*quant.Adapter, error) {
	ld, err := e.adapter(ctx, name)
	if err != nil {
		return nil, err
	}
	return ld.q, nil
}

// adapter returns a registered adapter from the cache or its directory.
func (e *Engine) adapter(ctx context.Context, name string) (*loaded, error) {
	e.mu.Lock()
	r, ok := e.reg[name]
	if !ok {
		e.mu.Unlock()
		return nil, fmt.Errorf("%w: %q", ErrNotFound, name)
	}
	if v, ok := e.cache.get(cacheKey{name: name}); ok {
		e.mu.Unlock()
		return v.(*loaded), nil
	}
	e.mu.Unlock()
	// Read outside the lock: other requests keep running meanwhile.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	ld, err := e.read(name, r.dir)
	if err != nil {
		return nil, err
	}
	if fingerprint(ld.q) != r.sum {
		return nil, fmt.Errorf("%w: adapter %q in %s", ErrChanged, name, r.dir)
	}
	e.mu.Lock()
	if e.reg[name] == r { // not unloaded or replaced meanwhile
		e.cache.put(cacheKey{name: name}, ld, ld.size)
	}
	e.mu.Unlock()
	return ld, nil
}

// read loads and quantizes an adapter directory.
func (e *Engine) read(name, dir string) (*loaded, error) {
	pa, err := e.readPEFT(dir)
	if err != nil {
		return nil, wrap(err, "adapter %q", name)
	}
	q, err := quant.FromPEFT(e.qm, pa, name)
	if err != nil {
		return nil, wrap(err, "adapter %q from %s", name, dir)
	}
	ld := &loaded{q: q}
	for _, l := range q.Layers {
		ld.size += int64(len(l.A) + len(l.B))
	}
	if e.fm != nil {
		ld.float = make(map[string]*model.LoRA, len(pa.Modules))
		for _, m := range pa.Modules {
			ld.float[m.Name] = &model.LoRA{Module: m.Name, Rank: m.Rank, Scaling: m.Scaling, A: m.A, B: m.B}
			ld.size += 4 * int64(len(m.A)+len(m.B))
		}
	}
	return ld, nil
}

// merged returns the base model with the adapter merged into its weights.
func (e *Engine) merged(name string, ld *loaded) *quant.Model {
	k := cacheKey{name: name, merged: true}
	e.mu.Lock()
	v, ok := e.cache.get(k)
	e.mu.Unlock()
	if ok {
		return v.(*quant.Model)
	}
	m, size := mergeModel(e.qm, ld.q)
	e.mu.Lock()
	if _, ok := e.reg[name]; ok {
		e.cache.put(k, m, size)
	}
	e.mu.Unlock()
	return m
}

// mergeModel returns a copy of m whose adapted layers carry W' = W0 + s·B·A
// (quant.MergeLayer) and the bytes of the new weights.
func mergeModel(m *quant.Model, a *quant.Adapter) (*quant.Model, int64) {
	mm := *m
	mm.Layers = append([]quant.Layer(nil), m.Layers...)
	var size int64
	for i := range a.Layers {
		al := &a.Layers[i]
		mm.Layers[al.Layer].W = quant.MergeLayer(&m.Layers[al.Layer], al)
		size += int64(len(mm.Layers[al.Layer].W))
	}
	return &mm, size
}

// fingerprint hashes every integer of a quantized adapter.
func fingerprint(a *quant.Adapter) [32]byte {
	h := sha256.New()
	var buf [8]byte
	put := func(v int64) {
		binary.LittleEndian.PutUint64(buf[:], uint64(v))
		h.Write(buf[:])
	}
	put(int64(len(a.Layers)))
	for _, l := range a.Layers {
		put(int64(l.Layer))
		put(int64(l.Rank))
		put(int64(l.M))
		put(int64(l.AExp))
		put(int64(l.BExp))
		for _, v := range [][]int8{l.A, l.B} {
			put(int64(len(v)))
			b := make([]byte, len(v))
			for i, x := range v {
				b[i] = byte(x)
			}
			h.Write(b)
		}
	}
	var s [32]byte
	copy(s[:], h.Sum(nil))
	return s
}
