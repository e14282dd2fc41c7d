package gadgets

import "github.com/consensys/gnark/frontend"

// Int8Vars returns int8 values as circuit values: a witness assignment's
// entries, or the constants of a circuit that fixes them (a pinned adapter).
func Int8Vars(v []int8) []frontend.Variable {
	out := make([]frontend.Variable, len(v))
	for i, x := range v {
		out[i] = int64(x)
	}
	return out
}
