package ceremony

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"

	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/inference/strictjson"
	"github.com/openproof/openproof/prover"
)

// A ceremony file is
//
//	magic "openproof.mpc\n" | u32 big-endian header length | header JSON | parameters
//
// where the parameters are gnark's serialization (compressed points) of a
// phase-1 contribution, the sealed phase-1 parameters (the SRS), or a phase-2
// contribution. The SHA-256 of the parameters is the contribution's hash: the
// value the next contribution signs as its challenge.

const magic = "openproof.mpc\n"

// FileVersion is the version of the ceremony file format.
const FileVersion = 1

// maxHeaderSize bounds the header JSON (it holds at most a phase-1 transcript).
const maxHeaderSize = 1 << 20

// Kinds of ceremony files.
const (
	KindPhase1 = "phase1"
	KindSRS    = "srs"
	KindPhase2 = "phase2"
)

// header is a ceremony file's JSON header.
type header struct {
	Version int    `json:"version"`
	Kind    string `json:"kind"`
	Power   int    `json:"power"` // log2 of the domain size
	Index   int    `json:"index"` // contributions so far; 0 is the initial state
	// Phase 2 only: the circuit and the SRS hash the contributions build on.
	CircuitDigest string `json:"circuit_digest,omitempty"`
	SRS           string `json:"srs,omitempty"`
	// SRS only: how it was made.
	Phase1       []string `json:"phase1,omitempty"`
	Phase1Beacon string   `json:"phase1_beacon,omitempty"`
}

// writeFile atomically writes a ceremony file holding params and returns the
// hex SHA-256 of the parameters.
func writeFile(path string, h header, params io.WriterTo) (digest string, err error) {
	h.Version = FileVersion
	hb, err := json.Marshal(h)
	if err != nil {
		return "", fmt.Errorf("ceremony: header: %w", err)
	}
	tmp, err := renameio.NewPendingFile(path, renameio.WithPermissions(0o644))
	if err != nil {
		return "", fmt.Errorf("ceremony: %w", err)
	}
	defer tmp.Cleanup() // after CloseAtomicallyReplace, a no-op
	bw := bufio.NewWriterSize(tmp, 1<<20)
	var pre [4]byte
	binary.BigEndian.PutUint32(pre[:], uint32(len(hb)))
	for _, b := range [][]byte{[]byte(magic), pre[:], hb} {
		if _, err = bw.Write(b); err != nil {
			return "", fmt.Errorf("ceremony: write %s: %w", path, err)
		}
	}
	sum := sha256.New()
	if _, err = params.WriteTo(io.MultiWriter(bw, sum)); err != nil {
		return "", fmt.Errorf("ceremony: write %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return "", fmt.Errorf("ceremony: write %s: %w", path, err)
	}
	if err = tmp.CloseAtomicallyReplace(); err != nil {
		return "", fmt.Errorf("ceremony: %s: %w", path, err)
	}
	return hex.EncodeToString(sum.Sum(nil)), nil
}

// openFile reads and checks a ceremony file's header (of the given kind, or
// any kind for "") and the layout of its parameters (every length against the
// file size, before gnark allocates anything), and returns the header, the
// parameters' hash, and a reader positioned at the parameters. The caller
// closes the file.
func openFile(path, kind string) (*os.File, header, string, io.Reader, int64, error) {
	var h header
	f, err := os.Open(path)
	if err != nil {
		return nil, h, "", nil, 0, fmt.Errorf("ceremony: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %s: %w", path, fmt.Sprintf(format, args...), prover.ErrBadInput)
	}
	st, err := f.Stat()
	if err != nil {
		return nil, h, "", nil, 0, fmt.Errorf("ceremony: %w", err)
	}
	br := bufio.NewReaderSize(f, 1<<20)
	pre := make([]byte, len(magic)+4)
	if _, err := io.ReadFull(br, pre); err != nil || string(pre[:len(magic)]) != magic {
		return nil, h, "", nil, 0, bad("not an openproof ceremony file")
	}
	hlen := int64(binary.BigEndian.Uint32(pre[len(magic):]))
	if hlen > maxHeaderSize || int64(len(pre))+hlen > st.Size() {
		return nil, h, "", nil, 0, bad("header length %d out of range", hlen)
	}
	hb := make([]byte, hlen)
	if _, err := io.ReadFull(br, hb); err != nil {
		return nil, h, "", nil, 0, bad("header: %v", err)
	}
	if err := parseHeader(hb, &h); err != nil {
		return nil, h, "", nil, 0, bad("header: %v", err)
	}
	if kind != "" && h.Kind != kind {
		return nil, h, "", nil, 0, bad("is a %s file, want %s", h.Kind, kind)
	}
	start := int64(len(pre)) + hlen
	size := st.Size() - start
	sc := &scanner{r: br, h: sha256.New(), left: size}
	switch h.Kind {
	case KindPhase1:
		sc.phase1(h.Power)
	case KindSRS:
		sc.srs(h.Power)
	case KindPhase2:
		sc.phase2(h.Power)
	}
	if sc.err == nil && sc.left != 0 {
		sc.err = fmt.Errorf("%d bytes after the parameters", sc.left)
	}
	if sc.err != nil {
		return nil, h, "", nil, 0, bad("parameters: %v", sc.err)
	}
	if _, err := f.Seek(start, io.SeekStart); err != nil {
		return nil, h, "", nil, 0, fmt.Errorf("ceremony: %w", err)
	}
	ok = true
	return f, h, hex.EncodeToString(sc.h.Sum(nil)), fullReader{bufio.NewReaderSize(f, 1<<20)}, size, nil
}

func parseHeader(b []byte, h *header) error {
	dec := strictjson.NewDecoder(b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(h); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("data after the header")
	}
	switch {
	case h.Version != FileVersion:
		return fmt.Errorf("version %d, want %d", h.Version, FileVersion)
	case h.Kind != KindPhase1 && h.Kind != KindSRS && h.Kind != KindPhase2:
		return fmt.Errorf("kind %q", h.Kind)
	case h.Power < MinPower || h.Power > MaxPower:
		return fmt.Errorf("power %d out of [%d, %d]", h.Power, MinPower, MaxPower)
	case h.Index < 0:
		return fmt.Errorf("index %d", h.Index)
	}
	return nil
}

// decode reads params from r (size bytes) and checks that re-encoding them
// gives the hash of the bytes read, so the reported hash is the one gnark
// computes as the next challenge.
func decode(path string, r io.Reader, size int64, want string, params interface {
	io.ReaderFrom
	io.WriterTo
}) error {
	n, err := params.ReadFrom(r)
	if err != nil {
		return fmt.Errorf("%s: parameters: %v: %w", path, err, prover.ErrBadInput)
	}
	if n != size {
		return fmt.Errorf("%s: parameters: decoded %d of %d bytes: %w", path, n, size, prover.ErrBadInput)
	}
	h := sha256.New()
	if _, err := params.WriteTo(h); err != nil {
		return fmt.Errorf("%s: re-encode parameters: %w", path, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		return fmt.Errorf("%s: parameters are not canonically encoded: %w", path, prover.ErrBadInput)
	}
	return nil
}

// fullReader makes every Read fill its buffer when it can: gnark reads the
// challenge with a single Read, which a bufio.Reader may cut short.
type fullReader struct{ r io.Reader }

func (f fullReader) Read(p []byte) (int, error) { return io.ReadFull(f.r, p) }

// Compressed point sizes (gnark-crypto BN254).
const (
	g1Size    = 32
	g2Size    = 64
	proofSize = g1Size + g2Size // mpcsetup.UpdateProof
	hashSize  = sha256.Size
)

// scanner walks gnark's encoding of ceremony parameters without decoding
// points: it checks every length against the bytes left and every point's
// flags (compressed, as gnark writes them), and hashes what it reads.
type scanner struct {
	r    io.Reader
	h    hash.Hash
	left int64
	err  error
	buf  [g2Size]byte
}

func (s *scanner) read(n int) []byte {
	if s.err != nil {
		return nil
	}
	if int64(n) > s.left {
		s.err = io.ErrUnexpectedEOF
		return nil
	}
	b := s.buf[:n]
	if _, err := io.ReadFull(s.r, b); err != nil {
		s.err = err
		return nil
	}
	s.left -= int64(n)
	s.h.Write(b)
	return b
}

func (s *scanner) u8() uint64 {
	if b := s.read(1); b != nil {
		return uint64(b[0])
	}
	return 0
}

func (s *scanner) u16() uint64 {
	if b := s.read(2); b != nil {
		return uint64(binary.BigEndian.Uint16(b))
	}
	return 0
}

func (s *scanner) u32() uint64 {
	if b := s.read(4); b != nil {
		return uint64(binary.BigEndian.Uint32(b))
	}
	return 0
}

func (s *scanner) u64() uint64 {
	if b := s.read(8); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

// points reads count compressed points of size bytes each.
func (s *scanner) points(what string, count uint64, size int) {
	if s.err != nil {
		return
	}
	if count > uint64(s.left)/uint64(size) {
		s.err = fmt.Errorf("%s: %d points do not fit in the %d bytes left", what, count, s.left)
		return
	}
	for i := uint64(0); i < count && s.err == nil; i++ {
		if b := s.read(size); b != nil && b[0]&0xc0 == 0 {
			s.err = fmt.Errorf("%s[%d]: uncompressed point", what, i)
		}
	}
}

// slice reads a u32-length-prefixed slice of G1 points and returns its length.
func (s *scanner) slice(what string) uint64 {
	n := s.u32()
	s.points(what, n, g1Size)
	return n
}

func (s *scanner) proof(what string) {
	s.points(what+" commitment", 1, g1Size)
	s.points(what+" proof of knowledge", 1, g2Size)
}

func (s *scanner) challenge() {
	if n := s.u8(); s.err == nil && n != 0 && n != hashSize {
		s.err = fmt.Errorf("challenge of %d bytes, want 0 or %d", n, hashSize)
	} else {
		s.read(int(n))
	}
}

// commons walks mpcsetup.SrsCommons for a domain of 2^power.
func (s *scanner) commons(power int) {
	n := s.u64()
	if s.err == nil && n != 1<<power {
		s.err = fmt.Errorf("domain size %d, header says 2^%d", n, power)
		return
	}
	s.points("[β]₂", 1, g2Size)
	s.points("[τⁱ]₁", 2*n-2, g1Size)
	s.points("[τⁱ]₂", n-1, g2Size)
	s.points("[βτⁱ]₁", n, g1Size)
	s.points("[ατⁱ]₁", n, g1Size)
}

// phase1 walks mpcsetup.Phase1.
func (s *scanner) phase1(power int) {
	s.proof("τ")
	s.proof("α")
	s.proof("β")
	s.commons(power)
	s.challenge()
}

func (s *scanner) srs(power int) { s.commons(power) }

// maxCommitments is what mpcsetup.Phase2.Contribute accepts.
const maxCommitments = 255

// phase2 walks mpcsetup.Phase2.
func (s *scanner) phase2(power int) {
	nbc := s.u16()
	if s.err == nil && nbc > maxCommitments {
		s.err = fmt.Errorf("%d commitments, at most %d", nbc, maxCommitments)
		return
	}
	s.points("[δ]₁", 1, g1Size)
	s.slice("PKK")
	if z := s.slice("Z"); s.err == nil && z != 1<<power-1 {
		s.err = fmt.Errorf("Z has %d points, want 2^%d-1", z, power)
		return
	}
	s.points("[δ]₂", 1, g2Size)
	for i := uint64(0); i < nbc; i++ {
		s.slice(fmt.Sprintf("σCKK[%d]", i))
	}
	s.points("[σ]₂", nbc, g2Size)
	s.proof("δ")
	for i := uint64(0); i < nbc; i++ {
		s.proof(fmt.Sprintf("σ[%d]", i))
	}
	s.challenge()
}
