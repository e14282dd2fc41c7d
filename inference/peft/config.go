// Package peft loads and saves Hugging Face PEFT LoRA adapters
// (adapter_config.json + adapter_model.safetensors) as float matrices.
//
// Only plain LoRA is supported: DoRA, trainable biases and embedding LoRA
// are refused with clear errors rather than silently mis-applied.
package peft

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/strictjson"
)

// ErrBadInput is wrapped by every error caused by a malformed,
// inconsistent or unsupported adapter.
var ErrBadInput = fmt.Errorf("PEFT adapter: %w", errs.ErrBadInput)

// PEFT defaults (peft.LoraConfig) used when a field is absent.
const (
	defaultR     = 8
	defaultAlpha = 8
)

// MaxRank bounds r and rank_pattern values.
const MaxRank = 1 << 16

// MaxConfigBytes bounds adapter_config.json.
const MaxConfigBytes = 16 << 20

// Config is the part of adapter_config.json that determines how the
// adapter's tensors are applied. Unknown fields are ignored, as PEFT does.
type Config struct {
	PeftType  string  `json:"peft_type"`
	BaseModel string  `json:"base_model_name_or_path"`
	R         int     `json:"r"`
	LoraAlpha float64 `json:"lora_alpha"`
	// TargetModules is set when target_modules is a list: a module is
	// targeted if its name equals an entry or ends with "."+entry.
	TargetModules []string `json:"target_modules"`
	// TargetRegex is set when target_modules is a single string, which
	// PEFT full-matches as a regular expression against module names.
	TargetRegex string `json:"-"`
	UseRSLoRA   bool   `json:"use_rslora"`
	UseDoRA     bool   `json:"use_dora"`
	FanInFanOut bool   `json:"fan_in_fan_out"`
	// RankPattern and AlphaPattern override r and lora_alpha for modules
	// matching a key (see Resolve). When several keys match, the first
	// in file order wins, as in PEFT; configs built in code use key order.
	RankPattern   map[string]int     `json:"rank_pattern"`
	AlphaPattern  map[string]float64 `json:"alpha_pattern"`
	ModulesToSave []string           `json:"modules_to_save"`
	Bias          string             `json:"bias"`
	TaskType      string             `json:"task_type"`

	rankOrder, alphaOrder []string // pattern keys in file order
}

// rawConfig mirrors the JSON; pointers tell absent fields from zero ones.
type rawConfig struct {
	PeftType      *string         `json:"peft_type"`
	BaseModel     *string         `json:"base_model_name_or_path"`
	R             *int            `json:"r"`
	LoraAlpha     *float64        `json:"lora_alpha"`
	TargetModules json.RawMessage `json:"target_modules"`
	UseRSLoRA     *bool           `json:"use_rslora"`
	UseDoRA       *bool           `json:"use_dora"`
	FanInFanOut   *bool           `json:"fan_in_fan_out"`
	RankPattern   json.RawMessage `json:"rank_pattern"`
	AlphaPattern  json.RawMessage `json:"alpha_pattern"`
	ModulesToSave []string        `json:"modules_to_save"`
	Bias          *string         `json:"bias"`
	TaskType      *string         `json:"task_type"`
	LoraBias      *bool           `json:"lora_bias"`
}

// ParseConfig decodes and validates adapter_config.json content; name
// identifies the file in errors.
func ParseConfig(name string, b []byte) (*Config, error) {
	c, err := parseConfig(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}

func parseConfig(b []byte) (*Config, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrBadInput)
	}
	if _, err := orderedObject(b); err != nil {
		return nil, bad("%v", err)
	}
	var r rawConfig
	if err := strictjson.Unmarshal(b, &r); err != nil {
		return nil, bad("%v", err)
	}
	c := &Config{R: defaultR, LoraAlpha: defaultAlpha, Bias: "none", ModulesToSave: r.ModulesToSave}
	setIf(&c.PeftType, r.PeftType)
	setIf(&c.BaseModel, r.BaseModel)
	setIf(&c.R, r.R)
	setIf(&c.LoraAlpha, r.LoraAlpha)
	setIf(&c.UseRSLoRA, r.UseRSLoRA)
	setIf(&c.UseDoRA, r.UseDoRA)
	setIf(&c.FanInFanOut, r.FanInFanOut)
	setIf(&c.Bias, r.Bias)
	setIf(&c.TaskType, r.TaskType)
	if r.LoraBias != nil && *r.LoraBias {
		return nil, bad("field \"lora_bias\": trainable LoRA biases are not supported")
	}
	switch tm := bytes.TrimSpace(r.TargetModules); {
	case len(tm) == 0 || string(tm) == "null":
		return nil, bad("field \"target_modules\" is missing; PEFT fills it from the model type when null, save the adapter with an explicit list")
	case tm[0] == '"':
		if err := json.Unmarshal(tm, &c.TargetRegex); err != nil {
			return nil, bad("field \"target_modules\": %v", err)
		}
	default:
		if err := json.Unmarshal(tm, &c.TargetModules); err != nil {
			return nil, bad("field \"target_modules\": want a list of strings or a regex string: %v", err)
		}
		if c.TargetModules == nil {
			c.TargetModules = []string{}
		}
	}
	var err error
	if c.RankPattern, c.rankOrder, err = parsePattern[int](r.RankPattern); err != nil {
		return nil, bad("field \"rank_pattern\": %v", err)
	}
	if c.AlphaPattern, c.alphaOrder, err = parsePattern[float64](r.AlphaPattern); err != nil {
		return nil, bad("field \"alpha_pattern\": %v", err)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

func setIf[T any](dst *T, src *T) {
	if src != nil {
		*dst = *src
	}
}

// parsePattern decodes null or an object of T, keeping key order.
func parsePattern[T int | float64](raw json.RawMessage) (map[string]T, []string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return map[string]T{}, nil, nil
	}
	fields, err := orderedObject(raw)
	if err != nil {
		return nil, nil, err
	}
	m := make(map[string]T, len(fields))
	var order []string
	for _, f := range fields {
		var v T
		if err := strictjson.Unmarshal(f.val, &v); err != nil {
			return nil, nil, fmt.Errorf("key %q: %v", f.key, err)
		}
		m[f.key] = v
		order = append(order, f.key)
	}
	return m, order, nil
}

type field struct {
	key string
	val json.RawMessage
}

// orderedObject splits a JSON object into its fields in order, rejecting
// duplicate keys (ambiguous: which one PEFT honours depends on the
// parser) and trailing data.
func orderedObject(raw []byte) ([]field, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("not a JSON object")
	}
	var out []field
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("invalid JSON: %v", err)
		}
		k, ok := tok.(string)
		if !ok {
			return nil, errors.New("invalid JSON: object key is not a string")
		}
		if seen[k] {
			return nil, fmt.Errorf("duplicate key %q", k)
		}
		seen[k] = true
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("key %q: invalid JSON: %v", k, err)
		}
		out = append(out, field{k, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("trailing data after the JSON object")
	}
	return out, nil
}

// Validate checks that the config describes a supported LoRA adapter.
func (c *Config) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), ErrBadInput)
	}
	switch {
	case c.PeftType != "LORA":
		return bad("field \"peft_type\" is %q, only \"LORA\" is supported", c.PeftType)
	case c.UseDoRA:
		return bad("field \"use_dora\": DoRA adapters are not supported")
	case c.Bias != "none":
		return bad("field \"bias\" is %q, only \"none\" is supported (trained biases change the base model)", c.Bias)
	case c.R < 1 || c.R > MaxRank:
		return bad("field \"r\" is %d, want 1 to %d", c.R, MaxRank)
	case !finite(c.LoraAlpha):
		return bad("field \"lora_alpha\" is %v", c.LoraAlpha)
	case c.TargetRegex == "" && len(c.TargetModules) == 0:
		return bad("field \"target_modules\" is empty")
	case c.TargetRegex != "" && len(c.TargetModules) > 0:
		return bad("target_modules: both a list and a regex are set")
	}
	if c.TargetRegex != "" {
		if _, err := regexp.Compile(fullMatch(c.TargetRegex)); err != nil {
			return bad("field \"target_modules\": regex %q: %v", c.TargetRegex, err)
		}
	}
	for _, k := range patternKeys(c.RankPattern, c.rankOrder) {
		if _, err := regexp.Compile(patternRegex(k)); err != nil {
			return bad("field \"rank_pattern\": key %q: %v", k, err)
		}
		if v := c.RankPattern[k]; v < 1 || v > MaxRank {
			return bad("field \"rank_pattern\": key %q: rank %d, want 1 to %d", k, v, MaxRank)
		}
	}
	for _, k := range patternKeys(c.AlphaPattern, c.alphaOrder) {
		if _, err := regexp.Compile(patternRegex(k)); err != nil {
			return bad("field \"alpha_pattern\": key %q: %v", k, err)
		}
		if v := c.AlphaPattern[k]; !finite(v) {
			return bad("field \"alpha_pattern\": key %q: alpha %v", k, v)
		}
	}
	return nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// Targets reports whether target_modules selects module, by PEFT's rules:
// a list entry equal to the name or to a dotted suffix of it, or a regex
// string matching the whole name.
func (c *Config) Targets(module string) bool {
	if c.TargetRegex != "" {
		re, err := regexp.Compile(fullMatch(c.TargetRegex))
		return err == nil && re.MatchString(module)
	}
	for _, t := range c.TargetModules {
		if module == t || strings.HasSuffix(module, "."+t) {
			return true
		}
	}
	return false
}

// Resolve returns the rank, alpha and scaling PEFT gives module: r and
// lora_alpha unless a rank_pattern / alpha_pattern key matches (PEFT's
// get_pattern_key: the key as a regex full-matches the name or a dotted
// suffix of it, first key wins), and scaling alpha/r, or alpha/√r with
// use_rslora.
func (c *Config) Resolve(module string) (rank int, alpha, scaling float64, err error) {
	rank, alpha = c.R, c.LoraAlpha
	if k, ok, err := matchPattern(patternKeys(c.RankPattern, c.rankOrder), module); err != nil {
		return 0, 0, 0, fmt.Errorf("rank_pattern: %v: %w", err, ErrBadInput)
	} else if ok {
		rank = c.RankPattern[k]
	}
	if k, ok, err := matchPattern(patternKeys(c.AlphaPattern, c.alphaOrder), module); err != nil {
		return 0, 0, 0, fmt.Errorf("alpha_pattern: %v: %w", err, ErrBadInput)
	} else if ok {
		alpha = c.AlphaPattern[k]
	}
	if rank < 1 {
		return 0, 0, 0, fmt.Errorf("module %q: rank %d: %w", module, rank, ErrBadInput)
	}
	if c.UseRSLoRA {
		return rank, alpha, alpha / math.Sqrt(float64(rank)), nil
	}
	return rank, alpha, alpha / float64(rank), nil
}

func matchPattern(keys []string, module string) (string, bool, error) {
	for _, k := range keys {
		re, err := regexp.Compile(patternRegex(k))
		if err != nil {
			return "", false, fmt.Errorf("key %q: %v", k, err)
		}
		if re.MatchString(module) {
			return k, true, nil
		}
	}
	return "", false, nil
}

// patternRegex is PEFT's re.match(rf"(.*\.)?({key})$", name).
func patternRegex(key string) string { return `^(?:.*\.)?(?:` + key + `)$` }

func fullMatch(re string) string { return `^(?:` + re + `)$` }

// patternKeys lists m's keys: those in order first, then the rest sorted.
func patternKeys[T any](m map[string]T, order []string) []string {
	keys := make([]string, 0, len(m))
	seen := make(map[string]bool, len(m))
	for _, k := range order {
		if _, ok := m[k]; ok && !seen[k] {
			keys = append(keys, k)
			seen[k] = true
		}
	}
	var rest []string
	for k := range m {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	slices.Sort(rest)
	return append(keys, rest...)
}

// MarshalJSON writes the config as PEFT does (keys sorted), with
// target_modules as a list or the regex string and pattern keys in
// matching order so that the file resolves the same way when reloaded.
func (c Config) MarshalJSON() ([]byte, error) {
	var target any = c.TargetModules
	if c.TargetRegex != "" {
		target = c.TargetRegex
	}
	bias := c.Bias
	if bias == "" {
		bias = "none"
	}
	var base any
	if c.BaseModel != "" {
		base = c.BaseModel
	}
	var task any
	if c.TaskType != "" {
		task = c.TaskType
	}
	fields := map[string]any{
		"alpha_pattern":           orderedPattern[float64]{c.AlphaPattern, patternKeys(c.AlphaPattern, c.alphaOrder)},
		"base_model_name_or_path": base,
		"bias":                    bias,
		"fan_in_fan_out":          c.FanInFanOut,
		"inference_mode":          true,
		"init_lora_weights":       true,
		"lora_alpha":              c.LoraAlpha,
		"lora_dropout":            0.0,
		"modules_to_save":         c.ModulesToSave,
		"peft_type":               c.PeftType,
		"r":                       c.R,
		"rank_pattern":            orderedPattern[int]{c.RankPattern, patternKeys(c.RankPattern, c.rankOrder)},
		"target_modules":          target,
		"task_type":               task,
		"use_dora":                c.UseDoRA,
		"use_rslora":              c.UseRSLoRA,
	}
	return json.Marshal(fields)
}

type orderedPattern[T any] struct {
	m    map[string]T
	keys []string
}

func (p orderedPattern[T]) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range p.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, err := json.Marshal(k)
		if err != nil {
			return nil, err
		}
		vb, err := json.Marshal(p.m[k])
		if err != nil {
			return nil, err
		}
		b.Write(kb)
		b.WriteByte(':')
		b.Write(vb)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON decodes and validates adapter_config.json content (see
// ParseConfig), so Config round-trips through encoding/json.
func (c *Config) UnmarshalJSON(b []byte) error {
	p, err := parseConfig(b)
	if err != nil {
		return err
	}
	*c = *p
	return nil
}
