package artifacts_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
)

// Artifacts under influence.MethodRobust record the method; the auditor
// recomputes the vectors under the recorded method and refuses tampered
// vectors, a tampered method and robust vectors relabelled as the original
// method. Artifacts without a method field still verify (fixture: the
// original method).
func TestVerifyRobustMethod(t *testing.T) {
	ctx := context.Background()
	// K = 2 keeps the exact curvature solves small (32-value blocks).
	base, ad, d := embedded(t)
	p := influence.DefaultParams()
	p.K = 2
	pl, err := artifacts.Plan(base, ad, p)
	if err != nil {
		t.Fatal(err)
	}
	legacy, err := artifacts.Sketch(ctx, pl, d)
	if err != nil {
		t.Fatal(err)
	}
	m := influence.RobustMethod()
	art, err := artifacts.SketchBy(ctx, pl, d, &m)
	if err != nil {
		t.Fatal(err)
	}
	if art.Method == nil || *art.Method != m || art.MethodOf() != m {
		t.Fatalf("method not recorded: %+v", art.Method)
	}
	if legacy.Method != nil || legacy.MethodOf().ID != influence.MethodRenormTracIn {
		t.Fatalf("original artifacts record %+v", legacy.Method)
	}
	path := filepath.Join(t.TempDir(), "attribution.json")
	if err := art.Save(path); err != nil {
		t.Fatal(err)
	}
	got, err := artifacts.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := got.Verify(ctx, pl, d); err != nil {
		t.Fatalf("robust artifacts refused: %v", err)
	}
	if err := legacy.Verify(ctx, pl, d); err != nil {
		t.Fatalf("original-method artifacts refused: %v", err)
	}
	if art.Contribs[0].SketchCommitment == legacy.Contribs[0].SketchCommitment {
		t.Fatal("robust and original vectors coincide: the test would not tell them apart")
	}
	tamper := map[string]func(a *artifacts.Artifacts){
		"vector value": func(a *artifacts.Artifacts) { a.Contribs[2].Sketch[11] += 1 },
		"vector and its commitment": func(a *artifacts.Artifacts) {
			a.Contribs[1].Sketch[0]++
			c, err := pl.Commitment(a.Contribs[1].Sketch)
			if err != nil {
				t.Fatal(err)
			}
			a.Contribs[1].SketchCommitment = commit.Hex(c)
		},
		"method parameter": func(a *artifacts.Artifacts) { a.Method.DampPPM = 20_000 },
		"method dropped":   func(a *artifacts.Artifacts) { a.Method = nil },
		"legacy vectors":   func(a *artifacts.Artifacts) { a.Contribs = legacy.Contribs },
	}
	for name, f := range tamper {
		t.Run(name, func(t *testing.T) {
			a2, err := artifacts.Parse("copy", mustJSON(t, art))
			if err != nil {
				t.Fatal(err)
			}
			f(a2)
			err = a2.Verify(ctx, pl, d)
			if !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("Verify accepted %s: %v", name, err)
			}
			t.Log(err)
		})
	}
	t.Run("unknown method", func(t *testing.T) {
		b := strings.Replace(string(mustJSON(t, art)), influence.MethodRobust, "robust/v9", 1)
		if _, err := artifacts.Parse("copy", []byte(b)); !errors.Is(err, artifacts.ErrBadInput) || !strings.Contains(err.Error(), "unknown attribution method") {
			t.Fatalf("Parse accepted an unknown method: %v", err)
		}
	})
}
