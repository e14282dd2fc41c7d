package commit

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
)

// Tags of the commitments of scheme openproof-fx12-tf-v3 (activations
// wider than 8 bits).
const (
	// TagInputBits and TagOutputBits prefix the digests of a block's
	// w-bit input and output (InputDigestBits, OutputDigestBits).
	TagInputBits  = "openproof/input-bits/v1"
	TagOutputBits = "openproof/output-bits/v1"
	// TagAdapterBits prefixes the inner commitment of an adapter with one
	// multiplier per output column (AdapterInnerCommitmentBits).
	TagAdapterBits = "openproof/adapter-bits/v1"
)

// MultBits is the packing width of a per-column LoRA multiplier
// (tfops.MaxLoRAMultBits, restated here: commit is below tfops).
const MultBits = 48

// digestBits is Hash(tag, w, len, Pack(v_i + 2^(w−1), w)...).
func digestBits(tag string, v []int32, w uint) (fr.Element, error) {
	if w < 2 || w > 32 {
		return fr.Element{}, fmt.Errorf("commit: %d-bit values", w)
	}
	u := make([]uint64, len(v))
	for i, x := range v {
		y := int64(x) + 1<<(w-1)
		if y < 0 || y >= 1<<w {
			return fr.Element{}, fmt.Errorf("commit: value %d at %d does not fit %d bits", x, i, w)
		}
		u[i] = uint64(y)
	}
	return Hash(append([]fr.Element{Tag(tag), Uint(uint64(w)), Uint(uint64(len(v)))}, Pack(u, int(w))...)...), nil
}

// InputDigestBits commits to a w-bit block input: Poseidon2 of
// TagInputBits, w, the length and the values offset by 2^(w−1), w bits
// each (commit.Pack).
func InputDigestBits(x []int32, w uint) (fr.Element, error) { return digestBits(TagInputBits, x, w) }

// OutputDigestBits is InputDigestBits for a block output (TagOutputBits).
func OutputDigestBits(y []int32, w uint) (fr.Element, error) {
	return digestBits(TagOutputBits, y, w)
}

// DigestBitsVars is InputDigestBits (output false) or OutputDigestBits
// (output true) in a circuit; v range-checked to w bits by the caller.
func DigestBitsVars(api frontend.API, v []frontend.Variable, w uint, output bool) (frontend.Variable, error) {
	tag := TagInputBits
	if output {
		tag = TagOutputBits
	}
	shifted := make([]frontend.Variable, len(v))
	for i := range v {
		shifted[i] = api.Add(v[i], int64(1)<<(w-1))
	}
	pre := append(Const(Tag(tag), Uint(uint64(w)), Uint(uint64(len(v)))), PackVars(api, shifted, int(w))...)
	return HashVars(api, pre...)
}

// AdapterLayerBits is one adapted layer of an adapter with per-column
// multipliers: A [Rank][In] and B [Out][Rank] int8, M (Out values, each
// below 2^MultBits).
type AdapterLayerBits struct {
	Layer, Rank int
	A, B        []int8
	M           []int64
}

// AdapterInnerCommitmentBits commits to an adapter with per-column
// multipliers (scheme openproof-fx12-tf-v3) with a blinding salt:
// Poseidon2 over TagAdapterBits, salt, nLayers, then for each adapted
// layer in increasing order: layer, rank, |M|, the multipliers packed
// MultBits bits each (5 per element), packed A, packed B (int8 as
// AdapterInnerCommitment). Its own tag keeps it apart from the one-
// multiplier commitment of scheme v2. The public commitment is
// OwnedCommitment of it and the owner.
func AdapterInnerCommitmentBits(salt fr.Element, nLayers int, layers []AdapterLayerBits) (fr.Element, error) {
	pre := []fr.Element{Tag(TagAdapterBits), salt, Uint(uint64(nLayers))}
	last := -1
	for _, l := range layers {
		if l.Layer <= last || l.Layer >= nLayers || l.Rank < 1 || len(l.A)%l.Rank != 0 || len(l.B) != len(l.M)*l.Rank {
			return fr.Element{}, fmt.Errorf("commit: adapter layer %d of rank %d with |A| = %d, |B| = %d, |M| = %d", l.Layer, l.Rank, len(l.A), len(l.B), len(l.M))
		}
		last = l.Layer
		m := make([]uint64, len(l.M))
		for i, v := range l.M {
			if v < 0 || v >= 1<<MultBits {
				return fr.Element{}, fmt.Errorf("commit: adapter layer %d multiplier %d = %d outside [0, 2^%d)", l.Layer, i, v, MultBits)
			}
			m[i] = uint64(v)
		}
		pre = append(pre, AdapterLayerHeader(l.Layer, l.Rank)...)
		pre = append(pre, Uint(uint64(len(l.M))))
		pre = append(pre, Pack(m, MultBits)...)
		pre = append(pre, PackInt8(l.A)...)
		pre = append(pre, PackInt8(l.B)...)
	}
	return Hash(pre...), nil
}

// AdapterLayerBitsVars is one adapted layer's witness as
// AdapterInnerCommitmentBitsVars sees it: A and B int8-valued, M below
// 2^MultBits, all range-checked by the caller.
type AdapterLayerBitsVars struct {
	Layer, Rank int
	A, B, M     []frontend.Variable
}

// AdapterCommitmentBitsVars is OwnedCommitment(AdapterInnerCommitmentBits)
// in a circuit (layers in increasing Layer order; owner range-checked in
// OwnedCommitmentVars).
func AdapterCommitmentBitsVars(api frontend.API, salt, owner frontend.Variable, nLayers int, layers []AdapterLayerBitsVars) (frontend.Variable, error) {
	pre := append(Const(Tag(TagAdapterBits)), salt)
	pre = append(pre, Const(Uint(uint64(nLayers)))...)
	for _, l := range layers {
		pre = append(pre, Const(AdapterLayerHeader(l.Layer, l.Rank)...)...)
		pre = append(pre, Const(Uint(uint64(len(l.M))))...)
		pre = append(pre, PackVars(api, l.M, MultBits)...)
		pre = append(pre, PackInt8Vars(api, l.A)...)
		pre = append(pre, PackInt8Vars(api, l.B)...)
	}
	inner, err := HashVars(api, pre...)
	if err != nil {
		return nil, err
	}
	return OwnedCommitmentVars(api, inner, owner)
}
