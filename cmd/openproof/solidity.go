package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/google/renameio/v2"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/prover/keystore"
)

func exportSolidityCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "export-solidity",
		Usage: "write the Solidity verifier (folded Groth16 check) of a verifying key",
		Description: `Exports the verifier contracts.ExportVerifier generates: gnark's Groth16 verifier with the
commitment's proof-of-knowledge pairing folded into the main pairing check (one pairing call).
The key comes from the key store (--circuit-digest DIGEST, or --bundle B.json for the digest of
the circuit that proved B) or from a verifying key file (--vk, gnark's binary encoding).
--out is the Solidity file to write.

--fix-input INDEX=VALUE fixes a public input the circuit itself fixes: the verifier then accepts
a proof only with that value there and folds it into its constant point, saving a 6,000-gas
scalar multiplication. The inference circuits fix their model digest (input 0: the base weights
are circuit constants); --fix-model takes it from --bundle's model_digest.

Keys whose key-store manifest does not record the MPC ceremony (development setups, and --vk
files, whose origin is unknown) are refused unless --dev is given: whoever ran a development
setup can forge proofs the verifier accepts. Keys from a signed ceremony (ceremony verify --beacon)
get its transcript hash, note and contributors in the generated file's header comment.`,
		Flags: []cli.Flag{
			keysFlag, circuitDigestFlag, bundleFlag, vkFlag, contractNameFlag, required(outFlag),
			fixInputFlag, fixModelFlag, devFlag,
		},
		Action: e.exportSolidity,
	})
}

func (e *env) exportSolidity(c *cli.Context) error {
	if c.NArg() > 0 {
		return usageErr("export-solidity takes no arguments (got %q)", c.Args().First())
	}
	vk, m, err := exportKey(c)
	if err != nil {
		return err
	}
	opts, err := fixedInputs(c)
	if err != nil {
		return err
	}
	setup := ""
	if m != nil {
		setup = m.Setup
		if t := m.Transcript; t != nil && t.Hash != "" {
			opts = append(opts, contracts.WithCeremony(contracts.Ceremony{TranscriptHash: t.Hash, Contributors: t.Contributors, Note: t.Note}))
		}
	}
	name := c.String(contractNameFlag.Name)
	opts = append(opts, contracts.WithContractName(name))
	var buf bytes.Buffer
	if err := contracts.ExportVerifier(vk, &buf, opts...); err != nil {
		if errors.Is(err, contracts.ErrBadInput) {
			return badInput{err}
		}
		return err
	}
	if setup != keystore.SetupMPC {
		if err := e.allowDevKeys(c, setup, "export", "a --vk file: export from the key store with --circuit-digest or --bundle"); err != nil {
			return err
		}
	}
	out := c.String(outFlag.Name)
	if err := renameio.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return writeErr("out", out, err)
	}
	return writeJSON(e.stdout, map[string]any{"verifier": out, "contract": name, "bytes": buf.Len()})
}

// fixedInputs reads export-solidity's --fix-input and --fix-model.
func fixedInputs(c *cli.Context) ([]contracts.Option, error) {
	var opts []contracts.Option
	for _, f := range c.StringSlice(fixInputFlag.Name) {
		idx, val, ok := strings.Cut(f, "=")
		i, err := strconv.Atoi(idx)
		if !ok || err != nil || i < 0 {
			return nil, usageErr("--fix-input %q: want INDEX=VALUE with INDEX ≥ 0", f)
		}
		v, err := field("--fix-input "+idx, val)
		if err != nil {
			return nil, err
		}
		var e fr.Element
		e.SetBigInt(v)
		opts = append(opts, contracts.WithFixedInput(i, e))
	}
	if !c.Bool(fixModelFlag.Name) {
		return opts, nil
	}
	b, err := readBundle(c)
	if err != nil {
		return nil, err
	}
	if b == nil {
		return nil, usageErr("--fix-model takes the model digest from --bundle")
	}
	m, err := contracts.FixedModel(b)
	if err != nil {
		return nil, badInput{fmt.Errorf("--fix-model: bundle %s: %w", c.String(bundleFlag.Name), err)}
	}
	return append(opts, m), nil
}

// exportKey loads the verifying key export-solidity was pointed at: a file,
// or a key store entry (for --bundle, the one whose circuit and key hash
// the bundle names), with its manifest (nil for a file).
func exportKey(c *cli.Context) (groth16.VerifyingKey, *keystore.Manifest, error) {
	set := 0
	for _, f := range []string{circuitDigestFlag.Name, bundleFlag.Name, vkFlag.Name} {
		if c.String(f) != "" {
			set++
		}
	}
	if set != 1 {
		return nil, nil, usageErr("give exactly one of --circuit-digest, --bundle and --vk")
	}
	if path := c.String(vkFlag.Name); path != "" {
		vk, err := readVK(path)
		return vk, nil, err
	}
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return nil, nil, err
	}
	digest := c.String(circuitDigestFlag.Name)
	if digest != "" {
		vk, m, err := ks.VerifyingKey(digest)
		if err != nil {
			return nil, nil, badInput{fmt.Errorf("key store %s, circuit %s: %w", keysDir(c), digest, err)}
		}
		return vk, m, nil
	}
	b, err := readBundle(c)
	if err != nil {
		return nil, nil, err
	}
	vk, m, err := ks.VerifyingKeyFor(b.Circuit.Digest, b.Circuit.Name, b.VKSHA256)
	if err != nil {
		return nil, nil, badInput{fmt.Errorf("key store %s, --bundle %s: %w", keysDir(c), c.String(bundleFlag.Name), err)}
	}
	return vk, m, nil
}
