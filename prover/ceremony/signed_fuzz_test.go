package ceremony_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/internal/fuzzseed"
	"github.com/openproof/openproof/prover/ceremony"
)

// signedSeeds are a signed ceremony's JSON files (ceremony.json, a receipt,
// transcript.json) and hostile variants of them.
func signedSeeds(t *testing.T) map[string][]byte {
	t.Helper()
	dir, ccs := signedRun(t, "alice", "bob")
	s, err := ceremony.VerifySigned(context.Background(), dir, ptau4, t.TempDir(), ccs, []byte("beacon"))
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	summary, err := json.Marshal(s.Summary)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(b []byte, old, repl string) []byte { return []byte(strings.Replace(string(b), old, repl, 1)) }
	plan, receipt := read(ceremony.PlanFile), read(ceremony.ReceiptFile(1))
	return map[string][]byte{
		"plan":              plan,
		"receipt":           receipt,
		"summary":           summary,
		"empty":             nil,
		"plan-unknown":      edit(plan, "{", `{"x":1,`),
		"plan-power":        edit(plan, `"power": 1`, `"power": 99`),
		"receipt-index":     edit(receipt, `"index": 1`, `"index": -1`),
		"receipt-address":   edit(receipt, `"contributor": "0x`, `"contributor": "0xzz`),
		"summary-trailing":  append(append([]byte(nil), summary...), []byte(" {}")...),
		"summary-format":    edit(summary, ceremony.SummaryFormat, "other"),
		"summary-huge-list": []byte(`{"format":"` + ceremony.SummaryFormat + `","version":1,"contributions":[` + strings.Repeat("{},", 1000) + `{}]}`),
	}
}

func TestWriteSignedSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	fuzzseed.Write(t, "FuzzSignedJSON", signedSeeds(t))
}

// TestSignedSeeds: the valid files parse, every hostile one is bad input.
func TestSignedSeeds(t *testing.T) {
	for name, b := range signedSeeds(t) {
		t.Run(name, func(t *testing.T) {
			var err error
			switch {
			case strings.HasPrefix(name, "plan"):
				err = ceremony.ParsePlan(b, new(ceremony.Plan))
			case strings.HasPrefix(name, "receipt"):
				err = ceremony.ParseReceipt(b, new(ceremony.Receipt))
			default:
				err = ceremony.ParseSummary(b, new(ceremony.Summary))
			}
			if valid := !strings.Contains(name, "-") && name != "empty"; valid != (err == nil) {
				t.Fatalf("valid %v, got %v", valid, err)
			}
			if err != nil && !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("%v does not wrap ErrBadInput", err)
			}
		})
	}
}

// FuzzSignedJSON: the signed ceremony's JSON parsers never panic, refuse
// with ErrBadInput, and CheckSummary refuses what it cannot check.
func FuzzSignedJSON(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, err := range []error{
			ceremony.ParsePlan(b, new(ceremony.Plan)),
			ceremony.ParseReceipt(b, new(ceremony.Receipt)),
		} {
			if err != nil && !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("%v does not wrap ErrBadInput", err)
			}
		}
		var s ceremony.Summary
		if err := ceremony.ParseSummary(b, &s); err != nil {
			if !errors.Is(err, errs.ErrBadInput) {
				t.Fatalf("%v does not wrap ErrBadInput", err)
			}
			return
		}
		if _, err := ceremony.CheckSummary(&s); err != nil && !errors.Is(err, errs.ErrNotVerified) && !errors.Is(err, errs.ErrBadInput) {
			t.Fatalf("CheckSummary: %v", err)
		}
	})
}
