package chain

import "math/big"

// L1Prices are the inputs of the OP Stack's L1 data fee (Ecotone/Fjord):
// the L1 base fee and blob base fee in wei, and the chain's two scalars.
type L1Prices struct {
	BaseFee           *big.Int
	BlobBaseFee       *big.Int
	BaseFeeScalar     uint64
	BlobBaseFeeScalar uint64
}

// Fjord's linear model of a transaction's compressed size, scaled by 1e6.
const (
	fjordIntercept    = -42_585_600
	fjordFastLZCoef   = 836_500
	fjordMinSizeScale = 100 * 1_000_000
)

// L1DataFee is the Fjord L1 data fee of a signed transaction's bytes
// (types.Transaction.MarshalBinary):
//
//	size = max(100e6, −42,585,600 + 836,500·fastLZ(tx))
//	fee  = size · (16·baseFeeScalar·l1BaseFee + blobBaseFeeScalar·blobBaseFee) / 1e12
//
// (GasPriceOracle.getL1Fee takes an unsigned transaction and adds 68 bytes
// for the signature; a signed one already has it.) It also returns the
// FastLZ length.
func L1DataFee(signedTx []byte, p L1Prices) (*big.Int, uint32) {
	n := FastLZLen(signedTx)
	size := big.NewInt(fjordIntercept + fjordFastLZCoef*int64(n))
	if size.Cmp(big.NewInt(fjordMinSizeScale)) < 0 {
		size.SetInt64(fjordMinSizeScale)
	}
	scaled := new(big.Int).Mul(new(big.Int).SetUint64(16*p.BaseFeeScalar), p.BaseFee)
	scaled.Add(scaled, new(big.Int).Mul(new(big.Int).SetUint64(p.BlobBaseFeeScalar), p.BlobBaseFee))
	fee := new(big.Int).Mul(size, scaled)
	return fee.Quo(fee, big.NewInt(1_000_000_000_000)), n
}

// FastLZLen is the length of ib compressed by FastLZ level 1 as the OP
// Stack measures it (Solady's flzCompress, which op-geth and the
// GasPriceOracle port): literal runs of up to 32 bytes cost one extra byte,
// matches 2 or 3 bytes, found through a 13-bit hash of 3-byte sequences.
func FastLZLen(ib []byte) uint32 {
	var n uint32
	ht := make([]uint32, 8192)
	u24 := func(i uint32) uint32 { return uint32(ib[i]) | uint32(ib[i+1])<<8 | uint32(ib[i+2])<<16 }
	cmp := func(p, q, e uint32) uint32 {
		var l uint32
		for e -= q; l < e; l++ {
			if ib[p+l] != ib[q+l] {
				e = 0
			}
		}
		return l
	}
	literals := func(r uint32) {
		n += 0x21 * (r / 0x20)
		if r %= 0x20; r != 0 {
			n += r + 1
		}
	}
	match := func(l uint32) {
		l--
		n += 3 * (l / 262)
		if l%262 >= 6 {
			n += 3
		} else {
			n += 2
		}
	}
	hash := func(v uint32) uint32 { return ((2654435769 * v) >> 19) & 0x1fff }
	setNextHash := func(ip uint32) uint32 {
		ht[hash(u24(ip))] = ip
		return ip + 1
	}
	var a, ipLimit uint32
	if len(ib) >= 13 {
		ipLimit = uint32(len(ib)) - 13
	}
	for ip := a + 2; ip < ipLimit; {
		var r, d uint32
		for {
			s := u24(ip)
			h := hash(s)
			r = ht[h]
			ht[h] = ip
			d = ip - r
			if ip >= ipLimit {
				break
			}
			ip++
			if d <= 0x1fff && s == u24(r) {
				break
			}
		}
		if ip >= ipLimit {
			break
		}
		ip--
		if ip > a {
			literals(ip - a)
		}
		l := cmp(r+3, ip+3, ipLimit+9)
		match(l)
		ip = setNextHash(setNextHash(ip + l))
		a = ip
	}
	literals(uint32(len(ib)) - a)
	return n
}
