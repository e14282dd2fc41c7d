package main

import (
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/prover/bundle"
)

// The requester's, settler's and payee's calls, and the event log.

func chainDepositCommand(e *env) *cli.Command {
	return settlementCommand(e, "deposit", "escrow OPEN for requests (ERC-20 mode: approves the amount first)",
		[]cli.Flag{required(amountFlag)}, buildDeposit)
}

func buildDeposit(c *cli.Context) (action, error) {
	amount, err := wei(c, amountFlag.Name)
	if err != nil {
		return nil, err
	}
	return func(s *session, at common.Address) error {
		token, err := chain.TokenOf(s.ctx, s.client, at)
		if err != nil {
			return badInput{fmt.Errorf("--settlement %s: not an OpenProofSettlement: %w", at, err)}
		}
		native := token == (common.Address{})
		if !native {
			if _, err := s.do(chain.Approve(token, at, amount)); err != nil {
				return err
			}
			if s.dryRun {
				// The deposit's estimate needs the allowance on chain.
				return nil
			}
		}
		_, err = s.do(chain.Deposit(at, amount, native))
		return err
	}, nil
}

func chainOpenRequestCommand(e *env) *cli.Command {
	return settlementCommand(e, "open-request", "lock escrow for an inference of (model, adapter, input); prints the request key",
		[]cli.Flag{bundleFlag, modelDigestFlag, commitmentFlag, inputDigestFlag, required(maxFeeFlag)},
		buildOpenRequest)
}

func buildOpenRequest(c *cli.Context) (action, error) {
	b, err := readBundle(c)
	if err != nil {
		return nil, err
	}
	m, err := digestOf(c, modelDigestFlag.Name, b, bundleModel)
	if err != nil {
		return nil, err
	}
	a, err := digestOf(c, commitmentFlag.Name, b, bundleAdapter)
	if err != nil {
		return nil, err
	}
	in, err := digestOf(c, inputDigestFlag.Name, b, bundleInput)
	if err != nil {
		return nil, err
	}
	maxFee, err := wei(c, maxFeeFlag.Name)
	if err != nil {
		return nil, err
	}
	return func(s *session, at common.Address) error {
		s.out["request_key"] = common.Hash(chain.RequestKey(m, a, in))
		_, err := s.do(chain.OpenRequest(at, m, a, in, maxFee))
		return err
	}, nil
}

func chainSettleCommand(e *env) *cli.Command {
	cmd := settlementCommand(e, "settle", "settle a proven inference from its proof bundle",
		[]cli.Flag{bundleFlag, indicesFlag, weightsFlag}, buildSettle)
	cmd.ArgsUsage = "[BUNDLE]"
	cmd.Description = "Settles the request (model, adapter, input) of a proof bundle (--bundle, or the argument) with its proof. " +
		"Without --indices/--weights, an attributed bundle settles with the weights of its attribution section, which its proof " +
		"binds: a circuit registered with an attribution index takes them from any sender. Other weights need SETTLER_ROLE, " +
		"or revert (AttributionMismatch)."
	return cmd
}

// settleBundle reads the bundle settle names, as --bundle or as BUNDLE;
// src is what it came from, for messages.
func settleBundle(c *cli.Context) (b *bundle.Bundle, path, src string, err error) {
	path, src = c.String(bundleFlag.Name), "--bundle"
	switch {
	case c.NArg() > 1:
		return nil, "", "", usageErr("settle takes one bundle, got %q", c.Args().Slice())
	case c.NArg() == 1 && path != "":
		return nil, "", "", usageErr("give the bundle as --bundle or as the argument, not both")
	case c.NArg() == 1:
		path, src = c.Args().First(), "BUNDLE"
	case path == "":
		return nil, "", "", usageErr("settle needs a proof bundle (BUNDLE or --bundle)")
	}
	if b, err = bundle.Read(path); err != nil {
		return nil, "", "", badInput{fmt.Errorf("%s: %w", src, err)}
	}
	return b, path, src, nil
}

func buildSettle(c *cli.Context) (action, error) {
	b, path, src, err := settleBundle(c)
	if err != nil {
		return nil, err
	}
	idx, err := uint32List(c, indicesFlag.Name)
	if err != nil {
		return nil, err
	}
	w, err := uint32List(c, weightsFlag.Name)
	if err != nil {
		return nil, err
	}
	if len(idx) != len(w) {
		return nil, usageErr("--indices has %d entries, --weights %d", len(idx), len(w))
	}
	// An attributed bundle carries the weights its proof binds; the
	// contract recomputes their digest, so they need no settler.
	fromBundle := !c.IsSet(indicesFlag.Name) && !c.IsSet(weightsFlag.Name) && b.Attribution != nil
	if fromBundle {
		if idx, w, err = chain.BundleWeights(b); err != nil {
			return nil, badInput{fmt.Errorf("%s %s: %w", src, path, err)}
		}
	}
	args, err := chain.SettleArgsFromBundle(b, idx, w)
	if err != nil {
		return nil, badInput{fmt.Errorf("%s %s: %w", src, path, err)}
	}
	return func(s *session, at common.Address) error {
		if fromBundle {
			s.out["weights_from"] = "bundle attribution"
		}
		s.out["indices"], s.out["weights_ppm"] = nonNil(idx), nonNil(w)
		_, err := s.do(chain.Settle(at, args))
		return err
	}, nil
}

func chainWithdrawCommand(e *env) *cli.Command {
	cmd := settlementCommand(e, "withdraw", "withdraw the sender's credit (or a contributor's, or free escrow)",
		[]cli.Flag{rootFlag, indexFlag, escrowFlag}, buildWithdraw)
	cmd.Description = "Without flags: the sender's credit. --root R --index I: contributor I's credit in Datanet R " +
		"(the sender is its payout address). --escrow AMOUNT: that much of the sender's free escrow."
	return cmd
}

func buildWithdraw(c *cli.Context) (action, error) {
	root, index, escrow := c.String(rootFlag.Name), c.String(indexFlag.Name), c.String(escrowFlag.Name)
	var call func(at common.Address) chain.Call
	switch {
	case escrow != "" && (root != "" || index != ""):
		return nil, usageErr("--escrow excludes --root and --index")
	case (root == "") != (index == ""):
		return nil, usageErr("--root and --index go together")
	case escrow != "":
		amount, err := wei(c, escrowFlag.Name)
		if err != nil {
			return nil, err
		}
		call = func(at common.Address) chain.Call { return chain.WithdrawEscrow(at, amount) }
	case root != "":
		r, err := field("--root", root)
		if err != nil {
			return nil, err
		}
		i, err := strconv.ParseUint(index, 10, 32)
		if err != nil {
			return nil, usageErr("--index %q: want a contributor index", index)
		}
		call = func(at common.Address) chain.Call { return chain.WithdrawContributor(at, r, new(big.Int).SetUint64(i)) }
	default:
		call = chain.Withdraw
	}
	return func(s *session, at common.Address) error {
		_, err := s.do(call(at))
		return err
	}, nil
}

func chainEventsCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:   "events",
		Usage:  "print the settlement contract's events (JSON), enough to rebuild every payment",
		Flags:  []cli.Flag{rpcFlag, chainIDFlag, settlementFlag, fromBlockFlag, toBlockFlag},
		Action: e.chainEvents,
	}
}

func (e *env) chainEvents(c *cli.Context) error {
	at, err := addressFlag(c, settlementFlag.Name)
	if err != nil {
		return err
	}
	var to *big.Int
	if v := c.Int64(toBlockFlag.Name); v >= 0 {
		to = big.NewInt(v)
	} else if v != -1 {
		return usageErr("--to-block %d: want a block number or -1", v)
	}
	s, err := connect(c, e, false)
	if err != nil {
		return err
	}
	defer s.close()
	evs, err := chain.Events(s.ctx, s.client, at, new(big.Int).SetUint64(c.Uint64(fromBlockFlag.Name)), to)
	if err != nil {
		return badInput{fmt.Errorf("--rpc %s: %w", c.String(rpcFlag.Name), err)}
	}
	for i := range evs {
		for k, v := range evs[i].Fields {
			// bytes32 fields (request keys, statement hashes) as hex,
			// uint256 amounts and digests as decimal strings.
			evs[i].Fields[k] = jsonSafe(v)
		}
	}
	return writeJSON(e.stdout, map[string]any{"settlement": at, "chain_id": s.out["chain_id"], "events": evs})
}
