package strictjson

import (
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/openproof/openproof/errs"
)

type inner struct {
	N  int      `json:"n"`
	P  *float64 `json:"p"`
	S  *string  `json:"s"`
	Xs []string `json:"xs"`
}

type outer struct {
	Name   string          `json:"name"`
	R      *int            `json:"r"`
	Vals   []float64       `json:"vals"`
	Ranks  map[string]int  `json:"ranks"`
	In     *inner          `json:"in"`
	List   []inner         `json:"list"`
	Raw    json.RawMessage `json:"raw"`
	Any    any             `json:"any"`
	Big    *big.Int        `json:"big"`
	Num    json.Number     `json:"num"`
	Hidden int             `json:"-"`
	inner
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // "" accepts; else a substring of the error
	}{
		{"ok", `{"name":"a","r":1,"vals":[1,2],"ranks":{"x":2},"in":{"n":1,"p":0.5},"list":[{"n":2}],"big":3}`, ""},
		{"null for pointers that are not numbers", `{"name":"a","in":{"s":null,"xs":null},"raw":null,"any":null,"list":null,"ranks":null,"in2":null}`, ""},
		{"null nested inside raw and any", `{"raw":{"n":null},"any":[null,{"a":null}]}`, ""},
		{"unknown keys are not this check's business", `{"zzz":{"a":1}}`, ""},
		{"duplicate top", `{"name":"a","name":"b"}`, `duplicate key "name"`},
		{"duplicate nested", `{"in":{"n":1,"n":2}}`, `in: duplicate key "n"`},
		{"duplicate in array element", `{"list":[{"n":1},{"n":1,"n":1}]}`, `list[1]: duplicate key "n"`},
		{"duplicate inside raw", `{"raw":{"a":1,"a":2}}`, `raw: duplicate key "a"`},
		{"duplicate inside any", `{"any":[{"a":1,"a":2}]}`, `duplicate key "a"`},
		{"duplicate unknown key", `{"zzz":1,"zzz":2}`, `duplicate key "zzz"`},
		{"case-folded field", `{"name":"a","NAME":"b"}`, `keys "name" and "NAME" name the same field`},
		{"case-folded map keys are distinct", `{"ranks":{"a":1,"A":2}}`, ""},
		{"embedded field", `{"n":1,"n":2}`, `duplicate key "n"`},
		{"null int pointer", `{"r":null}`, `r: null where a number is expected`},
		{"null in float slice", `{"vals":[1,null]}`, `vals[1]: null where a number`},
		{"null map value", `{"ranks":{"x":null}}`, `ranks.x: null where a number`},
		{"null nested int", `{"in":{"n":null}}`, `in.n: null`},
		{"null nested float pointer", `{"list":[{"p":null}]}`, `list[0].p: null`},
		{"null big int", `{"big":null}`, `big: null`},
		{"null json.Number", `{"num":null}`, `num: null`},
		{"null embedded int", `{"n":null}`, `n: null`},
		{"skipped field is untyped", `{"Hidden":null}`, ""},
		{"syntax", `{"name":}`, `invalid character`},
		{"empty", ``, `EOF`},
		{"truncated", `{"name":"a",`, `unexpected EOF`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v outer
			err := Check([]byte(tc.in), &v)
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("Check: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("Check: %v, want an error containing %q", err, tc.want)
			case err != nil && !errors.Is(err, errs.ErrBadInput):
				t.Fatalf("Check: %v does not wrap errs.ErrBadInput", err)
			}
		})
	}
}

func TestTopLevelNumbers(t *testing.T) {
	var n int
	if err := Unmarshal([]byte(`null`), &n); err == nil {
		t.Error("null into *int accepted")
	}
	var xs []int
	if err := Unmarshal([]byte(`[1, null]`), &xs); err == nil {
		t.Error("null element of []int accepted")
	}
	if err := Unmarshal([]byte(`[1, 2]`), &xs); err != nil || !reflect.DeepEqual(xs, []int{1, 2}) {
		t.Errorf("xs = %v, %v", xs, err)
	}
	var m map[string]any
	if err := Unmarshal([]byte(`{"a":null}`), &m); err != nil {
		t.Errorf("null into any refused: %v", err)
	}
}

// TestUnmarshalMatchesEncodingJSON: what passes the check decodes exactly as
// encoding/json decodes it.
func TestUnmarshalMatchesEncodingJSON(t *testing.T) {
	in := []byte(`{"name":"a","r":3,"vals":[1.5],"in":{"n":4,"s":null},"big":12345678901234567890}`)
	var a, b outer
	if err := Unmarshal(in, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(in, &b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("strictjson %+v, encoding/json %+v", a, b)
	}
	if err := Unmarshal([]byte(`{"name":"a"} x`), &a); err == nil {
		t.Error("trailing data accepted")
	}
}

func TestDecoder(t *testing.T) {
	t.Run("unknown fields", func(t *testing.T) {
		d := NewDecoder([]byte(`{"name":"a","extra":1}`))
		d.DisallowUnknownFields()
		var v outer
		if err := d.Decode(&v); err == nil || !strings.Contains(err.Error(), "unknown field") {
			t.Fatalf("Decode: %v", err)
		}
	})
	t.Run("trailing detected by caller", func(t *testing.T) {
		d := NewDecoder([]byte(`{"name":"a"} {"name":"b"}`))
		var v outer
		if err := d.Decode(&v); err != nil || v.Name != "a" {
			t.Fatalf("Decode: %v %+v", err, v)
		}
		if _, err := d.Token(); err == io.EOF {
			t.Fatal("trailing value not seen")
		}
	})
	t.Run("values after Token", func(t *testing.T) {
		d := NewDecoder([]byte(`[{"n":1}, {"n":2,"n":3}]`))
		if tok, err := d.Token(); err != nil || tok != json.Delim('[') {
			t.Fatalf("Token: %v %v", tok, err)
		}
		var first, second inner
		if err := d.Decode(&first); err != nil || first.N != 1 {
			t.Fatalf("first: %v %+v", err, first)
		}
		if err := d.Decode(&second); err == nil || !strings.Contains(err.Error(), "duplicate") {
			t.Fatalf("second: %v", err)
		}
	})
	t.Run("object fields after Token", func(t *testing.T) {
		d := NewDecoder([]byte(`{"a": {"n": null}}`))
		d.Token()
		d.Token()
		var v inner
		if err := d.Decode(&v); err == nil || !strings.Contains(err.Error(), "null") {
			t.Fatalf("Decode: %v", err)
		}
	})
	t.Run("size cap", func(t *testing.T) {
		big := make([]byte, MaxBytes+1)
		var v any
		if err := NewDecoder(big).Decode(&v); !errors.Is(err, ErrBadInput) {
			t.Fatalf("Decode: %v", err)
		}
		if err := Unmarshal(big, &v); !errors.Is(err, ErrBadInput) {
			t.Fatalf("Unmarshal: %v", err)
		}
	})
}

func TestReadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.json")
	if err := os.WriteFile(path, []byte(`{"a":1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := ReadFile(path, 7); err != nil || string(b) != `{"a":1}` {
		t.Errorf("ReadFile at the cap: %q %v", b, err)
	}
	if _, err := ReadFile(path, 6); !errors.Is(err, errs.ErrBadInput) {
		t.Errorf("ReadFile over the cap: %v", err)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "none"), 6); errors.Is(err, errs.ErrBadInput) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestDeepNesting(t *testing.T) {
	in := strings.Repeat("[", maxDepth+2) + strings.Repeat("]", maxDepth+2)
	var v any
	if err := Check([]byte(in), &v); err == nil {
		t.Error("nesting beyond the limit accepted")
	}
}
