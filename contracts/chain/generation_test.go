package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	feesplit "github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/prover/bundle"
)

// genEnv is a settlement with the generation fixture's verifier registered
// as a plain (unattributed) circuit of its text model, the adapter
// registered by its owner from the inner commitment, and the requester's
// deposit escrowed.
type genEnv struct {
	*env
	gen      *bundle.Generation
	prompt   *big.Int // the fixture's prompt digest (the request's input)
	tokIn    uint32   // tokens billed: the prompt
	tokOut   uint32   // and the generated tokens
	register *types.Receipt
}

func newGenerationEnv(t *testing.T) *genEnv {
	t.Helper()
	e := deployBase(t, false)
	g, inner, err := fixtures.LoadGeneration("..")
	if err != nil {
		t.Fatal(err)
	}
	art, err := fixtures.GenerationVerifierArtifact()
	if err != nil {
		t.Fatal(err)
	}
	ge := &genEnv{env: e, gen: g, prompt: element(t, g.PromptDigest), tokIn: uint32(len(g.Prompt)), tokOut: uint32(len(g.Output))}
	e.model, e.adapter, e.inner = element(t, g.Model.Digest), element(t, g.Adapter.Commitment), inner
	e.verifier, _ = e.c.DeployVerifier(t, admin, art.Bin)
	e.c.Send(t, admin, chain.RegisterModel(e.settlement, e.model, ge.tokIn, ge.tokOut, false))
	rec := e.c.Send(t, admin, chain.RegisterCircuit(e.settlement, chain.CircuitConfig{
		ModelDigest: e.model, Verifier: e.verifier,
		CircuitDigest: hash32(t, g.Circuit.Digest), VKSHA256: hash32(t, g.VKSHA256),
	}))
	if e.circuit, err = chain.CircuitID(rec); err != nil {
		t.Fatal(err)
	}
	// An outsider registering the same inner commitment gets its own
	// commitment, not the one the proof carries.
	e.c.Send(t, outsider, chain.RegisterAdapter(e.settlement, e.inner, e.circuit, rIn, rOut, big.NewInt(0)))
	ge.register = e.c.Send(t, owner, chain.RegisterAdapter(e.settlement, e.inner, e.circuit, rIn, rOut, big.NewInt(0)))
	e.fund(t)
	return ge
}

// openFor opens the requester's next request for (model, adapter, input).
func (ge *genEnv) openFor(t *testing.T, input, maxFee *big.Int) [32]byte {
	t.Helper()
	rec := ge.c.Send(t, requester, chain.OpenRequest(ge.settlement, ge.model, ge.adapter, input, maxFee))
	k, err := chain.RequestKeyFromReceipt(rec)
	if err != nil {
		t.Fatal(err)
	}
	ge.keys = append(ge.keys, k)
	return k
}

// args returns settle's arguments for request key from the fixture, with
// public input i replaced by v (i < 0: none replaced).
func (ge *genEnv) args(t *testing.T, key [32]byte, i int, v *big.Int) chain.SettleArgs {
	t.Helper()
	a, err := chain.SettleArgsFromGeneration(key, ge.gen, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if i >= 0 {
		a.PublicInputs[i] = v
	}
	return a
}

// TestSettleGeneration settles the generation fixture (a real Groth16 proof
// of a greedy generation, circuits/gpt2) through the settlement contract
// unchanged: its public inputs (model digest, adapter commitment, prompt
// digest, output digest) are the positions settle reads as model, adapter,
// input and output. The owner's registration from the inner commitment
// gives the proof's commitment (an outsider's gives another); a request
// names (model, adapter, prompt digest); the fixture's proof pays every
// party the Go split (attribution/split) to the wei and emits the output
// digest; another output digest, another prompt (in the proof's inputs or
// in the request) and a replay are refused without moving a wei.
func TestSettleGeneration(t *testing.T) {
	ge := newGenerationEnv(t)
	ctx := context.Background()
	mine, err := chain.AdapterCommitmentOf(ctx, ge.c.Client, ge.settlement, ge.inner, ge.c.Addr(owner))
	if err != nil || mine.Cmp(ge.adapter) != 0 {
		t.Fatalf("owner's commitment %v (%v), the proof carries %#x", mine, err, ge.adapter)
	}
	theirs, err := chain.AdapterCommitmentOf(ctx, ge.c.Client, ge.settlement, ge.inner, ge.c.Addr(outsider))
	if err != nil || theirs.Cmp(ge.adapter) == 0 {
		t.Fatalf("outsider's commitment %v (%v) is the proof's", theirs, err)
	}
	if got := element(t, ge.gen.PublicInputs[3].Value); got.Cmp(element(t, ge.gen.OutputDigest)) != 0 ||
		ge.gen.OutputDigest != bundle.FormatElement(gpt2.TokenDigest(gpt2.TagOutput, ge.gen.Output)) {
		t.Fatalf("the fixture's output digest %s is not its tokens' (or public input 3)", ge.gen.OutputDigest)
	}

	want := generationSplit(t, ge.tokIn, ge.tokOut)
	if want.pool.Sign() == 0 {
		t.Fatal("the test split leaves no contributor pool")
	}
	key := ge.openFor(t, ge.prompt, want.fee)

	// Another prompt: a request for it is not the proof's statement, and
	// the proof under that prompt's digest does not verify.
	other := gpt2.TokenDigest(gpt2.TagPrompt, []int{5, 6})
	otherPrompt := other.BigInt(new(big.Int))
	otherKey := ge.openFor(t, otherPrompt, want.fee)
	ge.expectRevert(t, settler, chain.Settle(ge.settlement, ge.args(t, otherKey, -1, nil)), "StatementMismatch")
	ge.expectRevert(t, settler, chain.Settle(ge.settlement, ge.args(t, otherKey, 2, otherPrompt)), "ProofInvalid")
	ge.expectRevert(t, settler, chain.Settle(ge.settlement, ge.args(t, key, 2, otherPrompt)), "StatementMismatch")
	// Another output: a flipped token's digest, or any other value.
	flipped := append([]int(nil), ge.gen.Output...)
	flipped[0] = (flipped[0] + 1) % 96
	fd := gpt2.TokenDigest(gpt2.TagOutput, flipped)
	for _, out := range []*big.Int{
		fd.BigInt(new(big.Int)),
		new(big.Int).Add(element(t, ge.gen.OutputDigest), big.NewInt(1)),
	} {
		ge.expectRevert(t, settler, chain.Settle(ge.settlement, ge.args(t, key, 3, out)), "ProofInvalid")
	}
	// Weights: a plain circuit binds none.
	a := ge.args(t, key, -1, nil)
	a.Indices, a.WeightsPPM = []uint32{0}, []uint32{1_000_000}
	ge.expectRevert(t, settler, chain.Settle(ge.settlement, a), "WeightsInvalid")

	// The verifier alone (gnark's verifyProof entry, as TestGasFigures
	// measures it), then the settlement.
	vrec := ge.c.Send(t, admin, chain.Call{What: "verifyProof", To: &ge.verifier, Data: packVerifyProof(t, ge.args(t, key, -1, nil))})
	before := ge.state(t)
	rec := ge.c.Send(t, settler, chain.Settle(ge.settlement, ge.args(t, key, -1, nil)))
	t.Logf("generation fixture (%s, %d constraints): verifyProof %d gas; settle %d gas, %s",
		ge.gen.Circuit.Name, ge.gen.Circuit.Constraints, vrec.GasUsed, rec.GasUsed, l1Note(ctx, t, ge.env, rec))
	ge.paidGas(before, settler, rec)
	add(before, owner+".credit", want.owner) // β and the whole pool
	add(before, settler+".credit", want.prover)
	add(before, pool+".credit", want.stakers)
	add(before, treasury+".credit", want.platform)
	before[lockedKey(key)] = "0"
	sameState(t, "settle", before, ge.state(t))
	ge.expectRevert(t, settler, chain.Settle(ge.settlement, ge.args(t, key, -1, nil)), "RequestNotOpen")

	evs, err := chain.Events(ctx, ge.c.Client, ge.settlement, big.NewInt(0), nil)
	if err != nil {
		t.Fatal(err)
	}
	settled := 0
	for _, ev := range evs {
		if ev.Name != "Settled" {
			continue
		}
		settled++
		f := ev.Fields
		if out, ok := f["outputDigest"].(*big.Int); !ok || out.Cmp(element(t, ge.gen.OutputDigest)) != 0 {
			t.Errorf("Settled.outputDigest = %v, want %s", f["outputDigest"], ge.gen.OutputDigest)
		}
		if fee, ok := f["fee"].(*big.Int); !ok || fee.Cmp(want.fee) != 0 || f["owner"] != ge.c.Addr(owner) || f["prover"] != ge.c.Addr(settler) {
			t.Errorf("Settled %v", f)
		}
	}
	if settled != 1 {
		t.Fatalf("%d Settled events, want 1", settled)
	}
}

// generationSplit is the Go reference split (attribution/split) of one
// generation of in prompt and out generated tokens under the test terms,
// without weights (a plain circuit: the pool goes to the owner).
func generationSplit(t *testing.T, in, out uint32) split {
	t.Helper()
	return generationSplitWeights(t, in, out, nil)
}

// generationSplitWeights is the same with the contributors' weights (ppm,
// the listed contributors').
func generationSplitWeights(t *testing.T, in, out uint32, weights []uint32) split {
	t.Helper()
	r, err := feesplit.Compute(&feesplit.Request{
		TokensIn: big.NewInt(int64(in)), TokensOut: big.NewInt(int64(out)), RateIn: rIn, RateOut: rOut,
		PlatformFee: platformFee, OwnerBps: betaBps, StakerBps: gammaBps, ProverBps: proverBps,
		ContributorBps: 10_000 - betaBps - gammaBps - proverBps, Weights: weights,
	})
	if err != nil {
		t.Fatal(err)
	}
	return split{fee: r.Fee, platform: r.Platform, owner: r.Owner, stakers: r.Stakers, prover: r.Prover, pool: r.Pool, contributors: r.Contributors}
}

var bigOne = big.NewInt(1)

func newInt() *big.Int { return new(big.Int) }
