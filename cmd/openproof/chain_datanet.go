package main

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/inference/commit"
)

// Datanet registration and payout binding.

func chainRegisterDatanetCommand(e *env) *cli.Command {
	cmd := settlementCommand(e, "register-datanet", "register a Datanet root from its preimage (anyone may; the root fixes n and every payout)",
		[]cli.Flag{attributionFlag, rootFlag, datanetSizeFlag, inputDimFlag, classesFlag, leavesRootFlag},
		buildRegisterDatanet)
	cmd.Description = "The contract recomputes root = Hash(tag, contributors, input dim, classes, leaves root) " +
		"(attribution/datanet.RootOf) and refuses a mismatch (DatanetPreimageInvalid). --attribution FILE takes the " +
		"preimage of the artifacts' root (attribution.json: the root proofs carry); otherwise give --root, --size, " +
		"--input-dim, --classes and --leaves-root. Payout addresses are the ones the leaves commit to (contributor ids " +
		"that are 0x addresses); `chain bind-payout` records each."
	return cmd
}

func buildRegisterDatanet(c *cli.Context) (action, error) {
	var p chain.DatanetPreimage
	if path := c.String(attributionFlag.Name); path != "" {
		for _, f := range []string{rootFlag.Name, datanetSizeFlag.Name, inputDimFlag.Name, classesFlag.Name, leavesRootFlag.Name} {
			if c.IsSet(f) {
				return nil, usageErr("--attribution excludes --%s", f)
			}
		}
		tree, err := artifactsTree(path)
		if err != nil {
			return nil, err
		}
		p = tree.Preimage()
	} else {
		var err error
		if p, err = preimageFlags(c); err != nil {
			return nil, err
		}
	}
	return func(s *session, at common.Address) error {
		s.out["root"] = fmt.Sprintf("%#x", p.Root)
		s.out["contributors"] = p.Size
		_, err := s.do(chain.RegisterDatanet(at, p))
		return err
	}, nil
}

func preimageFlags(c *cli.Context) (chain.DatanetPreimage, error) {
	var p chain.DatanetPreimage
	var err error
	if p.Root, err = field("--root", c.String(rootFlag.Name)); err != nil {
		return p, err
	}
	if p.LeavesRoot, err = field("--leaves-root", c.String(leavesRootFlag.Name)); err != nil {
		return p, err
	}
	for _, f := range []struct {
		name string
		dst  *uint32
	}{{datanetSizeFlag.Name, &p.Size}, {inputDimFlag.Name, &p.InputDim}, {classesFlag.Name, &p.Classes}} {
		v := uint64(c.Uint(f.name))
		if v == 0 || v > 1<<32-1 {
			return p, usageErr("--%s %d: want 1 … 2^32−1 (or give --attribution)", f.name, v)
		}
		*f.dst = uint32(v)
	}
	return p, nil
}

// artifactsTree is the Datanet tree of attribution artifacts: their data
// and sketch commitments, checked against the root they record.
func artifactsTree(path string) (*chain.DatanetTree, error) {
	art, err := artifacts.Load(path)
	if err != nil {
		return nil, badInput{fmt.Errorf("--attribution: %w", err)}
	}
	var data, sketches []fr.Element
	for _, ci := range art.Contribs {
		d, err := commit.ParseHex(ci.DataCommitment)
		if err != nil {
			return nil, badInput{fmt.Errorf("--attribution: contributor %d data commitment: %w", ci.Index, err)}
		}
		k, err := commit.ParseHex(ci.SketchCommitment)
		if err != nil {
			return nil, badInput{fmt.Errorf("--attribution: contributor %d sketch commitment: %w", ci.Index, err)}
		}
		data, sketches = append(data, d), append(sketches, k)
	}
	tree, err := chain.NewDatanetTree(art.Datanet.InputDim, art.Datanet.Classes, data, sketches)
	if err != nil {
		return nil, badInput{fmt.Errorf("--attribution: %w", err)}
	}
	if got := fmt.Sprintf("0x%064x", tree.Preimage().Root); got != art.Datanet.Root {
		return nil, badInput{fmt.Errorf("--attribution: its commitments give root %s, the file records %s", got, art.Datanet.Root)}
	}
	return tree, nil
}

func chainBindPayoutCommand(e *env) *cli.Command {
	cmd := settlementCommand(e, "bind-payout", "record a contributor's payout address, shown by its leaf (anyone may send it)",
		[]cli.Flag{required(attributionFlag), required(datanetFlag), required(indexFlag)}, buildBindPayout)
	cmd.Description = "Contributor --index of the Datanet (--datanet, the file the artifacts were computed from) must have " +
		"an address id (0x + 40 hex): its data commitment binds that address, and the contract recomputes the leaf and " +
		"its Merkle path to the registered root (PayoutProofInvalid otherwise). Claims then credit that address."
	return cmd
}

func buildBindPayout(c *cli.Context) (action, error) {
	var i int
	if _, err := fmt.Sscan(c.String(indexFlag.Name), &i); err != nil || i < 0 {
		return nil, usageErr("--index %q: want a contributor index", c.String(indexFlag.Name))
	}
	tree, err := artifactsTree(c.String(attributionFlag.Name))
	if err != nil {
		return nil, err
	}
	d, err := datanet.Load(c.String(datanetFlag.Name))
	if err != nil {
		return nil, badInput{fmt.Errorf("--datanet: %w", err)}
	}
	if i >= len(d.Contributors) || len(d.Contributors) != len(tree.Data) {
		return nil, badInput{fmt.Errorf("--index %d: the Datanet has %d contributors, the artifacts %d", i, len(d.Contributors), len(tree.Data))}
	}
	con := d.Contributors[i]
	payout, ok := datanet.PayoutAddress(con.ID)
	if !ok {
		return nil, badInput{fmt.Errorf("--index %d: contributor id %q is not an address: its leaf commits to no payout", i, con.ID)}
	}
	call := func(at common.Address) (chain.Call, error) {
		return tree.BindPayout(at, i, payout, datanet.DataCommitment(con.ID, d.InputDim, con.Examples))
	}
	if _, err := call(common.Address{}); err != nil {
		return nil, badInput{fmt.Errorf("--datanet: %w", err)}
	}
	return func(s *session, at common.Address) error {
		c, _ := call(at)
		s.out["payout"], s.out["root"] = common.Address(payout), fmt.Sprintf("%#x", tree.Preimage().Root)
		_, err := s.do(c)
		return err
	}, nil
}
