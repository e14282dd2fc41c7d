package strictjson

import (
	"encoding/json"
	"reflect"
	"testing"
)

// FuzzCheck: Check never panics; what it accepts into an untyped value
// decodes to the same value after a round trip through encoding/json (no
// duplicate was collapsed), and a typed decode of accepted input never
// leaves a number field null.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		`{"name":"a","r":1,"in":{"n":2}}`, `{"a":1,"a":2}`, `{"r":null}`, `[1,null]`,
		`{"in":{"n":1,"N":2}}`, `{"list":[{"p":null}]}`, `{"raw":{"a":{"a":1,"a":1}}}`, `"x"`, `[[[]]]`, `{`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v any
		if err := Check(data, &v); err == nil && json.Unmarshal(data, &v) == nil {
			b, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			var w any
			if err := Unmarshal(b, &w); err != nil {
				t.Fatalf("re-encoded value refused: %v", err)
			}
			if !reflect.DeepEqual(v, w) {
				t.Fatalf("round trip changed %v into %v", v, w)
			}
		}
		var o outer
		if err := Unmarshal(data, &o); err == nil && o.R == nil && containsNullR(data) {
			t.Fatalf("accepted a null r: %q", data)
		}
	})
}

// containsNullR reports whether data's top-level object has "r": null.
func containsNullR(data []byte) bool {
	var m map[string]json.RawMessage
	if json.Unmarshal(data, &m) != nil {
		return false
	}
	raw, ok := m["r"]
	return ok && string(raw) == "null"
}
