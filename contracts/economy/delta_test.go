package economy_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	feesplit "github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/economy"
	"github.com/openproof/openproof/contracts/internal/fixtures"
	"github.com/openproof/openproof/contracts/internal/simchain"
	"github.com/openproof/openproof/prover/bundle"
)

// dRate is the delta adapter's rate, wei per 1000 module-tokens.
var dRate = oneOPEN(5)

// deltaWired is the wired settlement with a delta book: the delta
// fixture's circuit (real Groth16 proofs of a 2-module, 4-token peftgen
// trace in two runs of 2 tokens) registered, and its adapter group
// registered by its owner.
type deltaWired struct {
	*wired
	book     common.Address
	circuit  uint32
	verifier common.Address
	d        *bundle.Delta
	ds       *economy.DeltaSettlement
}

func newDeltaWired(w *wired) *deltaWired {
	t := w.t
	d, inner, err := fixtures.LoadDelta("..")
	if err != nil {
		t.Fatal(err)
	}
	dw := &deltaWired{wired: w, d: d}
	hasher := w.deploy("deployer", mustCall(t)(chain.DeployAttributionDigest()))
	dw.book = w.deploy("deployer", mustCall(t)(economy.DeployDeltaBook(w.addr("deployer"), hasher)))
	w.send("deployer", economy.SetDeltaBook(w.st, dw.book))
	dw.verifier = w.deploy("deployer", mustCall(t)(chain.DeployVerifier(common.FromHex(contractstest.DeltaFixtureVerifierMetaData.Bin), chain.VerifierOptions{AllowDevKeys: true})))
	p := d.Parts[0]
	rec := w.send("deployer", mustCall(t)(economy.RegisterDeltaCircuit(dw.book, dw.verifier, p.Modules, uint32(p.Tokens),
		hash32Of(t, p.Digest), hash32Of(t, p.VKSHA256))))
	if dw.circuit, err = economy.DeltaCircuitID(rec); err != nil {
		t.Fatal(err)
	}
	w.send(simchain.AdapterOwnerName, economy.RegisterDeltaAdapter(dw.book, inner, dRate))
	if dw.ds, err = economy.DeltaSettlementFromBundle(d, []uint32{dw.circuit, dw.circuit}); err != nil {
		t.Fatal(err)
	}
	return dw
}

func (dw *deltaWired) openDelta(s economy.DeltaStatement) [32]byte {
	dw.t.Helper()
	rec := dw.send("requester", economy.OpenDeltaRequest(dw.st, s, oneOPEN(1000)))
	k, err := economy.DeltaRequestKey(rec)
	if err != nil {
		dw.t.Fatal(err)
	}
	return k
}

// TestDeltaSettlement: a delta proof set (two runs of one module group)
// settles and pays the owner, the claimant and the stakers per FeeSplit,
// billed per module-token; a set that misses one token or one module, that
// proves a module and token twice, that moves a proof to another row, that
// changes the table or uses another circuit shape is refused, and a
// settled request does not settle again.
func TestDeltaSettlement(t *testing.T) { deltaFlow(newDeltaWired(newWired(newEnv(t)))) }

func deltaFlow(dw *deltaWired) {
	t := dw.t
	s, table, parts := dw.ds.Statement, dw.ds.Table, dw.ds.Parts
	cells := int64(fixtures.DeltaModules * fixtures.DeltaTokens)
	want, err := feesplit.Compute(&feesplit.Request{
		TokensIn: big.NewInt(cells), TokensOut: big.NewInt(0), RateIn: dRate, RateOut: big.NewInt(0),
		PlatformFee: wPlatformFee, OwnerBps: wBeta, StakerBps: wGamma, ProverBps: wProver,
		ContributorBps: 10_000 - wBeta - wGamma - wProver,
	})
	if err != nil {
		t.Fatal(err)
	}
	dw.stake("prover", oneOPEN(1000))

	k := dw.openDelta(s)
	dw.send("prover", economy.Claim(dw.registry(), k))
	settle := economy.SettleDelta(dw.st, k, s, table, parts)
	settle.What = "settleDelta (2 proofs, 2 modules × 4 tokens)"
	ev := settledEvent(t, dw.send("reporter", settle))
	owner := new(big.Int).Sub(want.Fee, want.Platform)
	owner.Sub(owner, want.Stakers).Sub(owner, want.Prover)
	if ev.Fee.Cmp(want.Fee) != 0 || ev.Prover != dw.addr("prover") || ev.ProverAmount.Cmp(want.Prover) != 0 ||
		ev.StakersAmount.Cmp(want.Stakers) != 0 || ev.Owner != dw.addr(simchain.AdapterOwnerName) || ev.OwnerAmount.Cmp(owner) != 0 {
		t.Fatalf("settled %+v; want fee %s, prover %s, stakers %s, owner %s", ev, want.Fee, want.Prover, want.Stakers, owner)
	}
	dw.refused("reporter", economy.SettleDelta(dw.st, k, s, table, parts), "RequestNotOpen")
	before := dw.balance(dw.open, "prover")
	dw.send("prover", chain.Withdraw(dw.st))
	eq(t, "prover paid", new(big.Int).Sub(dw.balance(dw.open, "prover"), before), want.Prover)

	// A statement over a third module the proofs do not cover.
	three := s
	if three.ModuleMask, err = economy.ModuleMask([]int{0, 1, 2}); err != nil {
		t.Fatal(err)
	}
	// A statement over module 0 alone, which the proofs exceed.
	one := s
	if one.ModuleMask, err = economy.ModuleMask([]int{0}); err != nil {
		t.Fatal(err)
	}
	// A circuit of another shape (module 0 alone) under the same verifier.
	dw.send("deployer", mustCall(t)(economy.RegisterDeltaCircuit(dw.book, dw.verifier, []int{0}, 2, [32]byte{}, hash32Of(t, dw.d.Parts[0].VKSHA256))))
	tampered := append([]economy.DeltaRow(nil), table...)
	tampered[1].DeltaDigest = new(big.Int).Add(tampered[1].DeltaDigest, big.NewInt(1))
	swapped := []economy.DeltaPart{{Row: 0, CircuitId: dw.circuit, Proof: parts[1].Proof}, parts[1]}
	for _, c := range []struct {
		name   string
		s      economy.DeltaStatement
		table  []economy.DeltaRow
		parts  []economy.DeltaPart
		revert string
	}{
		{"misses tokens 2-3", s, table, parts[:1], "DeltaNotCovered"},
		{"misses module 2", three, table, parts, "DeltaNotCovered"},
		{"proves a module outside the statement", one, table, parts, "DeltaModuleOutside"},
		{"proves a run twice", s, table, []economy.DeltaPart{parts[0], parts[0], parts[1]}, "DeltaProvenTwice"},
		{"replays a proof on another row", s, table, swapped, "DeltaProofInvalid"},
		{"changes the table", s, tampered, parts, "DeltaTableMismatch"},
		{"names a row beyond the table", s, table, []economy.DeltaPart{{Row: 2, CircuitId: dw.circuit, Proof: parts[0].Proof}}, "DeltaRowInvalid"},
		{"uses a circuit of another shape", s, table, []economy.DeltaPart{{Row: 0, CircuitId: dw.circuit + 1, Proof: parts[0].Proof}, parts[1]}, "DeltaCircuitMismatch"},
		{"names no proof", s, table, nil, "DeltaTableInvalid"},
	} {
		k := dw.openDelta(c.s)
		call := economy.SettleDelta(dw.st, k, c.s, c.table, c.parts)
		call.What = "settleDelta that " + c.name
		dw.refused("reporter", call, c.revert)
	}
	// Another request's statement, and an inference settle of a delta request.
	k2 := dw.openDelta(s)
	dw.refused("reporter", economy.SettleDelta(dw.st, k2, three, table, parts), "StatementMismatch")
	dw.refused("reporter", dw.settleCall(k2, 0), "StatementMismatch")
	// Unregistered adapter, and no delta book.
	other := s
	other.AdapterCommitment = big.NewInt(7)
	dw.refused("requester", economy.OpenDeltaRequest(dw.st, other, oneOPEN(1000)), "DeltaAdapterNotRegistered")
	dw.refused("attacker", economy.SetDeltaBook(dw.st, dw.addr("attacker")), "AccessControlUnauthorizedAccount")
	dw.send("deployer", economy.SetDeltaBook(dw.st, common.Address{}))
	dw.refused("requester", economy.OpenDeltaRequest(dw.st, s, oneOPEN(1000)), "NoDeltaBook")
}

func (dw *deltaWired) registry() common.Address { return dw.wired.env.d.Registry }

// TestDeltaWorstCaseGas measures the delta book's bound: checkDelta over
// MaxDeltaParts parts, each one module over all MaxDeltaTokens tokens (the
// most coverage work the bounds allow), with a verifier that accepts every
// proof (contractstest's TestAcceptingVerifier), and one real delta proof's
// verification; with the pairings of every part added, settleDelta stays
// under EIP-7825's 2^24 gas per transaction, settleDelta's own cost included.
func TestDeltaWorstCaseGas(t *testing.T) {
	dw := newDeltaWired(newWired(newEnv(t)))
	accepting := dw.deploy("deployer", chain.Call{What: "deploy accepting verifier", Data: common.FromHex(contractstest.TestAcceptingVerifierMetaData.Bin)})
	vk := crypto.Keccak256Hash([]byte("openproof/test/accepting-verifier"))
	proof := dw.ds.Parts[0].Proof
	var table []economy.DeltaRow
	var parts []economy.DeltaPart
	all := make([]int, economy.MaxDeltaParts)
	for k := range economy.MaxDeltaParts {
		all[k] = k
		rec := dw.send("deployer", mustCall(t)(economy.RegisterDeltaCircuit(dw.book, accepting, []int{k}, economy.MaxDeltaTokens, [32]byte{}, vk)))
		id, err := economy.DeltaCircuitID(rec)
		if err != nil {
			t.Fatal(err)
		}
		mask, _ := economy.ModuleMask([]int{k})
		table = append(table, economy.DeltaRow{ModuleMask: mask, First: 0, Tokens: economy.MaxDeltaTokens,
			XDigest: big.NewInt(int64(2*k + 1)), DeltaDigest: big.NewInt(int64(2*k + 2))})
		parts = append(parts, economy.DeltaPart{Row: uint32(k), CircuitId: id, Proof: proof})
	}
	mask, err := economy.ModuleMask(all)
	if err != nil {
		t.Fatal(err)
	}
	s := economy.DeltaStatement{AdapterCommitment: dw.ds.Statement.AdapterCommitment, ModuleMask: mask, Tokens: economy.MaxDeltaTokens}
	if s.TableHash, err = economy.TableHash(table); err != nil {
		t.Fatal(err)
	}
	estimate := func(what string, to common.Address, data []byte) uint64 {
		t.Helper()
		g, err := dw.b.EstimateGas(dw.ctx, callMsg(to, data))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		record(what, g)
		return g
	}
	bookABI := bindings.NewOpenProofDeltaBook()
	worst := estimate("checkDelta worst case (16 parts × 1024 tokens, accepting verifier)", dw.book, bookABI.PackCheckDelta(s, table, parts))
	vABI := bindings.NewIOpenProofVerifier()
	row := dw.ds.Table[0]
	inputs := []*big.Int{dw.ds.Statement.AdapterCommitment, row.XDigest, row.DeltaDigest}
	real := estimate("delta verifier verify (one proof, call)", dw.verifier, vABI.PackVerify(proof, inputs))
	acc := estimate("accepting verifier verify (call)", accepting, vABI.PackVerify(proof, inputs))
	// settleDelta's own cost beyond checkDelta: a real settlement of the
	// fixture less its checkDelta as a call (both pay the intrinsic gas).
	check := estimate("checkDelta (fixture, 2 proofs, call)", dw.book, bookABI.PackCheckDelta(dw.ds.Statement, dw.ds.Table, dw.ds.Parts))
	k := dw.openDelta(dw.ds.Statement)
	sc := economy.SettleDelta(dw.st, k, dw.ds.Statement, dw.ds.Table, dw.ds.Parts)
	sc.What = "settleDelta (2 proofs, 2 modules × 4 tokens)"
	settled := dw.send("reporter", sc).GasUsed
	bound := worst + uint64(economy.MaxDeltaParts)*(real-acc) + (settled - check)
	t.Logf("checkDelta worst case %d gas with accepting verifiers; one real verification %d (accepting %d); "+
		"settleDelta beyond checkDelta %d: bound %d", worst, real, acc, settled-check, bound)
	if bound >= 1<<24 {
		t.Fatalf("the delta book's bound %d reaches 2^24", bound)
	}
}
