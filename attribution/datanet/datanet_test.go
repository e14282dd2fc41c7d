package datanet

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite the seed corpora under testdata/fuzz")

// small returns a Datanet with three contributors and input_dim 4.
func small(t testing.TB) *Datanet {
	t.Helper()
	b := NewBuilder("tiny", 4, 3)
	b.Add("carol", 2, []uint8{9, 8, 7, 6})
	b.Add("alice", 0, []uint8{0, 1, 2, 255})
	b.Add("0xAbC", 1, []uint8{4, 4, 4, 4})
	b.Add("alice", 1, []uint8{5, 6, 7, 8})
	d, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func jsonl(t testing.TB, d *Datanet) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := d.MarshalJSONL(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBuilderSortsAndKeepsOrder(t *testing.T) {
	d := small(t)
	var ids []string
	for _, c := range d.Contributors {
		ids = append(ids, c.ID)
	}
	if want := []string{"0xAbC", "alice", "carol"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("ids %v, want %v", ids, want)
	}
	if a := d.Contributors[1]; a.Examples[0].Label != 0 || a.Examples[1].Label != 1 {
		t.Fatalf("alice's records reordered: %+v", a.Examples)
	}
	if i, ok := d.Index("carol"); !ok || i != 2 {
		t.Fatalf("Index(carol) = %d, %v", i, ok)
	}
	if _, ok := d.Index("bob"); ok {
		t.Fatal("Index(bob) found")
	}
}

func TestRoundTrips(t *testing.T) {
	d := small(t)
	fromJSON, err := ParseJSONL("x.jsonl", bytes.NewReader(jsonl(t, d)))
	if err != nil {
		t.Fatal(err)
	}
	bin, err := d.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	fromBin, err := ParseBinary("x.opdn", bin)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string]*Datanet{"jsonl": fromJSON, "binary": fromBin} {
		if !reflect.DeepEqual(got, d) {
			t.Errorf("%s round trip changed the Datanet:\n got %+v\nwant %+v", name, got, d)
		}
	}
	dir := t.TempDir()
	for _, name := range []string{"d.jsonl", "d.opdn"} {
		p := filepath.Join(dir, name)
		if err := d.Save(p); err != nil {
			t.Fatal(err)
		}
		got, err := Load(p)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, d) {
			t.Errorf("%s: Save/Load changed the Datanet", name)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "d.opdn"))
	if !bytes.Equal(b, bin) {
		t.Error("Save(.opdn) did not write the binary form")
	}
}

func TestJSONLErrorsNameLineAndField(t *testing.T) {
	hdr := `{"format":"openproof-datanet","version":1,"name":"t","input_dim":2,"classes":3}`
	rec := func(s string) string {
		return hdr + "\n" + `{"contributor":"a","label":0,"input":[1,2]}` + "\n" + s + "\n"
	}
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "empty file"},
		{"header not object", "[1]\n", "x.jsonl:1: header: not a JSON object"},
		{"wrong format", strings.Replace(hdr, "openproof-datanet", "other", 1), `x.jsonl:1: format: "other"`},
		{"wrong version", strings.Replace(hdr, `"version":1`, `"version":2`, 1), "x.jsonl:1: version: 2"},
		{"header unknown field", strings.Replace(hdr, `"classes":3`, `"classes":3,"x":1`, 1), "x.jsonl:1: x: unknown field"},
		{"header missing field", strings.Replace(hdr, `,"classes":3`, ``, 1), "x.jsonl:1: classes: missing"},
		{"input_dim zero", strings.Replace(hdr, `"input_dim":2`, `"input_dim":0`, 1), "x.jsonl:1: input_dim: 0 outside"},
		{"classes string", strings.Replace(hdr, `"classes":3`, `"classes":"3"`, 1), "x.jsonl:1: classes: want an integer"},
		{"label out of range", rec(`{"contributor":"b","label":3,"input":[1,2]}`), "x.jsonl:3: label: 3 outside [0, 2]"},
		{"label float", rec(`{"contributor":"b","label":1.5,"input":[1,2]}`), "x.jsonl:3: label: want an integer"},
		{"pixel out of range", rec(`{"contributor":"b","label":1,"input":[1,256]}`), "x.jsonl:3: input[1]: 256 outside [0, 255]"},
		{"pixel negative", rec(`{"contributor":"b","label":1,"input":[-1,2]}`), "x.jsonl:3: input[0]: -1 outside"},
		{"short input", rec(`{"contributor":"b","label":1,"input":[1]}`), "x.jsonl:3: input: 1 values, want 2"},
		{"input not array", rec(`{"contributor":"b","label":1,"input":"ab"}`), "x.jsonl:3: input: want an array"},
		{"bad id", rec(`{"contributor":"b c","label":1,"input":[1,2]}`), "x.jsonl:3: contributor: id"},
		{"empty id", rec(`{"contributor":"","label":1,"input":[1,2]}`), "x.jsonl:3: contributor: id"},
		{"missing label", rec(`{"contributor":"b","input":[1,2]}`), "x.jsonl:3: label: missing"},
		{"duplicate field", rec(`{"contributor":"b","label":1,"label":2,"input":[1,2]}`), `x.jsonl:3: field "label" appears twice`},
		{"unknown field", rec(`{"contributor":"b","label":1,"input":[1,2],"w":1}`), "x.jsonl:3: w: unknown field"},
		{"trailing", rec(`{"contributor":"b","label":1,"input":[1,2]} {}`), "x.jsonl:3: trailing data"},
		{"truncated", rec(`{"contributor":"b","label":1,"input":[1,`), "x.jsonl:3: "},
		{"no records", hdr + "\n", "no contributors"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseJSONL("x.jsonl", strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("accepted %q", tt.in)
			}
			if !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %q, want it to contain %q and wrap ErrBadInput", err, tt.want)
			}
		})
	}
}

func TestBinaryErrors(t *testing.T) {
	good, err := small(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	mut := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "magic"},
		{"bad magic", mut(func(b []byte) []byte { b[0] = 'X'; return b }), "magic"},
		{"dim zero", mut(func(b []byte) []byte { copy(b[8:], []byte{0, 0, 0, 0}); return b }), "input_dim: 0"},
		{"huge contributors", mut(func(b []byte) []byte { off := 8 + 4 + 2 + 2 + 4; copy(b[off:], []byte{255, 255, 255, 255}); return b }), "contributor count"},
		{"truncated", good[:len(good)-1], "contributor 2 record count"},
		{"trailing", append(append([]byte(nil), good...), 0), "trailing bytes"},
		{"bad label", mut(func(b []byte) []byte { b[len(b)-5] = 9; return b }), "label 9"},
		{"unsorted ids", mut(func(b []byte) []byte { i := bytes.Index(b, []byte("alice")); b[i] = 'z'; return b }), "not after"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseBinary("x.opdn", tt.in)
			if err == nil || !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), "x.opdn") {
				t.Fatalf("error %q does not name the file", err)
			}
		})
	}
}

func TestSaveIsAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "d.opdn")
	d := small(t)
	if err := d.Save(p); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(p)
	bad := *d
	bad.Classes = 1 // invalid: Save must fail before touching the file
	if err := bad.Save(p); err == nil {
		t.Fatal("saved an invalid Datanet")
	}
	after, _ := os.ReadFile(p)
	if !bytes.Equal(before, after) {
		t.Fatal("a failed Save changed the file")
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Fatalf("stray files after Save: %v", ents)
	}
}

func TestCommitmentsBindEveryField(t *testing.T) {
	d := small(t)
	root, err := d.Root(nil)
	if err != nil {
		t.Fatal(err)
	}
	change := map[string]func(d *Datanet){
		"label":    func(d *Datanet) { d.Contributors[1].Examples[0].Label = 2 },
		"pixel":    func(d *Datanet) { d.Contributors[2].Examples[0].Input[3]++ },
		"id":       func(d *Datanet) { d.Contributors[2].ID = "carom" },
		"drop":     func(d *Datanet) { d.Contributors[1].Examples = d.Contributors[1].Examples[:1] },
		"classes":  func(d *Datanet) { d.Classes = 4 },
		"move rec": func(d *Datanet) { moveRecord(d) },
	}
	for name, f := range change {
		t.Run(name, func(t *testing.T) {
			c := clone(small(t))
			f(c)
			r, err := c.Root(nil)
			if err != nil {
				t.Fatal(err)
			}
			if r == root {
				t.Fatal("root unchanged")
			}
		})
	}
	sk := make([]fr.Element, 3)
	sk[1].SetUint64(5)
	r2, err := d.Root(sk)
	if err != nil {
		t.Fatal(err)
	}
	if r2 == root {
		t.Fatal("a sketch commitment does not change the root")
	}
	if _, err := d.Root(sk[:2]); err == nil {
		t.Fatal("accepted 2 sketch commitments for 3 contributors")
	}
}

// moveRecord moves alice's second record to carol: same multiset of
// records, different ownership.
func moveRecord(d *Datanet) {
	e := d.Contributors[1].Examples[1]
	d.Contributors[1].Examples = d.Contributors[1].Examples[:1]
	d.Contributors[2].Examples = append(d.Contributors[2].Examples, e)
}

func clone(d *Datanet) *Datanet {
	c := *d
	c.Contributors = nil
	for _, con := range d.Contributors {
		cc := Contributor{ID: con.ID}
		for _, e := range con.Examples {
			cc.Examples = append(cc.Examples, Example{Label: e.Label, Input: append([]uint8(nil), e.Input...)})
		}
		c.Contributors = append(c.Contributors, cc)
	}
	return &c
}

func TestMerklePaths(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 17} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			leaves := make([]fr.Element, n)
			for i := range leaves {
				leaves[i].SetUint64(uint64(100 + i))
			}
			root := MerkleRoot(leaves)
			for i := range leaves {
				p, err := MerklePath(leaves, i)
				if err != nil {
					t.Fatal(err)
				}
				if len(p) != Depth(n) {
					t.Fatalf("path length %d, want %d", len(p), Depth(n))
				}
				if !VerifyPath(root, leaves[i], i, p) {
					t.Fatalf("leaf %d: valid path rejected", i)
				}
				if VerifyPath(root, leaves[(i+1)%n], i, p) && n > 1 {
					t.Fatalf("leaf %d: wrong leaf accepted", i)
				}
				if VerifyPath(root, leaves[i], i+(1<<Depth(n)), p) {
					t.Fatalf("leaf %d: out-of-range index accepted", i)
				}
			}
		})
	}
}

func TestInspect(t *testing.T) {
	s, err := small(t).Inspect()
	if err != nil {
		t.Fatal(err)
	}
	if s.Records != 4 || len(s.Contributors) != 3 || s.Contributors[1].ID != "alice" ||
		!reflect.DeepEqual(s.Contributors[1].Labels, []int{1, 1, 0}) || !strings.HasPrefix(s.Root, "0x") {
		t.Fatalf("summary %+v", s)
	}
}

func seedCorpus(f *testing.F, name string, seeds map[string][]byte) {
	if *writeSeeds {
		dir := filepath.Join("testdata", "fuzz", name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			f.Fatal(err)
		}
		for k, v := range seeds {
			body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", v)
			if err := os.WriteFile(filepath.Join(dir, k), []byte(body), 0o644); err != nil {
				f.Fatal(err)
			}
		}
	}
	for _, v := range seeds {
		f.Add(v)
	}
}

func FuzzParseJSONL(f *testing.F) {
	good := jsonl(f, small(f))
	seedCorpus(f, "FuzzParseJSONL", map[string][]byte{
		"valid":     good,
		"header":    good[:bytes.IndexByte(good, '\n')+1],
		"truncated": good[:len(good)-7],
		"bad-label": bytes.Replace(good, []byte(`"label":2`), []byte(`"label":7`), 1),
		"empty":     nil,
	})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseJSONL("fuzz", bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("error does not wrap ErrBadInput: %v", err)
			}
			return
		}
		// Whatever parses must survive a round trip unchanged.
		var buf bytes.Buffer
		if err := d.MarshalJSONL(&buf); err != nil {
			t.Fatal(err)
		}
		d2, err := ParseJSONL("again", &buf)
		if err != nil || !reflect.DeepEqual(d, d2) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

func FuzzParseBinary(f *testing.F) {
	good, err := small(f).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	seedCorpus(f, "FuzzParseBinary", map[string][]byte{
		"valid":     good,
		"truncated": good[:len(good)-3],
		"magic":     []byte(Magic),
		"huge":      append([]byte(Magic), 255, 255, 0, 0, 3, 0, 0, 0, 255, 255, 255, 127),
		"empty":     nil,
	})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ParseBinary("fuzz", b)
		if err != nil {
			if !errors.Is(err, ErrBadInput) {
				t.Fatalf("error does not wrap ErrBadInput: %v", err)
			}
			return
		}
		out, err := d.MarshalBinary()
		if err != nil || !bytes.Equal(out, b) {
			t.Fatalf("accepted bytes do not re-encode identically: %v", err)
		}
	})
}
