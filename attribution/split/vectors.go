package split

import (
	"fmt"
	"math/big"
	"os"

	"github.com/openproof/openproof/inference/strictjson"
)

// VectorFile is the format of testdata/vectors.json, the shared test vectors
// that the Solidity settlement's tests replay: every amount is a decimal
// string; Error is "" for a valid split, else "bad input" or "overflow" (the
// settlement must revert).
type VectorFile struct {
	Description string   `json:"description"`
	Vectors     []Vector `json:"vectors"`
}

// Vector is one case: a Request and, when valid, the Split it gives.
type Vector struct {
	Name           string   `json:"name"`
	TokensIn       string   `json:"tokens_in"`
	TokensOut      string   `json:"tokens_out"`
	RateIn         string   `json:"rate_in"`
	RateOut        string   `json:"rate_out"`
	PlatformFee    string   `json:"platform_fee"`
	OwnerBps       uint32   `json:"owner_bps"`
	StakerBps      uint32   `json:"staker_bps"`
	ProverBps      uint32   `json:"prover_bps"`
	ContributorBps uint32   `json:"contributor_bps"`
	Weights        []uint32 `json:"weights_ppm"`
	Error          string   `json:"error"`
	Fee            string   `json:"fee,omitempty"`
	Net            string   `json:"net,omitempty"`
	Owner          string   `json:"owner,omitempty"`
	Stakers        string   `json:"stakers,omitempty"`
	Prover         string   `json:"prover,omitempty"`
	Pool           string   `json:"pool,omitempty"`
	Contributors   []string `json:"contributors,omitempty"`
	DustTo         int      `json:"dust_to"`
}

// ReadVectors reads a vector file.
func ReadVectors(path string) ([]Vector, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("split vectors: %w", err)
	}
	var f VectorFile
	if err := strictjson.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("split vectors %s: %w: %w", path, ErrBadInput, err)
	}
	return f.Vectors, nil
}

// Request returns the vector's request.
func (v *Vector) Request() (*Request, error) {
	r := &Request{OwnerBps: v.OwnerBps, StakerBps: v.StakerBps, ProverBps: v.ProverBps, ContributorBps: v.ContributorBps, Weights: v.Weights}
	for _, f := range []struct {
		name string
		s    string
		dst  **big.Int
	}{{"tokens_in", v.TokensIn, &r.TokensIn}, {"tokens_out", v.TokensOut, &r.TokensOut}, {"rate_in", v.RateIn, &r.RateIn},
		{"rate_out", v.RateOut, &r.RateOut}, {"platform_fee", v.PlatformFee, &r.PlatformFee}} {
		n, ok := new(big.Int).SetString(f.s, 10)
		if !ok {
			return nil, fmt.Errorf("%w: vector %q: %s %q is not a decimal integer", ErrBadInput, v.Name, f.name, f.s)
		}
		*f.dst = n
	}
	return r, nil
}
