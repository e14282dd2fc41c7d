package commit

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/inference/quant"
)

// InputDigest commits to a model input.
func InputDigest(x []int8) fr.Element {
	return Hash(append([]fr.Element{Tag(TagInput), Uint(uint64(len(x)))}, PackInt8(x)...)...)
}

// OutputDigest commits to a model output.
func OutputDigest(y []int8) fr.Element {
	return Hash(append([]fr.Element{Tag(TagOutput), Uint(uint64(len(y)))}, PackInt8(y)...)...)
}

// AdapterHeader is the preimage prefix of an adapter commitment.
func AdapterHeader(salt fr.Element, nLayers int) []fr.Element {
	return []fr.Element{Tag(TagAdapter), salt, Uint(uint64(nLayers))}
}

// AdapterLayerHeader precedes each adapted layer's M and packed A, B.
func AdapterLayerHeader(layer, rank int) []fr.Element {
	return []fr.Element{Uint(uint64(layer)), Uint(uint64(rank))}
}

// AdapterCommitment is the public commitment of a quantized adapter owned by
// key.Owner: OwnedCommitment(AdapterInnerCommitment(a, shape, key.Salt),
// key.Owner).
func AdapterCommitment(a *quant.Adapter, shape []int, key AdapterKey) (fr.Element, error) {
	inner, err := AdapterInnerCommitment(a, shape, key.Salt)
	if err != nil {
		return inner, err
	}
	return OwnedCommitment(inner, key.Owner), nil
}

// BaseCommitment is the adapter commitment of a pass with no adapter on a
// model of nLayers layers: the empty adapter under the zero key (no salt, no
// owner), as the circuits assign it.
func BaseCommitment(nLayers int) fr.Element {
	return OwnedCommitment(Hash(AdapterHeader(fr.Element{}, nLayers)...), fr.Element{})
}

// AdapterInnerCommitment commits to a quantized adapter of the given shape
// (rank per model layer) with a blinding salt: Poseidon2 over
// tag, salt, #layers, then for each adapted layer i in order: i, rank, M,
// packed A, packed B. It is what the owner registers on chain.
func AdapterInnerCommitment(a *quant.Adapter, shape []int, salt fr.Element) (fr.Element, error) {
	pre := AdapterHeader(salt, len(shape))
	got := a.Shape(len(shape))
	for i, r := range shape {
		if got[i] != r {
			return fr.Element{}, fmt.Errorf("adapter %q: layer %d has rank %d, circuit shape wants %d", a.Name, i, got[i], r)
		}
		if r == 0 {
			continue
		}
		l := a.ForLayer(i)
		pre = append(pre, AdapterLayerHeader(i, r)...)
		pre = append(pre, Uint(uint64(l.M)))
		pre = append(pre, PackInt8(l.A)...)
		pre = append(pre, PackInt8(l.B)...)
	}
	if len(a.Layers) != countAdapted(shape) {
		return fr.Element{}, fmt.Errorf("adapter %q: adapts layers outside the shape", a.Name)
	}
	return Hash(pre...), nil
}

func countAdapted(shape []int) int {
	n := 0
	for _, r := range shape {
		if r > 0 {
			n++
		}
	}
	return n
}

// exp encodes a possibly negative exponent as a field element.
func exp(e int) fr.Element { return Uint(uint64(int64(e) + 1<<16)) }

// ModelDigest commits to a quantized base model: architecture, fixed-point
// parameters and every weight, bias and table. The circuit embeds these as
// constants and exposes this digest as a public input.
func ModelDigest(m *quant.Model) fr.Element {
	pre := []fr.Element{Tag(TagModel), Tag(quant.Scheme), exp(m.InputExp), Uint(uint64(len(m.Layers)))}
	for i := range m.Layers {
		l := &m.Layers[i]
		pre = append(pre, Uint(uint64(l.In)), Uint(uint64(l.Out)), exp(l.WExp), exp(l.InExp), exp(l.OutExp),
			Uint(uint64(l.Shift)), Uint(uint64(l.Act)))
		pre = append(pre, PackInt32(l.Bias)...)
		pre = append(pre, PackInt8(l.W)...)
		if l.Act == quant.ActGELU {
			pre = append(pre, PackInt8(l.GELU)...)
		}
	}
	return Hash(pre...)
}
