package main

import (
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

var bigIntType = reflect.TypeOf((*big.Int)(nil))

// jsonSafe rewrites a decoded contract value for JSON: every *big.Int
// (uint256, uint128 and other wide integers) becomes a decimal string, since
// a JSON number above 2^53 loses precision in JavaScript, and bytes32
// values become 0x hex. Slices, maps and the anonymous structs the ABI
// decoder makes for tuples are rewritten throughout (structs as maps keyed
// by their json tag).
func jsonSafe(v any) any {
	if v == nil {
		return nil
	}
	return jsonSafeValue(reflect.ValueOf(v))
}

func jsonSafeValue(v reflect.Value) any {
	switch {
	case v.Kind() == reflect.Pointer && v.IsNil():
		return nil
	case v.Type() == bigIntType:
		return decimal(v.Interface().(*big.Int))
	case v.Type() == reflect.TypeOf([32]byte{}):
		return common.Hash(v.Interface().([32]byte))
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return jsonSafeValue(v.Elem())
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return v.Interface() // bytes: encoding/json's base64 for a slice, as before
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = jsonSafeValue(v.Index(i))
		}
		return out
	case reflect.Map:
		out := make(map[string]any, v.Len())
		for it := v.MapRange(); it.Next(); {
			out[it.Key().String()] = jsonSafeValue(it.Value())
		}
		return out
	case reflect.Struct:
		out := make(map[string]any, v.NumField())
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" {
				name = f.Name
			}
			out[name] = jsonSafeValue(v.Field(i))
		}
		return out
	}
	return v.Interface()
}
