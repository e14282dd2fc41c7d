package keystore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover"
)

// ErrKeyMismatch marks a stored verifying key that is not the one a proof
// names (another circuit, another hash): the proof does not verify against
// this store. It wraps errs.ErrNotVerified.
var ErrKeyMismatch = fmt.Errorf("verifying key mismatch: %w", errs.ErrNotVerified)

// Keys are one circuit's proving and verifying keys, as every prove path
// (inference, delta, merge) uses them.
type Keys struct {
	Name     string // the circuit's name (lora.Name, delta.Shape.Name, …)
	Digest   string // prover.CircuitDigest of the constraint system
	PK       groth16.ProvingKey
	VK       groth16.VerifyingKey
	Manifest *Manifest
	// Made is true when this call ran the development setup; SetupTime is
	// how long it took (zero otherwise).
	Made      bool
	SetupTime time.Duration
}

// Provider returns the keys of a compiled circuit. Prove entry points take
// one, so they need not know where keys come from.
type Provider interface {
	Keys(ctx context.Context, name string, ccs constraint.ConstraintSystem) (*Keys, error)
}

// VerifyingKeys looks up the verifying key a proof names, by circuit digest,
// and checks that it is the named circuit's key with the stated vk hash. The
// verifier's functions take one; *Store implements it.
type VerifyingKeys interface {
	VerifyingKeyFor(digest, name, vkHash string) (groth16.VerifyingKey, *Manifest, error)
}

// GetOrSetup returns the stored keys of ccs; when there are none it runs the
// development setup (only with allowSetup) and stores its keys. Without keys
// and without allowSetup the error wraps ErrNotFound and errs.ErrBadInput.
func (s *Store) GetOrSetup(ctx context.Context, name string, ccs constraint.ConstraintSystem, allowSetup bool) (*Keys, error) {
	digest, err := prover.CircuitDigest(ccs)
	if err != nil {
		return nil, err
	}
	k := &Keys{Name: name, Digest: digest}
	k.PK, k.VK, k.Manifest, err = s.Get(digest)
	if err == nil {
		return k, nil
	}
	if !IsNotFound(err) {
		return nil, err
	}
	if !allowSetup {
		return nil, fmt.Errorf("no keys for circuit %s (digest %s) in %s: pass --setup for development keys (or run `openproof setup`), or run a ceremony: %w: %w",
			name, digest[:16], s.root, ErrNotFound, errs.ErrBadInput)
	}
	start := time.Now()
	pk, vk, err := prover.DevSetup(ctx, ccs)
	if err != nil {
		return nil, err
	}
	k.SetupTime, k.Made = time.Since(start), true
	info := Info{CircuitName: name, Constraints: ccs.GetNbConstraints(), Setup: SetupDev}
	if err := s.Put(digest, info, pk, vk); err != nil {
		return nil, err
	}
	// Read back what was stored, so the caller holds exactly the stored keys
	// and their manifest.
	if k.PK, k.VK, k.Manifest, err = s.Get(digest); err != nil {
		return nil, err
	}
	return k, nil
}

// Provider returns a Provider backed by the store (see GetOrSetup).
func (s *Store) Provider(allowSetup bool) Provider {
	return storeProvider{s: s, allowSetup: allowSetup}
}

type storeProvider struct {
	s          *Store
	allowSetup bool
}

func (p storeProvider) Keys(ctx context.Context, name string, ccs constraint.ConstraintSystem) (*Keys, error) {
	return p.s.GetOrSetup(ctx, name, ccs, p.allowSetup)
}

// VerifyingKeyFor loads the verifying key stored for digest and checks that
// its manifest names circuit name and that its SHA-256 (the vk.bin file, as
// in a bundle's vk_sha256) is vkHash. A missing entry wraps ErrNotFound and
// errs.ErrBadInput; a different circuit or hash wraps ErrKeyMismatch.
func (s *Store) VerifyingKeyFor(digest, name, vkHash string) (groth16.VerifyingKey, *Manifest, error) {
	vk, m, err := s.VerifyingKey(digest)
	if err != nil {
		if IsNotFound(err) && !errors.Is(err, errs.ErrBadInput) {
			err = fmt.Errorf("no verifying key for circuit %s (digest %s) in %s: %w: %w", name, digest, s.root, err, errs.ErrBadInput)
		}
		return nil, nil, err
	}
	if m.CircuitName != name {
		return nil, nil, fmt.Errorf("stored key %s is for circuit %s, the proof claims %s: %w", digest, m.CircuitName, name, ErrKeyMismatch)
	}
	if h := m.Files[VKFile]; h != vkHash {
		return nil, nil, fmt.Errorf("circuit %s: verifying key hash %s, the proof names %s: %w", name, h, vkHash, ErrKeyMismatch)
	}
	return vk, m, nil
}
