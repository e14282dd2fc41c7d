package chain_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover/bundle"
)

// newPlainEnv deploys the small fixture's verifier (4 public inputs, no
// Datanet) and registers its model (not attributed), circuit and an adapter
// without a Datanet.
func newPlainEnv(t *testing.T) *env {
	t.Helper()
	e := deployBase(t, false)
	e.loadFixture(t, "small")
	b := e.bundles[0]
	e.verifier, _ = e.c.DeployVerifier(t, admin, common.FromHex(contractstest.MnistSmallVerifierMetaData.Bin))
	e.c.Send(t, admin, chain.RegisterModel(e.settlement, e.model, tokensIn, tokensOut, false))
	rec := e.c.Send(t, admin, chain.RegisterCircuit(e.settlement, chain.CircuitConfig{
		ModelDigest: e.model, Verifier: e.verifier,
		CircuitDigest: hash32(t, b.Circuit.Digest), VKSHA256: hash32(t, b.VKSHA256),
	}))
	var err error
	if e.circuit, err = chain.CircuitID(rec); err != nil {
		t.Fatal(err)
	}
	e.c.Send(t, owner, chain.RegisterAdapter(e.settlement, e.inner, e.circuit, rIn, rOut, big.NewInt(0)))
	e.fund(t)
	return e
}

// TestSettlePlain: a plain circuit pays the contributor pool to the owner,
// refuses any weights (nothing binds them), and cannot carry an adapter
// trained on a Datanet; an attributed model refuses plain circuits.
func TestSettlePlain(t *testing.T) {
	e := newPlainEnv(t)
	want := expectedSplit(t, nil)
	if want.pool.Sign() == 0 {
		t.Fatal("the test split leaves no contributor pool")
	}
	key, _ := e.open(t, 0, want.fee)
	e.expectRevert(t, settler, chain.Settle(e.settlement, e.args(t, key, 0, []uint32{0}, []uint32{1_000_000})), "WeightsInvalid")
	before := e.state(t)
	rec := e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, key, 0, nil, nil)))
	e.paidGas(before, settler, rec)
	add(before, owner+".credit", want.owner) // β and the whole pool
	add(before, settler+".credit", want.prover)
	add(before, pool+".credit", want.stakers)
	add(before, treasury+".credit", want.platform)
	before[lockedKey(key)] = "0"
	sameState(t, "plain settle", before, e.state(t))
	if new(big.Int).Sub(want.owner, splitWith(t, rIn, rOut, betaBps, gammaBps, proverBps, []uint32{1_000_000}).owner).Cmp(want.pool) != 0 {
		t.Fatal("the owner's part is not β plus the pool")
	}

	// A Datanet-trained adapter cannot register on the plain circuit.
	tree, err := fixtures.AttributedTree(8)
	if err != nil {
		t.Fatal(err)
	}
	e.c.Send(t, outsider, chain.RegisterDatanet(e.settlement, tree.Preimage()))
	e.expectRevert(t, owner, chain.RegisterAdapter(e.settlement, big.NewInt(42), e.circuit, rIn, rOut, tree.Preimage().Root), "AttributionRequired")

	// An attributed model refuses a plain circuit.
	e.c.Send(t, admin, chain.RegisterModel(e.settlement, big.NewInt(99), 1, 1, true))
	e.expectRevert(t, admin, chain.RegisterCircuit(e.settlement, chain.CircuitConfig{
		ModelDigest: big.NewInt(99), Verifier: e.verifier, VKSHA256: hash32(t, e.bundles[0].VKSHA256),
	}), "AttributionRequired")
	// A circuit with a Datanet root but no attribution digest is refused:
	// nothing would bind its weights.
	e.expectRevert(t, admin, chain.RegisterCircuit(e.settlement, chain.CircuitConfig{
		ModelDigest: e.model, Verifier: e.verifier, VKSHA256: hash32(t, e.bundles[0].VKSHA256), DatanetRootIndex: 3,
	}), "PublicInputIndexInvalid")
}

func lockedKey(k [32]byte) string { return "locked-" + common.Bytes2Hex(k[:4]) }

// demoTree is the Datanet tree of the embedded attribution artifacts.
func demoTree(t *testing.T, art *artifacts.Artifacts) *chain.DatanetTree {
	t.Helper()
	var data, sketches []fr.Element
	for _, c := range art.Contribs {
		d, err := commit.ParseHex(c.DataCommitment)
		if err != nil {
			t.Fatal(err)
		}
		k, err := commit.ParseHex(c.SketchCommitment)
		if err != nil {
			t.Fatal(err)
		}
		data, sketches = append(data, d), append(sketches, k)
	}
	tree, err := chain.NewDatanetTree(art.Datanet.InputDim, art.Datanet.Classes, data, sketches)
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// newDemoAttributedEnv registers the real attributed demo proof's circuit,
// Datanet (from the embedded artifacts' commitments) and adapter; it
// returns the contributor count.
func newDemoAttributedEnv(t *testing.T) (*env, int) {
	t.Helper()
	art, err := demo.MNISTArtifacts()
	if err != nil {
		t.Fatal(err)
	}
	e := deployBase(t, false)
	e.loadFixture(t, "demo-attributed")
	e.tree = demoTree(t, art)
	e.root = element(t, e.bundles[0].PublicInputs[fixtures.AttributedDatanetRootIndex].Value)
	if got := e.tree.Preimage().Root; got.Cmp(e.root) != 0 || got.Cmp(element(t, art.Datanet.Root)) != 0 {
		t.Fatalf("the artifacts' tree gives root %#x, the proof has %#x", got, e.root)
	}
	e.registerAttributed(t, common.FromHex(bindings.MnistDemoAttributedVerifierMetaData.Bin))
	e.fund(t)
	return e, len(art.Contribs)
}

// TestSettleDemoAttributed settles the real attributed demo proof (the
// attributed LoRA circuit of the embedded model and adapter, 10
// contributors) from any account with its bundle's weights, to the wei of
// attribution/split; moved weights revert. Its contributor ids are not
// addresses, so no payout can be bound (PayoutUnbound) until the Datanet is
// rebuilt with address ids.
func TestSettleDemoAttributed(t *testing.T) {
	e, _ := newDemoAttributedEnv(t)
	idx, w, err := chain.BundleWeights(e.bundles[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(idx) < 2 {
		t.Fatal("the demo proof weights fewer than two contributors")
	}
	want := expectedSplit(t, w)
	key, _ := e.open(t, 0, want.fee)
	moved := append([]uint32(nil), w...)
	moved[0]--
	moved[1]++
	e.expectRevert(t, outsider, chain.Settle(e.settlement, e.args(t, key, 0, idx, moved)), "AttributionMismatch")
	before := e.state(t)
	rec := e.c.Send(t, outsider, chain.Settle(e.settlement, e.args(t, key, 0, idx, w)))
	e.paidGas(before, outsider, rec)
	add(before, owner+".credit", want.owner)
	add(before, outsider+".credit", want.prover)
	add(before, pool+".credit", want.stakers)
	add(before, treasury+".credit", want.platform)
	before[lockedKey(key)] = "0"
	sameState(t, "settle", before, e.state(t))
	tree := checkCredited(t, e, key, want, idx, w)
	claim, err := tree.Claim(e.settlement, 0)
	if err != nil {
		t.Fatal(err)
	}
	e.expectRevert(t, outsider, claim, "PayoutUnbound")
}

// TestBundleWeights: the weights of an attributed bundle, in settle's form;
// a plain bundle has none, and an attribution section that is not the
// proof's is refused before any transaction.
func TestBundleWeights(t *testing.T) {
	load := func(name string) *bundle.Bundle {
		t.Helper()
		f, err := fixtures.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		_, bs, err := f.Load("..")
		if err != nil {
			t.Fatal(err)
		}
		return bs[0]
	}
	b := load("demo-attributed")
	idx, w, err := chain.BundleWeights(b)
	if err != nil {
		t.Fatal(err)
	}
	var sum uint32
	for k, c := range idx {
		if b.Attribution.Weights[c].PPM != w[k] || w[k] == 0 {
			t.Errorf("contributor %d: %d ppm, bundle says %d", c, w[k], b.Attribution.Weights[c].PPM)
		}
		sum += w[k]
	}
	if sum != bundle.PPM {
		t.Errorf("weights sum to %d", sum)
	}
	if _, _, err := chain.BundleWeights(load("demo")); !errors.Is(err, chain.ErrNoAttribution) {
		t.Errorf("plain bundle: got %v, want ErrNoAttribution", err)
	}
	for _, field := range []string{"datanet_root", "digest"} {
		bad := *b
		a := *b.Attribution
		bad.Attribution = &a
		if field == "digest" {
			a.Digest = b.Attribution.DatanetRoot
		} else {
			a.DatanetRoot = b.Attribution.Digest
		}
		if _, _, err := chain.BundleWeights(&bad); !errors.Is(err, chain.ErrBadInput) {
			t.Errorf("section %s not the proof's: got %v, want ErrBadInput", field, err)
		}
	}
}

// TestRegisterDatanet: registration recomputes the root from its preimage,
// so a wrong count or leaves root is refused and the first registrant,
// whoever it is, stores the root's own n; a Datanet over MAX_CONTRIBUTORS
// and a second registration are refused.
func TestRegisterDatanet(t *testing.T) {
	e := deployBase(t, false)
	tree, err := fixtures.AttributedTree(8)
	if err != nil {
		t.Fatal(err)
	}
	pre := tree.Preimage()
	for _, tc := range []struct {
		name string
		mut  func(p *chain.DatanetPreimage)
	}{
		{"wrong count", func(p *chain.DatanetPreimage) { p.Size++ }},
		{"wrong input dim", func(p *chain.DatanetPreimage) { p.InputDim++ }},
		{"wrong classes", func(p *chain.DatanetPreimage) { p.Classes-- }},
		{"wrong leaves root", func(p *chain.DatanetPreimage) { p.LeavesRoot = new(big.Int).Add(p.LeavesRoot, big.NewInt(1)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := pre
			tc.mut(&p)
			e.expectRevert(t, outsider, chain.RegisterDatanet(e.settlement, p), "DatanetPreimageInvalid")
		})
	}
	huge := pre
	huge.Size = 4097
	root := commit.Hash(commit.Tag("openproof/datanet/root/v1"), commit.Uint(4097), commit.Uint(uint64(pre.InputDim)),
		commit.Uint(uint64(pre.Classes)), frOf(pre.LeavesRoot))
	huge.Root = root.BigInt(new(big.Int))
	e.expectRevert(t, outsider, chain.RegisterDatanet(e.settlement, huge), "DatanetInvalid")
	e.c.Send(t, outsider, chain.RegisterDatanet(e.settlement, pre))
	e.expectRevert(t, admin, chain.RegisterDatanet(e.settlement, pre), "DatanetAlreadyRegistered")
	d, err := bindings.NewOpenProofSettlement().UnpackDatanets(mustCall(t, e, bindings.NewOpenProofSettlement().PackDatanets(pre.Root)))
	if err != nil || d.Size != 8 || d.LeavesRoot.Cmp(pre.LeavesRoot) != 0 {
		t.Fatalf("stored Datanet %+v (%v), want size 8 and the leaves root", d, err)
	}
}

func frOf(v *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(v)
	return e
}

func mustCall(t *testing.T, e *env, data []byte) []byte {
	t.Helper()
	out, err := e.c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &e.settlement, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
