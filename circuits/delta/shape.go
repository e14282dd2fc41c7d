// Package delta proves LoRA deltas of large models from engine traces
// (inference/enginetrace): for a committed adapter and for each module and
// token of a trace, the adapter output Δy is the fixed-point recipe's
// requantized s·B(A·x). It does NOT prove anything about the base model: that
// x is what the base model fed the module, or that the engine added Δy to the
// base output. A 7B–70B base cannot be re-executed in a circuit; this proves
// the part the adapter adds.
//
// # Statement
//
// One proof covers a group of modules (global indices into the trace) and a
// run of T tokens (the run's position is not part of the circuit: runs of
// equal length share a key). Public inputs, in order:
//
//   - adapter_commitment: commit.AdapterCommitment of the group's quantized
//     adapter layers (Layer = module index, layer count = the trace's module
//     count) under a private salt: the inference circuit's commitment format,
//     so a one-proof trace of an openproof model commits exactly as circuits/lora.
//   - x_digest: the digest (Digests) of the group's inputs x (int8, [T][in] per module).
//   - delta_digest: the digest (Digests) of the group's Δy (int32, [T][out] per module).
//   - fingerprint_0…2, with the Fingerprinted binding only: ρ, Σ_j x_j·ρ^j
//     and Σ_j Δy_j·ρ^j (Fingerprints).
//
// # Binding the trace: hashed or fingerprinted
//
// Hashed (the default): the circuit computes both digests from its witness
// (Poseidon2 over tightly packed values, which needs every x and Δy byte
// range-checked), so the proof alone says "some trace with these digests".
//
// Fingerprinted: the circuit does not hash. Both digests (computed outside,
// the same values) go into its one Groth16 commitment together with its
// witness x and Δy, and its challenge ρ, drawn from that commitment, is a
// public input, as are the fingerprints of the witness's x and Δy at ρ.
// The verifier recomputes the digests and the fingerprints at ρ from the
// trace. The trace is fixed by the digests and the witness by the
// commitment before ρ exists, so a witness other than the trace matches
// both fingerprints with probability at most (number of values)/|F|
// (Schwartz–Zippel) per attempt. Then x is int8 and Δy int32 because the
// trace's are, so neither needs range checks, and no value is hashed: a
// 4096→4096 r16 token costs 37k constraints instead of 108k (pinned). The
// price: only a verifier holding the trace learns anything (verify-delta
// always has it), and the prover must know ρ before proving, which it reads
// off one solve of the circuit (Bind; prover.Solve computes the commitment
// as the proof will, under the same mask, prover.FixedMask).
//
// For every module (A, B int8, 0 ≤ M < 2^32, shift k) and token x:
//
//	δ  = B·(A·x)                                  exact integers
//	Δy = floor((δ·M + 2^(k+31)) / 2^(k+32))        int32, no saturation
//
// which is quant.Layer.Requantize(0, δ, M, true): see inference/enginetrace.
//
// # Constraints
//
// Per output value, the circuit decomposes V = 2^e·(δ·M + 2^(S−1) + 2^(31+S)),
// S = k+32, e = (8 − S mod 8) mod 8, into (S+e)/8 + 4 range-checked bytes:
// the top four are Δy + 2^31 and the low ones 2^e·rem, so a byte
// decomposition proves both ranges at once and Δy needs no witness of its own.
// Fingerprinted, only the (S+e)/8 low bytes are range-checked and Δy + 2^31
// is one word: with Δy the trace's int32 (the fingerprint), the identity is
// over small integers, so the checked bytes of 2^e·rem alone fix the rounding.
// δ·M is computed directly (Direct: r products per output) or checked for all
// T tokens at once with Freivalds' identity
//
//	Σ_t,i u_i·v_t·E_ti = 2^e·M·(u·B)·(A·(X^T·v)),  E_ti = V_ti − 2^e·(2^(S−1) + 2^(31+S))
//
// with u_i = ρ^i and v_t = ρ^(out·t), ρ the challenge of the circuit's one
// Groth16 commitment (std/multicommit, shared with every range check). Both
// sides are integers far below the field size, the left side is a polynomial
// in ρ with the E_ti − 2^e·M·δ_ti as distinct coefficients, so a wrong Δy
// survives with probability at most k·out·T/|F| (Schwartz–Zippel; ρ is the
// k-th power of the commitment's hash, k the callback's place in
// std/multicommit). Every value E depends on (the bytes, x, A, B, M) is
// committed before ρ is drawn: as a range-check query, or, fingerprinted,
// explicitly (x and the Δy words).
//
// Hashed, digests pack tightly (commit.Pack, 248 bits per element): x as 31
// int8 per element, Δy as the 31 bytes of its offset form per element (7.75
// values). They dominate: about 55% of a proof once the adapter is not
// re-hashed (bench/results.md). gnark's GKR Poseidon2 is not used: it is a
// width-2 compression that pays only above ≈ 62k absorbed elements against
// this width-4 sponge, more than any proof under 2^23 constraints absorbs.
// Fingerprinted, each output costs its remainder's bytes (6 queries at
// k = 13), one equality and one Horner step; each input one Horner step.
//
// # Adapter binding: committed or pinned
//
// New builds the committed circuit: A, B and M are private witnesses,
// range-checked and hashed into adapter_commitment in every proof, and one
// proving key per shape serves every adapter. NewPinned builds the pinned
// circuit: the adapter is a circuit constant, so A·x and B·h are free and
// nothing about the adapter is re-proven per proof, but each adapter module
// needs its own key, the setup sees the adapter, and the verifying key binds
// it only as far as the verifier trusts that setup. Both expose the same
// public inputs (three, or six fingerprinted).
//
// # Entry points
//
// LoadAdapter (PEFT directory → quantized adapter for a trace), Plan (a trace
// → proof shapes of at most N constraints), New / NewPinned (circuits),
// Assign / AssignPinned (witnesses), Bind (a fingerprinted assignment's
// challenge and fingerprints), Statement, Digests, Fingerprints and
// PublicWitness (what a verifier recomputes). Proving is
// prover/pipeline.ProveDelta, the bundle prover/bundle.Delta, verifying
// verifier.VerifyDelta.
package delta

import (
	"fmt"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/enginetrace"
	"github.com/openproof/openproof/inference/quant"
)

// ErrBadInput marks shapes, traces and adapters the circuit cannot represent
// or that do not fit each other.
var ErrBadInput = fmt.Errorf("delta circuit: %w", errs.ErrBadInput)

// Module is one module's place and size in a proof.
type Module struct {
	Index         int // module index in the trace (the commitment's layer)
	In, Out, Rank int
	Shift         uint // k
}

// Mode selects how δ·M is proven.
type Mode uint8

// Modes. Auto picks Freivalds for T ≥ 2 (it is never cheaper for one token).
const (
	Auto Mode = iota
	Direct
	Freivalds
)

func (m Mode) String() string {
	switch m {
	case Direct:
		return "direct"
	case Freivalds:
		return "freivalds"
	}
	return "auto"
}

// ParseMode parses Mode.String's text.
func ParseMode(s string) (Mode, error) {
	for _, m := range []Mode{Auto, Direct, Freivalds} {
		if s == m.String() {
			return m, nil
		}
	}
	return 0, fmt.Errorf("mode %q: want auto, direct or freivalds: %w", s, ErrBadInput)
}

// Binding selects how a proof binds the trace's x and Δy.
type Binding uint8

// Bindings (see the package doc).
const (
	// Hashed: the circuit computes x_digest and delta_digest (Poseidon2)
	// from its witness.
	Hashed Binding = iota
	// Fingerprinted: the digests are inputs to the circuit's commitment,
	// and the circuit exposes its challenge ρ and the fingerprints Σ x_j·ρ^j
	// and Σ Δy_j·ρ^j, which a verifier recomputes from the trace.
	Fingerprinted
)

func (b Binding) String() string {
	if b == Fingerprinted {
		return "fingerprint"
	}
	return "hash"
}

// ParseBinding parses Binding.String's text.
func ParseBinding(s string) (Binding, error) {
	switch s {
	case Hashed.String():
		return Hashed, nil
	case Fingerprinted.String():
		return Fingerprinted, nil
	}
	return 0, fmt.Errorf("binding %q: want hash or fingerprint: %w", s, ErrBadInput)
}

// Shape fixes a circuit (and so a proving key): the module group, the token
// run, the mode and the binding.
type Shape struct {
	NModules int // modules in the whole trace
	First    int // first token of the run
	Tokens   int // T
	Group    []Module
	Mode     Mode
	Binding  Binding
}

// Limits on shapes (Tokens·Out·bytes must stay far below the 2^23
// constraints one proof can hold; these only stop absurd input early).
const (
	MaxTokens = 1 << 16
	MaxDim    = 1 << 17
	MaxRank   = 1 << 10
)

func (s *Shape) mode() Mode {
	if s.Mode != Auto {
		return s.Mode
	}
	if s.Tokens >= 2 {
		return Freivalds
	}
	return Direct
}

// Validate checks the shape.
func (s *Shape) Validate() error {
	switch {
	case s.Tokens < 1 || s.Tokens > MaxTokens:
		return fmt.Errorf("%w: %d tokens, want 1…%d", ErrBadInput, s.Tokens, MaxTokens)
	case s.First < 0:
		return fmt.Errorf("%w: first token %d", ErrBadInput, s.First)
	case len(s.Group) == 0 || s.NModules < len(s.Group):
		return fmt.Errorf("%w: group of %d modules out of %d", ErrBadInput, len(s.Group), s.NModules)
	case s.Mode > Freivalds:
		return fmt.Errorf("%w: mode %d", ErrBadInput, s.Mode)
	case s.Binding > Fingerprinted:
		return fmt.Errorf("%w: binding %d", ErrBadInput, s.Binding)
	}
	for i, m := range s.Group {
		switch {
		case m.Index < 0 || m.Index >= s.NModules || (i > 0 && m.Index <= s.Group[i-1].Index):
			return fmt.Errorf("%w: group[%d]: module index %d (indices must increase, below %d)", ErrBadInput, i, m.Index, s.NModules)
		case m.In < 1 || m.In > MaxDim || m.Out < 1 || m.Out > MaxDim || m.Rank < 1 || m.Rank > MaxRank:
			return fmt.Errorf("%w: group[%d]: %d→%d rank %d", ErrBadInput, i, m.In, m.Out, m.Rank)
		case m.Shift < 1 || m.Shift > quant.MaxShift:
			return fmt.Errorf("%w: group[%d]: shift %d outside [1, %d]", ErrBadInput, i, m.Shift, quant.MaxShift)
		}
		l := quant.Layer{In: m.In, Out: m.Out, Shift: m.Shift}
		if _, err := l.LayerBounds(m.Rank); err != nil {
			return fmt.Errorf("%w: group[%d]: %w", ErrBadInput, i, err)
		}
	}
	return nil
}

// ranks returns the commitment shape: the rank of each trace module, 0
// outside the group.
func (s *Shape) ranks() []int {
	r := make([]int, s.NModules)
	for _, m := range s.Group {
		r[m.Index] = m.Rank
	}
	return r
}

// fracBits returns S = k+32 and the byte-alignment shift e.
func (m Module) fracBits() (s, e uint) {
	s = m.Shift + quant.AdapterShift
	return s, (8 - s%8) % 8
}

// nBytes is the number of bytes each output decomposes into.
func (m Module) nBytes() int {
	return m.remBytes() + 4
}

// remBytes is the number of bytes of 2^e·rem.
func (m Module) remBytes() int {
	s, e := m.fracBits()
	return int(s+e) / 8
}

// ShapeOf returns the shape proving tokens [first, first+tokens) of the
// trace modules listed in group (indices into tr.Modules, increasing), with
// the Hashed binding (set Binding for the other).
func ShapeOf(tr *enginetrace.Trace, group []int, first, tokens int, mode Mode) (Shape, error) {
	s := Shape{NModules: len(tr.Modules), First: first, Tokens: tokens, Mode: mode}
	if first < 0 || tokens < 1 || tokens > tr.Tokens || first > tr.Tokens-tokens { // no first+tokens: it can overflow
		return s, fmt.Errorf("%w: tokens [%d, %d) outside the trace's %d", ErrBadInput, first, first+tokens, tr.Tokens)
	}
	for _, i := range group {
		if i < 0 || i >= len(tr.Modules) {
			return s, fmt.Errorf("%w: module %d outside the trace's %d", ErrBadInput, i, len(tr.Modules))
		}
		m := &tr.Modules[i]
		if m.Shift() < 1 {
			return s, fmt.Errorf("%w: module %q: shift %d", ErrBadInput, m.Name, m.Shift())
		}
		s.Group = append(s.Group, Module{Index: i, In: m.In, Out: m.Out, Rank: m.Rank, Shift: uint(m.Shift())})
	}
	return s, s.Validate()
}

// Estimate returns the approximate constraint count of a shape (within 10%
// of the compiled count; Plan uses it to size proofs without compiling).
func (s *Shape) Estimate() int {
	const perPerm = 265 // one Poseidon2 width-4 permutation (3 absorbed elements)
	perms := func(elems int) int { return (elems + 2) / 3 * perPerm }
	n := 2 * 256 // byte table
	adapterElems, xElems, yElems := 3, 4, 4
	for _, m := range s.Group {
		T := s.Tokens
		adapterElems += 3 + (m.Rank*m.In+30)/31 + (m.Rank*m.Out+30)/31
		n += m.Rank*(m.In+m.Out) + 5 // int8 range checks of A, B; M's bytes
		if s.Binding == Fingerprinted {
			// No x checks or digests: a Horner step per value, and only
			// the remainder's bytes are queried.
			n += T*m.In + T*m.Out*(m.remBytes()+2)
		} else {
			xElems += 2 + (T*m.In+30)/31
			yElems += 2 + (4*T*m.Out+30)/31
			n += T * m.In                     // x range checks
			n += T * m.Out * (m.nBytes() + 1) // byte queries, and an equality or E·v
		}
		if s.mode() == Direct {
			n += T * (m.Rank*m.In + m.Rank + m.Out*m.Rank)
		} else {
			n += (T-1)*(m.In+m.Out) + m.Rank*(m.In+m.Out+1) + 2*m.Out + T
		}
	}
	if s.Binding == Fingerprinted {
		return n + perms(adapterElems) + 8
	}
	return n + perms(adapterElems) + perms(xElems) + perms(yElems)
}
