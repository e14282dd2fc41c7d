package datanet

import (
	"reflect"
	"testing"
)

func TestRecordDuplicates(t *testing.T) {
	tests := []struct {
		name   string
		add    func(b *Builder)
		groups []int
		sum    DuplicateSummary
	}{
		{"none", func(b *Builder) {
			b.Add("a", 1, []uint8{1, 2})
			b.Add("b", 1, []uint8{1, 3})
			b.Add("b", 2, []uint8{1, 2}) // same input, other label: not a copy
		}, []int{-1, -1, -1}, DuplicateSummary{}},
		{"copy across contributors", func(b *Builder) {
			b.Add("a", 1, []uint8{1, 2})
			b.Add("a", 0, []uint8{9, 9})
			b.Add("b", 1, []uint8{1, 2})
			b.Add("c", 0, []uint8{9, 9})
			b.Add("c", 1, []uint8{1, 2})
		}, []int{0, 1, 0, 1, 0}, DuplicateSummary{Groups: 2, Records: 3, Pairs: []SharedRecords{{"a", "c", 2}, {"a", "b", 1}, {"b", "c", 1}}}},
		{"copy within one contributor", func(b *Builder) {
			b.Add("a", 3, []uint8{5, 5})
			b.Add("a", 3, []uint8{5, 5})
		}, []int{0, 0}, DuplicateSummary{Groups: 1, Records: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder("dups", 2, 10)
			tt.add(b)
			d, err := b.Build()
			if err != nil {
				t.Fatal(err)
			}
			if got := RecordDuplicates(d); !reflect.DeepEqual(got, tt.groups) {
				t.Errorf("RecordDuplicates = %v, want %v", got, tt.groups)
			}
			if got := d.Duplicates(); !reflect.DeepEqual(got, tt.sum) {
				t.Errorf("Duplicates = %+v, want %+v", got, tt.sum)
			}
		})
	}
}
