package main

import (
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/contracts/chain"
)

// The pauser's calls, a requester's cancel, and the read-only views
// (balance, roles), which need no key.

func chainPauseCommand(e *env) *cli.Command {
	return settlementCommand(e, "pause", "stop settlement, deposits and new requests (PAUSER_ROLE)", nil, buildPause)
}

func chainUnpauseCommand(e *env) *cli.Command {
	return settlementCommand(e, "unpause", "restart a paused settlement contract (PAUSER_ROLE)", nil, buildUnpause)
}

func buildPause(*cli.Context) (action, error)   { return sendOne(chain.Pause), nil }
func buildUnpause(*cli.Context) (action, error) { return sendOne(chain.Unpause), nil }

// sendOne is an action that makes one call on the settlement contract.
func sendOne(call func(at common.Address) chain.Call) action {
	return func(s *session, at common.Address) error {
		_, err := s.do(call(at))
		return err
	}
}

func chainCancelRequestCommand(e *env) *cli.Command {
	cmd := settlementCommand(e, "cancel-request", "return an expired open request's escrow to its requester (the sender)",
		[]cli.Flag{required(requestKeyFlag)}, buildCancelRequest)
	cmd.Description = "Names the request by --request KEY, as open-request printed it (keccak256 of the requester and " +
		"its request nonce). Before the request timeout it reverts (RequestNotExpired)."
	return cmd
}

func buildCancelRequest(c *cli.Context) (action, error) {
	key, err := hash32("--"+requestKeyFlag.Name, c.String(requestKeyFlag.Name))
	if err != nil {
		return nil, err
	}
	return cancelKey(func(*session, common.Address) ([32]byte, error) { return key, nil }), nil
}

// cancelKey cancels the request whose key keyOf gives.
func cancelKey(keyOf func(*session, common.Address) ([32]byte, error)) action {
	return func(s *session, at common.Address) error {
		key, err := keyOf(s, at)
		if err != nil {
			return err
		}
		s.out["request_key"] = common.Hash(key)
		_, err = s.do(chain.CancelRequest(at, key))
		return err
	}
}

func chainBalanceCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:   "balance",
		Usage:  "print an account's OPEN: wallet (native or ERC-20), free escrow and withdrawable credit, wei",
		Flags:  []cli.Flag{rpcFlag, chainIDFlag, settlementFlag, accountFlag, keyFileFlag},
		Action: e.chainBalance,
	}
}

func (e *env) chainBalance(c *cli.Context) error {
	s, at, who, err := connectView(c, e)
	if err != nil {
		return err
	}
	defer s.close()
	token, err := chain.TokenOf(s.ctx, s.client, at)
	if err != nil {
		return badInput{fmt.Errorf("--settlement %s: not an OpenProofSettlement: %w", at, err)}
	}
	bal, err := chain.BalancesOf(s.ctx, s.client, at, token, who)
	if err != nil {
		return chainErr(err)
	}
	s.out["token"] = "native"
	if token != (common.Address{}) {
		s.out["token"] = token
	}
	s.out["wallet"], s.out["escrow"], s.out["credit"] = decimal(bal.Wallet), decimal(bal.Escrow), decimal(bal.Credit)
	return writeJSON(e.stdout, s.out)
}

func chainRolesCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:   "roles",
		Usage:  "print which of the settlement contract's roles an account holds, and whether it is paused",
		Flags:  []cli.Flag{rpcFlag, chainIDFlag, settlementFlag, accountFlag, keyFileFlag},
		Action: e.chainRoles,
	}
}

func (e *env) chainRoles(c *cli.Context) error {
	s, at, who, err := connectView(c, e)
	if err != nil {
		return err
	}
	defer s.close()
	roles, err := chain.Roles(s.ctx, s.client, at, who)
	if err != nil {
		return badInput{fmt.Errorf("--settlement %s: %w", at, err)}
	}
	paused, err := chain.Paused(s.ctx, s.client, at)
	if err != nil {
		return badInput{fmt.Errorf("--settlement %s: %w", at, err)}
	}
	out := make([]map[string]any, len(roles))
	for i, r := range roles {
		out[i] = map[string]any{"name": r.Name, "id": common.Hash(r.ID), "admin_role": common.Hash(r.Admin), "held": r.Held}
	}
	s.out["paused"], s.out["roles"] = paused, out
	return writeJSON(e.stdout, s.out)
}

// connectView connects a read-only command: the account is --account, or
// else the key's address (--key-file or $OPENPROOF_PRIVATE_KEY).
func connectView(c *cli.Context, e *env) (s *session, at, who common.Address, err error) {
	if at, err = addressFlag(c, settlementFlag.Name); err != nil {
		return nil, at, who, err
	}
	if c.String(accountFlag.Name) != "" {
		who, err = addressFlag(c, accountFlag.Name)
	} else if c.String(keyFileFlag.Name) == "" && os.Getenv(keyEnv) == "" {
		return nil, at, who, usageErr("no account: give --%s, --%s or $%s", accountFlag.Name, keyFileFlag.Name, keyEnv)
	} else {
		k, kerr := loadKey(c.String(keyFileFlag.Name))
		if kerr != nil {
			return nil, at, who, kerr
		}
		who = crypto.PubkeyToAddress(k.PublicKey)
	}
	if err != nil {
		return nil, at, who, err
	}
	if s, err = connect(c, e, false); err != nil {
		return nil, at, who, err
	}
	s.out["settlement"], s.out["account"] = at, who
	return s, at, who, nil
}

// decimal prints a uint256 as a decimal string: a JSON number above 2^53
// loses precision in JavaScript.
func decimal(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}
