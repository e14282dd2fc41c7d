package commit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/permutation/poseidon2"
)

// PackVars is Pack in a circuit: a linear combination, no constraints. The
// caller must have range-checked every value to [0, 2^bits); otherwise the
// packing is not injective and the digest does not bind the values.
func PackVars(api frontend.API, vals []frontend.Variable, bits int) []frontend.Variable {
	per := PerElement(bits)
	out := make([]frontend.Variable, 0, (len(vals)+per-1)/per)
	for i := 0; i < len(vals); i += per {
		end := min(i+per, len(vals))
		var acc frontend.Variable = 0
		for j := i; j < end; j++ {
			coef := new(big.Int).Lsh(big.NewInt(1), uint(bits*(j-i)))
			acc = api.Add(acc, api.Mul(vals[j], coef))
		}
		out = append(out, acc)
	}
	return out
}

// PackInt8Vars packs int8-valued variables (offset by 128). The caller must
// have range-checked v+128 to [0, 256).
func PackInt8Vars(api frontend.API, v []frontend.Variable) []frontend.Variable {
	shifted := make([]frontend.Variable, len(v))
	for i := range v {
		shifted[i] = api.Add(v[i], 128)
	}
	return PackVars(api, shifted, 8)
}

// HashVars is Hash in a circuit.
func HashVars(api frontend.API, elems ...frontend.Variable) (frontend.Variable, error) {
	perm, err := poseidon2.NewPoseidon2FromParameters(api, HashWidth, HashFullRounds, HashPartialRounds)
	if err != nil {
		return nil, fmt.Errorf("poseidon2: %w", err)
	}
	st := make([]frontend.Variable, HashWidth)
	for j := range st {
		st[j] = 0
	}
	st[HashRate] = len(elems)
	for i := 0; i == 0 || i < len(elems); i += HashRate {
		for j := 0; j < HashRate && i+j < len(elems); j++ {
			st[j] = api.Add(st[j], elems[i+j])
		}
		if err := perm.Permutation(st); err != nil {
			return nil, fmt.Errorf("poseidon2: %w", err)
		}
	}
	return st[0], nil
}

// Const turns native field elements into circuit constants.
func Const(es ...fr.Element) []frontend.Variable {
	out := make([]frontend.Variable, len(es))
	for i := range es {
		out[i] = es[i].BigInt(new(big.Int))
	}
	return out
}

// InputDigestVars is InputDigest in a circuit (x range-checked by the caller).
func InputDigestVars(api frontend.API, x []frontend.Variable) (frontend.Variable, error) {
	pre := append(Const(Tag(TagInput), Uint(uint64(len(x)))), PackInt8Vars(api, x)...)
	return HashVars(api, pre...)
}

// OutputDigestVars is OutputDigest in a circuit (y range-checked by the caller).
func OutputDigestVars(api frontend.API, y []frontend.Variable) (frontend.Variable, error) {
	pre := append(Const(Tag(TagOutput), Uint(uint64(len(y)))), PackInt8Vars(api, y)...)
	return HashVars(api, pre...)
}

// AdapterLayerVars is one adapted layer's witness as the commitment sees it.
type AdapterLayerVars struct {
	Layer, Rank int
	M           frontend.Variable
	A, B        []frontend.Variable // int8-valued, range-checked by the caller
}

// AdapterCommitmentVars is AdapterCommitment in a circuit: the owned
// commitment of the inner one under salt, owner range-checked.
func AdapterCommitmentVars(api frontend.API, salt, owner frontend.Variable, nLayers int, layers []AdapterLayerVars) (frontend.Variable, error) {
	inner, err := AdapterInnerCommitmentVars(api, salt, nLayers, layers)
	if err != nil {
		return nil, err
	}
	return OwnedCommitmentVars(api, inner, owner)
}

// AdapterInnerCommitmentVars is AdapterInnerCommitment in a circuit. layers
// must be in increasing Layer order; nLayers is the model's layer count.
func AdapterInnerCommitmentVars(api frontend.API, salt frontend.Variable, nLayers int, layers []AdapterLayerVars) (frontend.Variable, error) {
	hdr := Const(AdapterHeader(fr.Element{}, nLayers)...)
	hdr[1] = salt
	pre := hdr
	for _, l := range layers {
		pre = append(pre, Const(AdapterLayerHeader(l.Layer, l.Rank)...)...)
		pre = append(pre, l.M)
		pre = append(pre, PackInt8Vars(api, l.A)...)
		pre = append(pre, PackInt8Vars(api, l.B)...)
	}
	return HashVars(api, pre...)
}
