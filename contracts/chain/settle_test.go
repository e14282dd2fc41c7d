package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	feesplit "github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/contracts/internal/simchain"
	"github.com/openproof/openproof/prover/bundle"
)

// Accounts of the test chain.
const (
	admin     = "admin"
	requester = "requester"
	owner     = "adapter-owner"
	treasury  = "treasury"
	pool      = "staking-pool"
	settler   = "settler"
	outsider  = "outsider"
)

func contributor(i int) string { return fmt.Sprintf("contributor-%d", i) }

// Terms of the test deployment: odd amounts so that every floor rounds.
var (
	platformFee = big.NewInt(1_000_000_000_000_001)
	rIn         = big.NewInt(3_000_000_000_000_007)  // wei per 1000 input tokens
	rOut        = big.NewInt(11_000_000_000_000_013) // wei per 1000 output tokens
	deposit     = new(big.Int).Mul(big.NewInt(50), big.NewInt(1e18))
	datanetRoot = big.NewInt(0x0da7a7e7)
)

const (
	betaBps, gammaBps = 5000, 2000 // δ = 3000
	tokensIn          = 784        // one MNIST image in
	tokensOut         = 10         // ten logits out
	nContributors     = 64
)

type env struct {
	c          *simchain.Chain
	settlement common.Address
	token      common.Address // zero in native mode
	verifier   common.Address
	circuit    uint32
	bundles    []*bundle.Bundle
	model      *big.Int
	adapter    *big.Int
	root       *big.Int   // the adapter's Datanet
	keys       [][32]byte // request keys opened so far
}

func (e *env) native() bool { return e.token == (common.Address{}) }

func names() []string {
	n := []string{admin, requester, owner, treasury, pool, settler, outsider}
	for i := range nContributors {
		n = append(n, contributor(i))
	}
	return n
}

func element(t testing.TB, s string) *big.Int {
	t.Helper()
	e, err := bundle.ParseElement(s)
	if err != nil {
		t.Fatal(err)
	}
	var v big.Int
	return e.BigInt(&v)
}

func hash32(t testing.TB, s string) [32]byte {
	t.Helper()
	var out [32]byte
	b := common.FromHex(s)
	if len(b) != 32 {
		t.Fatalf("%q is not 32 bytes", s)
	}
	copy(out[:], b)
	return out
}

// newEnv deploys the small fixture's verifier and the settlement contract
// (native OPEN, or the OP Stack's OptimismMintableERC20), and registers the
// model, a 64-contributor Datanet and the adapter.
func newEnv(t *testing.T, erc20 bool) *env {
	t.Helper()
	f, err := fixtures.Get("small")
	if err != nil {
		t.Fatal(err)
	}
	_, bundles, err := f.Load("..")
	if err != nil {
		t.Fatal(err)
	}
	bridge, err := contractstest.LoadArtifact("TestL2Bridge")
	if err != nil {
		t.Fatal(err)
	}
	c := simchain.New(t, names(), types.GenesisAlloc{chain.L2StandardBridge: {Code: bridge.Runtime, Balance: big.NewInt(0)}})
	e := &env{c: c, bundles: bundles, root: datanetRoot}
	e.model = element(t, bundles[0].Model.Digest)
	e.adapter = element(t, bundles[0].Adapter.Commitment)

	if erc20 {
		call, err := chain.DeployOPENToken(common.HexToAddress("0x000000000000000000000000000000000000dEaD"))
		if err != nil {
			t.Fatal(err)
		}
		e.token, _ = c.Deploy(t, admin, call)
		// A deposit through the bridge: the only way to mint.
		mint := contractstest.NewTestL2Bridge().PackFinalizeDeposit(e.token, c.Addr(requester), deposit)
		c.Send(t, outsider, chain.Call{What: "bridge deposit", To: &chain.L2StandardBridge, Data: mint})
	}
	e.verifier, _ = c.DeployVerifier(t, admin, common.FromHex(contractstest.MnistSmallVerifierMetaData.Bin))
	call, err := chain.DeploySettlement(chain.DeployConfig{
		Admin: c.Addr(admin), Token: e.token, Treasury: c.Addr(treasury), StakingPool: c.Addr(pool),
		Split: chain.SplitConfig{BetaBps: betaBps, GammaBps: gammaBps, PlatformFee: platformFee, RequestTimeout: 3600},
	})
	if err != nil {
		t.Fatal(err)
	}
	e.settlement, _ = c.Deploy(t, admin, call)
	grant, err := chain.GrantRole(e.settlement, "SETTLER_ROLE", c.Addr(settler))
	if err != nil {
		t.Fatal(err)
	}
	c.Send(t, admin, grant)
	c.Send(t, admin, chain.RegisterModel(e.settlement, e.model, tokensIn, tokensOut))
	rec := c.Send(t, admin, chain.RegisterCircuit(e.settlement, chain.CircuitConfig{
		ModelDigest: e.model, Verifier: e.verifier,
		CircuitDigest: hash32(t, bundles[0].Circuit.Digest), VKSHA256: hash32(t, bundles[0].VKSHA256),
	}))
	if e.circuit, err = chain.CircuitID(rec); err != nil {
		t.Fatal(err)
	}
	payouts := make([]common.Address, nContributors)
	for i := range payouts {
		payouts[i] = c.Addr(contributor(i))
	}
	c.Send(t, admin, chain.RegisterDatanet(e.settlement, datanetRoot, payouts))
	c.Send(t, owner, chain.RegisterAdapter(e.settlement, e.adapter, e.circuit, rIn, rOut, datanetRoot))
	if erc20 {
		c.Send(t, requester, chain.Approve(e.token, e.settlement, deposit))
	}
	c.Send(t, requester, chain.Deposit(e.settlement, deposit, !erc20))
	return e
}

// open opens a request for bundle i with maxFee.
func (e *env) open(t *testing.T, i int, maxFee *big.Int) ([32]byte, *types.Receipt) {
	t.Helper()
	b := e.bundles[i]
	in := element(t, b.InputDigest)
	rec := e.c.Send(t, requester, chain.OpenRequest(e.settlement, e.model, e.adapter, in, maxFee))
	k := chain.RequestKey(e.model, e.adapter, in)
	e.keys = append(e.keys, k)
	return k, rec
}

// paidGas charges who the gas of rec where gas is paid in OPEN (native mode).
func (e *env) paidGas(state map[string]string, who string, rec *types.Receipt) {
	if e.native() {
		add(state, who+".wallet", new(big.Int).Neg(simchain.GasCost(rec)))
	}
}

func (e *env) args(t *testing.T, i int, indices, weights []uint32) chain.SettleArgs {
	t.Helper()
	a, err := chain.SettleArgsFromBundle(e.bundles[i], indices, weights)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// state is every balance the settlement can touch, by name.
func (e *env) state(t *testing.T) map[string]string {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	for _, n := range names() {
		b, err := chain.BalancesOf(ctx, e.c.Client, e.settlement, e.token, e.c.Addr(n))
		if err != nil {
			t.Fatal(err)
		}
		out[n+".wallet"], out[n+".escrow"], out[n+".credit"] = b.Wallet.String(), b.Escrow.String(), b.Credit.String()
	}
	for i := range nContributors {
		v, err := chain.ContributorCredit(ctx, e.c.Client, e.settlement, e.root, big.NewInt(int64(i)))
		if err != nil {
			t.Fatal(err)
		}
		out[fmt.Sprintf("contributor-credit-%d", i)] = v.String()
	}
	for _, k := range e.keys {
		v, err := chain.Locked(ctx, e.c.Client, e.settlement, k)
		if err != nil {
			t.Fatal(err)
		}
		out[fmt.Sprintf("locked-%x", k[:4])] = v.String()
	}
	held, err := chain.BalancesOf(ctx, e.c.Client, e.settlement, e.token, e.settlement)
	if err != nil {
		t.Fatal(err)
	}
	out["settlement.holds"] = held.Wallet.String()
	return out
}

func sameState(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for k, v := range before {
		if after[k] != v {
			t.Errorf("after %s: %s = %s, want %s", what, k, after[k], v)
		}
	}
}

// expectedSplit is the Go reference (attribution/split) for the test
// deployment's terms: the contract must match it to the wei.
type split struct {
	fee, platform, owner, stakers *big.Int
	contributors                  []*big.Int
}

func expectedSplit(t testing.TB, weights []uint32) split {
	t.Helper()
	r, err := feesplit.Compute(&feesplit.Request{
		TokensIn: big.NewInt(tokensIn), TokensOut: big.NewInt(tokensOut), RateIn: rIn, RateOut: rOut,
		PlatformFee: platformFee, OwnerBps: betaBps, StakerBps: gammaBps, ContributorBps: 10_000 - betaBps - gammaBps,
		Weights: weights,
	})
	if err != nil {
		t.Fatalf("test terms rejected by attribution/split: %v", err)
	}
	return split{fee: r.Fee, platform: r.Platform, owner: r.Owner, stakers: r.Stakers, contributors: r.Contributors}
}

func add(state map[string]string, key string, delta *big.Int) {
	v, _ := new(big.Int).SetString(state[key], 10)
	state[key] = v.Add(v, delta).String()
}

// TestSettle runs the settlement flow with native OPEN; TestSettleERC20
// (-tags prover_checks) runs it again with OPEN as an ERC-20.
func TestSettle(t *testing.T) { testSettle(t, false) }

func testSettle(t *testing.T, erc20 bool) {
	e := newEnv(t, erc20)
	ctx := context.Background()
	indices := []uint32{0, 5, 63}
	weights := []uint32{500_000, 333_333, 166_667}
	want := expectedSplit(t, weights)
	slack := big.NewInt(12_345)
	maxFee := new(big.Int).Add(want.fee, slack)

	// A valid proof pays every party exactly.
	before := e.state(t)
	k0, rec := e.open(t, 0, maxFee)
	afterOpen := e.state(t)
	e.paidGas(before, requester, rec)
	add(before, requester+".escrow", new(big.Int).Neg(maxFee))
	before[fmt.Sprintf("locked-%x", k0[:4])] = maxFee.String()
	sameState(t, "openRequest", before, afterOpen)

	rec = e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, 0, indices, weights)))
	got := e.state(t)
	exp := afterOpen
	e.paidGas(exp, settler, rec)
	add(exp, requester+".escrow", slack)
	exp[fmt.Sprintf("locked-%x", k0[:4])] = "0"
	add(exp, owner+".credit", want.owner)
	add(exp, pool+".credit", want.stakers)
	add(exp, treasury+".credit", want.platform)
	for i, idx := range indices {
		add(exp, fmt.Sprintf("contributor-credit-%d", idx), want.contributors[i])
	}
	sameState(t, "settle", exp, got)
	sum := new(big.Int).Add(new(big.Int).Add(want.owner, want.stakers), want.platform)
	for _, a := range want.contributors {
		sum.Add(sum, a)
	}
	if sum.Cmp(want.fee) != 0 {
		t.Fatalf("parts sum to %s, fee is %s", sum, want.fee)
	}

	// The events rebuild every payment.
	checkEvents(t, e, want, indices)

	// Failures: each reverts with its named error and changes nothing.
	e.open(t, 1, maxFee)
	tampered := func(mut func(a *chain.SettleArgs)) chain.SettleArgs {
		a := e.args(t, 1, indices, weights)
		a.Proof = append([]byte(nil), a.Proof...)
		a.PublicInputs = append([]*big.Int(nil), a.PublicInputs...)
		mut(&a)
		return a
	}
	unregistered := new(big.Int).Add(e.adapter, big.NewInt(1))
	cases := []struct {
		name   string
		as     string
		setup  func()
		undo   func()
		args   chain.SettleArgs
		revert string
	}{
		{name: "tampered proof A", as: settler, args: tampered(func(a *chain.SettleArgs) { a.Proof[31] ^= 1 }), revert: "ProofInvalid"},
		{name: "tampered proof C", as: settler, args: tampered(func(a *chain.SettleArgs) { a.Proof[0xc0+31] ^= 1 }), revert: "ProofInvalid"},
		{name: "tampered commitment PoK", as: settler, args: tampered(func(a *chain.SettleArgs) { a.Proof[0x140+31] ^= 1 }), revert: "ProofInvalid"},
		{name: "changed output digest", as: settler, args: tampered(func(a *chain.SettleArgs) { a.PublicInputs[3] = new(big.Int).Add(a.PublicInputs[3], big.NewInt(1)) }), revert: "ProofInvalid"},
		{name: "changed input digest", as: settler, args: tampered(func(a *chain.SettleArgs) { a.PublicInputs[2] = new(big.Int).Add(a.PublicInputs[2], big.NewInt(1)) }), revert: "RequestNotOpen"},
		{name: "unregistered adapter", as: settler, args: tampered(func(a *chain.SettleArgs) { a.PublicInputs[1] = unregistered }), revert: "AdapterNotRegistered"},
		{
			name: "inactive adapter", as: settler, args: e.args(t, 1, indices, weights), revert: "AdapterInactive",
			setup: func() { e.c.Send(t, owner, chain.SetAdapterActive(e.settlement, e.adapter, false)) },
			undo:  func() { e.c.Send(t, owner, chain.SetAdapterActive(e.settlement, e.adapter, true)) },
		},
		{
			name: "inactive model", as: settler, args: e.args(t, 1, indices, weights), revert: "ModelInactive",
			setup: func() { e.c.Send(t, admin, chain.SetModelActive(e.settlement, e.model, false)) },
			undo:  func() { e.c.Send(t, admin, chain.SetModelActive(e.settlement, e.model, true)) },
		},
		{
			name: "inactive circuit", as: settler, args: e.args(t, 1, indices, weights), revert: "CircuitInactive",
			setup: func() { e.c.Send(t, admin, chain.SetCircuitActive(e.settlement, e.circuit, false)) },
			undo:  func() { e.c.Send(t, admin, chain.SetCircuitActive(e.settlement, e.circuit, true)) },
		},
		{name: "unregistered model digest", as: settler, args: tampered(func(a *chain.SettleArgs) { a.PublicInputs[0] = big.NewInt(1) }), revert: "ModelNotRegistered"},
		{
			// A registered model, but not the one the adapter's circuit proves.
			name: "other model's digest", as: settler, args: tampered(func(a *chain.SettleArgs) { a.PublicInputs[0] = big.NewInt(2) }), revert: "ModelMismatch",
			setup: func() { e.c.Send(t, admin, chain.RegisterModel(e.settlement, big.NewInt(2), 1, 1)) },
			undo:  func() {},
		},
		{name: "extra public input", as: settler, args: tampered(func(a *chain.SettleArgs) { a.PublicInputs = append(a.PublicInputs, big.NewInt(0)) }), revert: "PublicInputCountInvalid"},
		{name: "replayed statement", as: settler, args: e.args(t, 0, indices, weights), revert: "StatementAlreadySettled"},
		{name: "weights from a non-settler", as: outsider, args: e.args(t, 1, indices, weights), revert: "WeightsUnbound"},
		{name: "weights not summing to 1e6", as: settler, args: e.args(t, 1, indices, []uint32{500_000, 333_333, 166_666}), revert: "WeightsSumInvalid"},
		{name: "contributor twice", as: settler, args: e.args(t, 1, []uint32{5, 5, 63}, weights), revert: "WeightsInvalid"},
		{name: "contributor outside the Datanet", as: settler, args: e.args(t, 1, []uint32{0, 5, 64}, weights), revert: "WeightsInvalid"},
		{
			name: "paused", as: settler, args: e.args(t, 1, indices, weights), revert: "EnforcedPause",
			setup: func() { e.c.Send(t, admin, chain.Pause(e.settlement)) },
			undo:  func() { e.c.Send(t, admin, chain.Unpause(e.settlement)) },
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.setup != nil {
				tc.setup()
				defer tc.undo()
			}
			before := e.state(t)
			_, err := chain.Send(ctx, e.c.Client, e.c.Auth(tc.as), chain.Settle(e.settlement, tc.args))
			if !chain.IsRevert(err, tc.revert) {
				t.Fatalf("settle: got %v, want revert %s", err, tc.revert)
			}
			sameState(t, tc.name, before, e.state(t))
		})
	}

	// Too little escrow: at open (more than the free escrow) and at settle
	// (a request whose maxFee is below the fee).
	t.Run("too little escrow", func(t *testing.T) {
		before := e.state(t)
		in := element(t, e.bundles[2].InputDigest)
		huge := new(big.Int).Mul(deposit, big.NewInt(2))
		_, err := chain.Send(ctx, e.c.Client, e.c.Auth(requester), chain.OpenRequest(e.settlement, e.model, e.adapter, in, huge))
		if !chain.IsRevert(err, "InsufficientEscrow") {
			t.Fatalf("openRequest: got %v, want InsufficientEscrow", err)
		}
		sameState(t, "openRequest", before, e.state(t))
		e.open(t, 2, new(big.Int).Sub(want.fee, big.NewInt(1)))
		before = e.state(t)
		_, err = chain.Send(ctx, e.c.Client, e.c.Auth(settler), chain.Settle(e.settlement, e.args(t, 2, indices, weights)))
		if !chain.IsRevert(err, "InsufficientEscrow") {
			t.Fatalf("settle: got %v, want InsufficientEscrow", err)
		}
		sameState(t, "settle", before, e.state(t))
	})

	// The second request still settles after all that.
	e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, 1, indices, weights)))

	// Withdrawals: each party gets its credit, to the wei.
	for _, who := range []string{owner, pool, treasury} {
		checkWithdraw(t, e, who, chain.Withdraw(e.settlement), who+".credit")
	}
	for _, idx := range indices {
		checkWithdraw(t, e, contributor(int(idx)), chain.WithdrawContributor(e.settlement, datanetRoot, big.NewInt(int64(idx))),
			fmt.Sprintf("contributor-credit-%d", idx))
	}
	_, err := chain.Send(ctx, e.c.Client, e.c.Auth(owner), chain.Withdraw(e.settlement))
	if !chain.IsRevert(err, "NothingToWithdraw") {
		t.Fatalf("second withdraw: got %v, want NothingToWithdraw", err)
	}
	_, err = chain.Send(ctx, e.c.Client, e.c.Auth(outsider), chain.WithdrawContributor(e.settlement, datanetRoot, big.NewInt(5)))
	if !chain.IsRevert(err, "NotPayoutAddress") {
		t.Fatalf("withdraw by a stranger: got %v, want NotPayoutAddress", err)
	}
	testPayeesChange(t, e)
	if e.native() {
		testReentrantWithdraw(t, e)
	}
}

// testPayeesChange: the staking pool's and treasury's shares of a settlement
// belong to the payees in force then. Changing the treasury moves what the
// old one earned into its credit (still withdrawable by it); the new one
// earns from the next settlement on.
func testPayeesChange(t *testing.T, e *env) {
	idx, w := []uint32{7}, []uint32{1_000_000}
	want := expectedSplit(t, w)
	e.open(t, 4, want.fee)
	e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, 4, idx, w)))

	before := e.state(t)
	set := bindings.NewOpenProofSettlement().PackSetPayees(e.c.Addr(outsider), e.c.Addr(pool))
	rec := e.c.Send(t, admin, chain.Call{What: "setPayees", To: &e.settlement, Data: set})
	e.paidGas(before, admin, rec)
	sameState(t, "setPayees", before, e.state(t))
	if got := before[treasury+".credit"]; got != want.platform.String() {
		t.Fatalf("old treasury's credit %s, want its platform fee %s", got, want.platform)
	}

	key, _ := e.open(t, 5, want.fee)
	before = e.state(t)
	rec = e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, 5, idx, w)))
	e.paidGas(before, settler, rec)
	add(before, outsider+".credit", want.platform)
	add(before, pool+".credit", want.stakers)
	add(before, owner+".credit", want.owner)
	add(before, "contributor-credit-7", want.contributors[0])
	before[fmt.Sprintf("locked-%x", key[:4])] = "0"
	sameState(t, "settle after setPayees", before, e.state(t))

	checkWithdraw(t, e, treasury, chain.Withdraw(e.settlement), treasury+".credit")
	checkWithdraw(t, e, outsider, chain.Withdraw(e.settlement), outsider+".credit")
	checkWithdraw(t, e, pool, chain.Withdraw(e.settlement), pool+".credit")
	set = bindings.NewOpenProofSettlement().PackSetPayees(e.c.Addr(treasury), e.c.Addr(pool))
	e.c.Send(t, admin, chain.Call{What: "setPayees", To: &e.settlement, Data: set})
}

// checkWithdraw withdraws as who and checks that its wallet grew by its
// credit exactly (less gas in native mode) and the credit is zero.
func checkWithdraw(t *testing.T, e *env, who string, call chain.Call, creditKey string) {
	t.Helper()
	before := e.state(t)
	credit, _ := new(big.Int).SetString(before[creditKey], 10)
	if credit.Sign() == 0 {
		t.Fatalf("%s has no credit to withdraw", who)
	}
	rec := e.c.Send(t, who, call)
	exp := before
	e.paidGas(exp, who, rec)
	add(exp, who+".wallet", credit)
	add(exp, "settlement.holds", new(big.Int).Neg(credit))
	exp[creditKey] = "0"
	sameState(t, "withdraw by "+who, exp, e.state(t))
}

// testReentrantWithdraw makes a contract that re-enters withdraw from its
// receive hook the treasury, lets it earn a fee and withdraw: the nested
// call is refused, so the whole withdrawal reverts and nothing moves.
func testReentrantWithdraw(t *testing.T, e *env) {
	ctx := context.Background()
	rw := contractstest.NewReentrantWithdrawer()
	code := append(common.FromHex(contractstest.ReentrantWithdrawerMetaData.Bin), rw.PackConstructor(e.settlement)...)
	attacker, _ := e.c.Deploy(t, admin, chain.Call{What: "deploy attacker", Data: code})
	set := bindings.NewOpenProofSettlement().PackSetPayees(attacker, e.c.Addr(pool))
	e.c.Send(t, admin, chain.Call{What: "setPayees", To: &e.settlement, Data: set})
	want := expectedSplit(t, []uint32{1_000_000})
	e.open(t, 3, want.fee)
	e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, 3, []uint32{7}, []uint32{1_000_000})))

	before := e.state(t)
	attackerBal, err := e.c.Client.BalanceAt(ctx, attacker, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = chain.Send(ctx, e.c.Client, e.c.Auth(outsider), chain.Call{What: "attack", To: &attacker, Data: rw.PackAttack()})
	if !chain.IsRevert(err, "ReentrancyGuardReentrantCall") {
		t.Fatalf("reentrant withdraw: got %v, want ReentrancyGuardReentrantCall", err)
	}
	sameState(t, "reentrant withdraw", before, e.state(t))
	after, err := e.c.Client.BalanceAt(ctx, attacker, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Cmp(attackerBal) != 0 {
		t.Fatalf("attacker balance moved: %s → %s", attackerBal, after)
	}
	credit, err := chain.BalancesOf(ctx, e.c.Client, e.settlement, e.token, attacker)
	if err != nil {
		t.Fatal(err)
	}
	if credit.Credit.Cmp(want.platform) != 0 {
		t.Fatalf("attacker credit %s, want %s (its platform fee, still owed)", credit.Credit, want.platform)
	}
}

// checkEvents rebuilds the first settlement's payments from the event log.
func checkEvents(t *testing.T, e *env, want split, indices []uint32) {
	t.Helper()
	evs, err := chain.Events(context.Background(), e.c.Client, e.settlement, big.NewInt(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	// The stakers' and platform amounts go to the payees in force: the
	// last PayeesConfigured before the settlement.
	var settled, credited, payees *chain.Event
	for i := range evs {
		switch evs[i].Name {
		case "Settled":
			if settled == nil {
				settled = &evs[i]
			}
		case "ContributorsCredited":
			if credited == nil {
				credited = &evs[i]
			}
		case "PayeesConfigured":
			if settled == nil {
				payees = &evs[i]
			}
		}
	}
	if payees == nil {
		t.Fatal("no PayeesConfigured event before the settlement")
	}
	if settled == nil || credited == nil {
		t.Fatalf("no Settled/ContributorsCredited event among %d", len(evs))
	}
	f := settled.Fields
	for name, v := range map[string]*big.Int{"fee": want.fee, "ownerAmount": want.owner, "stakersAmount": want.stakers, "platformAmount": want.platform} {
		if got, ok := f[name].(*big.Int); !ok || got.Cmp(v) != 0 {
			t.Errorf("Settled.%s = %v, want %s", name, f[name], v)
		}
	}
	if f["owner"] != e.c.Addr(owner) || payees.Fields["treasury"] != e.c.Addr(treasury) || payees.Fields["stakingPool"] != e.c.Addr(pool) {
		t.Errorf("Settled owner %v, payees in force %v %v", f["owner"], payees.Fields["treasury"], payees.Fields["stakingPool"])
	}
	gotIdx, _ := credited.Fields["indices"].([]uint32)
	gotAmt, _ := credited.Fields["amounts"].([]*big.Int)
	if len(gotIdx) != len(indices) || len(gotAmt) != len(indices) {
		t.Fatalf("ContributorsCredited has %d indices, %d amounts; want %d", len(gotIdx), len(gotAmt), len(indices))
	}
	for i := range indices {
		if gotIdx[i] != indices[i] || gotAmt[i].Cmp(want.contributors[i]) != 0 {
			t.Errorf("ContributorsCredited[%d] = (%d, %s), want (%d, %s)", i, gotIdx[i], gotAmt[i], indices[i], want.contributors[i])
		}
	}
}
