package chain_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/version"

	"github.com/openproof/openproof/contracts"
	"github.com/openproof/openproof/contracts/bindings"
	"github.com/openproof/openproof/contracts/chain"
	"github.com/openproof/openproof/contracts/contractstest"
	"github.com/openproof/openproof/contracts/internal/fixtures"
)

var benchOut = flag.String("bench-out", "", "write the gas figures into this file's chain section (bench/results.md)")

// Stated L1 prices for the Fjord data fee.
var l1 = chain.L1Prices{BaseFee: big.NewInt(10e9), BlobBaseFee: big.NewInt(1e9), BaseFeeScalar: 5227, BlobBaseFeeScalar: 1014213}

type row struct {
	what string
	gas  uint64
	note string
}

// TestGasFigures measures verification, settlement and deployment gas on
// the simulated backend. It asserts what must hold whatever the prices
// (the folded verifier is cheaper than gnark's; a contributor costs the same
// whether there are 8 or 64), and with -bench-out writes the figures.
func TestGasFigures(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, false)
	var rows []row
	verifyGas := map[string]uint64{}

	// Verification alone: a transaction calling verifyProof (21,000 base and
	// calldata included), gnark's generated verifier against the folded one.
	for _, f := range fixtures.All {
		_, bundles, err := f.Load("..")
		if err != nil {
			t.Fatal(err)
		}
		b := bundles[0]
		args, err := chain.SettleArgsFromBundle([32]byte{}, b, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		data := packVerifyProof(t, args)
		for _, load := range []func() (*contracts.Artifact, error){f.GnarkVerifierArtifact, f.VerifierArtifact} {
			a, err := load()
			if err != nil {
				t.Fatal(err)
			}
			name := a.Name
			addr, dep := e.c.DeployVerifier(t, admin, a.Bin)
			rec := e.c.Send(t, admin, chain.Call{What: "verifyProof " + name, To: &addr, Data: data})
			verifyGas[name] = rec.GasUsed
			rows = append(rows, row{fmt.Sprintf("verifyProof, %s (%d public inputs)", name, len(args.PublicInputs)), rec.GasUsed, "transaction"})
			rows = append(rows, row{"deploy " + name, dep.GasUsed, fmt.Sprintf("runtime code %d bytes", len(a.Runtime))})
		}
		if verifyGas[f.VerifierName()] >= verifyGas[f.GnarkVerifierName()] {
			t.Errorf("%s: folded verifier %d gas, gnark's %d: folding saved nothing", f.Name, verifyGas[f.VerifierName()], verifyGas[f.GnarkVerifierName()])
		}
	}
	// The same circuit: the key whose commitment generator is γ saves a pair.
	if a, b := verifyGas["TinyVerifier"], verifyGas["TinyGnarkSetupVerifier"]; a+30_000 > b {
		t.Errorf("five-pair verifier %d gas, six-pair %d: the merged pair saved less than 30,000", a, b)
	}

	// A plain circuit (the small fixture, no Datanet): open and settle.
	pe := newPlainEnv(t)
	feeOf := expectedSplit(t, nil).fee
	pk, prec := pe.open(t, 0, feeOf)
	rows = append(rows, row{"openRequest (fee and split snapshotted)", prec.GasUsed, l1Note(ctx, t, pe, prec)})
	prec = pe.c.Send(t, settler, chain.Settle(pe.settlement, pe.args(t, pk, 0, nil, nil)))
	plainSettle := prec.GasUsed
	rows = append(rows, row{"settle, plain circuit (4 public inputs, no Datanet)", prec.GasUsed, l1Note(ctx, t, pe, prec)})

	// The on-chain attribution digest alone (a transaction calling digest
	// with every contributor of a Datanet of n listed).
	digestGas := map[int]uint64{}
	for _, n := range []int{8, 1024, 4096} {
		ws := weightsFor(n)
		// An estimate: with uint32[] arrays, 4,096 entries are a 262 KB
		// transaction, over a node's 128 KiB limit (settle packs them).
		g, err := chain.Estimate(ctx, e.c.Client, e.c.Addr(admin), chain.Call{What: "digest", To: &e.hasher,
			Data: bindings.NewAttributionDigest().PackDigest(big.NewInt(int64(n)), ws.idx, ws.w)})
		if err != nil {
			t.Fatal(err)
		}
		digestGas[n] = g
		rows = append(rows, row{fmt.Sprintf("AttributionDigest.digest, Datanet of %d contributors, all listed", n), g,
			fmt.Sprintf("eth_estimateGas of a direct call (not sent); %d Poseidon2 permutations", (2+(n+4)/5+2)/3)})
	}

	// Contributor scaling: a fresh deployment per Datanet size, every
	// contributor weighted (the attributed-n fixtures): registerDatanet,
	// one bindPayout (a full-depth Merkle path), openRequest, settle and one
	// claim. Each must fit EIP-7825's per-transaction cap.
	scale := map[int]map[string]uint64{}
	for _, n := range []int{8, 1024, 4096} {
		scale[n] = contributorScaling(ctx, t, n, &rows)
		for what, g := range scale[n] {
			if g > chain.MaxTxGas {
				t.Errorf("%s with %d contributors: %d gas, over the %d per-transaction cap", what, n, g, chain.MaxTxGas)
			}
		}
	}
	if a, b := scale[8]["registerDatanet"], scale[4096]["registerDatanet"]; b > a+1_000 {
		t.Errorf("registerDatanet grows with the contributor count: %d at 8, %d at 4,096", a, b)
	}

	// The real attributed demo proof (the attributed LoRA circuit of the
	// embedded model and adapter, the embedded artifacts' Datanet) with the
	// weights its bundle carries, from any account.
	de, ndemo := newDemoAttributedEnv(t)
	didx, dw, err := chain.BundleWeights(de.bundles[0])
	if err != nil {
		t.Fatal(err)
	}
	dk, _ := de.open(t, 0, expectedSplit(t, dw).fee)
	drec := de.c.Send(t, outsider, chain.Settle(de.settlement, de.args(t, dk, 0, didx, dw)))
	rows = append(rows, row{fmt.Sprintf("settle, real attributed demo proof (%d contributors, %d weighted, digest-checked)",
		ndemo, len(didx)), drec.GasUsed, l1Note(ctx, t, de, drec)})

	// Deployment of the settlement contract and the OPEN token.
	call, err := chain.DeploySettlement(chain.DeployConfig{
		Admin: e.c.Addr(admin), Hasher: e.hasher, Treasury: e.c.Addr(treasury), StakingPool: e.c.Addr(pool),
		Split: chain.SplitConfig{BetaBps: betaBps, GammaBps: gammaBps, ProverBps: proverBps, PlatformFee: platformFee, RequestTimeout: 3600},
	})
	if err != nil {
		t.Fatal(err)
	}
	_, dep := e.c.Deploy(t, admin, call)
	st, _ := contracts.LoadArtifact("OpenProofSettlement")
	rows = append(rows, row{"deploy OpenProofSettlement", dep.GasUsed, fmt.Sprintf("runtime code %d bytes", len(st.Runtime))})
	dcall, err := chain.DeployAttributionDigest()
	if err != nil {
		t.Fatal(err)
	}
	_, dep = e.c.Deploy(t, admin, dcall)
	da, _ := contracts.LoadArtifact("AttributionDigest")
	rows = append(rows, row{"deploy AttributionDigest", dep.GasUsed, fmt.Sprintf("runtime code %d bytes", len(da.Runtime))})
	tok, err := chain.DeployOPENToken(common.HexToAddress("0x000000000000000000000000000000000000dEaD"))
	if err != nil {
		t.Fatal(err)
	}
	_, dep = e.c.Deploy(t, admin, tok)
	rows = append(rows, row{"deploy OptimismMintableERC20 (OPEN on L2)", dep.GasUsed, "bedrock's forge artifact"})

	for _, r := range rows {
		t.Logf("%-75s %9d  %s", r.what, r.gas, r.note)
	}
	met := func(gas, target uint64) string {
		if gas <= target {
			return fmt.Sprintf("met (%d under)", target-gas)
		}
		return fmt.Sprintf("not met (%d over)", gas-target)
	}
	summary := fmt.Sprintf("Targets: verifying ≤ 290,000 gas with one commitment — %s: the folded verifier takes %d "+
		"(gnark's %d) with the demo circuit's 4 public inputs and %d (gnark's %d) with 1; with gnark's own setup (commitment key "+
		"on a random G2 point) the folded verifier needs six pairs: %d for the 1-input circuit. "+
		"A plain settle (4 public inputs, no Datanet) takes %d. "+
		"Contributors (EIP-7825: every transaction ≤ 16,777,216 gas): registerDatanet is constant (%d at 8 contributors, %d at 4,096: "+
		"one Poseidon2 hash of the root's preimage); settle records one credit root, so its gas follows the on-chain attribution digest "+
		"(one Poseidon2 permutation per 15 contributors of the Datanet: %d, %d and %d gas alone for 8, 1,024 and 4,096) plus calldata and "+
		"one keccak per weighted contributor: %d, %d and %d with every contributor weighted; a claim is a keccak Merkle proof "+
		"(%d, %d, %d); bindPayout (once per contributor and Datanet) recomputes its leaf and a Poseidon2 Merkle path of ⌈log2 n⌉ "+
		"(%d, %d, %d). The real attributed demo proof (%d contributors, %d weighted) settles for %d gas.\n",
		met(verifyGas["MnistDemoVerifier"], 290_000), verifyGas["MnistDemoVerifier"], verifyGas["MnistDemoGnarkVerifier"],
		verifyGas["TinyVerifier"], verifyGas["TinyGnarkVerifier"], verifyGas["TinyGnarkSetupVerifier"], plainSettle,
		scale[8]["registerDatanet"], scale[4096]["registerDatanet"], digestGas[8], digestGas[1024], digestGas[4096],
		scale[8]["settle"], scale[1024]["settle"], scale[4096]["settle"],
		scale[8]["claim"], scale[1024]["claim"], scale[4096]["claim"],
		scale[8]["bindPayout"], scale[1024]["bindPayout"], scale[4096]["bindPayout"],
		ndemo, len(didx), drec.GasUsed)
	t.Log(summary)
	if *benchOut != "" {
		if err := writeBench(*benchOut, rows, summary); err != nil {
			t.Fatal(err)
		}
	}
}

type weights struct{ idx, w []uint32 }

// weightsFor gives n contributors (indices 0…n−1) equal weights, the
// remainder to the first.
func weightsFor(n int) weights {
	var ws weights
	for i := range n {
		ws.idx = append(ws.idx, uint32(i))
		ws.w = append(ws.w, uint32(1_000_000/n))
	}
	ws.w[0] += uint32(1_000_000 % n)
	return ws
}

func packVerifyProof(t *testing.T, a chain.SettleArgs) []byte {
	t.Helper()
	switch len(a.PublicInputs) {
	case 1:
		return contractstest.NewTinyVerifier().PackVerifyProof(a.Proof, [1]*big.Int{a.PublicInputs[0]})
	case 4:
		return contractstest.NewMnistSmallVerifier().PackVerifyProof(a.Proof, [4]*big.Int(a.PublicInputs))
	case 6:
		return contractstest.NewAttributedVerifier().PackVerifyProof(a.Proof, [6]*big.Int(a.PublicInputs))
	}
	t.Fatalf("no verifier binding for %d public inputs", len(a.PublicInputs))
	return nil
}

// l1Note is the Fjord L1 data fee of rec's transaction at the stated prices.
func l1Note(ctx context.Context, t *testing.T, e *env, rec *types.Receipt) string {
	t.Helper()
	tx, _, err := e.c.Client.TransactionByHash(ctx, rec.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	fee, n := chain.L1DataFee(raw, l1)
	return fmt.Sprintf("calldata %d B, tx %d B, FastLZ %d B, L1 fee %s wei", len(tx.Data()), len(raw), n, fee)
}

const (
	beginMarker = "<!-- bench:chain:begin -->"
	endMarker   = "<!-- bench:chain:end -->"
)

// writeBench replaces the chain section of path (creating the file, or
// appending the section, where there is none).
func writeBench(path string, rows []row, summary string) error {
	var b strings.Builder
	b.WriteString(beginMarker + "\n")
	b.WriteString("## On-chain gas (contracts/, `go test ./contracts/chain -run TestGasFigures -bench-out $PWD/bench/results.md`)\n\n")
	v, _ := contracts.CompilerVersion()
	fmt.Fprintf(&b, "go-ethereum %s simulated backend on Prague rules (what OP Stack chains run since Isthmus), solc %s (optimizer 200 runs, via IR, EVM cancun). "+
		"Gas is the transaction's gas used (21,000 base and calldata included; refunds applied). Proofs are the committed fixtures "+
		"under contracts/testdata (real proofs of the embedded MNIST model; development-setup keys). "+
		"L1 data fee: OP Stack Fjord formula on the signed transaction, at L1 base fee %s wei, blob base fee %s wei, "+
		"baseFeeScalar %d, blobBaseFeeScalar %d (stated assumptions, not a live chain).\n\n",
		fmt.Sprintf("v%d.%d.%d", version.Major, version.Minor, version.Patch), v, l1.BaseFee, l1.BlobBaseFee, l1.BaseFeeScalar, l1.BlobBaseFeeScalar)
	b.WriteString("| what | gas | notes |\n|---|---:|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %d | %s |\n", r.what, r.gas, r.note)
	}
	b.WriteString("\n" + summary)
	b.WriteString(endMarker + "\n")
	section := b.String()

	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	var out []byte
	i, j := bytes.Index(old, []byte(beginMarker)), bytes.Index(old, []byte(endMarker))
	switch {
	case len(old) == 0:
		out = []byte(section)
	case i >= 0 && j > i:
		end := j + len(endMarker)
		if end < len(old) && old[end] == '\n' {
			end++
		}
		out = append(append(append([]byte(nil), old[:i]...), section...), old[end:]...)
	default:
		out = append(append(append([]byte(nil), old...), '\n'), section...)
	}
	return os.WriteFile(path, out, 0o644)
}

// contributorScaling deploys the attributed-n fixture and measures
// registerDatanet, bindPayout (the last contributor), openRequest, settle
// (every contributor weighted) and the last contributor's claim.
func contributorScaling(ctx context.Context, t *testing.T, n int, rows *[]row) map[string]uint64 {
	t.Helper()
	name := fmt.Sprintf("attributed-%d", n)
	f, err := fixtures.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	code, err := f.VerifierArtifact()
	if err != nil {
		t.Fatal(err)
	}
	e := deployBase(t, false)
	e.loadFixture(t, name)
	got := map[string]uint64{}
	note := func(what string, rec *types.Receipt) {
		got[what] = rec.GasUsed
		*rows = append(*rows, row{fmt.Sprintf("%s, %d contributors", what, n), rec.GasUsed, l1Note(ctx, t, e, rec)})
	}
	note("registerDatanet", e.registerAttributed(t, code.Bin))
	e.fund(t)
	last := n - 1
	bind, err := e.tree.BindPayout(e.settlement, last, fixtures.ContributorAddress(last), fixtures.AttributedDataInner(last))
	if err != nil {
		t.Fatal(err)
	}
	note("bindPayout", e.c.Send(t, outsider, bind))
	w := fixtures.AllWeights(n)
	idx, w := sparse(w)
	if len(idx) != n {
		t.Fatalf("%d of %d contributors weighted", len(idx), n)
	}
	want := expectedSplit(t, w)
	key, rec := e.open(t, 0, want.fee)
	note("openRequest", rec)
	note("settle", e.c.Send(t, settler, chain.Settle(e.settlement, e.args(t, key, 0, idx, w))))
	tree := checkCredited(t, e, key, want, idx, w)
	claim, err := tree.Claim(e.settlement, last)
	if err != nil {
		t.Fatal(err)
	}
	note("claimContributor", e.c.Send(t, outsider, claim))
	got["claim"] = got["claimContributor"]
	return got
}
