// Package split divides an inference fee among the platform, the model owner,
// the stakers, the prover (whoever settles the proof) and the data
// contributors, following OpenLedger's fee model,
// in integer wei. It is the reference that the Solidity settlement must match
// bit for bit; testdata/vectors.json holds shared test vectors.
//
// # Rule
//
// Inputs: token counts T_in, T_out; rates R_in, R_out in wei per 1,000
// tokens; the platform fee F_platform in wei; basis points β (owner),
// γ (stakers), π (prover), δ (contributors) with β+γ+π+δ = 10,000;
// attribution weights
// w_c in parts per million, summing to exactly 1,000,000 or all zero.
//
//	F_net   = ⌊(T_in·R_in + T_out·R_out) / 1000⌋      one floor over the sum
//	Fee     = F_net + F_platform
//	owner   = ⌊F_net·β / 10000⌋
//	stakers = ⌊F_net·γ / 10000⌋
//	prover  = ⌊F_net·π / 10000⌋
//	pool    = F_net − owner − stakers − prover        (≥ ⌊F_net·δ/10000⌋: the pool absorbs the rounding)
//	c_i     = ⌊pool·w_i / 10^6⌋
//	dust    = pool − Σ c_i  → added to the contributor with the largest
//	          weight (the lowest index among equal weights)
//
// When every weight is zero (no contributor had a positive score) the whole
// pool goes to the owner. Every part is a floor of a non-negative value or a
// difference that the floors keep non-negative, and the parts sum to Fee by
// construction.
//
// # uint256
//
// Every input, every intermediate product and sum, and Fee must be below
// 2^256; Compute returns ErrOverflow otherwise, exactly where Solidity's
// checked arithmetic would revert. The products are evaluated in the order
// written above (T·R before the division, F_net·β (γ, π) before its division,
// pool·w before its division).
package split

import (
	"fmt"
	"math/big"

	"github.com/openproof/openproof/errs"
)

// Units of the fractions.
const (
	BasisPoints = 10_000
	PPM         = 1_000_000
	TokenUnit   = 1000 // rates are per TokenUnit tokens
)

// Errors. ErrOverflow marks inputs outside uint256 arithmetic.
var (
	ErrBadInput = fmt.Errorf("split: %w", errs.ErrBadInput)
	ErrOverflow = fmt.Errorf("split: uint256 overflow: %w", errs.ErrBadInput)
)

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Request is one inference's billing data.
type Request struct {
	TokensIn, TokensOut *big.Int // token counts
	RateIn, RateOut     *big.Int // wei per 1000 tokens
	PlatformFee         *big.Int // wei
	OwnerBps            uint32   // β
	StakerBps           uint32   // γ
	ProverBps           uint32   // π, to whoever settles the proof
	ContributorBps      uint32   // δ
	Weights             []uint32 // ppm per contributor index
}

// Split is the result; every amount is in wei.
type Split struct {
	Fee, Platform, Net   *big.Int
	Owner, Stakers, Pool *big.Int
	Prover               *big.Int
	Contributors         []*big.Int
	DustTo               int  // contributor index that received the dust, −1 if none
	PoolToOwner          bool // all weights were zero: the owner got the pool
}

func checkU256(name string, v *big.Int) error {
	if v == nil {
		return fmt.Errorf("%w: %s missing", ErrBadInput, name)
	}
	if v.Sign() < 0 {
		return fmt.Errorf("%w: %s = %s is negative", ErrBadInput, name, v)
	}
	if v.Cmp(maxUint256) > 0 {
		return fmt.Errorf("%w: %s = %s does not fit uint256", ErrOverflow, name, v)
	}
	return nil
}

// Validate checks the request's fractions and ranges.
func (r *Request) Validate() error {
	for _, f := range []struct {
		name string
		v    *big.Int
	}{{"tokens_in", r.TokensIn}, {"tokens_out", r.TokensOut}, {"rate_in", r.RateIn}, {"rate_out", r.RateOut}, {"platform_fee", r.PlatformFee}} {
		if err := checkU256(f.name, f.v); err != nil {
			return err
		}
	}
	if s := uint64(r.OwnerBps) + uint64(r.StakerBps) + uint64(r.ProverBps) + uint64(r.ContributorBps); s != BasisPoints {
		return fmt.Errorf("%w: owner %d + stakers %d + prover %d + contributors %d basis points = %d, want %d",
			ErrBadInput, r.OwnerBps, r.StakerBps, r.ProverBps, r.ContributorBps, s, BasisPoints)
	}
	var sum uint64
	for i, w := range r.Weights {
		if w > PPM {
			return fmt.Errorf("%w: weight %d = %d ppm exceeds %d", ErrBadInput, i, w, PPM)
		}
		sum += uint64(w)
	}
	if sum != PPM && sum != 0 {
		return fmt.Errorf("%w: weights sum to %d ppm, want %d (or all zero)", ErrBadInput, sum, PPM)
	}
	return nil
}

// checked applies op and fails when the result leaves uint256.
func checked(name string, v *big.Int) (*big.Int, error) {
	if v.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrOverflow, name)
	}
	return v, nil
}

// Compute applies the package's rule.
func Compute(r *Request) (*Split, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	mul := func(name string, a, b *big.Int) (*big.Int, error) { return checked(name, new(big.Int).Mul(a, b)) }
	in, err := mul("tokens_in·rate_in", r.TokensIn, r.RateIn)
	if err != nil {
		return nil, err
	}
	out, err := mul("tokens_out·rate_out", r.TokensOut, r.RateOut)
	if err != nil {
		return nil, err
	}
	sum, err := checked("tokens_in·rate_in + tokens_out·rate_out", new(big.Int).Add(in, out))
	if err != nil {
		return nil, err
	}
	s := &Split{Platform: new(big.Int).Set(r.PlatformFee), DustTo: -1}
	s.Net = new(big.Int).Quo(sum, big.NewInt(TokenUnit))
	if s.Fee, err = checked("fee", new(big.Int).Add(s.Net, r.PlatformFee)); err != nil {
		return nil, err
	}
	bps := func(name string, p uint32) (*big.Int, error) {
		v, err := mul(name, s.Net, big.NewInt(int64(p)))
		if err != nil {
			return nil, err
		}
		return v.Quo(v, big.NewInt(BasisPoints)), nil
	}
	if s.Owner, err = bps("net·owner_bps", r.OwnerBps); err != nil {
		return nil, err
	}
	if s.Stakers, err = bps("net·staker_bps", r.StakerBps); err != nil {
		return nil, err
	}
	if s.Prover, err = bps("net·prover_bps", r.ProverBps); err != nil {
		return nil, err
	}
	s.Pool = new(big.Int).Sub(s.Net, s.Owner)
	s.Pool.Sub(s.Pool, s.Stakers)
	s.Pool.Sub(s.Pool, s.Prover)
	s.Contributors = make([]*big.Int, len(r.Weights))
	for i := range s.Contributors {
		s.Contributors[i] = new(big.Int)
	}
	top, total := -1, uint64(0)
	for i, w := range r.Weights {
		total += uint64(w)
		if top < 0 || w > r.Weights[top] {
			top = i
		}
	}
	if total == 0 {
		s.PoolToOwner = true
		s.Owner = new(big.Int).Add(s.Owner, s.Pool)
		return s, nil
	}
	paid := new(big.Int)
	for i, w := range r.Weights {
		v, err := mul("pool·weight", s.Pool, big.NewInt(int64(w)))
		if err != nil {
			return nil, err
		}
		s.Contributors[i] = v.Quo(v, big.NewInt(PPM))
		paid.Add(paid, s.Contributors[i])
	}
	dust := new(big.Int).Sub(s.Pool, paid)
	s.Contributors[top].Add(s.Contributors[top], dust)
	s.DustTo = top
	return s, nil
}

// Total returns the sum of every part (equal to Fee).
func (s *Split) Total() *big.Int {
	t := new(big.Int).Add(s.Platform, s.Owner)
	t.Add(t, s.Stakers)
	t.Add(t, s.Prover)
	for _, c := range s.Contributors {
		t.Add(t, c)
	}
	return t
}
