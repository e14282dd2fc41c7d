package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/google/renameio/v2"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/prover"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
)

// File formats of the delta and merge proof files.
const (
	deltaFormat  = bundle.DeltaFormat
	mergeFormat  = "openproof.merge-bundle"
	largeVersion = 1
	// defaultMaxConstraints keeps each proof just under 2^23 (crossing a
	// power of two doubles the prover's FFTs; 2^23 fits a 24 GB machine).
	defaultMaxConstraints = 1<<23 - 1<<19
	// Files `merge` writes into --out.
	mergedFile     = "merged.safetensors"
	mergeProofFile = "merge-proof.json"
	// Files `peftgen` writes into --out.
	genAdapterDir = "adapter"
	genTraceDir   = "trace"
	genBaseFile   = "base.safetensors"
)

var (
	maxConstraintsFlag = &cli.IntFlag{Name: "max-constraints", Value: defaultMaxConstraints, Usage: "largest proof (estimated constraints); proofs are chunked below it"}
	setupFlag          = &cli.BoolFlag{Name: "setup", Usage: "run the development setup for circuits without stored keys (otherwise that is an error)"}
)

// storeKeys backs merge.Keys with the key store (keyProvider: looked up by
// circuit digest, made by the development setup with allowSetup). digests
// records each circuit's digest for the proof file.
func (e *env) storeKeys(c *cli.Context, allowSetup bool, digests map[string]string) func(context.Context, string, constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	return func(ctx context.Context, name string, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
		p, err := e.keyProvider(c, allowSetup)
		if err != nil {
			return nil, nil, err
		}
		k, err := p.Keys(ctx, name, ccs)
		if err != nil {
			return nil, nil, err
		}
		digests[name] = k.Digest
		return k.PK, k.VK, nil
	}
}

// verifyingKey loads the stored verifying key a proof names and checks it
// (keystore.Store.VerifyingKeyFor: a missing key is bad input, another
// circuit's or another hash a failed verification).
func verifyingKey(c *cli.Context, digest, name, vkHash string) (groth16.VerifyingKey, error) {
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return nil, err
	}
	vk, _, err := ks.VerifyingKeyFor(digest, name, vkHash)
	return vk, err
}

// keyProvider returns the key store as a keystore.Provider (dev setup
// only with allowSetup) that logs where each circuit's keys came from.
func (e *env) keyProvider(c *cli.Context, allowSetup bool) (keystore.Provider, error) {
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return nil, err
	}
	return loggedKeys{e: e, ks: ks, p: ks.Provider(allowSetup)}, nil
}

// loggedKeys logs each key lookup: reused, or made by the development
// setup (with its warning).
type loggedKeys struct {
	e  *env
	ks *keystore.Store
	p  keystore.Provider
}

func (l loggedKeys) Keys(ctx context.Context, name string, ccs constraint.ConstraintSystem) (*keystore.Keys, error) {
	k, err := l.p.Keys(ctx, name, ccs)
	if err != nil {
		return nil, err
	}
	log := l.e.log
	if k.Made {
		log.Warn().Msg(prover.DevSetupWarning)
		log.Info().Str("circuit", name).Str("took", ms(k.SetupTime)).Str("dir", l.ks.Dir(k.Digest)).Msg("development setup done; keys stored")
		return k, nil
	}
	log.Info().Str("circuit", name).Str("setup", k.Manifest.Setup).Str("dir", l.ks.Dir(k.Digest)).Msg("reusing stored keys")
	if k.Manifest.Setup == keystore.SetupDev {
		log.Warn().Msg(prover.DevSetupWarning)
	}
	return k, nil
}

func backendOf(c *cli.Context) (prover.Backend, func(), error) {
	b, err := prover.NewBackend(c.String("accel"))
	if err != nil {
		return nil, nil, usageErr("--accel: %v", err)
	}
	closeFn := func() {}
	if cl, ok := b.(interface{ Close() error }); ok {
		closeFn = func() { _ = cl.Close() }
	}
	return b, closeFn, nil
}

// decodeProof reads a hex Solidity-layout proof (bundle.DecodeProof):
// points off the curve are a failed proof (exit 1), bad hex a malformed
// file (exit 2).
func decodeProof(file, where, s string) (groth16.Proof, error) {
	p, err := bundle.DecodeProof(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", file, where, err)
	}
	return p, nil
}

func parseElem(file, where, s string) (fr.Element, error) {
	v, err := bundle.ParseElement(s)
	if err != nil {
		return v, usageErr("%s: %s: %v", file, where, err)
	}
	return v, nil
}

// readStrict decodes a JSON file as bundle.ReadStrict does: at most
// bundle.MaxSize bytes, no unknown fields, nothing after the one value.
func readStrict(path string, v any) error { return bundle.ReadStrict(path, v) }

func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	if err := renameio.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return writeErr("out", path, err)
	}
	return nil
}
