package datanet

import (
	"crypto/sha256"
	"sort"
)

// Duplicate detection at Datanet build (issue 16): a record copied into
// several contributors must not earn its credit several times. This file
// finds exact duplicates, records with the same label and input bytes;
// near-duplicates are found on the records' gradient sketches
// (attribution/quality, which folds the shared credit into the committed
// per-contributor vectors).

// RecordDuplicates returns, for every record in Datanet order (contributors
// in index order, records in order), the index of its exact-duplicate group,
// or −1 when no other record has the same label and input. Groups are
// numbered in order of their first record.
func RecordDuplicates(d *Datanet) []int {
	type key [sha256.Size]byte
	first := map[key]int{} // hash → first record index
	var keys []key
	for _, c := range d.Contributors {
		for _, e := range c.Examples {
			h := sha256.New()
			h.Write([]byte{e.Label})
			h.Write(e.Input)
			var k key
			copy(k[:], h.Sum(nil))
			keys = append(keys, k)
			if _, ok := first[k]; !ok {
				first[k] = len(keys) - 1
			}
		}
	}
	size := map[key]int{}
	for _, k := range keys {
		size[k]++
	}
	group := map[key]int{}
	out := make([]int, len(keys))
	for i, k := range keys {
		out[i] = -1
		if size[k] < 2 {
			continue
		}
		g, ok := group[k]
		if !ok {
			g = len(group)
			group[k] = g
		}
		out[i] = g
	}
	return out
}

// SharedRecords is one pair of contributors holding identical records.
type SharedRecords struct {
	A, B   string // contributor ids, A < B
	Shared int    // records of A that B also holds
}

// DuplicateSummary is what `datanet inspect` and `audit` report.
type DuplicateSummary struct {
	Groups  int             // distinct records held more than once
	Records int             // records that are copies of an earlier one
	Pairs   []SharedRecords // contributor pairs sharing records, most shared first
}

// Duplicates summarizes RecordDuplicates by contributor pair.
func (d *Datanet) Duplicates() DuplicateSummary {
	groups := RecordDuplicates(d)
	var owner []int
	for c, con := range d.Contributors {
		for range con.Examples {
			owner = append(owner, c)
		}
	}
	members := map[int][]int{}
	var s DuplicateSummary
	for i, g := range groups {
		if g < 0 {
			continue
		}
		if len(members[g]) > 0 {
			s.Records++
		}
		members[g] = append(members[g], owner[i])
	}
	s.Groups = len(members)
	type pair struct{ a, b int }
	shared := map[pair]int{}
	for _, m := range members {
		seen := map[pair]bool{}
		for x := range m {
			for y := x + 1; y < len(m); y++ {
				if p := (pair{min(m[x], m[y]), max(m[x], m[y])}); p.a != p.b && !seen[p] {
					seen[p] = true
					shared[p]++
				}
			}
		}
	}
	for p, n := range shared {
		s.Pairs = append(s.Pairs, SharedRecords{A: d.Contributors[p.a].ID, B: d.Contributors[p.b].ID, Shared: n})
	}
	sort.Slice(s.Pairs, func(i, j int) bool {
		x, y := s.Pairs[i], s.Pairs[j]
		if x.Shared != y.Shared {
			return x.Shared > y.Shared
		}
		if x.A != y.A {
			return x.A < y.A
		}
		return x.B < y.B
	})
	return s
}
