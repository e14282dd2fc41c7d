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
	owner     = simchain.AdapterOwnerName
	treasury  = "treasury"
	pool      = "staking-pool"
	settler   = "settler" // a prover: settles and earns π
	outsider  = "outsider"
)

func contributor(i int) string { return fmt.Sprintf("contributor-%d", i) }

// Terms of the test deployment: odd amounts so that every floor rounds.
var (
	platformFee = big.NewInt(1_000_000_000_000_001)
	rIn         = big.NewInt(3_000_000_000_000_007)  // wei per 1000 input tokens
	rOut        = big.NewInt(11_000_000_000_000_013) // wei per 1000 output tokens
	deposit     = new(big.Int).Mul(big.NewInt(50), big.NewInt(1e18))
)

const (
	betaBps, gammaBps, proverBps = 5000, 2000, 1000 // δ = 2000
	tokensIn                     = 784              // one MNIST image in
	tokensOut                    = 10               // ten logits out
	nContributors                = fixtures.AttributedContributors
)

type env struct {
	c          *simchain.Chain
	settlement common.Address
	token      common.Address // zero in native mode
	hasher     common.Address // the AttributionDigest (digester and hasher)
	verifier   common.Address
	circuit    uint32
	bundles    []*bundle.Bundle
	model      *big.Int
	adapter    *big.Int // the public (owned) commitment the proofs carry
	inner      *big.Int // its inner commitment, which the owner registers
	root       *big.Int // the adapter's Datanet (attributed env), nil for a plain one
	tree       *chain.DatanetTree
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

// deployBase starts a chain and deploys the OPEN token (erc20), the
// AttributionDigest and the settlement contract; it registers nothing.
func deployBase(t *testing.T, erc20 bool) *env {
	t.Helper()
	bridge, err := contractstest.LoadArtifact("TestL2Bridge")
	if err != nil {
		t.Fatal(err)
	}
	c := simchain.New(t, names(), types.GenesisAlloc{chain.L2StandardBridge: {Code: bridge.Runtime, Balance: big.NewInt(0)}})
	e := &env{c: c}
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
	dcall, err := chain.DeployAttributionDigest()
	if err != nil {
		t.Fatal(err)
	}
	e.hasher, _ = c.Deploy(t, admin, dcall)
	call, err := chain.DeploySettlement(chain.DeployConfig{
		Admin: c.Addr(admin), Token: e.token, Hasher: e.hasher, Treasury: c.Addr(treasury), StakingPool: c.Addr(pool),
		Split: chain.SplitConfig{BetaBps: betaBps, GammaBps: gammaBps, ProverBps: proverBps, PlatformFee: platformFee, RequestTimeout: 3600},
	})
	if err != nil {
		t.Fatal(err)
	}
	e.settlement, _ = c.Deploy(t, admin, call)
	return e
}

func (e *env) fund(t *testing.T) {
	t.Helper()
	if !e.native() {
		e.c.Send(t, requester, chain.Approve(e.token, e.settlement, deposit))
	}
	e.c.Send(t, requester, chain.Deposit(e.settlement, deposit, e.native()))
}

// newEnv deploys the attributed fixture's verifier (64 contributors, real
// attribution digests) and the settlement contract (native OPEN, or the OP
// Stack's OptimismMintableERC20), registers the model as attributed, its
// circuit, the fixture's Datanet (by an outsider: anyone may) and the
// adapter, and escrows the requester's deposit.
func newEnv(t *testing.T, erc20 bool) *env {
	t.Helper()
	e := deployBase(t, erc20)
	e.loadFixture(t, "attributed")
	e.registerAttributed(t, common.FromHex(contractstest.AttributedVerifierMetaData.Bin))
	e.fund(t)
	return e
}

func (e *env) loadFixture(t *testing.T, name string) {
	t.Helper()
	f, err := fixtures.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	_, bundles, err := f.Load("..")
	if err != nil {
		t.Fatal(err)
	}
	e.bundles = bundles
	e.model = element(t, bundles[0].Model.Digest)
	e.adapter = element(t, bundles[0].Adapter.Commitment)
	if e.inner, err = f.AdapterInner(".."); err != nil {
		t.Fatal(err)
	}
	if f.Contributors != 0 {
		if e.tree, err = fixtures.AttributedTree(f.Contributors); err != nil {
			t.Fatal(err)
		}
		e.root = element(t, bundles[0].PublicInputs[fixtures.AttributedDatanetRootIndex].Value)
		if e.tree.Preimage().Root.Cmp(e.root) != 0 {
			t.Fatalf("fixture %s: its Datanet root is not AttributedTree's: run `go run ./contracts/internal/fixturegen -only %s`", name, name)
		}
	}
}

// registerAttributed registers the attributed model, its circuit (the
// verifier verifierCode), the fixture's Datanet (by an outsider) and the
// adapter; it returns registerDatanet's receipt.
func (e *env) registerAttributed(t *testing.T, verifierCode []byte) *types.Receipt {
	t.Helper()
	c := e.c
	b := e.bundles[0]
	e.verifier, _ = c.DeployVerifier(t, admin, verifierCode)
	c.Send(t, admin, chain.RegisterModel(e.settlement, e.model, tokensIn, tokensOut, true))
	rec := c.Send(t, admin, chain.RegisterCircuit(e.settlement, chain.CircuitConfig{
		ModelDigest: e.model, Verifier: e.verifier,
		DatanetRootIndex: fixtures.AttributedDatanetRootIndex, AttributionIndex: fixtures.AttributedDigestIndex,
		CircuitDigest: hash32(t, b.Circuit.Digest), VKSHA256: hash32(t, b.VKSHA256), AttributionDigester: e.hasher,
	}))
	var err error
	if e.circuit, err = chain.CircuitID(rec); err != nil {
		t.Fatal(err)
	}
	dn := c.Send(t, outsider, chain.RegisterDatanet(e.settlement, e.tree.Preimage()))
	c.Send(t, owner, chain.RegisterAdapter(e.settlement, e.inner, e.circuit, rIn, rOut, e.root))
	return dn
}

// open opens the requester's next request for bundle i with maxFee.
func (e *env) open(t *testing.T, i int, maxFee *big.Int) ([32]byte, *types.Receipt) {
	t.Helper()
	in := element(t, e.bundles[i].InputDigest)
	rec := e.c.Send(t, requester, chain.OpenRequest(e.settlement, e.model, e.adapter, in, maxFee))
	k, err := chain.RequestKeyFromReceipt(rec)
	if err != nil {
		t.Fatal(err)
	}
	e.keys = append(e.keys, k)
	return k, rec
}

// paidGas charges who the gas of rec where gas is paid in OPEN (native mode).
func (e *env) paidGas(state map[string]string, who string, rec *types.Receipt) {
	if e.native() {
		add(state, who+".wallet", new(big.Int).Neg(simchain.GasCost(rec)))
	}
}

func (e *env) args(t *testing.T, key [32]byte, i int, indices, weights []uint32) chain.SettleArgs {
	t.Helper()
	a, err := chain.SettleArgsFromBundle(key, e.bundles[i], indices, weights)
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
	for _, k := range e.keys {
		v, err := chain.Locked(ctx, e.c.Client, e.settlement, k)
		if err != nil {
			t.Fatal(err)
		}
		out[lockedKey(k)] = v.String()
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
	fee, platform, owner, stakers, prover, pool *big.Int
	contributors                                []*big.Int
}

func expectedSplit(t testing.TB, weights []uint32) split {
	t.Helper()
	return splitWith(t, rIn, rOut, betaBps, gammaBps, proverBps, weights)
}

func splitWith(t testing.TB, rin, rout *big.Int, beta, gamma, prover uint32, weights []uint32) split {
	t.Helper()
	r, err := feesplit.Compute(&feesplit.Request{
		TokensIn: big.NewInt(tokensIn), TokensOut: big.NewInt(tokensOut), RateIn: rin, RateOut: rout,
		PlatformFee: platformFee, OwnerBps: beta, StakerBps: gamma, ProverBps: prover,
		ContributorBps: 10_000 - beta - gamma - prover, Weights: weights,
	})
	if err != nil {
		t.Fatalf("test terms rejected by attribution/split: %v", err)
	}
	return split{fee: r.Fee, platform: r.Platform, owner: r.Owner, stakers: r.Stakers, prover: r.Prover, pool: r.Pool, contributors: r.Contributors}
}

func add(state map[string]string, key string, delta *big.Int) {
	v, _ := new(big.Int).SetString(state[key], 10)
	state[key] = v.Add(v, delta).String()
}

// sparse lists the non-zero weights of a dense list.
func sparse(dense []uint32) (idx, w []uint32) {
	for i, v := range dense {
		if v != 0 {
			idx, w = append(idx, uint32(i)), append(w, v)
		}
	}
	return idx, w
}

// expectRevert sends call as who, wants revert name, and checks that no
// balance moved.
func (e *env) expectRevert(t *testing.T, who string, call chain.Call, name string) {
	t.Helper()
	before := e.state(t)
	_, err := chain.Send(context.Background(), e.c.Client, e.c.Auth(who), call)
	if !chain.IsRevert(err, name) {
		t.Fatalf("%s: got %v, want revert %s", call.What, err, name)
	}
	sameState(t, call.What+" (reverted)", before, e.state(t))
}

// TestSettle runs the settlement flow with native OPEN; TestSettleERC20
// (-tags prover_checks) runs it again with OPEN as an ERC-20.
func TestSettle(t *testing.T) { testSettle(t, false) }

func testSettle(t *testing.T, erc20 bool) {
	e := newEnv(t, erc20)
	idx, weights := sparse(fixtures.AttributedBundleWeights(2)) // all 64 weighted
	want := expectedSplit(t, weights)
	slack := big.NewInt(12_345)
	maxFee := new(big.Int).Add(want.fee, slack)

	// Open locks exactly the fee (maxFee only bounds it).
	before := e.state(t)
	k0, rec := e.open(t, 2, maxFee)
	afterOpen := e.state(t)
	e.paidGas(before, requester, rec)
	add(before, requester+".escrow", new(big.Int).Neg(want.fee))
	before[lockedKey(k0)] = want.fee.String()
	sameState(t, "openRequest", before, afterOpen)

	// A valid proof pays every party exactly; the prover's share goes to the sender.
	rec = e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, k0, 2, idx, weights)))
	exp := afterOpen
	e.paidGas(exp, settler, rec)
	exp[lockedKey(k0)] = "0"
	add(exp, owner+".credit", want.owner)
	add(exp, settler+".credit", want.prover)
	add(exp, pool+".credit", want.stakers)
	add(exp, treasury+".credit", want.platform)
	sameState(t, "settle", exp, e.state(t))
	sum := new(big.Int).Add(new(big.Int).Add(want.owner, want.stakers), new(big.Int).Add(want.platform, want.prover))
	for _, a := range want.contributors {
		sum.Add(sum, a)
	}
	if sum.Cmp(want.fee) != 0 {
		t.Fatalf("parts sum to %s, fee is %s", sum, want.fee)
	}
	tree := checkCredited(t, e, k0, want, idx, weights)
	checkSettledEvent(t, e, want)

	// Contributors: bind payouts (anyone may), then claim (anyone may) into
	// the payout's credit, to the wei.
	for _, i := range []int{0, 17, 63} {
		e.bindPayout(t, outsider, i)
	}
	for n, c := range tree.Indices {
		if c != 0 && c != 17 && c != 63 {
			continue
		}
		call, err := tree.Claim(e.settlement, n)
		if err != nil {
			t.Fatal(err)
		}
		before := e.state(t)
		rec := e.c.Send(t, outsider, call)
		e.paidGas(before, outsider, rec)
		add(before, contributor(int(c))+".credit", tree.Amounts[n])
		sameState(t, "claim", before, e.state(t))
		e.expectRevert(t, outsider, call, "AlreadyClaimed")
	}
	testClaimRefusals(t, e, tree)
	testSettleRefusals(t, e, maxFee)

	// Withdrawals: each party gets its credit, to the wei.
	for _, who := range []string{owner, settler, pool, treasury, contributor(17)} {
		checkWithdraw(t, e, who, chain.Withdraw(e.settlement), who+".credit")
	}
	e.expectRevert(t, owner, chain.Withdraw(e.settlement), "NothingToWithdraw")
	testPayeesChange(t, e)
	if e.native() {
		testReentrantWithdraw(t, e)
	}
}

// bindPayout binds contributor i's payout (its fixture address) as who.
func (e *env) bindPayout(t *testing.T, who string, i int) {
	t.Helper()
	call, err := e.tree.BindPayout(e.settlement, i, fixtures.ContributorAddress(i), fixtures.AttributedDataInner(i))
	if err != nil {
		t.Fatal(err)
	}
	e.c.Send(t, who, call)
	got, err := chain.PayoutOf(context.Background(), e.c.Client, e.settlement, e.root, uint32(i))
	if err != nil || got != e.c.Addr(contributor(i)) {
		t.Fatalf("payout of %d: %s, %v; want %s", i, got, err, e.c.Addr(contributor(i)))
	}
}

// checkCredited checks settlement key's ContributorsCredited event and
// stored pool against the Go credit tree of the weights.
func checkCredited(t *testing.T, e *env, key [32]byte, want split, idx, w []uint32) *chain.CreditTree {
	t.Helper()
	ctx := context.Background()
	cr, err := chain.ContributorsCreditedOf(ctx, e.c.Client, e.settlement, key)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := chain.NewCreditTree(key, cr.Pool, idx, w)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := chain.ContributorPoolOf(ctx, e.c.Client, e.settlement, key)
	if err != nil {
		t.Fatal(err)
	}
	if cr.Pool.Cmp(want.pool) != 0 || cr.DatanetRoot.Cmp(e.root) != 0 || cr.CreditRoot != tree.Root() || cp.CreditRoot != tree.Root() {
		t.Fatalf("ContributorsCredited pool %s root %#x credit root %x (stored %x); want %s %#x %x",
			cr.Pool, cr.DatanetRoot, cr.CreditRoot, cp.CreditRoot, want.pool, e.root, tree.Root())
	}
	for n := range idx {
		if tree.Amounts[n].Cmp(want.contributors[n]) != 0 {
			t.Fatalf("credit tree amount %d = %s, attribution/split %s", n, tree.Amounts[n], want.contributors[n])
		}
	}
	return tree
}

func checkSettledEvent(t *testing.T, e *env, want split) {
	t.Helper()
	evs, err := chain.Events(context.Background(), e.c.Client, e.settlement, big.NewInt(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if ev.Name != "Settled" {
			continue
		}
		f := ev.Fields
		for name, v := range map[string]*big.Int{"fee": want.fee, "ownerAmount": want.owner, "proverAmount": want.prover,
			"stakersAmount": want.stakers, "platformAmount": want.platform} {
			if got, ok := f[name].(*big.Int); !ok || got.Cmp(v) != 0 {
				t.Errorf("Settled.%s = %v, want %s", name, f[name], v)
			}
		}
		if f["owner"] != e.c.Addr(owner) || f["prover"] != e.c.Addr(settler) {
			t.Errorf("Settled owner %v prover %v", f["owner"], f["prover"])
		}
		return
	}
	t.Fatal("no Settled event")
}

// testClaimRefusals: claims and payout bindings that must revert.
func testClaimRefusals(t *testing.T, e *env, tree *chain.CreditTree) {
	var n5 int
	for n, c := range tree.Indices {
		if c == 5 {
			n5 = n
		}
	}
	good, err := tree.Claim(e.settlement, n5)
	if err != nil {
		t.Fatal(err)
	}
	// Contributor 5 has no payout bound yet.
	e.expectRevert(t, outsider, good, "PayoutUnbound")
	// Someone else's address for contributor 5: its leaf commits to another.
	if _, err := e.tree.BindPayout(e.settlement, 5, e.c.Addr(outsider), fixtures.AttributedDataInner(5)); err == nil {
		t.Fatal("BindPayout built a call for an address the leaf does not commit to")
	}
	path, err := e.tree.BindPayout(e.settlement, 5, fixtures.ContributorAddress(5), fixtures.AttributedDataInner(5))
	if err != nil {
		t.Fatal(err)
	}
	sib, err := e.tree.Siblings(5)
	if err != nil {
		t.Fatal(err)
	}
	inner := fixtures.AttributedDataInner(5)
	sketch := e.tree.Sketches[5]
	e.expectRevert(t, outsider, chain.BindPayout(e.settlement, e.root, 5, e.c.Addr(outsider),
		inner.BigInt(new(big.Int)), sketch.BigInt(new(big.Int)), sib), "PayoutProofInvalid")
	e.expectRevert(t, outsider, chain.BindPayout(e.settlement, e.root, 5, fixtures.ContributorAddress(5),
		inner.BigInt(new(big.Int)), sketch.BigInt(new(big.Int)), sib[1:]), "PayoutProofInvalid")
	e.c.Send(t, contributor(5), path)
	e.expectRevert(t, outsider, path, "PayoutAlreadyBound")
	// A wrong amount, or another settlement's key, fails the proof.
	more := *tree
	more.Amounts = append([]*big.Int(nil), tree.Amounts...)
	more.Amounts[n5] = new(big.Int).Add(tree.Amounts[n5], big.NewInt(1))
	call, _ := more.Claim(e.settlement, n5)
	e.expectRevert(t, outsider, call, "CreditProofInvalid")
	other := *tree
	other.Key = [32]byte{1}
	call, _ = other.Claim(e.settlement, n5)
	e.expectRevert(t, outsider, call, "CreditProofInvalid")
	e.c.Send(t, outsider, good)
}

// testSettleRefusals: each failure reverts with its named error and changes
// nothing; the request then still settles.
func testSettleRefusals(t *testing.T, e *env, maxFee *big.Int) {
	idx, w := sparse(fixtures.AttributedBundleWeights(1))
	key, _ := e.open(t, 1, maxFee)
	tampered := func(mut func(a *chain.SettleArgs)) chain.SettleArgs {
		a := e.args(t, key, 1, idx, w)
		a.Proof = append([]byte(nil), a.Proof...)
		a.PublicInputs = append([]*big.Int(nil), a.PublicInputs...)
		mut(&a)
		return a
	}
	bump := func(i int) func(a *chain.SettleArgs) {
		return func(a *chain.SettleArgs) { a.PublicInputs[i] = new(big.Int).Add(a.PublicInputs[i], big.NewInt(1)) }
	}
	moved := append([]uint32(nil), w...)
	moved[0]--
	moved[1]++
	neighbour := append([]uint32(nil), idx...)
	neighbour[0]++
	idx0, w0 := sparse(fixtures.AttributedBundleWeights(0))
	cases := []struct {
		name        string
		args        chain.SettleArgs
		setup, undo func()
		revert      string
	}{
		{name: "tampered proof A", args: tampered(func(a *chain.SettleArgs) { a.Proof[31] ^= 1 }), revert: "ProofInvalid"},
		{name: "tampered proof C", args: tampered(func(a *chain.SettleArgs) { a.Proof[0xc0+31] ^= 1 }), revert: "ProofInvalid"},
		{name: "changed output digest", args: tampered(bump(3)), revert: "ProofInvalid"},
		{name: "changed input digest", args: tampered(bump(2)), revert: "StatementMismatch"},
		{name: "changed model digest", args: tampered(bump(0)), revert: "StatementMismatch"},
		{name: "changed adapter", args: tampered(bump(1)), revert: "StatementMismatch"},
		{name: "another Datanet root", args: tampered(bump(fixtures.AttributedDatanetRootIndex)), revert: "DatanetMismatch"},
		{name: "unopened request", args: tampered(func(a *chain.SettleArgs) { a.Request = [32]byte{7} }), revert: "RequestNotOpen"},
		{name: "extra public input", args: tampered(func(a *chain.SettleArgs) { a.PublicInputs = append(a.PublicInputs, big.NewInt(0)) }), revert: "PublicInputCountInvalid"},
		{name: "another bundle's weights", args: e.args(t, key, 1, idx0, w0), revert: "AttributionMismatch"},
		{name: "one ppm moved", args: e.args(t, key, 1, idx, moved), revert: "AttributionMismatch"},
		{name: "same weights, other contributor", args: e.args(t, key, 1, neighbour, w), revert: "AttributionMismatch"},
		{name: "no weights (pool to the owner)", args: e.args(t, key, 1, nil, nil), revert: "AttributionMismatch"},
		{name: "weights not summing to 1e6", args: e.args(t, key, 1, idx[:7], w[:7]), revert: "WeightsSumInvalid"},
		{name: "a weight of 2^20 (aliases an index bit)", args: e.args(t, key, 1, []uint32{3, 4}, []uint32{1 << 20, 0}), revert: "WeightsSumInvalid"},
		{name: "contributor twice", args: e.args(t, key, 1, []uint32{3, 3}, []uint32{500_000, 500_000}), revert: "DigestInputInvalid"},
		{name: "contributor outside the Datanet", args: e.args(t, key, 1, []uint32{64}, []uint32{1_000_000}), revert: "DigestInputInvalid"},
		{
			name: "inactive adapter", args: e.args(t, key, 1, idx, w), revert: "AdapterInactive",
			setup: func() { e.c.Send(t, owner, chain.SetAdapterActive(e.settlement, e.adapter, false)) },
			undo:  func() { e.c.Send(t, owner, chain.SetAdapterActive(e.settlement, e.adapter, true)) },
		},
		{
			name: "inactive model", args: e.args(t, key, 1, idx, w), revert: "ModelInactive",
			setup: func() { e.c.Send(t, admin, chain.SetModelActive(e.settlement, e.model, false)) },
			undo:  func() { e.c.Send(t, admin, chain.SetModelActive(e.settlement, e.model, true)) },
		},
		{
			name: "inactive circuit", args: e.args(t, key, 1, idx, w), revert: "CircuitInactive",
			setup: func() { e.c.Send(t, admin, chain.SetCircuitActive(e.settlement, e.circuit, false)) },
			undo:  func() { e.c.Send(t, admin, chain.SetCircuitActive(e.settlement, e.circuit, true)) },
		},
		{
			name: "paused", args: e.args(t, key, 1, idx, w), revert: "EnforcedPause",
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
			e.expectRevert(t, settler, chain.Settle(e.settlement, tc.args), tc.revert)
		})
	}
	e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, key, 1, idx, w)))
	e.expectRevert(t, settler, chain.Settle(e.settlement, e.args(t, key, 1, idx, w)), "RequestNotOpen")
}

// testPayeesChange: the staking pool's and treasury's shares of a settlement
// belong to the payees in force then. Changing the treasury moves what the
// old one earned into its credit (still withdrawable by it); the new one
// earns from the next settlement on.
func testPayeesChange(t *testing.T, e *env) {
	idx, w := sparse(fixtures.AttributedBundleWeights(0))
	want := expectedSplit(t, w)
	key, _ := e.open(t, 0, want.fee)
	e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, key, 0, idx, w)))

	before := e.state(t)
	set := bindings.NewOpenProofSettlement().PackSetPayees(e.c.Addr(outsider), e.c.Addr(pool))
	rec := e.c.Send(t, admin, chain.Call{What: "setPayees", To: &e.settlement, Data: set})
	e.paidGas(before, admin, rec)
	sameState(t, "setPayees", before, e.state(t))
	if got := before[treasury+".credit"]; got != want.platform.String() {
		t.Fatalf("old treasury's credit %s, want its platform fee %s", got, want.platform)
	}

	key, _ = e.open(t, 0, want.fee) // the same statement, bought again
	before = e.state(t)
	rec = e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, key, 0, idx, w)))
	e.paidGas(before, settler, rec)
	add(before, outsider+".credit", want.platform)
	add(before, pool+".credit", want.stakers)
	add(before, owner+".credit", want.owner)
	add(before, settler+".credit", want.prover)
	before[lockedKey(key)] = "0"
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
	idx, w := sparse(fixtures.AttributedBundleWeights(0))
	want := expectedSplit(t, w)
	key, _ := e.open(t, 0, want.fee)
	e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, key, 0, idx, w)))

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
