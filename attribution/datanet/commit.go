package datanet

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/inference/commit"
)

// Domain tags of the Datanet commitments (inference/commit's Hash and Tag).
const (
	TagContributor = "openproof/datanet/contrib/v1"
	TagLeaf        = "openproof/datanet/leaf/v1"
	TagRoot        = "openproof/datanet/root/v1"
)

// ContributorCommitment commits to one contributor's data and, when its id
// is an Ethereum address, to that address as its payout (PayoutCommitment
// over DataCommitment; the settlement contract pays only that address).
func ContributorCommitment(id string, inputDim int, ex []Example) fr.Element {
	inner := DataCommitment(id, inputDim, ex)
	if payout, ok := PayoutAddress(id); ok {
		return PayoutCommitment(payout, inner)
	}
	return inner
}

// DataCommitment commits to one contributor's data:
//
//	D = Hash(tag, |id|, Pack8(id)…, input_dim, #records, Pack8(label₀, input₀…, label₁, input₁…, …)…)
//
// with commit.Pack over bytes (31 per field element). The lengths come
// before the packed data they describe, so the preimage parses uniquely.
func DataCommitment(id string, inputDim int, ex []Example) fr.Element {
	idb := make([]uint64, len(id))
	for i := 0; i < len(id); i++ {
		idb[i] = uint64(id[i])
	}
	stream := make([]uint64, 0, len(ex)*(1+inputDim))
	for _, e := range ex {
		stream = append(stream, uint64(e.Label))
		for _, v := range e.Input {
			stream = append(stream, uint64(v))
		}
	}
	pre := []fr.Element{commit.Tag(TagContributor), commit.Uint(uint64(len(id)))}
	pre = append(pre, commit.Pack(idb, 8)...)
	pre = append(pre, commit.Uint(uint64(inputDim)), commit.Uint(uint64(len(ex))))
	pre = append(pre, commit.Pack(stream, 8)...)
	return commit.Hash(pre...)
}

// Commitments returns every contributor's ContributorCommitment, in order.
func (d *Datanet) Commitments() []fr.Element {
	out := make([]fr.Element, len(d.Contributors))
	for i, c := range d.Contributors {
		out[i] = ContributorCommitment(c.ID, d.InputDim, c.Examples)
	}
	return out
}

// Leaf binds contributor index c to its data commitment and its sketch
// commitment (zero when no attribution sketch exists yet):
// Hash(tag, c, data, sketch). Four elements, so a leaf never equals an
// inner node (two elements: the sponge's capacity starts at the length).
func Leaf(c int, data, sketch fr.Element) fr.Element {
	return commit.Hash(commit.Tag(TagLeaf), commit.Uint(uint64(c)), data, sketch)
}

// Node is an inner Merkle node: Hash(left, right).
func Node(left, right fr.Element) fr.Element { return commit.Hash(left, right) }

// Depth is the Merkle depth for n leaves: ⌈log2 n⌉ (0 for one leaf).
func Depth(n int) int {
	d := 0
	for 1<<d < n {
		d++
	}
	return d
}

// MerkleRoot is the root of the binary tree over leaves padded with zero
// elements to the next power of two.
func MerkleRoot(leaves []fr.Element) fr.Element {
	if len(leaves) == 0 {
		return fr.Element{}
	}
	level := padded(leaves)
	for len(level) > 1 {
		next := make([]fr.Element, len(level)/2)
		for i := range next {
			next[i] = Node(level[2*i], level[2*i+1])
		}
		level = next
	}
	return level[0]
}

func padded(leaves []fr.Element) []fr.Element {
	out := make([]fr.Element, 1<<Depth(len(leaves)))
	copy(out, leaves)
	return out
}

// MerklePath returns the siblings of leaf i from the bottom up.
func MerklePath(leaves []fr.Element, i int) ([]fr.Element, error) {
	if i < 0 || i >= len(leaves) {
		return nil, fmt.Errorf("%w: leaf %d of %d", ErrBadInput, i, len(leaves))
	}
	level := padded(leaves)
	var path []fr.Element
	for len(level) > 1 {
		path = append(path, level[i^1])
		next := make([]fr.Element, len(level)/2)
		for k := range next {
			next[k] = Node(level[2*k], level[2*k+1])
		}
		level, i = next, i/2
	}
	return path, nil
}

// VerifyPath reports whether leaf sits at index i under root.
func VerifyPath(root, leaf fr.Element, i int, path []fr.Element) bool {
	cur := leaf
	for _, s := range path {
		if i&1 == 0 {
			cur = Node(cur, s)
		} else {
			cur = Node(s, cur)
		}
		i >>= 1
	}
	return i == 0 && cur == root
}

// RootOf is the Datanet root: Hash(tag, n, input_dim, classes, MerkleRoot(leaves))
// over the n contributors' leaves. sketches may be nil (all zero).
func RootOf(inputDim, classes int, data, sketches []fr.Element) (fr.Element, error) {
	if len(data) == 0 {
		return fr.Element{}, fmt.Errorf("%w: no contributors", ErrBadInput)
	}
	if sketches != nil && len(sketches) != len(data) {
		return fr.Element{}, fmt.Errorf("%w: %d sketch commitments for %d contributors", ErrBadInput, len(sketches), len(data))
	}
	leaves := make([]fr.Element, len(data))
	for i := range data {
		var k fr.Element
		if sketches != nil {
			k = sketches[i]
		}
		leaves[i] = Leaf(i, data[i], k)
	}
	return commit.Hash(commit.Tag(TagRoot), commit.Uint(uint64(len(data))), commit.Uint(uint64(inputDim)),
		commit.Uint(uint64(classes)), MerkleRoot(leaves)), nil
}

// Root is the Datanet root of d with the given sketch commitments (nil for
// the plain Datanet, before any training).
func (d *Datanet) Root(sketches []fr.Element) (fr.Element, error) {
	if err := d.Validate(); err != nil {
		return fr.Element{}, err
	}
	return RootOf(d.InputDim, d.Classes, d.Commitments(), sketches)
}

// Summary describes a Datanet for `openproof datanet inspect`.
type Summary struct {
	Name         string               `json:"name"`
	Version      int                  `json:"version"`
	InputDim     int                  `json:"input_dim"`
	Classes      int                  `json:"classes"`
	Records      int                  `json:"records"`
	Root         string               `json:"root"`
	Contributors []ContributorSummary `json:"contributors"`
}

// ContributorSummary is one contributor's line of a Summary.
type ContributorSummary struct {
	Index      int    `json:"index"`
	ID         string `json:"id"`
	Records    int    `json:"records"`
	Labels     []int  `json:"label_counts"` // records per class
	Commitment string `json:"commitment"`
}

// Inspect summarizes d with its plain root (no sketches).
func (d *Datanet) Inspect() (*Summary, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	coms := d.Commitments()
	root, err := RootOf(d.InputDim, d.Classes, coms, nil)
	if err != nil {
		return nil, err
	}
	s := &Summary{Name: d.Name, Version: Version, InputDim: d.InputDim, Classes: d.Classes, Records: d.Records(), Root: commit.Hex(root)}
	for i, c := range d.Contributors {
		cs := ContributorSummary{Index: i, ID: c.ID, Records: len(c.Examples), Labels: make([]int, d.Classes), Commitment: commit.Hex(coms[i])}
		for _, e := range c.Examples {
			cs.Labels[e.Label]++
		}
		s.Contributors = append(s.Contributors, cs)
	}
	return s, nil
}
