package artifacts

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
)

// Plan quantizes base and the adapter as a proof does (quant.FromModel,
// quant.FromPEFT) and builds the attribution plan that Sketch, Verify and
// Attribute take.
func Plan(base *model.Model, a *peft.Adapter, p influence.Params) (*influence.Plan, error) {
	qm, err := quant.FromModel(base)
	if err != nil {
		return nil, fmt.Errorf("artifacts: %w", err)
	}
	qa, err := quant.FromPEFT(qm, a, "datanet-adapter")
	if err != nil {
		return nil, fmt.Errorf("artifacts: %w", err)
	}
	return influence.NewPlan(qm, qa, p)
}

// Sketch computes the attribution artifacts of d under pl (everything but
// the training record) with the original method (influence.MethodRenormTracIn,
// no method field); SketchBy names one.
func Sketch(ctx context.Context, pl *influence.Plan, d *datanet.Datanet) (*Artifacts, error) {
	return SketchBy(ctx, pl, d, nil)
}

// SketchBy is Sketch with the per-contributor vectors computed by method m
// (nil: influence.MethodRenormTracIn, recorded as no method field, the
// format of artifacts made before methods existed).
func SketchBy(ctx context.Context, pl *influence.Plan, d *datanet.Datanet, m *influence.Method) (*Artifacts, error) {
	return SketchWith(ctx, pl, d, m, nil)
}

// SketchWith is SketchBy for a method whose class table averages N
// adapters (influence.Method.ClassAdapters): extras are the N − 1 extra
// adapters in seed order (nil for every other method), and their weights
// must hash to m's ClassAdaptersSHA256 (ClassAdaptersSHA256); a wrong
// count or digest is refused (ErrBadInput) before anything is computed.
func SketchWith(ctx context.Context, pl *influence.Plan, d *datanet.Datanet, m *influence.Method, extras []*peft.Adapter) (*Artifacts, error) {
	mm := methodOrDefault(m)
	plans, err := classPlans(pl, mm, extras)
	if err != nil {
		return nil, err
	}
	sk, err := pl.ContributorsByN(ctx, d, mm, plans)
	if err != nil {
		return nil, err
	}
	data := d.Commitments()
	coms := make([]fr.Element, len(sk))
	for c := range sk {
		if coms[c], err = pl.Commitment(sk[c]); err != nil {
			return nil, fmt.Errorf("contributor %q: %w", d.Contributors[c].ID, err)
		}
	}
	dataRoot, err := datanet.RootOf(d.InputDim, d.Classes, data, nil)
	if err != nil {
		return nil, err
	}
	root, err := datanet.RootOf(d.InputDim, d.Classes, data, coms)
	if err != nil {
		return nil, err
	}
	art := &Artifacts{
		Format: Format, Version: Version, Params: pl.P, Method: m,
		Datanet: DatanetInfo{Name: d.Name, InputDim: d.InputDim, Classes: d.Classes, DataRoot: commit.Hex(dataRoot), Root: commit.Hex(root)},
	}
	for c, con := range d.Contributors {
		art.Contribs = append(art.Contribs, ContributorInfo{
			Index: c, ID: con.ID, Records: len(con.Examples),
			DataCommitment: commit.Hex(data[c]), SketchCommitment: commit.Hex(coms[c]), Sketch: sk[c],
		})
	}
	return art, nil
}

// Verify recomputes the artifacts from d under pl, with the method the
// artifacts name, and reports the first difference: an auditor's check that
// the sketches, commitments and roots belong to this Datanet and this
// adapter under that method.
func (a *Artifacts) Verify(ctx context.Context, pl *influence.Plan, d *datanet.Datanet) error {
	return a.VerifyWith(ctx, pl, d, nil)
}

// VerifyWith is Verify for artifacts whose class table averages N adapters:
// extras are the N − 1 extra adapters (retrained or loaded by the caller),
// which must hash to the digest the method records (SketchWith).
func (a *Artifacts) VerifyWith(ctx context.Context, pl *influence.Plan, d *datanet.Datanet, extras []*peft.Adapter) error {
	if pl.P != a.Params {
		return fmt.Errorf("%w: artifacts use params %+v, plan %+v", ErrBadInput, a.Params, pl.P)
	}
	want, err := SketchWith(ctx, pl, d, a.Method, extras)
	if err != nil {
		return err
	}
	if want.Datanet.DataRoot != a.Datanet.DataRoot {
		return fmt.Errorf("%w: data root %s, the Datanet gives %s", ErrBadInput, a.Datanet.DataRoot, want.Datanet.DataRoot)
	}
	if len(want.Contribs) != len(a.Contribs) {
		return fmt.Errorf("%w: %d contributors, the Datanet has %d", ErrBadInput, len(a.Contribs), len(want.Contribs))
	}
	for i, c := range want.Contribs {
		got := a.Contribs[i]
		switch {
		case got.ID != c.ID || got.Records != c.Records || got.DataCommitment != c.DataCommitment:
			return fmt.Errorf("%w: contributor %d (%s): id, record count or data commitment differ from the Datanet", ErrBadInput, i, got.ID)
		case len(got.Sketch) != len(c.Sketch):
			return fmt.Errorf("%w: contributor %d (%s): sketch length %d, want %d", ErrBadInput, i, got.ID, len(got.Sketch), len(c.Sketch))
		case got.SketchCommitment != c.SketchCommitment:
			return fmt.Errorf("%w: contributor %d (%s): sketch commitment differs from the recomputed one", ErrBadInput, i, got.ID)
		}
		for j := range c.Sketch {
			if got.Sketch[j] != c.Sketch[j] {
				return fmt.Errorf("%w: contributor %d (%s): sketch value %d is %d, recomputed %d", ErrBadInput, i, got.ID, j, got.Sketch[j], c.Sketch[j])
			}
		}
	}
	if want.Datanet.Root != a.Datanet.Root {
		return fmt.Errorf("%w: root %s, recomputed %s", ErrBadInput, a.Datanet.Root, want.Datanet.Root)
	}
	return nil
}

// MethodOf returns the method of a's per-contributor vectors.
func (a *Artifacts) MethodOf() influence.Method { return methodOrDefault(a.Method) }

func methodOrDefault(m *influence.Method) influence.Method {
	if m == nil {
		return influence.Method{ID: influence.MethodRenormTracIn}
	}
	return *m
}

// ClassAdaptersSHA256 is influence.Method.ClassAdaptersSHA256 of the extra
// adapters: the hex sha256 of the concatenated raw sha256 digests of their
// adapter_model.safetensors bytes (peft's WeightsBytes, the file Save
// writes), in order.
func ClassAdaptersSHA256(extras []*peft.Adapter) (string, error) {
	h := sha256.New()
	for i, e := range extras {
		b, err := e.WeightsBytes()
		if err != nil {
			return "", fmt.Errorf("%w: class-table adapter %d: %v", ErrBadInput, i+1, err)
		}
		s := sha256.Sum256(b)
		h.Write(s[:])
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// classPlans checks the extra adapters against m (their number and
// digest) and returns their plans under pl's quantized base and params
// (each at its position's projection seed when m.ClassProjPerAdapter).
func classPlans(pl *influence.Plan, m influence.Method, extras []*peft.Adapter) ([]*influence.Plan, error) {
	if want := m.Adapters() - 1; len(extras) != want {
		return nil, fmt.Errorf("%w: method %s averages the class table over %d adapters: want %d extra adapters, have %d", ErrBadInput, m.ID, m.Adapters(), want, len(extras))
	}
	if len(extras) == 0 {
		return nil, nil
	}
	got, err := ClassAdaptersSHA256(extras)
	if err != nil {
		return nil, err
	}
	if got != m.ClassAdaptersSHA256 {
		return nil, fmt.Errorf("%w: the %d class-table adapters (seeds %d…%d) hash to %s, the method records %s", ErrBadInput, len(extras), m.ClassSeedFrom, m.ClassSeedFrom+uint64(len(extras)-1), got, m.ClassAdaptersSHA256)
	}
	out := make([]*influence.Plan, len(extras))
	for i, e := range extras {
		qa, err := quant.FromPEFT(pl.Model, e, "class-table-adapter")
		if err != nil {
			return nil, fmt.Errorf("%w: class-table adapter %d: %v", ErrBadInput, i+1, err)
		}
		if out[i], err = influence.NewPlan(pl.Model, qa, m.AdapterParams(pl.P, i+1)); err != nil {
			return nil, fmt.Errorf("class-table adapter %d: %w", i+1, err)
		}
	}
	return out, nil
}
