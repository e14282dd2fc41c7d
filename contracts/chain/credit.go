package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/split"
	"github.com/openproof/openproof/inference/commit"
)

// DatanetPreimage is what registerDatanet takes: Root =
// commit.Hash(TagRoot, Size, InputDim, Classes, LeavesRoot) (datanet.RootOf).
type DatanetPreimage struct {
	Root                    *big.Int
	Size, InputDim, Classes uint32
	LeavesRoot              *big.Int
}

// DatanetTree is a Datanet's commitment tree as datanet.RootOf builds it:
// the leaves of its contributors (data commitments, payout-bound where the
// id is an address, and sketch commitments) and their Merkle root.
type DatanetTree struct {
	InputDim, Classes int
	Data, Sketches    []fr.Element // Sketches all zero for the plain root
	leaves            []fr.Element
}

// NewDatanetTree builds the tree over data (datanet.ContributorCommitment of
// each contributor) and sketches (nil: none yet).
func NewDatanetTree(inputDim, classes int, data, sketches []fr.Element) (*DatanetTree, error) {
	if len(data) == 0 || inputDim <= 0 || classes <= 0 || (sketches != nil && len(sketches) != len(data)) {
		return nil, fmt.Errorf("datanet tree: %d contributors, %d sketches, input dim %d, %d classes: %w",
			len(data), len(sketches), inputDim, classes, ErrBadInput)
	}
	t := &DatanetTree{InputDim: inputDim, Classes: classes, Data: data, Sketches: make([]fr.Element, len(data))}
	copy(t.Sketches, sketches)
	for i := range data {
		t.leaves = append(t.leaves, datanet.Leaf(i, data[i], t.Sketches[i]))
	}
	return t, nil
}

// Preimage is the root and its preimage, for RegisterDatanet. The root is
// datanet.RootOf's for the same data and sketches.
func (t *DatanetTree) Preimage() DatanetPreimage {
	lr := datanet.MerkleRoot(t.leaves)
	n := len(t.leaves)
	root := commit.Hash(commit.Tag(datanet.TagRoot), commit.Uint(uint64(n)), commit.Uint(uint64(t.InputDim)),
		commit.Uint(uint64(t.Classes)), lr)
	return DatanetPreimage{Root: elem(root), Size: uint32(n), InputDim: uint32(t.InputDim), Classes: uint32(t.Classes), LeavesRoot: elem(lr)}
}

// BindPayout is the call that binds contributor index to payout, whose data
// commitment is datanet.PayoutCommitment(payout, dataInner) (dataInner:
// datanet.DataCommitment). It fails with ErrBadInput when the leaf does not
// commit to payout.
func (t *DatanetTree) BindPayout(settlement common.Address, index int, payout common.Address, dataInner fr.Element) (Call, error) {
	if index < 0 || index >= len(t.leaves) {
		return Call{}, fmt.Errorf("bind payout: index %d of %d contributors: %w", index, len(t.leaves), ErrBadInput)
	}
	if datanet.PayoutCommitment(payout, dataInner) != t.Data[index] {
		return Call{}, fmt.Errorf("bind payout: contributor %d's data does not commit to %s: %w", index, payout, ErrBadInput)
	}
	sib, err := t.Siblings(index)
	if err != nil {
		return Call{}, err
	}
	return BindPayout(settlement, t.Preimage().Root, uint32(index), payout, elem(dataInner), elem(t.Sketches[index]), sib), nil
}

// Siblings is leaf index's Merkle path, bottom up.
func (t *DatanetTree) Siblings(index int) ([]*big.Int, error) {
	path, err := datanet.MerklePath(t.leaves, index)
	if err != nil {
		return nil, fmt.Errorf("datanet tree: %v: %w", err, ErrBadInput)
	}
	sib := make([]*big.Int, len(path))
	for i := range path {
		sib[i] = elem(path[i])
	}
	return sib, nil
}

func elem(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// CreditTree is one settlement's contributor credits as settle records
// them: the amounts of the listed contributors and the keccak Merkle tree
// over CreditLeaf(key, index, amount) (sorted pairs; an odd last node goes up
// unchanged).
type CreditTree struct {
	Key     [32]byte
	Indices []uint32
	Amounts []*big.Int
	levels  [][][32]byte
}

// NewCreditTree shares pool (ContributorsCredited's pool) among weightsPPM
// (summing to 10⁶) with attribution/split's rule and builds the tree.
func NewCreditTree(key [32]byte, pool *big.Int, indices, weightsPPM []uint32) (*CreditTree, error) {
	if len(indices) == 0 || len(indices) != len(weightsPPM) {
		return nil, fmt.Errorf("credit tree: %d indices, %d weights: %w", len(indices), len(weightsPPM), ErrBadInput)
	}
	// F_net = pool exactly (TokensIn·1000/1000), δ = 100%: the reference's pool.
	s, err := split.Compute(&split.Request{
		TokensIn: pool, RateIn: big.NewInt(split.TokenUnit), TokensOut: new(big.Int), RateOut: new(big.Int),
		PlatformFee: new(big.Int), ContributorBps: split.BasisPoints, Weights: weightsPPM,
	})
	if err != nil {
		return nil, fmt.Errorf("credit tree: %w", err)
	}
	if s.PoolToOwner {
		return nil, fmt.Errorf("credit tree: every weight is zero (the pool went to the owner): %w", ErrBadInput)
	}
	t := &CreditTree{Key: key, Indices: indices, Amounts: s.Contributors}
	level := make([][32]byte, len(indices))
	for i := range indices {
		level[i] = CreditLeaf(key, indices[i], s.Contributors[i])
	}
	t.levels = append(t.levels, level)
	for len(level) > 1 {
		next := make([][32]byte, 0, (len(level)+1)/2)
		for i := 0; i+1 < len(level); i += 2 {
			next = append(next, hashPair(level[i], level[i+1]))
		}
		if len(level)%2 == 1 {
			next = append(next, level[len(level)-1])
		}
		t.levels = append(t.levels, next)
		level = next
	}
	return t, nil
}

// Root is the credit root settle stores (ContributorsCredited's creditRoot).
func (t *CreditTree) Root() [32]byte { return t.levels[len(t.levels)-1][0] }

// Claim is the call that claims the credit of the i-th listed contributor.
func (t *CreditTree) Claim(settlement common.Address, i int) (Call, error) {
	if i < 0 || i >= len(t.Indices) {
		return Call{}, fmt.Errorf("claim: entry %d of %d: %w", i, len(t.Indices), ErrBadInput)
	}
	var proof [][32]byte
	pos := i
	for _, level := range t.levels[:len(t.levels)-1] {
		sib := pos ^ 1
		if sib < len(level) {
			proof = append(proof, level[sib])
		}
		pos /= 2
	}
	return ClaimContributor(settlement, t.Key, t.Indices[i], t.Amounts[i], proof), nil
}

// CreditLeaf is keccak256(abi.encode(key, index, amount)).
func CreditLeaf(key [32]byte, index uint32, amount *big.Int) [32]byte {
	var buf [96]byte
	copy(buf[:32], key[:])
	new(big.Int).SetUint64(uint64(index)).FillBytes(buf[32:64])
	amount.FillBytes(buf[64:96])
	var h [32]byte
	copy(h[:], keccak(buf[:]))
	return h
}

func hashPair(a, b [32]byte) [32]byte {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	var h [32]byte
	copy(h[:], keccak(append(a[:], b[:]...)))
	return h
}

// ContributorPool is one settlement's recorded contributor credit.
type ContributorPool struct {
	DatanetRoot *big.Int
	CreditRoot  [32]byte
}

// ContributorPoolOf reads settlement key's contributor pool (a zero
// CreditRoot: none).
func ContributorPoolOf(ctx context.Context, b Backend, settlement common.Address, key [32]byte) (ContributorPool, error) {
	out, err := call(ctx, b, settlement, settlementABI.PackContributorPools(key), settlementABI.UnpackContributorPools)
	if err != nil {
		return ContributorPool{}, err
	}
	return ContributorPool{DatanetRoot: out.DatanetRoot, CreditRoot: out.CreditRoot}, nil
}

// PayoutOf is the payout address bound to contributor index of Datanet root
// (zero: none yet).
func PayoutOf(ctx context.Context, b Backend, settlement common.Address, root *big.Int, index uint32) (common.Address, error) {
	return call(ctx, b, settlement, settlementABI.PackPayoutOf(root, new(big.Int).SetUint64(uint64(index))), settlementABI.UnpackPayoutOf)
}

// ContributorsCredited is a settlement's ContributorsCredited event.
type ContributorsCredited struct {
	DatanetRoot *big.Int
	CreditRoot  [32]byte
	Pool        *big.Int // wei shared by the settlement's weights
}

// ContributorsCreditedOf finds settlement key's ContributorsCredited event.
func ContributorsCreditedOf(ctx context.Context, b Backend, settlement common.Address, key [32]byte) (ContributorsCredited, error) {
	id := settlementABI.GetABI().Events["ContributorsCredited"].ID
	logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{settlement}, Topics: [][]common.Hash{{id}, {key}}})
	if err != nil {
		return ContributorsCredited{}, fmt.Errorf("contributors credited: %w", err)
	}
	for i := range logs {
		ev, err := settlementABI.UnpackContributorsCreditedEvent(&logs[i])
		if err == nil {
			return ContributorsCredited{DatanetRoot: ev.DatanetRoot, CreditRoot: ev.CreditRoot, Pool: ev.Pool}, nil
		}
	}
	return ContributorsCredited{}, fmt.Errorf("request %s credited no contributors: %w", common.Hash(key), ErrBadInput)
}

// HasherOf is the AttributionDigest a settlement contract hashes Datanet
// roots and leaves with (DeployConfig.Hasher).
func HasherOf(ctx context.Context, b Backend, settlement common.Address) (common.Address, error) {
	return call(ctx, b, settlement, settlementABI.PackHasher(), settlementABI.UnpackHasher)
}
