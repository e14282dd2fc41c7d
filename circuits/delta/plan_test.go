package delta

import (
	"errors"
	"testing"
)

func TestPlan(t *testing.T) {
	f := newFixture(t, 9, 8)
	all, err := ShapeOf(f.tr, []int{0, 1, 2}, 0, 8, Auto)
	if err != nil {
		t.Fatal(err)
	}
	shapes, err := Plan(f.tr, all.Estimate(), Auto, Hashed)
	if err != nil || len(shapes) != 1 || len(shapes[0].Group) != 3 {
		t.Fatalf("everything fits one proof: %v %+v", err, shapes)
	}
	m1, _ := ShapeOf(f.tr, []int{1}, 0, 8, Auto)
	shapes, err = Plan(f.tr, m1.Estimate(), Auto, Hashed)
	if err != nil {
		t.Fatal(err)
	}
	covered := map[[2]int]int{}
	for _, s := range shapes {
		if s.Estimate() > m1.Estimate() {
			t.Fatalf("shape over budget: %+v", s)
		}
		for _, m := range s.Group {
			for tok := s.First; tok < s.First+s.Tokens; tok++ {
				covered[[2]int{m.Index, tok}]++
			}
		}
	}
	if len(covered) != 3*8 {
		t.Fatalf("plan covers %d of 24 module-tokens", len(covered))
	}
	for k, n := range covered {
		if n != 1 {
			t.Fatalf("module-token %v proven %d times", k, n)
		}
	}
	if _, err := Plan(f.tr, 100, Auto, Hashed); !errors.Is(err, ErrBadInput) {
		t.Fatalf("impossible budget: %v", err)
	}
}
