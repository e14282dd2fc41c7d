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
	return settlementCommand(e, "open-request", "lock the fee for an inference of (model, adapter, input), at most --max-fee; prints the request key",
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
		next, err := chain.NextRequestKey(s.ctx, s.client, at, s.from)
		if err != nil {
			return badInput{fmt.Errorf("--settlement %s: requestNonce: %w", at, err)}
		}
		s.out["request_key"] = common.Hash(next)
		rec, err := s.do(chain.OpenRequest(at, m, a, in, maxFee))
		if err != nil || rec == nil {
			return err
		}
		key, err := chain.RequestKeyFromReceipt(rec)
		if err != nil {
			return err
		}
		s.out["request_key"] = common.Hash(key)
		return nil
	}, nil
}

func chainSettleCommand(e *env) *cli.Command {
	cmd := settlementCommand(e, "settle", "settle a proven inference from its proof bundle",
		[]cli.Flag{required(requestKeyFlag), bundleFlag, indicesFlag, weightsFlag}, buildSettle)
	cmd.ArgsUsage = "[BUNDLE]"
	cmd.Description = "Settles request --request (whose model, adapter and input must be the bundle's) with the proof of a " +
		"proof bundle (--bundle, or the argument); the prover's share goes to the sender. Without --indices/--weights, an " +
		"attributed bundle settles with the weights of its attribution section, which its proof binds; other weights " +
		"revert (AttributionMismatch)."
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
	key, err := hash32("--"+requestKeyFlag.Name, c.String(requestKeyFlag.Name))
	if err != nil {
		return nil, err
	}
	args, err := chain.SettleArgsFromBundle(key, b, idx, w)
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
		[]cli.Flag{requestKeyFlag, indexFlag, bundleFlag, escrowFlag}, buildWithdraw)
	cmd.Description = "Without flags: the sender's credit. --request KEY --index I --bundle B: claims contributor I's " +
		"credit of that settlement (weights from the bundle's attribution section) into its payout address's credit, " +
		"which that address then withdraws. --escrow AMOUNT: that much of the sender's free escrow."
	return cmd
}

func buildWithdraw(c *cli.Context) (action, error) {
	key, index, escrow := c.String(requestKeyFlag.Name), c.String(indexFlag.Name), c.String(escrowFlag.Name)
	switch {
	case escrow != "" && (key != "" || index != ""):
		return nil, usageErr("--escrow excludes --request and --index")
	case (key == "") != (index == ""):
		return nil, usageErr("--request and --index go together")
	case escrow != "":
		amount, err := wei(c, escrowFlag.Name)
		if err != nil {
			return nil, err
		}
		return sendOne(func(at common.Address) chain.Call { return chain.WithdrawEscrow(at, amount) }), nil
	case key != "":
		return buildClaim(c, key, index)
	default:
		return sendOne(chain.Withdraw), nil
	}
}

// buildClaim claims contributor index's credit of settlement key, with the
// weights of the bundle's attribution section and the pool the settlement
// recorded.
func buildClaim(c *cli.Context, key, index string) (action, error) {
	k, err := hash32("--"+requestKeyFlag.Name, key)
	if err != nil {
		return nil, err
	}
	i, err := strconv.ParseUint(index, 10, 32)
	if err != nil {
		return nil, usageErr("--index %q: want a contributor index", index)
	}
	b, err := readBundle(c)
	if err != nil {
		return nil, err
	}
	if b == nil {
		return nil, usageErr("--request needs the settled proof bundle (--bundle) for its weights")
	}
	idx, w, err := chain.BundleWeights(b)
	if err != nil {
		return nil, badInput{fmt.Errorf("--bundle: %w", err)}
	}
	return func(s *session, at common.Address) error {
		cr, err := chain.ContributorsCreditedOf(s.ctx, s.client, at, k)
		if err != nil {
			return badInput{err}
		}
		t, err := chain.NewCreditTree(k, cr.Pool, idx, w)
		if err != nil {
			return badInput{err}
		}
		if t.Root() != cr.CreditRoot {
			return badInput{fmt.Errorf("--bundle: its weights do not give the settlement's credit root")}
		}
		for n, ix := range idx {
			if uint64(ix) == i {
				call, err := t.Claim(at, n)
				if err != nil {
					return err
				}
				s.out["amount"] = t.Amounts[n].String()
				_, err = s.do(call)
				return err
			}
		}
		return badInput{fmt.Errorf("--index %d: no weight in the bundle", i)}
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
