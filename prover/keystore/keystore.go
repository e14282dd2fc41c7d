// Package keystore is a content-addressed directory of Groth16 keys:
//
//	<root>/<circuit-digest>/pk.bin         proving key (gnark WriteRawTo: uncompressed points)
//	<root>/<circuit-digest>/vk.bin         verifying key (gnark WriteTo: its SHA-256 is a bundle's vk_sha256)
//	<root>/<circuit-digest>/manifest.json  what the keys are for, how they were made, the files' SHA-256
//
// Entries are written into a temporary directory and renamed into place, so a
// reader sees a whole entry or none. Get checks every file against the
// manifest before decoding it.
package keystore

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/openproof/openproof/inference/strictjson"
	"github.com/openproof/openproof/prover"
)

// Manifest format and version.
const (
	Format  = "openproof.keys"
	Version = 1
)

// File names inside an entry.
const (
	PKFile       = "pk.bin"
	VKFile       = "vk.bin"
	ManifestFile = "manifest.json"
)

// Setup kinds.
const (
	SetupDev = "dev" // single-party prover.DevSetup: development only
	SetupMPC = "mpc" // a verified MPC ceremony (package prover/ceremony)
)

// maxManifestSize bounds what Get reads of a manifest.
const maxManifestSize = 1 << 20

var (
	// ErrNotFound is returned by Get when the store has no entry for a digest.
	ErrNotFound = errors.New("no keys for this circuit")
	// ErrCorrupt marks an entry whose files do not match its manifest or
	// cannot be decoded. It wraps prover.ErrBadInput.
	ErrCorrupt = fmt.Errorf("corrupt key store entry: %w", prover.ErrBadInput)
)

// IsNotFound reports whether err says the store has no keys for a circuit.
func IsNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

// Transcript identifies the contributions of an MPC ceremony. Hashes are hex
// SHA-256 of each contribution's parameters, the value the next contribution
// signs as its challenge; beacons are hex.
type Transcript struct {
	Phase1       []string `json:"phase1"`
	Phase1Beacon string   `json:"phase1_beacon"`
	SRS          string   `json:"srs"` // hash of the sealed phase-1 parameters
	Phase2       []string `json:"phase2"`
	Phase2Beacon string   `json:"phase2_beacon"`
	// Signed ceremonies (ceremony.VerifySigned) only: the final transcript
	// hash, which chains the .ptau, the SRS, every contribution, every
	// contributor's signature and the beacon, and the contributors'
	// Ethereum addresses in order.
	Hash         string   `json:"hash,omitempty"`
	Contributors []string `json:"contributors,omitempty"`
	Note         string   `json:"note,omitempty"` // the ceremony's note, e.g. "TEST ceremony: …"
}

// Info is what Put records about the keys besides the files.
type Info struct {
	CircuitName string
	Constraints int
	Setup       string      // SetupDev or SetupMPC
	Transcript  *Transcript // required with SetupMPC
}

// Manifest is manifest.json.
type Manifest struct {
	Format        string            `json:"format"`
	Version       int               `json:"version"`
	CircuitName   string            `json:"circuit_name"`
	CircuitDigest string            `json:"circuit_digest"`
	NbConstraints int               `json:"nb_constraints"`
	NbPublic      int               `json:"nb_public"`
	Setup         string            `json:"setup"`
	Transcript    *Transcript       `json:"transcript,omitempty"`
	Files         map[string]string `json:"files"`
	Created       time.Time         `json:"created"`
}

// Store is a key store rooted at a directory.
type Store struct{ root string }

// Open opens (creating if needed) the key store at root.
func Open(root string) (*Store, error) {
	if root == "" {
		return nil, fmt.Errorf("key store: empty directory name: %w", prover.ErrBadInput)
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return nil, fmt.Errorf("key store: %w", err)
	}
	return &Store{root: root}, nil
}

// Dir is the directory of digest's entry.
func (s *Store) Dir(digest string) string { return filepath.Join(s.root, digest) }

// Get loads the keys of the circuit with the given digest, after checking
// every file's SHA-256 against the manifest. It returns an error wrapping
// ErrNotFound when there is no entry and ErrCorrupt when the entry does not
// check out.
func (s *Store) Get(digest string) (groth16.ProvingKey, groth16.VerifyingKey, *Manifest, error) {
	vk, m, err := s.VerifyingKey(digest)
	if err != nil {
		return nil, nil, nil, err
	}
	dir := s.Dir(digest)
	if err := checkFile(filepath.Join(dir, PKFile), m.Files[PKFile]); err != nil {
		return nil, nil, nil, err
	}
	// The file is ours (its hash matches the manifest), so the proving key
	// skips the slow subgroup checks; the small verifying key keeps them.
	pk := groth16.NewProvingKey(ecc.BN254)
	if err := readFile(filepath.Join(dir, PKFile), pk.UnsafeReadFrom); err != nil {
		return nil, nil, nil, err
	}
	return pk, vk, m, nil
}

// VerifyingKey loads only the verifying key of the circuit with the given
// digest (what a verifier needs), checked against the manifest as Get does.
func (s *Store) VerifyingKey(digest string) (groth16.VerifyingKey, *Manifest, error) {
	if err := checkDigest(digest); err != nil {
		return nil, nil, err
	}
	dir := s.Dir(digest)
	mpath := filepath.Join(dir, ManifestFile)
	m, err := readManifest(mpath)
	if err != nil {
		return nil, nil, err
	}
	if m.CircuitDigest != digest {
		return nil, nil, fmt.Errorf("%s: circuit_digest %s does not match the entry's name %s: %w", mpath, m.CircuitDigest, digest, ErrCorrupt)
	}
	if err := checkFile(filepath.Join(dir, VKFile), m.Files[VKFile]); err != nil {
		return nil, nil, err
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := readFile(filepath.Join(dir, VKFile), vk.ReadFrom); err != nil {
		return nil, nil, err
	}
	if n, err := prover.NbPublic(vk); err != nil || n != m.NbPublic {
		return nil, nil, fmt.Errorf("%s: verifying key has %d public inputs, %s says nb_public %d: %w", filepath.Join(dir, VKFile), n, ManifestFile, m.NbPublic, ErrCorrupt)
	}
	return vk, m, nil
}

// Put stores pk and vk for the circuit with the given digest, replacing any
// previous entry. The entry appears whole or not at all.
func (s *Store) Put(digest string, info Info, pk groth16.ProvingKey, vk groth16.VerifyingKey) (err error) {
	if err := checkDigest(digest); err != nil {
		return err
	}
	if _, ok := pk.(*groth16_bn254.ProvingKey); !ok {
		return fmt.Errorf("key store: proving key is %T, want a BN254 Groth16 key: %w", pk, prover.ErrBadInput)
	}
	nbPublic, err := prover.NbPublic(vk)
	if err != nil {
		return fmt.Errorf("key store: %w", err)
	}
	switch info.Setup {
	case SetupDev:
		if info.Transcript != nil {
			return fmt.Errorf("key store: a dev setup has no ceremony transcript: %w", prover.ErrBadInput)
		}
	case SetupMPC:
		if info.Transcript == nil {
			return fmt.Errorf("key store: an mpc setup needs its transcript: %w", prover.ErrBadInput)
		}
	default:
		return fmt.Errorf("key store: setup %q: want %q or %q: %w", info.Setup, SetupDev, SetupMPC, prover.ErrBadInput)
	}

	tmp, err := os.MkdirTemp(s.root, ".tmp-"+digest[:16]+"-")
	if err != nil {
		return fmt.Errorf("key store: %w", err)
	}
	defer func() {
		if err != nil {
			_ = os.RemoveAll(tmp)
		}
	}()
	m := &Manifest{
		Format:        Format,
		Version:       Version,
		CircuitName:   info.CircuitName,
		CircuitDigest: digest,
		NbConstraints: info.Constraints,
		NbPublic:      nbPublic,
		Setup:         info.Setup,
		Transcript:    info.Transcript,
		Files:         map[string]string{},
		Created:       time.Now().UTC().Truncate(time.Second),
	}
	if m.Files[PKFile], err = writeFile(filepath.Join(tmp, PKFile), pk.WriteRawTo); err != nil {
		return err
	}
	if m.Files[VKFile], err = writeFile(filepath.Join(tmp, VKFile), vk.WriteTo); err != nil {
		return err
	}
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("key store: manifest: %w", err)
	}
	if _, err = writeFile(filepath.Join(tmp, ManifestFile), func(w io.Writer) (int64, error) {
		n, err := w.Write(append(mb, '\n'))
		return int64(n), err
	}); err != nil {
		return err
	}
	if err = os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("key store: %w", err)
	}
	return s.install(tmp, s.Dir(digest))
}

// install renames the finished entry tmp to dst. An existing entry is moved
// aside first (a directory cannot be renamed over a non-empty one) and removed
// after.
func (s *Store) install(tmp, dst string) error {
	err := os.Rename(tmp, dst)
	if err == nil {
		return syncDir(s.root)
	}
	if _, statErr := os.Stat(dst); statErr != nil {
		return fmt.Errorf("key store: install %s: %w", dst, err)
	}
	old, err := os.MkdirTemp(s.root, ".old-")
	if err != nil {
		return fmt.Errorf("key store: %w", err)
	}
	if err := os.Rename(dst, filepath.Join(old, "entry")); err != nil {
		_ = os.Remove(old)
		return fmt.Errorf("key store: move old entry %s aside: %w", dst, err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		return fmt.Errorf("key store: install %s: %w", dst, err)
	}
	_ = os.RemoveAll(old)
	return syncDir(s.root)
}

// ParseManifest decodes and checks a manifest.json; name is used in errors.
func ParseManifest(name string, b []byte) (*Manifest, error) {
	var m Manifest
	dec := strictjson.NewDecoder(b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%s: %v: %w", name, err, ErrCorrupt)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s: data after the manifest: %w", name, ErrCorrupt)
	}
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%s: field %q: %s: %w", name, field, fmt.Sprintf(format, args...), ErrCorrupt)
	}
	switch {
	case m.Format != Format:
		return nil, bad("format", "%q, want %q", m.Format, Format)
	case m.Version != Version:
		return nil, bad("version", "%d, want %d", m.Version, Version)
	case checkDigest(m.CircuitDigest) != nil:
		return nil, bad("circuit_digest", "%q is not a hex SHA-256", m.CircuitDigest)
	case m.NbConstraints < 0:
		return nil, bad("nb_constraints", "%d is negative", m.NbConstraints)
	case m.NbPublic < 0:
		return nil, bad("nb_public", "%d is negative", m.NbPublic)
	case m.Setup != SetupDev && m.Setup != SetupMPC:
		return nil, bad("setup", "%q, want %q or %q", m.Setup, SetupDev, SetupMPC)
	case m.Setup == SetupMPC && m.Transcript == nil:
		return nil, bad("transcript", "missing for an mpc setup")
	}
	names := make([]string, 0, len(m.Files))
	for k := range m.Files {
		names = append(names, k)
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{PKFile, VKFile}) {
		return nil, bad("files", "lists %q, want exactly %q and %q", names, PKFile, VKFile)
	}
	for _, k := range names {
		if checkDigest(m.Files[k]) != nil {
			return nil, bad("files."+k, "%q is not a hex SHA-256", m.Files[k])
		}
	}
	return &m, nil
}

func readManifest(path string) (*Manifest, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		if _, dirErr := os.Stat(filepath.Dir(path)); errors.Is(dirErr, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w", filepath.Dir(path), ErrNotFound)
		}
		return nil, fmt.Errorf("%s: missing: %w", path, ErrCorrupt)
	}
	if err != nil {
		return nil, fmt.Errorf("key store: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxManifestSize+1))
	if err != nil {
		return nil, fmt.Errorf("key store: read %s: %w", path, err)
	}
	if len(b) > maxManifestSize {
		return nil, fmt.Errorf("%s: larger than %d bytes: %w", path, maxManifestSize, ErrCorrupt)
	}
	return ParseManifest(path, b)
}

// checkFile compares path's SHA-256 with want.
func checkFile(path, want string) error {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: missing: %w", path, ErrCorrupt)
		}
		return fmt.Errorf("key store: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fmt.Errorf("key store: read %s: %w", path, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		return fmt.Errorf("%s: sha256 %s, manifest says %s (file modified?): %w", path, got, want, ErrCorrupt)
	}
	return nil
}

func readFile(path string, read func(io.Reader) (int64, error)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("key store: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Errorf("key store: %w", err)
	}
	n, err := read(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return fmt.Errorf("%s: decode: %v: %w", path, err, ErrCorrupt)
	}
	if n != st.Size() {
		return fmt.Errorf("%s: decoded %d of %d bytes: %w", path, n, st.Size(), ErrCorrupt)
	}
	return nil
}

// writeFile writes path with write, syncs it, and returns its hex SHA-256.
func writeFile(path string, write func(io.Writer) (int64, error)) (string, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return "", fmt.Errorf("key store: %w", err)
	}
	h := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(f, h), 1<<20)
	if _, err := write(bw); err != nil {
		f.Close()
		return "", fmt.Errorf("key store: write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return "", fmt.Errorf("key store: write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return "", fmt.Errorf("key store: sync %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("key store: close %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("key store: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("key store: sync %s: %w", dir, err)
	}
	return nil
}

// checkDigest accepts lowercase hex SHA-256 only: the digest names a
// directory, so anything else (a path, "..") must never get that far.
func checkDigest(d string) error {
	if len(d) != 2*sha256.Size {
		return fmt.Errorf("circuit digest %q: want %d lowercase hex characters: %w", d, 2*sha256.Size, prover.ErrBadInput)
	}
	for _, c := range d {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return fmt.Errorf("circuit digest %q: want %d lowercase hex characters: %w", d, 2*sha256.Size, prover.ErrBadInput)
		}
	}
	return nil
}
