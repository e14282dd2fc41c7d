package node

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/runtime"
	"github.com/openproof/openproof/prover/pipeline"
)

// Model is one (base model, adapter) pair the node proves for: the adapter
// with the key (salt, owner) of its registered commitment, and, when the node has its
// attribution artifacts, the attributed circuit as well.
type Model struct {
	Stack       *runtime.Stack
	Key         commit.AdapterKey     // salt and owner of the adapter commitment
	Attribution *pipeline.Attribution // nil: plain proofs only

	ModelDigest       fr.Element
	AdapterCommitment fr.Element

	mu       sync.Mutex
	compiled map[bool]*compiledOnce
}

type compiledOnce struct {
	once sync.Once
	cc   *pipeline.Compiled
	err  error
}

// NewModel returns the served model of stack s with its adapter committed
// under salt; att may be nil.
func NewModel(s *runtime.Stack, key commit.AdapterKey, att *pipeline.Attribution) (*Model, error) {
	if s == nil || s.Model == nil {
		return nil, errs.BadInput("node: no model")
	}
	m := &Model{Stack: s, Key: key, Attribution: att, ModelDigest: commit.ModelDigest(s.Model), compiled: map[bool]*compiledOnce{}}
	if s.Adapter != nil {
		c, err := commit.AdapterCommitment(s.Adapter, s.Shape(), key)
		if err != nil {
			return nil, fmt.Errorf("node: adapter %s: %w", s.AdapterName, err)
		}
		m.AdapterCommitment = c
	} else {
		m.AdapterCommitment = commit.BaseCommitment(len(s.Model.Layers))
	}
	return m, nil
}

// Name and AdapterName are the names the API uses.
func (m *Model) Name() string        { return m.Stack.ModelName }
func (m *Model) AdapterName() string { return adapterName(m.Stack) }

func adapterName(s *runtime.Stack) string {
	if s.Adapter == nil {
		return "none"
	}
	return s.AdapterName
}

// InputLen is the number of input values one inference takes.
func (m *Model) InputLen() int { return m.Stack.Model.Layers[0].In }

// Quantize turns a float input into the int8 input the circuit proves.
func (m *Model) Quantize(x []float32) []int8 { return quant.QuantizeInput(x, m.Stack.Model.InputExp) }

// Circuit compiles (once per node and kind) the model's circuit.
func (m *Model) Circuit(ctx context.Context, attributed bool) (*pipeline.Compiled, error) {
	m.mu.Lock()
	c := m.compiled[attributed]
	if c == nil {
		c = &compiledOnce{}
		m.compiled[attributed] = c
	}
	m.mu.Unlock()
	c.once.Do(func() {
		var att *pipeline.Attribution
		if attributed {
			att = m.Attribution
		}
		c.cc, c.err = pipeline.CompileInference(ctx, m.Stack.Model, m.Stack.Adapter, att)
	})
	return c.cc, c.err
}

// StatementID is the id of a job no on-chain request names: "s" and the
// Keccak-256 of the model digest, the adapter commitment, the input digest
// and the attribution flag, so that submitting one statement twice finds
// the first job.
func StatementID(m *Model, inputDigest fr.Element, attribution bool) string {
	var buf [97]byte
	md, ac := m.ModelDigest.Bytes(), m.AdapterCommitment.Bytes()
	in := inputDigest.Bytes()
	copy(buf[0:32], md[:])
	copy(buf[32:64], ac[:])
	copy(buf[64:96], in[:])
	if attribution {
		buf[96] = 1
	}
	return fmt.Sprintf("s%x", crypto.Keccak256(buf[:]))
}

// Digests returns the statement's three digests as integers (as a request
// on chain names them).
func (m *Model) Digests(inputDigest fr.Element) (model, adapter, input *big.Int) {
	return m.ModelDigest.BigInt(new(big.Int)), m.AdapterCommitment.BigInt(new(big.Int)), inputDigest.BigInt(new(big.Int))
}

// Models is the set of served models, keyed by (model name, adapter name).
type Models struct {
	list []*Model
}

// NewModels indexes ms; names must be distinct.
func NewModels(ms ...*Model) (*Models, error) {
	seen := map[[2]string]bool{}
	for _, m := range ms {
		k := [2]string{m.Name(), m.AdapterName()}
		if seen[k] {
			return nil, errs.BadInput("node: model %s with adapter %s served twice", k[0], k[1])
		}
		seen[k] = true
	}
	return &Models{list: ms}, nil
}

// Lookup finds the model by name; an empty adapter matches when the model
// has one served adapter.
func (ms *Models) Lookup(model, adapter string) (*Model, bool) {
	var found *Model
	n := 0
	for _, m := range ms.list {
		if m.Name() == model && (adapter == "" || m.AdapterName() == adapter) {
			found, n = m, n+1
		}
	}
	return found, n == 1
}

// ByDigests finds the model whose digests a chain request names.
func (ms *Models) ByDigests(model, adapter *big.Int) (*Model, bool) {
	for _, m := range ms.list {
		md, ac, _ := m.Digests(fr.Element{})
		if md.Cmp(model) == 0 && ac.Cmp(adapter) == 0 {
			return m, true
		}
	}
	return nil, false
}

// All lists the served models.
func (ms *Models) All() []*Model { return ms.list }

func hexOf(e fr.Element) string { return commit.Hex(e) }
