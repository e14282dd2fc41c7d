package artifacts_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/peft"
)

// Artifacts whose robust-softclass/v1 class table averages N = 3 adapters
// (the embedded one and two trained on the Datanet with seeds 5 and 6)
// verify and audit with the retrained adapters; the auditor refuses a
// changed seed (the retrained adapters no longer hash to the recorded
// digest), a changed adapter, a changed N, missing adapters, the
// projection seed per adapter dropped from the label or the table, a changed
// class value and class values from the one-adapter table.
func TestVerifyClassAdapters(t *testing.T) {
	ctx := context.Background()
	base, ad, d := embedded(t)
	p := influence.DefaultParams()
	p.K, p.ClassTerm, p.ClassShift = 2, true, 24
	p.ClassSoft, p.ClassTauShift, p.ClassOnly = true, 1, true
	pl, err := artifacts.Plan(base, ad, p)
	if err != nil {
		t.Fatal(err)
	}
	recipe := provenance.TrainOptions{Rank: ad.Config.R, Alpha: ad.Config.LoraAlpha, Epochs: 2, BatchSize: 16, LR: 2e-3}
	train := func(m influence.Method) []*peft.Adapter {
		t.Helper()
		m.ClassAdaptersSHA256 = strings.Repeat("0", 64)
		ex, err := provenance.ClassAdapters(ctx, base, d, m, recipe)
		if err != nil {
			t.Fatal(err)
		}
		return ex
	}
	one := influence.RobustSoftClassMethod(3_000_000, 2)
	m := one.WithClassAdapters(3, 5)
	m.ClassProjPerAdapter = true
	extras := train(m)
	if m.ClassAdaptersSHA256, err = artifacts.ClassAdaptersSHA256(extras); err != nil {
		t.Fatal(err)
	}
	art, err := artifacts.SketchWith(ctx, pl, d, &m, extras)
	if err != nil {
		t.Fatal(err)
	}
	got, err := artifacts.Parse("copy", mustJSON(t, art))
	if err != nil {
		t.Fatal(err)
	}
	if err := got.VerifyWith(ctx, pl, d, extras); err != nil {
		t.Fatalf("refused: %v", err)
	}
	rep, err := artifacts.Audit(ctx, artifacts.AuditInput{Datanet: d, Artifacts: got, Plan: pl, Input: pl.Input(d.Contributors[0].Examples[0].Input),
		ClassAdapters: extras, ClassRetrained: true, ClassFrom: "test"})
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if !rep.OK || !strings.Contains(text.String(), "class table over 3 adapters") || !strings.Contains(text.String(), "retrained") || strings.Contains(text.String(), "unverified") {
		t.Fatalf("audit:\n%s", text.String())
	}
	rep, err = artifacts.Audit(ctx, artifacts.AuditInput{Datanet: d, Artifacts: got, Plan: pl, Input: pl.Input(d.Contributors[0].Examples[0].Input),
		ClassAdapters: extras, ClassFrom: "files"})
	if err != nil {
		t.Fatal(err)
	}
	text.Reset()
	if err := rep.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if !rep.OK || !strings.Contains(text.String(), "unverified: the 2 class-table adapters' training") {
		t.Fatalf("audit from files:\n%s", text.String())
	}

	// The one-adapter table differs from the three-adapter one.
	art1, err := artifacts.SketchBy(ctx, pl, d, &one)
	if err != nil {
		t.Fatal(err)
	}
	if mustEqualSketches(art1, art) {
		t.Fatal("the one-adapter table equals the three-adapter table: the test proves nothing")
	}
	// So does the table whose adapters share the projection seed.
	shared := m
	shared.ClassProjPerAdapter = false
	artShared, err := artifacts.SketchWith(ctx, pl, d, &shared, extras)
	if err != nil {
		t.Fatal(err)
	}
	if mustEqualSketches(artShared, art) {
		t.Fatal("a projection seed per adapter left the table unchanged: the test proves nothing")
	}
	seed := m
	seed.ClassSeedFrom++
	changed := append([]*peft.Adapter(nil), extras...)
	changed[1] = train(seed)[1] // seed 7 instead of 6
	n2 := m
	n2.ClassAdapters = 2
	for name, tc := range map[string]struct {
		mutate func(*artifacts.Artifacts)
		extras []*peft.Adapter
	}{
		"changed seed (retrained)":      {func(a *artifacts.Artifacts) { a.Method = &seed }, train(seed)},
		"changed adapter":               {nil, changed},
		"changed N":                     {func(a *artifacts.Artifacts) { a.Method = &n2 }, extras[:1]},
		"N with fewer adapters":         {nil, extras[:1]},
		"no extra adapters":             {nil, nil},
		"changed class value":           {func(a *artifacts.Artifacts) { a.Contribs[2].Sketch[3]++ }, extras},
		"one-adapter table, N labelled": {func(a *artifacts.Artifacts) { a.Contribs, a.Datanet = art1.Contribs, art1.Datanet }, extras},
		"one-adapter label":             {func(a *artifacts.Artifacts) { a.Method = &one }, extras},
		"shared projection label":       {func(a *artifacts.Artifacts) { a.Method = &shared }, extras},
		"shared-projection table":       {func(a *artifacts.Artifacts) { a.Contribs, a.Datanet = artShared.Contribs, artShared.Datanet }, extras},
	} {
		a2, err := artifacts.Parse("copy", mustJSON(t, art))
		if err != nil {
			t.Fatal(err)
		}
		if tc.mutate != nil {
			tc.mutate(a2)
		}
		if err := a2.VerifyWith(ctx, pl, d, tc.extras); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// mustEqualSketches reports whether a and b hold the same vectors.
func mustEqualSketches(a, b *artifacts.Artifacts) bool {
	for c := range a.Contribs {
		for j, v := range a.Contribs[c].Sketch {
			if b.Contribs[c].Sketch[j] != v {
				return false
			}
		}
	}
	return true
}

// Method checks of the class-table adapter fields: N outside [2, 64], an
// unknown trainer, a missing or malformed digest, the fields without N, and
// N on robust-class/v1 are refused when the file is read.
func TestClassAdaptersMethodCheck(t *testing.T) {
	good := influence.RobustSoftClassMethod(1_000_000, 8).WithClassAdapters(10, 1)
	good.ClassAdaptersSHA256 = strings.Repeat("ab", 32)
	if err := good.Check(); err != nil {
		t.Fatal(err)
	}
	if s := good.ClassSeeds(); len(s) != 9 || s[0] != 1 || s[8] != 9 {
		t.Fatalf("seeds %v", s)
	}
	for name, mutate := range map[string]func(*influence.Method){
		"N = 1":               func(m *influence.Method) { m.ClassAdapters = 1 },
		"N = 65":              func(m *influence.Method) { m.ClassAdapters = 65 },
		"unknown trainer":     func(m *influence.Method) { m.ClassTrainer = "other/v1" },
		"no digest":           func(m *influence.Method) { m.ClassAdaptersSHA256 = "" },
		"upper-case digest":   func(m *influence.Method) { m.ClassAdaptersSHA256 = strings.Repeat("AB", 32) },
		"short digest":        func(m *influence.Method) { m.ClassAdaptersSHA256 = "abcd" },
		"fields without N":    func(m *influence.Method) { m.ClassAdapters = 0 },
		"on robust-class/v1":  func(m *influence.Method) { m.ID = influence.MethodRobustClass },
		"seed range wraps":    func(m *influence.Method) { m.ClassSeedFrom = ^uint64(0) - 3 },
		"seed without N only": func(m *influence.Method) { *m = influence.RobustSoftClassMethod(1, 8); m.ClassSeedFrom = 4 },
		"projection per adapter without N": func(m *influence.Method) {
			*m = influence.RobustSoftClassMethod(1, 8)
			m.ClassProjPerAdapter = true
		},
	} {
		m := good
		mutate(&m)
		if err := m.Check(); !errors.Is(err, errs.ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
}
