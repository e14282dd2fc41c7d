package peft

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/inference/strictjson"
)

// File names inside an adapter directory.
const (
	ConfigFile  = "adapter_config.json"
	WeightsFile = "adapter_model.safetensors"
)

// keyPrefix starts every tensor key PEFT saves for a LoRA model.
const keyPrefix = "base_model.model."

// Module is the LoRA update of one base-model module:
// W = W0 + Scaling·B·A.
type Module struct {
	Name           string
	In, Out, Rank  int
	Alpha, Scaling float64
	A              []float32 // [Rank][In]
	B              []float32 // [Out][Rank]
	// FanInFanOut records that the base weight is stored [In][Out]
	// (GPT-2 Conv1D); A and B keep the shapes above, only a merge into
	// such a base weight transposes B·A.
	FanInFanOut bool
}

// Adapter is a loaded PEFT LoRA adapter.
type Adapter struct {
	Config  Config
	Modules []*Module // sorted by Name
	// Extra names the tensors that are not LoRA matrices (modules_to_save
	// copies and the like); they are kept for Save but not interpreted.
	Extra []string

	extra map[string]*safetensors.Tensor
}

// Warnings returns one line per tensor that is loaded but neither applied
// nor proven: the Extra tensors, typically modules_to_save copies (a
// classification or score head saved whole). A forward pass or proof over
// this adapter uses the base model's version of those modules, so a caller
// must show these lines (a CLI prints them as warnings) rather than let the
// adapter pass as fully proven.
func (a *Adapter) Warnings() []string {
	var out []string
	for _, name := range a.Extra {
		why := "not a LoRA matrix"
		if m, ok := a.Config.savedModule(name); ok {
			why = fmt.Sprintf("modules_to_save %q", m)
		}
		out = append(out, fmt.Sprintf("tensor %q (%s) is not applied and not proven: results use the base model's weights for it", name, why))
	}
	return out
}

// Unproven lists the names of the tensors Warnings reports.
func (a *Adapter) Unproven() []string { return slices.Clone(a.Extra) }

// savedModule returns the modules_to_save entry a tensor lies in: the
// tensor's module path (PEFT saves "base_model.model.score.weight" for
// entry "score", older versions keep ".modules_to_save.<adapter>") contains
// the entry as whole dotted components.
func (c *Config) savedModule(tensor string) (string, bool) {
	path := strings.TrimPrefix(tensor, keyPrefix)
	if i := strings.LastIndex(path, "."); i >= 0 {
		path = path[:i] // drop "weight" / "bias"
	}
	path = strings.Replace(path, ".modules_to_save.", ".", 1)
	for _, m := range c.ModulesToSave {
		if path == m || strings.HasSuffix(path, "."+m) || strings.Contains(path, "."+m+".") || strings.HasPrefix(path, m+".") {
			return m, true
		}
	}
	return "", false
}

// ModuleSummary describes one module for display.
type ModuleSummary struct {
	Name           string
	In, Out, Rank  int
	Alpha, Scaling float64
	Params         int // Rank·(In+Out)
}

// Module returns the module with the given name.
func (a *Adapter) Module(name string) (*Module, bool) {
	for _, m := range a.Modules {
		if m.Name == name {
			return m, true
		}
	}
	return nil, false
}

// Summary lists the modules in order.
func (a *Adapter) Summary() []ModuleSummary {
	out := make([]ModuleSummary, len(a.Modules))
	for i, m := range a.Modules {
		out[i] = ModuleSummary{Name: m.Name, In: m.In, Out: m.Out, Rank: m.Rank, Alpha: m.Alpha, Scaling: m.Scaling, Params: m.Rank * (m.In + m.Out)}
	}
	return out
}

// loraKey is a parsed "base_model.model.<module>.lora_{A,B}[.<adapter>].weight".
type loraKey struct {
	module, adapter string
	isB             bool
}

// parseKey classifies a tensor name: ok=false for non-LoRA tensors.
func parseKey(key string) (k loraKey, ok bool, err error) {
	for _, unsupported := range []string{"lora_embedding_A", "lora_embedding_B", "lora_magnitude_vector"} {
		if strings.Contains(key, "."+unsupported) {
			return k, false, fmt.Errorf("%s tensors are not supported", unsupported)
		}
	}
	ia, ib := strings.LastIndex(key, ".lora_A."), strings.LastIndex(key, ".lora_B.")
	if ia < 0 && ib < 0 {
		return k, false, nil
	}
	i := max(ia, ib)
	k.isB = ib > ia
	rest := key[i+len(".lora_A."):]
	if !strings.HasPrefix(key, keyPrefix) || i <= len(keyPrefix) {
		return k, true, fmt.Errorf("LoRA tensor name does not start with %q and a module path", keyPrefix)
	}
	k.module = key[len(keyPrefix):i]
	switch {
	case rest == "weight":
	case strings.HasSuffix(rest, ".weight") && !strings.Contains(strings.TrimSuffix(rest, ".weight"), ".") && rest != ".weight":
		k.adapter = strings.TrimSuffix(rest, ".weight")
	default:
		return k, true, fmt.Errorf("LoRA tensor must end in .weight or .<adapter>.weight")
	}
	return k, true, nil
}

// Load reads dir/adapter_config.json and dir/adapter_model.safetensors.
// Every module needs lora_A [r,in] and lora_B [out,r] with r equal to the
// config's rank for it, float values and a name selected by
// target_modules; other tensors are listed in Extra and reported by
// Warnings.
func Load(dir string) (*Adapter, error) {
	cpath := filepath.Join(dir, ConfigFile)
	cb, err := strictjson.ReadFile(cpath, MaxConfigBytes)
	if err != nil {
		return nil, fmt.Errorf("peft: %w", err)
	}
	cfg, err := ParseConfig(cpath, cb)
	if err != nil {
		return nil, err
	}
	wpath := filepath.Join(dir, WeightsFile)
	// Tensor by tensor: the adapter holds its float matrices and one raw
	// tensor at a time, never the whole file besides.
	st, err := safetensors.Open(wpath)
	if errors.Is(err, fs.ErrNotExist) {
		if _, berr := os.Stat(filepath.Join(dir, "adapter_model.bin")); berr == nil {
			return nil, fmt.Errorf("%s: only adapter_model.bin (pickle) is present; convert it to safetensors: %w", dir, ErrBadInput)
		}
	}
	if err != nil {
		return nil, stErr(err)
	}
	defer st.Close()
	return fromTensors(wpath, cfg, st)
}

func fromTensors(path string, cfg *Config, st *safetensors.Reader) (*Adapter, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %s: %w", path, fmt.Sprintf(format, args...), ErrBadInput)
	}
	type pair struct{ a, b *safetensors.Tensor }
	pairs := map[string]*pair{}
	a := &Adapter{Config: *cfg, extra: map[string]*safetensors.Tensor{}}
	adapterName, first := "", ""
	for _, name := range st.Names() {
		k, ok, err := parseKey(name)
		if err != nil {
			return nil, bad("tensor %q: %v", name, err)
		}
		if !ok {
			t, err := st.Get(name)
			if err != nil {
				return nil, stErr(err)
			}
			a.Extra = append(a.Extra, name)
			a.extra[name] = t
			continue
		}
		if first == "" {
			adapterName, first = k.adapter, name
		} else if k.adapter != adapterName {
			return nil, bad("tensor %q: adapter name %q differs from %q in tensor %q", name, k.adapter, adapterName, first)
		}
		p := pairs[k.module]
		if p == nil {
			p = &pair{}
			pairs[k.module] = p
		}
		// Shapes only for now; the data is read once the pair checks out.
		t, err := st.Info(name)
		if err != nil {
			return nil, stErr(err)
		}
		if k.isB {
			p.b = t
		} else {
			p.a = t
		}
	}
	if len(pairs) == 0 {
		return nil, bad("no lora_A/lora_B tensors")
	}
	key := func(module, ab string) string {
		if adapterName != "" {
			return keyPrefix + module + "." + ab + "." + adapterName + ".weight"
		}
		return keyPrefix + module + "." + ab + ".weight"
	}
	modules := make([]string, 0, len(pairs))
	for module := range pairs {
		modules = append(modules, module)
	}
	slices.Sort(modules) // report the first bad module deterministically
	for _, module := range modules {
		p := pairs[module]
		if p.a == nil {
			return nil, bad("tensor %q is missing (its lora_B is present)", key(module, "lora_A"))
		}
		if p.b == nil {
			return nil, bad("tensor %q is missing (its lora_A is present)", key(module, "lora_B"))
		}
		if !cfg.Targets(module) {
			return nil, bad("tensor %q: module %q is not selected by target_modules", p.a.Name, module)
		}
		rank, alpha, scaling, err := cfg.Resolve(module)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if len(p.a.Shape) != 2 || len(p.b.Shape) != 2 {
			return nil, bad("tensors %q %v and %q %v: want 2-D [r, in] and [out, r]", p.a.Name, p.a.Shape, p.b.Name, p.b.Shape)
		}
		if p.a.Shape[0] != rank {
			return nil, bad("tensor %q: shape %v, want rank %d first (r / rank_pattern)", p.a.Name, p.a.Shape, rank)
		}
		if p.b.Shape[1] != rank {
			return nil, bad("tensor %q: shape %v, want rank %d second (r / rank_pattern)", p.b.Name, p.b.Shape, rank)
		}
		m := &Module{Name: module, In: p.a.Shape[1], Out: p.b.Shape[0], Rank: rank, Alpha: alpha, Scaling: scaling, FanInFanOut: cfg.FanInFanOut}
		if m.In < 1 || m.Out < 1 {
			return nil, bad("module %q: zero-sized %d→%d", module, m.In, m.Out)
		}
		if m.A, err = floats(path, st, p.a); err != nil {
			return nil, err
		}
		if m.B, err = floats(path, st, p.b); err != nil {
			return nil, err
		}
		a.Modules = append(a.Modules, m)
	}
	return a, nil
}

// floats reads the tensor described by info and converts it to float32.
func floats(path string, st *safetensors.Reader, info *safetensors.Tensor) ([]float32, error) {
	switch info.DType {
	case safetensors.F32, safetensors.F16, safetensors.BF16, safetensors.F64:
	default:
		return nil, fmt.Errorf("%s: tensor %q: dtype %s, want a float type: %w", path, info.Name, info.DType, ErrBadInput)
	}
	t, err := st.Get(info.Name)
	if err != nil {
		return nil, stErr(err)
	}
	v, err := t.Float32s()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, stErr(err))
	}
	for i, x := range v {
		if !finite(float64(x)) {
			return nil, fmt.Errorf("%s: tensor %q: element %d is %v: %w", path, t.Name, i, x, ErrBadInput)
		}
	}
	return v, nil
}

// Validate checks that the modules are consistent with the config and
// with themselves, i.e. that Save would write an adapter Load reads back
// unchanged.
func (a *Adapter) Validate() error {
	if err := a.Config.Validate(); err != nil {
		return err
	}
	seen := map[string]bool{}
	for i, m := range a.Modules {
		if m == nil {
			return fmt.Errorf("module %d is nil: %w", i, ErrBadInput)
		}
		if m.Name == "" || seen[m.Name] {
			return fmt.Errorf("module %d: empty or duplicate name %q: %w", i, m.Name, ErrBadInput)
		}
		seen[m.Name] = true
		for _, ab := range []string{".lora_A.weight", ".lora_B.weight"} {
			if k, ok, err := parseKey(keyPrefix + m.Name + ab); err != nil || !ok || k.module != m.Name {
				return fmt.Errorf("module %q: name does not survive the PEFT key layout: %w", m.Name, ErrBadInput)
			}
		}
		if !a.Config.Targets(m.Name) {
			return fmt.Errorf("module %q is not selected by target_modules: %w", m.Name, ErrBadInput)
		}
		rank, alpha, scaling, err := a.Config.Resolve(m.Name)
		if err != nil {
			return err
		}
		switch {
		case m.Rank != rank || m.Alpha != alpha || m.Scaling != scaling:
			return fmt.Errorf("module %q: rank %d, alpha %v, scaling %v but the config gives %d, %v, %v: %w", m.Name, m.Rank, m.Alpha, m.Scaling, rank, alpha, scaling, ErrBadInput)
		case m.FanInFanOut != a.Config.FanInFanOut:
			return fmt.Errorf("module %q: fan_in_fan_out %v differs from the config: %w", m.Name, m.FanInFanOut, ErrBadInput)
		case m.In < 1 || m.Out < 1 || len(m.A) != m.Rank*m.In || len(m.B) != m.Out*m.Rank:
			return fmt.Errorf("module %q: |A| = %d, |B| = %d for rank %d, %d→%d: %w", m.Name, len(m.A), len(m.B), m.Rank, m.In, m.Out, ErrBadInput)
		}
	}
	for _, name := range a.Extra {
		if a.extra[name] == nil {
			return fmt.Errorf("extra tensor %q has no data (only adapters read by Load carry it): %w", name, ErrBadInput)
		}
		if _, ok, err := parseKey(name); ok || err != nil {
			return fmt.Errorf("extra tensor %q is named like a LoRA tensor: %w", name, ErrBadInput)
		}
	}
	return nil
}

// Save writes dir/adapter_model.safetensors (WeightsBytes) and
// dir/adapter_config.json in PEFT's layout (keys without the adapter name,
// metadata format=pt), each atomically, creating dir if needed.
func (a *Adapter) Save(dir string) error {
	wb, err := a.WeightsBytes()
	if err != nil {
		return fmt.Errorf("peft: save %s: %w", dir, err)
	}
	cb, err := json.MarshalIndent(a.Config, "", "  ")
	if err != nil {
		return fmt.Errorf("peft: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("peft: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(dir, WeightsFile), wb); err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, ConfigFile), append(cb, '\n'))
}

// WeightsBytes returns the bytes of the adapter_model.safetensors file that
// Save writes.
func (a *Adapter) WeightsBytes() ([]byte, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	st := &safetensors.File{Metadata: map[string]string{"format": "pt"}}
	for _, m := range a.Modules {
		for _, t := range []*safetensors.Tensor{
			safetensors.NewF32(keyPrefix+m.Name+".lora_A.weight", []int{m.Rank, m.In}, m.A),
			safetensors.NewF32(keyPrefix+m.Name+".lora_B.weight", []int{m.Out, m.Rank}, m.B),
		} {
			if err := st.Add(t); err != nil {
				return nil, stErr(err)
			}
		}
	}
	for _, name := range a.Extra {
		if err := st.Add(a.extra[name]); err != nil {
			return nil, stErr(err)
		}
	}
	b, err := safetensors.Encode(st)
	if err != nil {
		return nil, stErr(err)
	}
	return b, nil
}

// stErr makes a safetensors bad-input error also match ErrBadInput.
func stErr(err error) error {
	if errors.Is(err, safetensors.ErrBadInput) {
		return fmt.Errorf("peft: %w (%w)", err, ErrBadInput)
	}
	return fmt.Errorf("peft: %w", err)
}

// writeFileAtomic writes b to path atomically (renameio: temporary file,
// fsync, rename), so readers never see a partial file.
func writeFileAtomic(path string, b []byte) error {
	if err := renameio.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("peft: write %s: %w", path, err)
	}
	return nil
}
