package demo

import (
	"errors"
	"path/filepath"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/runtime"
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

// Names of the embedded demo model and adapter, as LoadStack names them.
const (
	EmbeddedModelName   = "embedded:mnist-mlp"
	EmbeddedAdapterName = "embedded:mnist-rot90-lora"
)

// LoadStack is runtime.LoadStack where an empty directory name means the embedded
// demo model or adapter. Every error wraps errs.ErrBadInput.
func LoadStack(modelDir, adapterDir string, withAdapter bool) (*runtime.Stack, error) {
	var (
		float     *model.Model
		modelName = EmbeddedModelName
		err       error
	)
	if modelDir != "" {
		float, err = model.Load(modelDir)
		modelName = filepath.Base(filepath.Clean(modelDir))
	} else {
		float, err = MNISTBase()
	}
	if err != nil {
		return nil, errs.BadInput("base model: %w", err)
	}
	if !withAdapter {
		return runtime.NewStack(float, modelName, nil, "")
	}
	var (
		pa          *peft.Adapter
		adapterName = EmbeddedAdapterName
	)
	if adapterDir != "" {
		pa, err = peft.Load(adapterDir)
		adapterName = filepath.Base(filepath.Clean(adapterDir))
	} else {
		pa, err = MNISTAdapter()
	}
	if err != nil {
		return nil, errs.BadInput("adapter: %w", err)
	}
	return runtime.NewStack(float, modelName, pa, adapterName)
}
