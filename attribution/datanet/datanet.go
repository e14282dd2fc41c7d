// Package datanet defines openproof's Datanet: a versioned set of labelled
// examples grouped by contributor, the commitments to each contributor's data
// and the Datanet root that proofs and audits refer to.
//
// # Model
//
// A Datanet has a name, an input dimension, a number of classes and a list of
// contributors sorted by id (bytewise). Contributor c (its index in that
// order) owns records (label, input); input is InputDim bytes, each the
// real value v/255 (for MNIST: a pixel intensity, exactly the converted
// mnist file's byte). Labels are in [0, Classes).
//
// # JSONL form (".jsonl")
//
// Line 1 is the header, every further non-empty line one record:
//
//	{"format":"openproof-datanet","version":1,"name":"mnist-demo","input_dim":784,"classes":10}
//	{"contributor":"alice","label":3,"input":[0,0,17,255,...]}
//
// Unknown fields are errors. Records may come in any order; a contributor's
// records keep their file order. Errors name the file, the line and the field.
//
// # Binary form (".opdn")
//
// Little-endian: the 8-byte Magic, u32 input_dim, u16 classes, u16 name
// length, the name, u32 contributor count; per contributor (sorted by id):
// u8 id length, the id, u32 record count, then per record one label byte and
// input_dim input bytes.
//
// # Commitments
//
// See commit.go: a Poseidon2 commitment per contributor (the inference/commit
// sponge and packing), a leaf per contributor binding its index, its data
// commitment and its sketch commitment, and a binary Merkle tree over the
// leaves.
package datanet

import (
	"fmt"
	"sort"

	"github.com/openproof/openproof/errs"
)

// Format and Version name the file format; Version changes with any
// incompatible change of either form or of the commitments.
const (
	Format  = "openproof-datanet"
	Version = 1
)

// Bounds that keep hostile files from making a reader allocate without limit.
const (
	MaxInputDim   = 1 << 16
	MaxClasses    = 256
	MaxIDLen      = 64
	MaxNameLen    = 128
	MaxRecords    = 1 << 22 // over all contributors
	MaxTotalBytes = 1 << 31 // records × (1 + input_dim)
)

// ErrBadInput marks malformed Datanet files and invalid Datanets.
var ErrBadInput = fmt.Errorf("datanet: %w", errs.ErrBadInput)

// Example is one labelled input.
type Example struct {
	Label uint8
	Input []uint8 // InputDim values; the real input is v/255
}

// Contributor is one data owner and their examples.
type Contributor struct {
	ID       string
	Examples []Example
}

// Datanet is a validated set of contributors' examples.
type Datanet struct {
	Name         string
	InputDim     int
	Classes      int
	Contributors []Contributor // sorted by ID, IDs unique
}

// Records returns the total number of examples.
func (d *Datanet) Records() int {
	n := 0
	for _, c := range d.Contributors {
		n += len(c.Examples)
	}
	return n
}

// Index returns the index of the contributor with the given id.
func (d *Datanet) Index(id string) (int, bool) {
	i := sort.Search(len(d.Contributors), func(i int) bool { return d.Contributors[i].ID >= id })
	if i < len(d.Contributors) && d.Contributors[i].ID == id {
		return i, true
	}
	return 0, false
}

// checkID reports why an id is not acceptable: 1–MaxIDLen bytes of
// [A-Za-z0-9._:-] (so that an Ethereum address fits and nothing needs escaping).
func checkID(id string) error {
	if len(id) == 0 || len(id) > MaxIDLen {
		return fmt.Errorf("id %q: length %d outside [1, %d]", id, len(id), MaxIDLen)
	}
	for i := 0; i < len(id); i++ {
		ch := id[i]
		ok := ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' ||
			ch == '.' || ch == '_' || ch == ':' || ch == '-'
		if !ok {
			return fmt.Errorf("id %q: byte %d (%q) not in [A-Za-z0-9._:-]", id, i, ch)
		}
	}
	return nil
}

func checkName(name string) error {
	if len(name) > MaxNameLen {
		return fmt.Errorf("name: %d bytes, more than %d", len(name), MaxNameLen)
	}
	return checkPrintable(name)
}

func checkPrintable(s string) error {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return fmt.Errorf("name: byte %d is not printable ASCII", i)
		}
	}
	return nil
}

// Validate checks every invariant of the type's documentation.
func (d *Datanet) Validate() error {
	if d == nil {
		return fmt.Errorf("%w: nil datanet", ErrBadInput)
	}
	if err := checkName(d.Name); err != nil {
		return fmt.Errorf("%w: %v", ErrBadInput, err)
	}
	if d.InputDim < 1 || d.InputDim > MaxInputDim {
		return fmt.Errorf("%w: input_dim %d outside [1, %d]", ErrBadInput, d.InputDim, MaxInputDim)
	}
	if d.Classes < 2 || d.Classes > MaxClasses {
		return fmt.Errorf("%w: classes %d outside [2, %d]", ErrBadInput, d.Classes, MaxClasses)
	}
	total := 0
	for i, c := range d.Contributors {
		if err := checkID(c.ID); err != nil {
			return fmt.Errorf("%w: contributor %d: %v", ErrBadInput, i, err)
		}
		if i > 0 && d.Contributors[i-1].ID >= c.ID {
			return fmt.Errorf("%w: contributor %d: id %q not after %q (ids must be unique and sorted)", ErrBadInput, i, c.ID, d.Contributors[i-1].ID)
		}
		if len(c.Examples) == 0 {
			return fmt.Errorf("%w: contributor %q has no records", ErrBadInput, c.ID)
		}
		for j, e := range c.Examples {
			if int(e.Label) >= d.Classes {
				return fmt.Errorf("%w: contributor %q record %d: label %d outside [0, %d)", ErrBadInput, c.ID, j, e.Label, d.Classes)
			}
			if len(e.Input) != d.InputDim {
				return fmt.Errorf("%w: contributor %q record %d: input has %d values, want %d", ErrBadInput, c.ID, j, len(e.Input), d.InputDim)
			}
		}
		total += len(c.Examples)
		if total > MaxRecords {
			return fmt.Errorf("%w: more than %d records", ErrBadInput, MaxRecords)
		}
	}
	if len(d.Contributors) == 0 {
		return fmt.Errorf("%w: no contributors", ErrBadInput)
	}
	if int64(total)*int64(1+d.InputDim) > MaxTotalBytes {
		return fmt.Errorf("%w: %d records of %d bytes exceed %d bytes", ErrBadInput, total, 1+d.InputDim, MaxTotalBytes)
	}
	return nil
}

// Builder collects records in any order and produces a sorted Datanet.
type Builder struct {
	d   Datanet
	idx map[string]int
}

// NewBuilder starts a Datanet with the given name and shape.
func NewBuilder(name string, inputDim, classes int) *Builder {
	return &Builder{d: Datanet{Name: name, InputDim: inputDim, Classes: classes}, idx: map[string]int{}}
}

// Add appends one record of contributor id. Input is copied.
func (b *Builder) Add(id string, label uint8, input []uint8) {
	i, ok := b.idx[id]
	if !ok {
		i = len(b.d.Contributors)
		b.idx[id] = i
		b.d.Contributors = append(b.d.Contributors, Contributor{ID: id})
	}
	c := &b.d.Contributors[i]
	c.Examples = append(c.Examples, Example{Label: label, Input: append([]uint8(nil), input...)})
}

// Build sorts the contributors by id and validates the result.
func (b *Builder) Build() (*Datanet, error) {
	d := b.d
	d.Contributors = append([]Contributor(nil), b.d.Contributors...)
	sort.SliceStable(d.Contributors, func(i, j int) bool { return d.Contributors[i].ID < d.Contributors[j].ID })
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return &d, nil
}
