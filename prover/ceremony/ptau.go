package ceremony

// Importing a public Powers of Tau.
//
// A .ptau file (snarkjs, Perpetual Powers of Tau; snarkjs calls BN254
// "bn128") is
//
//	"ptau" | version u32 | nSections u32 | nSections × (type u32 | size u64 | data)
//
// all integers little-endian. Section 1 (header) is n8 u32 | q (n8 bytes) |
// power u32 | ceremonyPower u32. For a file of power P, sections 2 to 6 hold
// [τⁱ]₁ for i < 2·2ᴾ−1, [τⁱ]₂, [ατⁱ]₁ and [βτⁱ]₁ for i < 2ᴾ, and [β]₂; section
// 7 the contributions (a u32 count first); sections 12 to 15, written by
// `snarkjs powersoftau prepare phase2`, the same in the Lagrange basis, which
// gnark computes itself and this reader skips. Points are affine, each
// coordinate n8 bytes little-endian in Montgomery form (R = 2²⁵⁶, as gnark's
// fp.Element), G2 coordinates as c0 then c1; the point at infinity is (0, 0).
// A prefix of a file of power P is the file of any power p ≤ P (snarkjs
// truncate does just this), so only that prefix is decoded.

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"runtime"
	"slices"
	"sync"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	cmpc "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"golang.org/x/crypto/blake2b"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/prover/keystore"
)

// PtauTranscriptPrefix starts the one phase-1 entry of the transcript of keys
// made from an imported .ptau: the rest is the file's hex SHA-256.
const PtauTranscriptPrefix = "ptau-sha256:"

// PtauInfo describes a .ptau file and, after ImportPtau, the SRS made from it.
type PtauInfo struct {
	Path          string
	Power         int  // the file holds powers for domains up to 2^Power
	CeremonyPower int  // the power of the ceremony it was truncated from
	Contributions int  // entries in its contributions section, a beacon included
	Prepared      bool // has the Lagrange sections of `snarkjs powersoftau prepare phase2`

	// Set by ImportPtau only.
	SHA256     string               // hex SHA-256 of the whole file
	BLAKE2b    string               // hex BLAKE2b-512 of the whole file, as published for the Perpetual Powers of Tau (b2sum)
	SRS        Contribution         // the SRS file written, as VerifyPhase1 writes it
	Transcript *keystore.Transcript // phase-1 fields: Phase1 = [PtauTranscriptPrefix + SHA256], SRS
}

// .ptau layout constants.
const (
	ptauMagic       = "ptau"
	ptauVersion     = 1
	ptauMaxSections = 32 // snarkjs writes at most 11
	ptauN8          = fp.Bytes
	ptauG1Size      = 2 * ptauN8
	ptauG2Size      = 4 * ptauN8
	ptauHeaderSize  = 4 + ptauN8 + 4 + 4
)

// Section types.
const (
	secHeader        = 1
	secTauG1         = 2
	secTauG2         = 3
	secAlphaTauG1    = 4
	secBetaTauG1     = 5
	secBetaG2        = 6
	secContributions = 7
)

// ptauSectionNames names the sections this reader accepts; 12 to 15 are the
// Lagrange sections.
var ptauSectionNames = map[uint32]string{
	secHeader: "header", secTauG1: "tauG1", secTauG2: "tauG2", secAlphaTauG1: "alphaTauG1",
	secBetaTauG1: "betaTauG1", secBetaG2: "betaG2", secContributions: "contributions",
	12: "lagrange tauG1", 13: "lagrange tauG2", 14: "lagrange alphaTauG1", 15: "lagrange betaTauG1",
}

type ptauSection struct {
	typ       uint32
	off, size int64 // of the data, after the 12-byte section header
}

// ptauLayout is a .ptau file's section table, checked against the file size.
type ptauLayout struct {
	info     PtauInfo
	size     int64
	sections []ptauSection // in file order
	byType   map[uint32]ptauSection
}

// InspectPtau checks a .ptau file's structure (magic, version, curve, power,
// every section's size) without reading its points, and describes it. It
// reads a few hundred bytes; the hashes are left empty.
func InspectPtau(path string) (*PtauInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("ceremony: %w", err)
	}
	defer f.Close()
	l, err := readPtauLayout(path, f)
	if err != nil {
		return nil, err
	}
	return &l.info, nil
}

// ImportPtau makes phase 1 from a public Powers of Tau instead of a ceremony
// of our own: it reads the .ptau file ptauPath, checks it, and writes the SRS
// for a domain of 2^power (Power of the circuit's constraint count, at most
// the file's power) to out, in the format VerifyPhase1 writes, so InitPhase2
// and VerifyPhase2 take it unchanged.
//
// Checked: the structure (see InspectPtau); every point used is canonically
// encoded, on the curve, in the subgroup and not the point at infinity; the
// first powers are the generators; and, with random linear combinations and
// pairings as snarkjs verify does, that [τⁱ]₁, [τⁱ]₂, [ατⁱ]₁ and [βτⁱ]₁ are
// consecutive powers of one τ ≠ 1 and that [β]₁ and [β]₂ agree. A file that
// fails these wraps ErrInvalidContribution; a malformed one errs.ErrBadInput.
//
// Not checked: the contributions' proofs and hashes (snarkjs powersoftau
// verify does that, over the whole file). Whether the powers come from the
// public ceremony, and so whether anyone knows τ, rests on the file's hash:
// compare BLAKE2b with the ceremony's published hash; SHA256 goes into the
// transcript. The whole file is read once (hashed), but only the points the
// domain needs are decoded, so memory grows with power, not the file's size.
func ImportPtau(ctx context.Context, ptauPath string, power int, out string) (*PtauInfo, error) {
	if power < MinPower || power > MaxPower {
		return nil, fmt.Errorf("ceremony: power %d out of [%d, %d]: %w", power, MinPower, MaxPower, errs.ErrBadInput)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(ptauPath)
	if err != nil {
		return nil, fmt.Errorf("ceremony: %w", err)
	}
	defer f.Close()
	l, err := readPtauLayout(ptauPath, f)
	if err != nil {
		return nil, err
	}
	if power > l.info.Power {
		return nil, fmt.Errorf("%s: holds powers of tau for domains up to 2^%d, the circuit needs 2^%d: %w", ptauPath, l.info.Power, power, errs.ErrBadInput)
	}
	if l.info.Contributions == 0 {
		return nil, fmt.Errorf("%s: no contributions: τ of a new powers-of-tau file is 1: %w", ptauPath, errs.ErrBadInput)
	}
	p, err := readPtauPoints(ctx, ptauPath, f, l, power)
	if err != nil {
		return nil, err
	}
	if err := p.checkPoints(ptauPath); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := p.checkPowers(); err != nil {
		return nil, fmt.Errorf("%s: %w: %w", ptauPath, ErrInvalidContribution, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	info := l.info
	info.SHA256, info.BLAKE2b = p.sha256, p.blake2b
	phase1 := []string{PtauTranscriptPrefix + p.sha256}
	if info.SRS, err = write(out, header{Kind: KindSRS, Power: power, Phase1: phase1}, &p.srs); err != nil {
		return nil, err
	}
	info.Transcript = &keystore.Transcript{Phase1: phase1, SRS: info.SRS.Hash}
	return &info, nil
}

// readPtauLayout reads and checks the magic, version, section table and
// header of a .ptau file, every length against the file size.
func readPtauLayout(path string, f *os.File) (*ptauLayout, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("ceremony: %w", err)
	}
	l := &ptauLayout{info: PtauInfo{Path: path}, size: st.Size(), byType: map[uint32]ptauSection{}}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %s: %w", path, fmt.Sprintf(format, args...), errs.ErrBadInput)
	}
	var pre [12]byte
	if _, err := f.ReadAt(pre[:], 0); err != nil || string(pre[:4]) != ptauMagic {
		return nil, bad("not a .ptau file (no %q magic)", ptauMagic)
	}
	if v := binary.LittleEndian.Uint32(pre[4:]); v != ptauVersion {
		return nil, bad(".ptau version %d, want %d", v, ptauVersion)
	}
	n := binary.LittleEndian.Uint32(pre[8:])
	if n > ptauMaxSections {
		return nil, bad("%d sections, at most %d", n, ptauMaxSections)
	}
	pos := int64(len(pre))
	for i := uint32(0); i < n; i++ {
		var sh [12]byte
		if l.size-pos < int64(len(sh)) {
			return nil, bad("truncated: section %d of %d starts past the end", i+1, n)
		}
		if _, err := f.ReadAt(sh[:], pos); err != nil {
			return nil, fmt.Errorf("ceremony: %s: %w", path, err)
		}
		s := ptauSection{typ: binary.LittleEndian.Uint32(sh[:]), off: pos + int64(len(sh))}
		size := binary.LittleEndian.Uint64(sh[4:])
		name, ok := ptauSectionNames[s.typ]
		switch {
		case !ok:
			return nil, bad("section %d has unknown type %d", i+1, s.typ)
		case l.byType[s.typ].off != 0:
			return nil, bad("duplicate %s section (type %d)", name, s.typ)
		case size > uint64(l.size-s.off):
			return nil, bad("truncated: %s section (type %d) of %d bytes, %d left in the file", name, s.typ, size, l.size-s.off)
		}
		s.size = int64(size)
		l.sections = append(l.sections, s)
		l.byType[s.typ] = s
		pos = s.off + s.size
	}
	if pos != l.size {
		return nil, bad("%d bytes after the last section", l.size-pos)
	}
	for _, t := range []uint32{secHeader, secTauG1, secTauG2, secAlphaTauG1, secBetaTauG1, secBetaG2, secContributions} {
		if l.byType[t].off == 0 {
			return nil, bad("no %s section (type %d)", ptauSectionNames[t], t)
		}
	}
	if err := l.readHeader(f, bad); err != nil {
		return nil, err
	}
	P := int64(1) << l.info.Power
	for _, c := range []struct {
		typ  uint32
		want int64
	}{
		{secTauG1, (2*P - 1) * ptauG1Size},
		{secTauG2, P * ptauG2Size},
		{secAlphaTauG1, P * ptauG1Size},
		{secBetaTauG1, P * ptauG1Size},
		{secBetaG2, ptauG2Size},
	} {
		if got := l.byType[c.typ].size; got != c.want {
			return nil, bad("%s section (type %d) of %d bytes, power %d needs %d", ptauSectionNames[c.typ], c.typ, got, l.info.Power, c.want)
		}
	}
	c := l.byType[secContributions]
	if c.size < 4 {
		return nil, bad("contributions section (type %d) of %d bytes", secContributions, c.size)
	}
	var cnt [4]byte
	if _, err := f.ReadAt(cnt[:], c.off); err != nil {
		return nil, fmt.Errorf("ceremony: %s: %w", path, err)
	}
	// Each contribution takes at least its five points; a larger count is a lie.
	nc := binary.LittleEndian.Uint32(cnt[:])
	if int64(nc) > (c.size-4)/(4*ptauG1Size+2*ptauG2Size) {
		return nil, bad("contributions section claims %d contributions in %d bytes", nc, c.size)
	}
	l.info.Contributions = int(nc)
	l.info.Prepared = l.byType[12].off != 0 && l.byType[13].off != 0 && l.byType[14].off != 0 && l.byType[15].off != 0
	return l, nil
}

// readHeader checks section 1: BN254's base field, and the powers.
func (l *ptauLayout) readHeader(f *os.File, bad func(string, ...any) error) error {
	s := l.byType[secHeader]
	if s.size != ptauHeaderSize {
		// n8 first: a file for another curve says so, not just "wrong size".
		var b [4]byte
		if s.size >= 4 {
			if _, err := f.ReadAt(b[:], s.off); err == nil && binary.LittleEndian.Uint32(b[:]) != ptauN8 {
				return bad("wrong curve: field elements of %d bytes, BN254's (bn128) are %d", binary.LittleEndian.Uint32(b[:]), ptauN8)
			}
		}
		return bad("header section of %d bytes, want %d", s.size, ptauHeaderSize)
	}
	var b [ptauHeaderSize]byte
	if _, err := f.ReadAt(b[:], s.off); err != nil {
		return fmt.Errorf("ceremony: %s: %w", l.info.Path, err)
	}
	if n8 := binary.LittleEndian.Uint32(b[:]); n8 != ptauN8 {
		return bad("wrong curve: field elements of %d bytes, BN254's (bn128) are %d", n8, ptauN8)
	}
	q := fp.Modulus().FillBytes(make([]byte, ptauN8)) // big-endian
	slices.Reverse(q)
	if string(b[4:4+ptauN8]) != string(q) {
		return bad("wrong curve: the prime is not BN254's (bn128) base field modulus")
	}
	power := binary.LittleEndian.Uint32(b[4+ptauN8:])
	cpower := binary.LittleEndian.Uint32(b[8+ptauN8:])
	if power < MinPower || power > MaxPower {
		return bad("power %d out of [%d, %d]", power, MinPower, MaxPower)
	}
	if cpower < power || cpower > MaxPower {
		return bad("ceremony power %d out of [%d, %d]", cpower, power, MaxPower)
	}
	l.info.Power, l.info.CeremonyPower = int(power), int(cpower)
	return nil
}

// ptauPoints is what ImportPtau decodes: the SRS and the file's hashes.
type ptauPoints struct {
	srs             mpcsetup.SrsCommons
	sha256, blake2b string
}

// readPtauPoints reads the whole file once, in order, hashing it and
// decoding the prefixes of sections 2 to 6 that a domain of 2^power needs.
// It checks again that the section table is the one readPtauLayout saw, so
// the points and hashes come from the same bytes.
func readPtauPoints(ctx context.Context, path string, f *os.File, l *ptauLayout, power int) (*ptauPoints, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("ceremony: %w", err)
	}
	sh, b2 := sha256.New(), mustBlake2b()
	r := &ptauReader{ctx: ctx, r: bufio.NewReaderSize(f, 1<<20), h: io.MultiWriter(sh, b2)}
	N := 1 << power
	p := new(ptauPoints)
	c := &p.srs
	c.G1.Tau = make([]curve.G1Affine, 2*N-1)
	c.G2.Tau = make([]curve.G2Affine, N)
	c.G1.AlphaTau = make([]curve.G1Affine, N)
	c.G1.BetaTau = make([]curve.G1Affine, N)
	g2s := map[uint32][]curve.G2Affine{secTauG2: c.G2.Tau, secBetaG2: {{}}}
	g1s := map[uint32][]curve.G1Affine{secTauG1: c.G1.Tau, secAlphaTauG1: c.G1.AlphaTau, secBetaTauG1: c.G1.BetaTau}
	r.skip(12)
	for _, s := range l.sections {
		var hdr [12]byte
		r.read(hdr[:])
		if r.err == nil && (binary.LittleEndian.Uint32(hdr[:]) != s.typ || int64(binary.LittleEndian.Uint64(hdr[4:])) != s.size) {
			r.err = errors.New("the file changed while it was read")
		}
		var used int64
		name := ptauSectionNames[s.typ]
		if g1, ok := g1s[s.typ]; ok {
			for i := range g1 {
				r.g1(&g1[i], name, i)
			}
			used = int64(len(g1)) * ptauG1Size
		} else if g2, ok := g2s[s.typ]; ok {
			for i := range g2 {
				r.g2(&g2[i], name, i)
			}
			used = int64(len(g2)) * ptauG2Size
		}
		r.skip(s.size - used)
	}
	if r.err == nil {
		if n, err := r.r.Read(make([]byte, 1)); n != 0 || err != io.EOF {
			r.err = errors.New("the file changed while it was read")
		}
	}
	if r.err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if r.bad {
			return nil, fmt.Errorf("%s: %v: %w", path, r.err, errs.ErrBadInput)
		}
		return nil, fmt.Errorf("ceremony: %s: %w", path, r.err)
	}
	c.G2.Beta = g2s[secBetaG2][0]
	p.sha256, p.blake2b = hex.EncodeToString(sh.Sum(nil)), hex.EncodeToString(b2.Sum(nil))
	return p, nil
}

func mustBlake2b() hash.Hash {
	h, err := blake2b.New512(nil)
	if err != nil {
		panic(err) // only for a key over 64 bytes
	}
	return h
}

// ptauReader reads a .ptau file in order, hashing every byte.
type ptauReader struct {
	ctx     context.Context
	r       *bufio.Reader
	h       io.Writer
	n       int64 // bytes read since the last context check
	err     error
	bad     bool // err is about the content, not I/O
	buf     [ptauG2Size]byte
	scratch []byte
}

func (r *ptauReader) read(b []byte) {
	if r.err != nil {
		return
	}
	if r.n += int64(len(b)); r.n > 1<<24 {
		r.n = 0
		if r.err = r.ctx.Err(); r.err != nil {
			return
		}
	}
	if _, r.err = io.ReadFull(r.r, b); r.err != nil {
		if r.err == io.EOF {
			r.err = io.ErrUnexpectedEOF
		}
		return
	}
	r.h.Write(b)
}

// skip reads (and hashes) n bytes it does not decode.
func (r *ptauReader) skip(n int64) {
	if n > 0 && r.scratch == nil {
		r.scratch = make([]byte, 1<<16)
	}
	for n > 0 && r.err == nil {
		k := min(n, int64(len(r.scratch)))
		r.read(r.scratch[:k])
		n -= k
	}
}

// fpElem decodes a coordinate: little-endian Montgomery form, as gnark's
// fp.Element holds it, below the modulus.
func (r *ptauReader) fpElem(b []byte, e *fp.Element, what string, i int) {
	if r.err != nil {
		return
	}
	if _, err := fp.LittleEndian.Element((*[ptauN8]byte)(b)); err != nil {
		r.err, r.bad = fmt.Errorf("%s[%d]: coordinate not below the field modulus", what, i), true
		return
	}
	for k := range e {
		e[k] = binary.LittleEndian.Uint64(b[8*k:])
	}
}

func (r *ptauReader) g1(p *curve.G1Affine, what string, i int) {
	b := r.buf[:ptauG1Size]
	r.read(b)
	r.fpElem(b[:ptauN8], &p.X, what, i)
	r.fpElem(b[ptauN8:], &p.Y, what, i)
}

func (r *ptauReader) g2(p *curve.G2Affine, what string, i int) {
	b := r.buf[:ptauG2Size]
	r.read(b)
	for k, e := range []*fp.Element{&p.X.A0, &p.X.A1, &p.Y.A0, &p.Y.A1} {
		r.fpElem(b[k*ptauN8:(k+1)*ptauN8], e, what, i)
	}
}

// checkPoints checks every decoded point is on the curve, in the subgroup
// and not the point at infinity (τ, α, β ≠ 0), in parallel.
func (p *ptauPoints) checkPoints(path string) error {
	c := &p.srs
	check := func(what string, n int, bad func(i int) string) error {
		if i, msg := firstBad(n, bad); msg != "" {
			return fmt.Errorf("%s: %s[%d]: %s: %w", path, what, i, msg, errs.ErrBadInput)
		}
		return nil
	}
	g1 := func(s []curve.G1Affine) func(int) string {
		return func(i int) string {
			switch {
			case s[i].IsInfinity():
				return "the point at infinity"
			case !s[i].IsOnCurve(): // G1 has cofactor 1: on the curve is in the group
				return "not on the curve"
			}
			return ""
		}
	}
	g2 := func(s []curve.G2Affine) func(int) string {
		return func(i int) string {
			switch {
			case s[i].IsInfinity():
				return "the point at infinity"
			case !s[i].IsOnCurve():
				return "not on the curve"
			case !s[i].IsInSubGroup():
				return "not in the prime-order subgroup"
			}
			return ""
		}
	}
	beta := []curve.G2Affine{c.G2.Beta}
	for _, err := range []error{
		check("tauG1", len(c.G1.Tau), g1(c.G1.Tau)),
		check("tauG2", len(c.G2.Tau), g2(c.G2.Tau)),
		check("alphaTauG1", len(c.G1.AlphaTau), g1(c.G1.AlphaTau)),
		check("betaTauG1", len(c.G1.BetaTau), g1(c.G1.BetaTau)),
		check("betaG2", 1, g2(beta)),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

// firstBad runs bad on 0..n-1 over all CPUs and returns the lowest index
// with a complaint.
func firstBad(n int, bad func(i int) string) (int, string) {
	workers := min(runtime.GOMAXPROCS(0), max(n/256, 1))
	chunk := (n + workers - 1) / workers
	idx, msgs := make([]int, workers), make([]string, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w * chunk; i < min(n, (w+1)*chunk); i++ {
				if m := bad(i); m != "" {
					idx[w], msgs[w] = i, m
					return
				}
			}
		}()
	}
	wg.Wait()
	for w := range msgs {
		if msgs[w] != "" {
			return idx[w], msgs[w]
		}
	}
	return 0, ""
}

// checkPowers checks the decoded points are the powers of one τ, as phase 2
// assumes: the generators first, τ, α, β ≠ 1, [β]₁ and [β]₂ agree, and each
// list is geometric with the ratio of [τ]₂ (one random linear combination per
// list and one pairing, as gnark checks a phase-1 contribution).
func (p *ptauPoints) checkPowers() error {
	c := &p.srs
	_, _, g1, g2 := curve.Generators()
	switch {
	case !c.G1.Tau[0].Equal(&g1):
		return errors.New("tauG1[0] is not the generator")
	case !c.G2.Tau[0].Equal(&g2):
		return errors.New("tauG2[0] is not the generator")
	case c.G1.Tau[1].Equal(&g1):
		return errors.New("τ is 1: anyone can forge proofs")
	case c.G1.AlphaTau[0].Equal(&g1):
		return errors.New("α is 1: anyone can forge proofs")
	case c.G2.Beta.Equal(&g2):
		return errors.New("β is 1: anyone can forge proofs")
	}
	var ng1 curve.G1Affine
	ng1.Neg(&g1)
	ok, err := curve.PairingCheck([]curve.G1Affine{c.G1.BetaTau[0], ng1}, []curve.G2Affine{g2, c.G2.Beta})
	if err != nil {
		return err
	}
	if !ok {
		return errors.New("betaTauG1[0] and betaG2 are not [β]₁ and [β]₂ of one β")
	}
	if err := cmpc.SameRatioMany(c.G1.Tau, c.G2.Tau, c.G1.AlphaTau, c.G1.BetaTau); err != nil {
		return fmt.Errorf("tauG1, tauG2, alphaTauG1 and betaTauG1 are not the powers of one τ: %w", err)
	}
	return nil
}
