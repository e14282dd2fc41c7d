package models

import (
	"errors"

	"github.com/openproof/openproof/inference/peft"
)

// MNISTSmallAdapterName names the adapter MNISTSmallAdapter returns.
const MNISTSmallAdapterName = "mnist-rot90-lora-fc2-r2"

// MNISTSmallAdapter returns a rank-2 adapter on fc2 alone, cut from the
// embedded adapter (the first two rank components of A and B, scaling
// alpha/2). With the embedded base model its inference circuit has about
// 6k constraints, below the 2^15 that tests may set up; the embedded
// adapter's has about 42k.
func MNISTSmallAdapter() (*peft.Adapter, error) {
	a, err := MNISTAdapter()
	if err != nil {
		return nil, err
	}
	m, ok := a.Module("fc2")
	if !ok {
		return nil, errors.New("embedded adapter has no fc2")
	}
	const r = 2
	cut := *m
	cut.Rank = r
	cut.A = m.A[:r*m.In]
	cut.B = make([]float32, m.Out*r)
	for i := range m.Out {
		copy(cut.B[i*r:(i+1)*r], m.B[i*m.Rank:i*m.Rank+r])
	}
	cut.Scaling = cut.Alpha / r
	small := &peft.Adapter{Config: a.Config, Modules: []*peft.Module{&cut}}
	small.Config.R = r
	small.Config.TargetModules = []string{"fc2"}
	return small, nil
}
