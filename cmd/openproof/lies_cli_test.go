package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/prover/keystore"
)

// The ways a bundle can lie about what was proven, through the CLI, on the committed real
// proofs (no proving): each is refused with exit 1 (2 where the file no
// longer parses), and what the honest proofs print as verified is only
// what they prove or the verifier recomputes.

// liedJSON writes to a temporary file the JSON object of src after edit.
func liedJSON(t *testing.T, src string, edit func(m map[string]any)) string {
	t.Helper()
	m := map[string]any{}
	dec := json.NewDecoder(bytes.NewReader(mustRead(t, src)))
	dec.UseNumber() // the numbers go back as they came
	if err := dec.Decode(&m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), filepath.Base(src))
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// obj is the JSON object m[k].
func obj(m map[string]any, k string) map[string]any { return m[k].(map[string]any) }

// swapStatement swaps public inputs i and j, names and values, and the two
// statement fields they are bound to: the names still match the fields, the
// list order (which the pairing uses) no longer matches the circuit's.
func swapStatement(i, j int, a, b *[2]string) func(m map[string]any) {
	return func(m map[string]any) {
		p := m["public_inputs"].([]any)
		p[i], p[j] = p[j], p[i]
		fa, fb := obj(m, a[0]), obj(m, b[0])
		fa[a[1]], fb[b[1]] = fb[b[1]], fa[a[1]]
	}
}

// verifiedLine is the line of out that starts with "verified".
func verifiedLine(t *testing.T, out string) string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "verified") {
			return l
		}
	}
	t.Fatalf("no verified line in:\n%s", out)
	return ""
}

// demoFixture is a committed demo proof: its bundle and verifying key.
func demoFixture(name string) (string, string) {
	dir := filepath.Join(contractsDir, "testdata", "fixtures", name)
	return filepath.Join(dir, "bundle-0.json"), filepath.Join(dir, "vk.bin")
}

// TestVerifyLies: the honest demo proofs print their proven statement on
// the verified line; each lie about a bundle is refused.
func TestVerifyLies(t *testing.T) {
	cache := t.TempDir()
	model, adapter := &[2]string{"model", "digest"}, &[2]string{"adapter", "commitment"}
	root := &[2]string{"attribution", "datanet_root"}
	for _, fx := range []string{"demo", "demo-attributed"} {
		t.Run(fx, func(t *testing.T) {
			path, vk := demoFixture(fx)
			var b struct {
				Model       struct{ Digest string }
				Adapter     struct{ Commitment string }
				InputDigest string `json:"input_digest"`
				Attribution *struct {
					DatanetRoot string `json:"datanet_root"`
				}
			}
			if err := json.Unmarshal(mustRead(t, path), &b); err != nil {
				t.Fatal(err)
			}
			line := verifiedLine(t, mustCode(t, exitOK, cache, "verify", "--vk", vk, path))
			for _, want := range []string{b.Model.Digest, b.Adapter.Commitment, b.InputDigest, "784 values checked", "prediction 0", "not confirmed"} {
				if !strings.Contains(line, want) {
					t.Errorf("verified line lacks %q: %s", want, line)
				}
			}
			lies := []struct {
				name string
				edit func(m map[string]any)
				code int
				want string // in the output
			}{
				{"unchanged", func(map[string]any) {}, exitOK, "verified: "},
				{"prediction edited", func(m map[string]any) { m["prediction"] = 7 }, exitVerify, "argmax"},
				{"input edited", func(m map[string]any) { m["input"].([]any)[0] = 1 }, exitVerify, "input does not match"},
				{"input out of int8", func(m map[string]any) { m["input"].([]any)[0] = 300 }, exitVerify, "not an int8"},
				{"public inputs swapped with the statement", swapStatement(0, 1, model, adapter), exitVerify, "public input 0 is named"},
				{"proof not hex", func(m map[string]any) { m["proof"] = "0xzz" }, exitBadInput, "proof"},
			}
			if b.Attribution != nil {
				lies = append(lies, struct {
					name string
					edit func(m map[string]any)
					code int
					want string
				}{"datanet_root swapped with adapter_commitment", swapStatement(1, 4, adapter, root), exitVerify, "public input 1 is named"})
			}
			for _, tc := range lies {
				t.Run(tc.name, func(t *testing.T) {
					if out := mustCode(t, tc.code, cache, "verify", "--vk", vk, liedJSON(t, path, tc.edit)); !strings.Contains(out, tc.want) {
						t.Errorf("output lacks %q:\n%s", tc.want, out)
					}
				})
			}
			// Without its input the bundle still verifies, and says so.
			out := mustCode(t, exitOK, cache, "verify", "--vk", vk, liedJSON(t, path, func(m map[string]any) { delete(m, "input") }))
			if line := verifiedLine(t, out); !strings.Contains(line, "input: absent") || strings.Contains(line, "values checked") {
				t.Errorf("input deleted: %s", line)
			}
		})
	}
}

// relabel renames everything a proof does not bind.
func relabel(m map[string]any) {
	c := obj(m, "circuit")
	c["name"] = strings.SplitN(c["name"].(string), "/", 2)[0] + "/gpt-5-circuit"
	obj(m, "model")["name"] = "gpt-5"
	obj(m, "adapter")["name"] = "someone-elses-adapter"
	m["backend"] = "mallory-backend"
	if a, ok := m["attribution"].(map[string]any); ok {
		for _, w := range a["weights"].([]any) {
			w.(map[string]any)["id"] = "mallory"
		}
	}
}

// TestVerifyRelabelled: relabelled names are never on the verified line or
// in the JSON statement, only under the unverified labels; where the
// verifier holds what they name (a key store's manifest) they are refused.
func TestVerifyRelabelled(t *testing.T) {
	cache := t.TempDir()
	labels := []string{"gpt-5", "someone-elses-adapter", "mallory"}
	for _, fx := range []string{"demo", "demo-attributed"} {
		t.Run(fx, func(t *testing.T) {
			path, vk := demoFixture(fx)
			lied := liedJSON(t, path, relabel)
			out := mustCode(t, exitOK, cache, "verify", "--vk", vk, "--model", filepath.Join("..", "..", "demo", "mnist", "base"), lied)
			line := verifiedLine(t, out)
			for _, l := range labels[:2] {
				if strings.Contains(line, l) || !strings.Contains(out, "unverified labels: ") {
					t.Errorf("label %q on the verified line or no labels line:\n%s", l, out)
				}
			}
			if !strings.Contains(line, "= openproof-mnist-mlp") {
				t.Errorf("the held model is not named verified: %s", line)
			}
			var rep struct {
				Statement map[string]any `json:"statement"`
				Labels    map[string]any `json:"unverified_labels"`
				Verified  bool           `json:"verified"`
			}
			js := mustCode(t, exitOK, cache, "verify", "--vk", vk, "--json", lied)
			if err := json.Unmarshal([]byte(js), &rep); err != nil || !rep.Verified {
				t.Fatalf("verify --json: %v\n%s", err, js)
			}
			st, _ := json.Marshal(rep.Statement)
			lb, _ := json.Marshal(rep.Labels)
			for _, l := range labels {
				if fx == "demo" && l == "mallory" {
					continue
				}
				if strings.Contains(string(st), l) || !strings.Contains(string(lb), l) {
					t.Errorf("label %q: statement %s, labels %s", l, st, lb)
				}
			}
			// A key store confirms the circuit: renamed, it is refused.
			keys := storeOf(t, path, vk)
			if line := verifiedLine(t, mustCode(t, exitOK, cache, "verify", "--keys", keys, path)); !strings.Contains(line, "setup dev") {
				t.Errorf("store's manifest not confirmed: %s", line)
			}
			mustCode(t, exitVerify, cache, "verify", "--keys", keys, lied)
		})
	}
}

// storeOf writes a key store holding vk as the key of the bundle at path,
// with a manifest for its circuit (no proving key: verify reads none).
func storeOf(t *testing.T, path, vkPath string) string {
	t.Helper()
	var b struct {
		Circuit struct {
			Name, Digest string
			Constraints  int
		}
		PublicInputs []any `json:"public_inputs"`
	}
	if err := json.Unmarshal(mustRead(t, path), &b); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	dir := filepath.Join(root, b.Circuit.Digest)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	vk := mustRead(t, vkPath)
	h := sha256.Sum256(vk)
	m, err := json.Marshal(keystore.Manifest{Format: keystore.Format, Version: keystore.Version, CircuitName: b.Circuit.Name, CircuitDigest: b.Circuit.Digest,
		NbConstraints: b.Circuit.Constraints, NbPublic: len(b.PublicInputs), Setup: keystore.SetupDev,
		Files: map[string]string{keystore.PKFile: strings.Repeat("0", 64), keystore.VKFile: hex.EncodeToString(h[:])}})
	if err != nil {
		t.Fatal(err)
	}
	for f, data := range map[string][]byte{keystore.VKFile: vk, keystore.ManifestFile: m} {
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// TestDeltaVerifyLies: parts of one module under two adapter commitments
// are refused; the trace manifest's ids are printed only as unverified
// labels, and the verified output names the commitment of each group.
func TestDeltaVerifyLies(t *testing.T) {
	cache := t.TempDir()
	td := filepath.Join("..", "..", "verifier", "testdata", "delta")
	keys, trace := filepath.Join(td, "keys"), filepath.Join(td, "trace")
	runs, salt2 := filepath.Join(td, "runs.json"), filepath.Join(td, "runs-salt2.json")
	var other map[string]any
	if err := json.Unmarshal(mustRead(t, salt2), &other); err != nil {
		t.Fatal(err)
	}
	otherParts := other["parts"].([]any)
	lies := []struct {
		name string
		edit func(m map[string]any)
		code int
		want string // in the output
	}{
		{"unchanged", func(map[string]any) {}, exitOK, "verified: 4 proofs"},
		{"tokens of one module from two adapters", func(m map[string]any) { m["parts"].([]any)[1] = otherParts[1] }, exitVerify, "an earlier part names"},
		{"a part dropped", func(m map[string]any) { m["parts"] = m["parts"].([]any)[:3] }, exitVerify, "is not proven"},
		{"a part repeated", func(m map[string]any) { p := m["parts"].([]any); p[1] = p[0] }, exitVerify, "again"},
		{"not a delta bundle", func(m map[string]any) { m["parts"] = "all of them" }, exitBadInput, "parts"},
	}
	for _, tc := range lies {
		t.Run(tc.name, func(t *testing.T) {
			out := mustCode(t, tc.code, cache, "delta", "verify", "--keys", keys, "--trace", trace, liedJSON(t, runs, tc.edit))
			if !strings.Contains(out, tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, out)
			}
		})
	}

	// The honest bundle over a relabelled trace: the ids are labels only.
	relabelled := t.TempDir()
	for _, f := range []string{"manifest.json", "activations.safetensors"} {
		data := mustRead(t, filepath.Join(trace, f))
		if f == "manifest.json" {
			data = bytes.Replace(data, []byte(`"model_id": "tiny"`), []byte(`"model_id": "gpt-5"`), 1)
			data = bytes.Replace(data, []byte(`"adapter_id": "peftgen"`), []byte(`"adapter_id": "someone-elses-adapter"`), 1)
		}
		if err := os.WriteFile(filepath.Join(relabelled, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := mustCode(t, exitOK, cache, "delta", "verify", "--keys", keys, "--trace", relabelled, runs)
	line := verifiedLine(t, out)
	if strings.Contains(line, "gpt-5") || strings.Contains(line, "someone-elses") || !strings.Contains(out, "unverified labels: trace model_id gpt-5, trace adapter_id someone-elses-adapter") ||
		strings.Count(out, ": adapter commitment 0x") != 2 {
		t.Errorf("delta verify:\n%s", out)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(mustCode(t, exitOK, cache, "delta", "verify", "--json", "--keys", keys, "--trace", relabelled, runs)), &rep); err != nil {
		t.Fatal(err)
	}
	if _, ok := rep["model_id"]; ok || obj(rep, "unverified_labels")["model_id"] != "gpt-5" || len(rep["groups"].([]any)) != 2 {
		t.Errorf("delta verify --json: %v", rep)
	}
}

// TestMergeVerifyLies: a merged file whose scale metadata is not the
// proven merge's, and a bundle that proves one module twice, are refused;
// the honest merge prints each module's proven commitments and w_exp.
func TestMergeVerifyLies(t *testing.T) {
	cache := t.TempDir()
	td := filepath.Join("..", "..", "verifier", "testdata", "merge")
	keys, base := filepath.Join(td, "keys"), filepath.Join(td, "base.safetensors")
	verify := func(code int, dir string, args ...string) string {
		return mustCode(t, code, cache, append([]string{"merge", "verify", "--keys", keys, "--model", base}, append(args, dir)...)...)
	}
	out := verify(exitOK, td)
	if !strings.Contains(out, "w_exp 11, W0 0x") || !strings.Contains(out, "unverified labels: adapter adapter (merged file: adapter), backend cpu") {
		t.Errorf("merge verify:\n%s", out)
	}
	// copyMerge copies the fixture with the proof and the merged file's
	// metadata edited.
	copyMerge := func(t *testing.T, proof func(m map[string]any), md func(md map[string]string)) string {
		dir := t.TempDir()
		p := filepath.Join(td, mergeProofFile)
		if proof != nil {
			p = liedJSON(t, p, proof)
		}
		if err := os.WriteFile(filepath.Join(dir, mergeProofFile), mustRead(t, p), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := safetensors.Read(filepath.Join(td, mergedFile))
		if err != nil {
			t.Fatal(err)
		}
		if md != nil {
			md(f.Metadata)
		}
		if err := safetensors.Write(filepath.Join(dir, mergedFile), f); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	const wexp = "w_exp:transformer.h.0.attn.c_attn.weight"
	lies := []struct {
		name  string
		proof func(m map[string]any)
		md    func(md map[string]string)
		code  int
		want  string // in the output
	}{
		{"unchanged", func(map[string]any) {}, func(map[string]string) {}, exitOK, "verified: 1 merged modules"},
		{"w_exp 11 to 12", nil, func(md map[string]string) { md[wexp] = "12" }, exitVerify, "metadata"},
		{"w_exp dropped", nil, func(md map[string]string) { delete(md, wexp) }, exitVerify, "metadata"},
		{"module proven twice", func(m map[string]any) { m["modules"] = append(m["modules"].([]any), m["modules"].([]any)[0]) }, nil, exitVerify, "proven twice"},
		{"modules not a list", func(m map[string]any) { m["modules"] = 1 }, nil, exitBadInput, "modules"},
	}
	for _, tc := range lies {
		t.Run(tc.name, func(t *testing.T) {
			if out := verify(tc.code, copyMerge(t, tc.proof, tc.md)); !strings.Contains(out, tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, out)
			}
		})
	}
	// The merged file's adapter name is a label.
	dir := copyMerge(t, nil, func(md map[string]string) { md["adapter"] = "someone-elses-adapter" })
	if out := verify(exitOK, dir); strings.Contains(verifiedLine(t, out), "someone-elses") || !strings.Contains(out, "(merged file: someone-elses-adapter)") {
		t.Errorf("merge verify:\n%s", out)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(verify(exitOK, td, "--json")), &rep); err != nil {
		t.Fatal(err)
	}
	if m := rep["modules"].([]any); len(m) != 1 || m[0].(map[string]any)["w_exp"] != 11.0 || rep["verified"] != true {
		t.Errorf("merge verify --json: %v", rep)
	}
}
