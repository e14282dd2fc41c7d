package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/attribution/artifacts"
	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/attribution/influence"
	"github.com/openproof/openproof/attribution/provenance"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/quant"
)

// attributionFixture writes the embedded-digit Datanet (JSONL and binary)
// and trains an adapter with provenance on it through the CLI.
type attributionFixture struct {
	cache, dir, jsonl, bin, trained string
}

func newAttributionFixture(t *testing.T) *attributionFixture {
	t.Helper()
	f := &attributionFixture{cache: t.TempDir(), dir: t.TempDir()}
	f.jsonl = filepath.Join(f.dir, "records.jsonl")
	f.bin = filepath.Join(f.dir, "datanet.bin")
	f.trained = filepath.Join(f.dir, "trained")
	mustCode(t, exitOK, f.cache, "datanet", "sample", "--contributors", "4", "--out", f.jsonl)
	mustCode(t, exitOK, f.cache, "datanet", "build", "--in", f.jsonl, "--out", f.bin)
	mustCode(t, exitOK, f.cache, "train", "--datanet", f.bin, "--out", f.trained, "--epochs", "3", "--seed", "3")
	return f
}

// TestDatanetCLI: build and inspect agree with the library, a malformed
// record names file, line and field and writes nothing.
func TestDatanetCLI(t *testing.T) {
	f := newAttributionFixture(t)
	d, err := datanet.Load(f.bin)
	if err != nil {
		t.Fatalf("the binary form does not load: %v", err)
	}
	if b, _ := os.ReadFile(f.bin); !bytes.HasPrefix(b, []byte(datanet.Magic)) {
		t.Fatalf("datanet build --out .bin did not write the binary form")
	}
	want, err := d.Inspect()
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{f.jsonl, f.bin} {
		out := mustCode(t, exitOK, f.cache, "datanet", "inspect", in)
		for _, s := range []string{want.Root, "c0", "c3", want.Contributors[2].Commitment, "64 records", "duplicates: none"} {
			if !strings.Contains(out, s) {
				t.Fatalf("inspect %s lacks %q:\n%s", in, s, out)
			}
		}
		var got datanet.Summary
		if err := json.Unmarshal([]byte(mustCode(t, exitOK, f.cache, "datanet", "inspect", "--json", in)), &got); err != nil {
			t.Fatal(err)
		}
		if got.Root != want.Root || len(got.Contributors) != 4 || got.Records != 64 || got.Contributors[1].Records != want.Contributors[1].Records {
			t.Fatalf("inspect --json %s: %+v, want %+v", in, got, want)
		}
	}

	lines := strings.SplitAfter(string(mustRead(t, f.jsonl)), "\n")
	tests := []struct {
		name, record, want string
	}{
		{"label", `{"contributor":"x","label":12,"input":[` + strings.Repeat("0,", 783) + `0]}`, "label"},
		{"input length", `{"contributor":"x","label":1,"input":[1,2]}`, "input"},
		{"pixel range", `{"contributor":"x","label":1,"input":[` + strings.Repeat("0,", 783) + `256]}`, "input"},
		{"unknown field", `{"contributor":"x","label":1,"colour":2,"input":[]}`, "colour"},
		{"contributor", `{"contributor":"","label":1,"input":[` + strings.Repeat("0,", 783) + `0]}`, "contributor"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := filepath.Join(t.TempDir(), "bad.jsonl")
			body := strings.Join(lines[:3], "") + tc.record + "\n" + strings.Join(lines[3:], "")
			if err := os.WriteFile(in, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "never.bin")
			msg := mustCode(t, exitBadInput, f.cache, "datanet", "build", "--in", in, "--out", out)
			if !strings.Contains(msg, "bad.jsonl:4") || !strings.Contains(msg, tc.want) {
				t.Fatalf("error does not name bad.jsonl:4 and %q:\n%s", tc.want, msg)
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Fatalf("a failed build wrote %s (stat: %v)", out, err)
			}
		})
	}
}

// TestTrainDatanetAudit: training is deterministic and writes the adapter
// and artifacts; an audit of an honest claim passes (exit 0), of a changed
// weight, a wrong root or another input fails (exit 1).
func TestTrainDatanetAudit(t *testing.T) {
	f := newAttributionFixture(t)
	art, err := artifacts.Load(filepath.Join(f.trained, provenance.ArtifactsFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(art.Contribs) != 4 || art.Training.Seed != 3 || len(art.Training.Losses) != 3 {
		t.Fatalf("artifacts: %d contributors, training %+v", len(art.Contribs), art.Training)
	}
	if m := art.MethodOf(); m != influence.RobustMethod() {
		t.Fatalf("train --datanet wrote method %s, want the current %s", m, influence.RobustMethod())
	}
	again := filepath.Join(f.dir, "again")
	mustCode(t, exitOK, f.cache, "train", "--datanet", f.jsonl, "--out", again, "--epochs", "3", "--seed", "3")
	for _, p := range []string{provenance.ArtifactsFile, filepath.Join(provenance.AdapterDir, "adapter_model.safetensors")} {
		if !bytes.Equal(mustRead(t, filepath.Join(f.trained, p)), mustRead(t, filepath.Join(again, p))) {
			t.Fatalf("train --datanet with the same seed wrote a different %s", p)
		}
	}
	mustCode(t, exitOK, f.cache, "inspect", filepath.Join(f.trained, provenance.AdapterDir))

	audit := []string{"audit", "--datanet", f.bin, "--artifacts", f.trained, "--sample", "3"}
	if out := mustCode(t, exitOK, f.cache, audit...); !strings.Contains(out, "audit passed") {
		t.Fatalf("audit without a claim:\n%s", out)
	}
	report := mustCode(t, exitOK, f.cache, append(audit, "--json")...)
	var rep artifacts.AuditReport
	if err := json.Unmarshal([]byte(report), &rep); err != nil || rep.Attribution == nil {
		t.Fatalf("audit --json: %v\n%s", err, report)
	}
	att := rep.Attribution
	if att.DatanetRoot != art.Datanet.Root {
		t.Fatalf("attribution root %s, artifacts %s", att.DatanetRoot, art.Datanet.Root)
	}
	writeClaim := func(t *testing.T, edit func(a map[string]any)) string {
		b, _ := json.Marshal(att)
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		edit(m)
		p := filepath.Join(t.TempDir(), "claim.json")
		b, _ = json.Marshal(m)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	honest := writeClaim(t, func(map[string]any) {})
	if out := mustCode(t, exitOK, f.cache, append(audit, "--claim", honest)...); !strings.Contains(out, "claimed weights match") {
		t.Fatalf("honest audit does not compare the weights:\n%s", out)
	}
	// The same claim as a bundle-style "attribution" section with its int8 input.
	bundleLike := filepath.Join(f.dir, "bundle.json")
	list := []map[string]any{}
	for i, w := range att.Weights {
		list = append(list, map[string]any{"contributor": i, "ppm": w})
	}
	b, _ := json.Marshal(map[string]any{"input": sampleInput(t, 3), "attribution": map[string]any{"datanet_root": att.DatanetRoot, "digest": att.Digest, "weights": list}})
	if err := os.WriteFile(bundleLike, b, 0o644); err != nil {
		t.Fatal(err)
	}
	mustCode(t, exitOK, f.cache, "audit", "--datanet", f.bin, "--artifacts", f.trained, bundleLike)

	moved := -1
	for i, w := range att.Weights {
		if w > 0 {
			moved = i
		}
	}
	bad := map[string][]string{
		"weight": append(audit, "--claim", writeClaim(t, func(a map[string]any) {
			w := a["weights_ppm"].([]any)
			w[moved] = w[moved].(float64) - 1
			w[(moved+1)%len(w)] = w[(moved+1)%len(w)].(float64) + 1
		})),
		"root": append(audit, "--claim", writeClaim(t, func(a map[string]any) { a["datanet_root"] = art.Datanet.DataRoot })),
		"digest": append(audit, "--claim", writeClaim(t, func(a map[string]any) {
			a["digest"] = "0x" + strings.Repeat("0", 63) + "1"
			delete(a, "weights_ppm")
		})),
		"input": {"audit", "--datanet", f.bin, "--artifacts", f.trained, "--sample", "9", "--claim", honest},
	}
	for name, args := range bad {
		t.Run("mismatch "+name, func(t *testing.T) {
			out := mustCode(t, exitVerify, f.cache, args...)
			if !strings.Contains(out, "FAIL") {
				t.Fatalf("no failed check in the report:\n%s", out)
			}
		})
	}
	// The artifacts of another Datanet do not audit against this one.
	other := filepath.Join(f.dir, "other.jsonl")
	mustCode(t, exitOK, f.cache, "datanet", "sample", "--contributors", "3", "--out", other)
	if out := mustCode(t, exitVerify, f.cache, "audit", "--datanet", other, "--artifacts", f.trained); !strings.Contains(out, "FAIL") {
		t.Fatalf("audit against another Datanet:\n%s", out)
	}
}

// sampleInput is the int8 input of embedded digit i, as `audit --sample i`
// computes it.
func sampleInput(t *testing.T, i int) []int8 {
	t.Helper()
	base, err := demo.MNISTBase()
	if err != nil {
		t.Fatal(err)
	}
	q, err := quant.FromModel(base)
	if err != nil {
		t.Fatal(err)
	}
	s, err := demo.MNISTSamples()
	if err != nil {
		t.Fatal(err)
	}
	return quant.QuantizeInput(s.Images[i], q.InputExp)
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
