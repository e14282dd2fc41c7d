package node

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/consensys/gnark/constraint"

	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
)

// Prover proves one job: the bundle, the circuit's name and the backend's
// proving time. phase, if set, hears each pipeline phase begin.
type Prover interface {
	Prove(ctx context.Context, m *Model, j *Job, phase func(string)) (*bundle.Bundle, string, time.Duration, error)
}

// PipelineProver proves through pipeline.ProveInference, as `openproof
// prove` does, with keys loaded once per circuit.
type PipelineProver struct {
	Backend prover.Backend
	Keys    keystore.Provider
}

// NewPipelineProver returns a prover over backend whose keys come from
// keys, each circuit's keys loaded once and then held.
func NewPipelineProver(backend prover.Backend, keys keystore.Provider) *PipelineProver {
	return &PipelineProver{Backend: backend, Keys: &cachedKeys{p: keys, m: map[string]*keysOnce{}}}
}

func (p *PipelineProver) Prove(ctx context.Context, m *Model, j *Job, phase func(string)) (*bundle.Bundle, string, time.Duration, error) {
	cc, err := m.Circuit(ctx, j.Attribution)
	if err != nil {
		return nil, "", 0, err
	}
	req := pipeline.InferenceRequest{
		Model: m.Stack.Model, ModelName: m.Stack.ModelName, Adapter: m.Stack.Adapter,
		Input: j.Input, Key: m.Key, Circuit: cc,
	}
	if j.Attribution {
		req.Attribution = m.Attribution
	}
	if phase != nil {
		req.Phase = func(name string) func(error) {
			phase(name)
			return func(error) {}
		}
	}
	res, err := pipeline.ProveInference(ctx, p.Backend, p.Keys, req)
	if err != nil {
		return nil, cc.Name, 0, err
	}
	return res.Bundle, cc.Name, res.Proof.ProveTime, nil
}

// cachedKeys hands out each circuit's keys from the underlying provider
// once, then from memory (a proving key is read and checked once per
// circuit, not once per job).
type cachedKeys struct {
	p  keystore.Provider
	mu sync.Mutex
	m  map[string]*keysOnce
}

type keysOnce struct {
	once sync.Once
	k    *keystore.Keys
	err  error
}

func (c *cachedKeys) Keys(ctx context.Context, name string, ccs constraint.ConstraintSystem) (*keystore.Keys, error) {
	// The node compiles each circuit once (Model.Circuit), so its name
	// names one constraint system; the provider checks the digest.
	digest := name
	c.mu.Lock()
	e := c.m[digest]
	if e == nil {
		e = &keysOnce{}
		c.m[digest] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.k, e.err = c.p.Keys(ctx, name, ccs) })
	if e.err != nil {
		c.mu.Lock()
		delete(c.m, digest) // a failed load is retried by the next job
		c.mu.Unlock()
		return nil, fmt.Errorf("keys of %s: %w", name, e.err)
	}
	return e.k, nil
}
