package artifacts_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
)

// TestParseClaim: both file forms parse to the same claim, a bundle's int8
// input comes with it, and malformed claims are refused as bad input
// naming the file.
func TestParseClaim(t *testing.T) {
	seven := 7
	for _, tc := range []struct {
		name, json string
		want       *artifacts.Claim
		err        string
	}{
		{"weights JSON", `{"datanet_root":"0x01","digest":"0x02","weights_ppm":[600000,400000],"prediction":7}`,
			&artifacts.Claim{DatanetRoot: "0x01", Digest: "0x02", Weights: []uint32{600000, 400000}, Prediction: &seven}, ""},
		{"bundle section", `{"input":[-128,0,127],"attribution":{"datanet_root":"0x01","weights":[{"contributor":0,"ppm":600000},{"contributor":1,"ppm":400000}]}}`,
			&artifacts.Claim{DatanetRoot: "0x01", Weights: []uint32{600000, 400000}, Input: []int8{-128, 0, 127}}, ""},
		{"report section without input", `{"ok":true,"attribution":{"digest":"0x02"}}`, &artifacts.Claim{Digest: "0x02"}, ""},
		{"empty input is none", `{"input":[],"attribution":{"digest":"0x02"}}`, &artifacts.Claim{Digest: "0x02"}, ""},
		{"not an object", `[1,2]`, nil, "not a JSON object"},
		{"not JSON", `{`, nil, "not a JSON object"},
		{"input beyond int8", `{"input":[128],"attribution":{"digest":"0x02"}}`, nil, "input[0] = 128 is not an int8"},
		{"input not numbers", `{"input":"x","attribution":{"digest":"0x02"}}`, nil, "input:"},
		{"weights out of order", `{"weights":[{"contributor":1,"ppm":1}]}`, nil, "weights[0].contributor = 1, want 0"},
		{"wrong type", `{"weights_ppm":"x"}`, nil, "attribution:"},
		{"nothing to check", `{"prediction":3}`, nil, "no datanet_root, digest or weights"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := artifacts.ParseClaim("claim.json", []byte(tc.json))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), "claim.json") ||
					!errors.Is(err, artifacts.ErrBadInput) || !errors.Is(err, errs.ErrBadInput) {
					t.Fatalf("err = %v, want bad input naming claim.json with %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestReadClaim: a file reads as its bytes parse; a missing file is bad
// input.
func TestReadClaim(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.json")
	if err := os.WriteFile(p, []byte(`{"digest":"0x02"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if cl, err := artifacts.ReadClaim(p); err != nil || cl.Digest != "0x02" {
		t.Fatalf("ReadClaim = %+v, %v", cl, err)
	}
	if _, err := artifacts.ReadClaim(p + ".missing"); !errors.Is(err, errs.ErrBadInput) {
		t.Fatalf("missing file: %v, want bad input", err)
	}
}

// TestClaimCheck: each claimed value that differs from the recomputed
// attribution fails its own check, and an honest claim passes all.
func TestClaimCheck(t *testing.T) {
	weights := []uint32{600000, 400000}
	digest := commit.Hex(influence.Digest(weights))
	report := func() *artifacts.AuditReport {
		return &artifacts.AuditReport{OK: true, IDs: []string{"alice", "bob"},
			Attribution: &artifacts.Attribution{Prediction: 7, Weights: append([]uint32(nil), weights...), Digest: digest}}
	}
	seven, three := 7, 3
	honest := artifacts.Claim{Digest: digest, Weights: weights, Prediction: &seven}
	for _, tc := range []struct {
		name   string
		change func(cl *artifacts.Claim)
		failed string // the failing check's detail; "" for none
		checks int
	}{
		{"honest", func(*artifacts.Claim) {}, "", 3},
		{"a weight", func(cl *artifacts.Claim) { setWeights(cl, 400000, 600000) }, "contributor alice: claimed 400000 ppm, recomputed 600000 ppm", 3},
		{"weight count", func(cl *artifacts.Claim) { setWeights(cl, 1000000) }, "claim has 1 weights, the Datanet 2 contributors", 3},
		{"digest", func(cl *artifacts.Claim) { cl.Digest = "0x01" }, "claim states 0x01", 3},
		{"prediction", func(cl *artifacts.Claim) { cl.Prediction = &three }, "claimed prediction 3, recomputed 7", 3},
		{"root only: nothing here", func(cl *artifacts.Claim) { *cl = artifacts.Claim{DatanetRoot: "0x01"} }, "", 0},
		{"weights without digest", func(cl *artifacts.Claim) { cl.Digest, cl.Prediction = "", nil }, "", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cl := honest
			cl.Weights = append([]uint32(nil), honest.Weights...)
			tc.change(&cl)
			r := report()
			cl.Check(r)
			if len(r.Checks) != tc.checks {
				t.Fatalf("%d checks, want %d: %+v", len(r.Checks), tc.checks, r.Checks)
			}
			var failed []string
			for _, c := range r.Checks {
				if !c.OK {
					failed = append(failed, c.Detail)
				}
			}
			switch {
			case tc.failed == "" && (len(failed) > 0 || !r.OK):
				t.Fatalf("failed %q (OK %v), want none", failed, r.OK)
			case tc.failed != "" && (len(failed) != 1 || !strings.Contains(failed[0], tc.failed) || r.OK):
				t.Fatalf("failed %q (OK %v), want one with %q", failed, r.OK, tc.failed)
			}
		})
	}
	// Without an attribution (the audit could not attribute) there is
	// nothing to compare.
	r := &artifacts.AuditReport{OK: true}
	honest.Check(r)
	if len(r.Checks) != 0 || !r.OK {
		t.Fatalf("no attribution: %+v", r)
	}
}

// setWeights claims weights w with their own digest.
func setWeights(cl *artifacts.Claim, w ...uint32) {
	cl.Weights, cl.Digest = w, commit.Hex(influence.Digest(w))
}

// FuzzParseClaim: any bytes parse or are refused as bad input, never
// panic, and a parsed claim has something to check.
func FuzzParseClaim(f *testing.F) {
	f.Add([]byte(`{"datanet_root":"0x01","digest":"0x02","weights_ppm":[600000,400000],"prediction":7}`))
	f.Add([]byte(`{"input":[-128,0,127],"attribution":{"weights":[{"contributor":0,"ppm":1000000}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cl, err := artifacts.ParseClaim("fuzz", data)
		if err != nil {
			if !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("error does not wrap ErrBadInput: %v", err)
			}
			return
		}
		if cl.DatanetRoot == "" && cl.Digest == "" && cl.Weights == nil {
			t.Fatalf("parsed claim with nothing to check: %+v", cl)
		}
	})
}
