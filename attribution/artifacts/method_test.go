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

// Artifacts under influence.MethodRobustClass: the committed vectors carry
// the class table, and the auditor refuses a changed class value, β,
// reference stride or class shift, and robust/v1 vectors under the class
// method's label.
func TestVerifyRobustClassMethod(t *testing.T) {
	ctx := context.Background()
	base, ad, d := embedded(t)
	p := influence.DefaultParams()
	p.K, p.ClassTerm, p.ClassShift = 2, true, 20
	pl, err := artifacts.Plan(base, ad, p)
	if err != nil {
		t.Fatal(err)
	}
	m := influence.RobustClassMethod(3_000_000, 2)
	art, err := artifacts.SketchBy(ctx, pl, d, &m)
	if err != nil {
		t.Fatal(err)
	}
	if len(art.Contribs[0].Sketch) != pl.CommittedDim() || pl.CommittedDim() != pl.Dim()+d.Classes {
		t.Fatalf("vector of %d values, want %d + %d classes", len(art.Contribs[0].Sketch), pl.Dim(), d.Classes)
	}
	got, err := artifacts.Parse("copy", mustJSON(t, art))
	if err != nil {
		t.Fatal(err)
	}
	if err := got.Verify(ctx, pl, d); err != nil {
		t.Fatalf("class-term artifacts refused: %v", err)
	}
	plainP := p
	plainP.ClassTerm, plainP.ClassShift = false, 0
	plainPl, err := artifacts.Plan(base, ad, plainP)
	if err != nil {
		t.Fatal(err)
	}
	rm := influence.RobustMethod()
	plain, err := artifacts.SketchBy(ctx, plainPl, d, &rm)
	if err != nil {
		t.Fatal(err)
	}
	dim := pl.Dim()
	tamper := map[string]func(a *artifacts.Artifacts){
		"class value": func(a *artifacts.Artifacts) { a.Contribs[1].Sketch[dim+3]++ },
		"β":           func(a *artifacts.Artifacts) { a.Method.ClassBetaPPM = 1_000_000 },
		"stride":      func(a *artifacts.Artifacts) { a.Method.RefStride = 3 },
		"class shift": func(a *artifacts.Artifacts) { a.Params.ClassShift = 21 },
		"robust/v1 vectors under the class label": func(a *artifacts.Artifacts) {
			a.Contribs = plain.Contribs
		},
		"relabelled robust/v1": func(a *artifacts.Artifacts) { a.Method = &rm },
	}
	for name, f := range tamper {
		t.Run(name, func(t *testing.T) {
			a2, err := artifacts.Parse("copy", mustJSON(t, art))
			if err != nil {
				t.Fatal(err)
			}
			f(a2)
			if err := a2.Verify(ctx, pl, d); !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("Verify accepted %s: %v", name, err)
			}
		})
	}
}
