package main

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/inference/commit"
)

// The registrar's calls: models, circuits, adapters and Datanets.

func chainRegisterModelCommand(e *env) *cli.Command {
	return settlementCommand(e, "register-model", "register a base model digest with its billed token counts (REGISTRAR_ROLE)",
		[]cli.Flag{bundleFlag, modelDigestFlag, required(tokensInFlag), required(tokensOutFlag), attributedFlag},
		buildRegisterModel)
}

func buildRegisterModel(c *cli.Context) (action, error) {
	b, err := readBundle(c)
	if err != nil {
		return nil, err
	}
	m, err := digestOf(c, modelDigestFlag.Name, b, bundleModel)
	if err != nil {
		return nil, err
	}
	tin, tout := c.Uint(tokensInFlag.Name), c.Uint(tokensOutFlag.Name)
	if uint64(tin) > 1<<32-1 || uint64(tout) > 1<<32-1 {
		return nil, usageErr("--tokens-in/--tokens-out: at most 2^32−1")
	}
	return func(s *session, at common.Address) error {
		s.out["model_digest"] = fmt.Sprintf("%#x", m)
		s.out["attributed"] = c.Bool(attributedFlag.Name)
		_, err := s.do(chain.RegisterModel(at, m, uint32(tin), uint32(tout), c.Bool(attributedFlag.Name)))
		return err
	}, nil
}

func chainRegisterCircuitCommand(e *env) *cli.Command {
	return settlementCommand(e, "register-circuit", "register a circuit (its verifier) of a base model (REGISTRAR_ROLE); prints circuit_id",
		[]cli.Flag{
			bundleFlag, required(verifierAddressFlag), modelDigestFlag, circuitDigestFlag, vkSHA256Flag,
			rootIndexFlag, attributionIdxFlag, digesterFlag,
		},
		buildRegisterCircuit)
}

func buildRegisterCircuit(c *cli.Context) (action, error) {
	cfg, err := circuitConfig(c)
	if err != nil {
		return nil, err
	}
	return func(s *session, at common.Address) error {
		rec, err := s.do(chain.RegisterCircuit(at, cfg))
		if err != nil || rec == nil {
			return err
		}
		id, err := chain.CircuitID(rec)
		if err != nil {
			return err
		}
		s.out["circuit_id"] = id
		return nil
	}, nil
}

// circuitConfig reads register-circuit's flags, with the bundle's values as
// defaults.
func circuitConfig(c *cli.Context) (chain.CircuitConfig, error) {
	var cfg chain.CircuitConfig
	b, err := readBundle(c)
	if err != nil {
		return cfg, err
	}
	if cfg.Verifier, err = addressFlag(c, verifierAddressFlag.Name); err != nil {
		return cfg, err
	}
	if cfg.ModelDigest, err = digestOf(c, modelDigestFlag.Name, b, bundleModel); err != nil {
		return cfg, err
	}
	if cfg.CircuitDigest, err = hashOf(c, circuitDigestFlag.Name, b, bundleCircuit); err != nil {
		return cfg, err
	}
	if cfg.VKSHA256, err = hashOf(c, vkSHA256Flag.Name, b, bundleVK); err != nil {
		return cfg, err
	}
	ri, ai := c.Uint(rootIndexFlag.Name), c.Uint(attributionIdxFlag.Name)
	if ri > 255 || ai > 255 {
		return cfg, usageErr("--datanet-root-index/--attribution-index: at most 255")
	}
	cfg.DatanetRootIndex, cfg.AttributionIndex = uint8(ri), uint8(ai)
	if d := c.String(digesterFlag.Name); d != "" {
		if cfg.AttributionDigester, err = parseAddress("--digester", d); err != nil {
			return cfg, err
		}
	} else if ai != 0 {
		return cfg, usageErr("--attribution-index needs --digester")
	}
	return cfg, nil
}

func chainRegisterAdapterCommand(e *env) *cli.Command {
	return settlementCommand(e, "register-adapter", "register an adapter with the sender as owner: the contract registers Poseidon2(tag, --adapter-inner, sender), the commitment proofs naming the sender carry; with --bundle, refuses locally if the bundle's proofs name another owner",
		[]cli.Flag{required(innerFlag), bundleFlag, required(circuitIDFlag), required(rateInFlag), required(rateOutFlag), datanetRootFlag},
		buildRegisterAdapter)
}

func buildRegisterAdapter(c *cli.Context) (action, error) {
	b, err := readBundle(c)
	if err != nil {
		return nil, err
	}
	inner, err := field("--"+innerFlag.Name, c.String(innerFlag.Name))
	if err != nil {
		return nil, err
	}
	rin, err := wei(c, rateInFlag.Name)
	if err != nil {
		return nil, err
	}
	rout, err := wei(c, rateOutFlag.Name)
	if err != nil {
		return nil, err
	}
	if rin.BitLen() > 128 || rout.BitLen() > 128 {
		return nil, usageErr("--rate-in/--rate-out: at most 2^128−1 wei")
	}
	root, err := field("--datanet-root", c.String(datanetRootFlag.Name))
	if err != nil {
		return nil, err
	}
	id, err := uint32Flag(c, circuitIDFlag.Name)
	if err != nil {
		return nil, err
	}
	return func(s *session, at common.Address) error {
		var in, owner fr.Element
		in.SetBigInt(inner)
		owner.SetBigInt(new(big.Int).SetBytes(s.from.Bytes()))
		com := commit.OwnedCommitment(in, owner)
		if b != nil && b.Adapter.Commitment != commit.Hex(com) {
			return usageErr("--bundle %s: its proofs carry adapter commitment %s; --adapter-inner owned by the sender %s gives %s (the proofs name another owner or inner)",
				c.String(bundleFlag.Name), b.Adapter.Commitment, s.from, commit.Hex(com))
		}
		s.out["inner_commitment"] = fmt.Sprintf("%#x", inner)
		s.out["commitment"] = commit.Hex(com)
		_, err := s.do(chain.RegisterAdapter(at, inner, id, rin, rout, root))
		return err
	}, nil
}
