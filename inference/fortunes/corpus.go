// Package fortunes reads Debian's `fortunes` corpus (fortune-mod's
// quotation files, BSD licence; `apt-get install fortunes` puts them under
// /usr/share/games/fortunes), turns it into characters for a
// character-level GPT-2, and trains openproof's embedded text model: a base
// on every category and a LoRA adapter on a few.
//
// # Corpus
//
// A category is a regular file in the directory whose name has no dot and
// that has a strfile index beside it (NAME.dat); the NAME.u8 links and the
// indexes themselves are skipped. A file is a sequence of fortunes, each
// ended by a line holding only "%". The Debian package (1:1.99.1-7.3)
// ships 43 categories, 2.7 MB.
//
// # Characters
//
// The vocabulary has 96 symbols: 0 is "\n", 1…95 are the printable ASCII
// characters " " … "~" (byte b ↦ b − 31). A tab becomes a space and any
// other byte (a few UTF-8 and control bytes in the corpus) becomes "?".
//
// # Split
//
// In every category, fortune i (from 0, in file order) is held out when
// i mod 10 = 9; the rest is training text. A category's text is its
// fortunes, each followed by "%\n", as in the file.
package fortunes

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/openproof/openproof/errs"
)

// ErrBadInput is wrapped by errors caused by a missing or malformed corpus.
var ErrBadInput = fmt.Errorf("fortunes: %w", errs.ErrBadInput)

// DefaultDir is where Debian's fortunes package installs the corpus.
const DefaultDir = "/usr/share/games/fortunes"

// VocabSize is the number of character tokens.
const VocabSize = 96

// MaxFileBytes bounds one category file.
const MaxFileBytes = 16 << 20

// HeldOutEvery: fortune i is held out when i mod HeldOutEvery = HeldOutEvery−1.
const HeldOutEvery = 10

// Category is one fortune file.
type Category struct {
	Name     string
	Fortunes []string // each without its "%" line, with its final newline
	Bytes    int      // file size
	SHA256   [32]byte // of the file
}

// Corpus is every category of a directory, sorted by name.
type Corpus struct {
	Categories []Category
}

// Load reads every category file of dir.
func Load(dir string) (*Corpus, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("fortunes corpus %s (install it with `apt-get install fortunes`, or `make data`): %w: %w", dir, err, ErrBadInput)
	}
	c := &Corpus{}
	for _, e := range ents {
		name := e.Name()
		if strings.Contains(name, ".") || e.Type()&fs.ModeType != 0 {
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, name+".dat")); err != nil {
			continue
		}
		p := filepath.Join(dir, name)
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("fortunes: %w", err)
		}
		if st.Size() > MaxFileBytes {
			return nil, fmt.Errorf("fortunes: %s is %d bytes (at most %d): %w", p, st.Size(), MaxFileBytes, ErrBadInput)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("fortunes: %w", err)
		}
		c.Categories = append(c.Categories, Category{Name: name, Fortunes: Split(string(b)), Bytes: len(b), SHA256: sha256.Sum256(b)})
	}
	if len(c.Categories) == 0 {
		return nil, fmt.Errorf("fortunes: no category files (NAME with NAME.dat) in %s; install them with `apt-get install fortunes`: %w", dir, ErrBadInput)
	}
	slices.SortFunc(c.Categories, func(a, b Category) int { return strings.Compare(a.Name, b.Name) })
	return c, nil
}

// Split cuts a fortune file into fortunes: the text between lines that
// hold only "%". Empty fortunes are dropped; each keeps its final newline.
func Split(s string) []string {
	var out []string
	var cur strings.Builder
	for line := range strings.SplitAfterSeq(s, "\n") {
		if strings.TrimRight(line, "\r\n") == "%" {
			if cur.Len() > 0 {
				out = append(out, cur.String())
			}
			cur.Reset()
			continue
		}
		cur.WriteString(line)
	}
	if t := cur.String(); strings.TrimSpace(t) != "" {
		if !strings.HasSuffix(t, "\n") {
			t += "\n"
		}
		out = append(out, t)
	}
	return out
}

// Digest is the SHA-256 of the category names and file digests, in order:
// it names the exact corpus a model was trained on.
func (c *Corpus) Digest() [32]byte {
	h := sha256.New()
	for _, cat := range c.Categories {
		fmt.Fprintf(h, "%s\n%x\n", cat.Name, cat.SHA256)
	}
	var d [32]byte
	copy(d[:], h.Sum(nil))
	return d
}

// Select returns the corpus restricted to the named categories, refusing
// unknown names.
func (c *Corpus) Select(names []string) (*Corpus, error) {
	out := &Corpus{}
	for _, n := range names {
		i := slices.IndexFunc(c.Categories, func(cat Category) bool { return cat.Name == n })
		if i < 0 {
			return nil, fmt.Errorf("fortunes: no category %q: %w", n, ErrBadInput)
		}
		out.Categories = append(out.Categories, c.Categories[i])
	}
	return out, nil
}

// Text returns the training (heldOut false) or held-out text of the
// corpus: its categories in order, each fortune followed by "%\n".
func (c *Corpus) Text(heldOut bool) string {
	var b strings.Builder
	for _, cat := range c.Categories {
		for i, f := range cat.Fortunes {
			if (i%HeldOutEvery == HeldOutEvery-1) == heldOut {
				b.WriteString(f)
				b.WriteString("%\n")
			}
		}
	}
	return b.String()
}

// Encode maps text to tokens (see the package doc).
func Encode(s string) []int {
	out := make([]int, len(s))
	for i := 0; i < len(s); i++ {
		out[i] = EncodeByte(s[i])
	}
	return out
}

// EncodeByte maps one byte to its token.
func EncodeByte(b byte) int {
	switch {
	case b == '\n':
		return 0
	case b == '\t':
		return int(' ') - 31
	case b >= ' ' && b <= '~':
		return int(b) - 31
	}
	return int('?') - 31
}

// Decode maps tokens back to text; a token outside the vocabulary is an error.
func Decode(toks []int) (string, error) {
	b := make([]byte, len(toks))
	for i, t := range toks {
		switch {
		case t == 0:
			b[i] = '\n'
		case t >= 1 && t < VocabSize:
			b[i] = byte(t + 31)
		default:
			return "", fmt.Errorf("fortunes: token %d outside [0, %d): %w", t, VocabSize, ErrBadInput)
		}
	}
	return string(b), nil
}
