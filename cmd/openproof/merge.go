package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/circuits/merge"
	"github.com/openproof/openproof/inference/model"
	"github.com/openproof/openproof/inference/peft"
	"github.com/openproof/openproof/inference/quant"
	"github.com/openproof/openproof/inference/safetensors"
	"github.com/openproof/openproof/prover/bundle"
)

// mergeBase is the base weights of a merge: an openproof model directory
// (config.json + model.safetensors) or a checkpoint file whose tensors
// "<module>.weight" are the adapted modules' weights.
type mergeBase struct {
	path string
	q    *quant.Model      // model directory
	st   *safetensors.File // checkpoint
}

func openMergeBase(path string) (*mergeBase, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, badInput{fmt.Errorf("--base: %w", err)}
	}
	b := &mergeBase{path: path}
	if st.IsDir() {
		m, err := model.Load(path)
		if err != nil {
			return nil, badInput{fmt.Errorf("--base %s: %w", path, err)}
		}
		if b.q, err = quant.FromModel(m); err != nil {
			return nil, badInput{fmt.Errorf("--base %s: %w", path, err)}
		}
		return b, nil
	}
	if b.st, err = safetensors.Read(path); err != nil {
		return nil, badInput{fmt.Errorf("--base %s: %w", path, err)}
	}
	return b, nil
}

// layer returns the int8 base weights of a module, [out][in], quantized by
// quant.QuantizeTensor (checkpoints) or as quant.FromModel does (models).
func (b *mergeBase) layer(name string, in, out int, fanInFanOut bool) (*quant.Layer, error) {
	if b.q != nil {
		for i := range b.q.Layers {
			if l := b.q.Layers[i]; l.Name == name {
				if l.In != in || l.Out != out {
					return nil, badInput{fmt.Errorf("--base %s: layer %s is %d→%d, want %d→%d", b.path, name, l.In, l.Out, in, out)}
				}
				return &l, nil
			}
		}
		return nil, badInput{fmt.Errorf("--base %s: no layer %q", b.path, name)}
	}
	t, err := b.st.Get(name + ".weight")
	if err != nil {
		return nil, badInput{fmt.Errorf("--base: %w", err)}
	}
	shape := []int{out, in}
	if fanInFanOut {
		shape = []int{in, out}
	}
	if !slices.Equal(t.Shape, shape) {
		return nil, badInput{fmt.Errorf("--base %s: tensor %s has shape %v, want %v", b.path, t.Name, t.Shape, shape)}
	}
	v, err := t.Float32s()
	if err != nil {
		return nil, badInput{fmt.Errorf("--base %s: %w", b.path, err)}
	}
	if fanInFanOut {
		v = transpose(v, in, out)
	}
	w, wexp, err := quant.QuantizeTensor(v)
	if err != nil {
		return nil, badInput{fmt.Errorf("--base %s: tensor %s: %w", b.path, t.Name, err)}
	}
	// A merge reads only W and WExp; the activation exponents just have to
	// give a valid shift for quant's bound checks.
	return &quant.Layer{Name: name, In: in, Out: out, W: w, WExp: wexp, InExp: 0, OutExp: wexp - 1, Shift: 1}, nil
}

// transpose turns a rows×cols row-major matrix into cols×rows.
func transpose[T any](v []T, rows, cols int) []T {
	out := make([]T, len(v))
	for i := range rows {
		for j := range cols {
			out[j*rows+i] = v[i*cols+j]
		}
	}
	return out
}

// mergeInputs quantizes the adapter against the base: the model and adapter
// merge.ProveAdapter takes, and per adapter layer whether it is Conv1D.
func mergeInputs(b *mergeBase, adapterDir string) (*quant.Model, *quant.Adapter, map[int]bool, error) {
	pa, err := peft.Load(adapterDir)
	if err != nil {
		return nil, nil, nil, badInput{fmt.Errorf("--adapter %s: %w", adapterDir, err)}
	}
	name := filepath.Base(filepath.Clean(adapterDir))
	fan := map[int]bool{}
	if b.q != nil {
		qa, err := quant.FromPEFT(b.q, pa, name)
		if err != nil {
			return nil, nil, nil, badInput{fmt.Errorf("--adapter %s on --base %s: %w", adapterDir, b.path, err)}
		}
		return b.q, qa, fan, nil
	}
	q := &quant.Model{Name: filepath.Base(b.path)}
	qa := &quant.Adapter{Name: name}
	for i, m := range pa.Modules {
		l, err := b.layer(m.Name, m.In, m.Out, m.FanInFanOut)
		if err != nil {
			return nil, nil, nil, err
		}
		al, err := quant.QuantizeLoRA(l, i, m.Rank, m.Scaling, m.A, m.B)
		if err != nil {
			return nil, nil, nil, badInput{fmt.Errorf("--adapter %s: module %s: %w", adapterDir, m.Name, err)}
		}
		q.Layers = append(q.Layers, *l)
		qa.Layers = append(qa.Layers, *al)
		fan[i] = m.FanInFanOut
	}
	return q, qa, fan, nil
}

// mergeBundle is the file `merge --prove` writes and verify-merge reads.
type mergeBundle struct {
	Format  string        `json:"format"`
	Version int           `json:"version"`
	Adapter string        `json:"adapter"`
	Backend string        `json:"backend"`
	Modules []mergeModule `json:"modules"`
}

type mergeModule struct {
	Name              string       `json:"name"`
	Layer             int          `json:"layer"`
	NLayers           int          `json:"n_layers"`
	In                int          `json:"in"`
	Out               int          `json:"out"`
	Rank              int          `json:"rank"`
	FanInFanOut       bool         `json:"fan_in_fan_out"`
	Rows              int          `json:"rows"`
	AdapterCommitment string       `json:"adapter_commitment"`
	W0                string       `json:"w0_commitment"`
	W                 string       `json:"w_commitment"`
	Chunks            []mergeChunk `json:"chunks"`
}

type mergeChunk struct {
	Circuit     string `json:"circuit"`
	Digest      string `json:"circuit_digest"`
	Constraints int    `json:"constraints"`
	First       int    `json:"first_row"`
	W0Before    string `json:"w0_before"`
	W0After     string `json:"w0_after"`
	WBefore     string `json:"w_before"`
	WAfter      string `json:"w_after"`
	Proof       string `json:"proof"`
	VKSHA256    string `json:"vk_sha256"`
}

func mergeCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "merge",
		Usage: "merge a PEFT adapter into base weights module by module (the runtime's merged-mode rounding), optionally proving each chunk",
		Description: "--base is an openproof model directory or a checkpoint (safetensors with \"<module>.weight\" tensors, " +
			"[in][out] for fan_in_fan_out modules). Writes <out>/merged.safetensors (int8 merged weights in the base's layout, " +
			"exponents in the metadata) and, with --prove, <out>/merge-proof.json: per module, row-chunk Groth16 proofs whose " +
			"commitments chain to whole-matrix commitments of W0 and W'. Check it with `openproof verify-merge`.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "base", Required: true, Usage: "base model directory or checkpoint file"},
			&cli.StringFlag{Name: "adapter", Required: true, Usage: "PEFT adapter directory"},
			&cli.StringFlag{Name: "out", Required: true, Usage: "output directory"},
			&cli.BoolFlag{Name: "prove", Usage: "prove every chunk of every module"},
			maxConstraintsFlag, saltFlag, accelFlag, keysFlag, setupFlag,
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 0 {
				return usageErr("merge takes no arguments, got %d", c.NArg())
			}
			if c.Int("max-constraints") < 1 {
				return usageErr("--max-constraints %d: want a positive number", c.Int("max-constraints"))
			}
			salt, err := parseSalt(c)
			if err != nil {
				return err
			}
			base, err := openMergeBase(c.String("base"))
			if err != nil {
				return err
			}
			q, qa, fan, err := mergeInputs(base, c.String("adapter"))
			if err != nil {
				return err
			}
			merged := make([][]int8, len(qa.Layers))
			var proofs []*merge.ModuleProof
			digests := map[string]string{}
			var backendName string
			if c.Bool("prove") {
				b, closeFn, err := backendOf(c)
				if err != nil {
					return err
				}
				defer closeFn()
				backendName = b.Name()
				if _, err := e.phase("prove-merge", func() error {
					var err error
					proofs, err = merge.ProveAdapter(c.Context, b, e.storeKeys(c, c.Bool("setup"), digests), q, qa, salt, c.Int("max-constraints"))
					return err
				}); err != nil {
					return err
				}
				for i, mp := range proofs {
					merged[i] = mp.Merged
				}
			} else {
				for i := range qa.Layers {
					merged[i] = quant.MergeLayer(&q.Layers[qa.Layers[i].Layer], &qa.Layers[i])
				}
			}
			out := c.String("out")
			if err := os.MkdirAll(out, 0o755); err != nil {
				return writeErr("out", out, err)
			}
			f := &safetensors.File{Metadata: map[string]string{"format": "openproof-int8-pow2-v1", "adapter": qa.Name}}
			for i, al := range qa.Layers {
				l := &q.Layers[al.Layer]
				w, shape := merged[i], []int{l.Out, l.In}
				if fan[al.Layer] {
					w, shape = transpose(w, l.Out, l.In), []int{l.In, l.Out}
				}
				if err := f.Add(safetensors.NewI8(l.Name+".weight", shape, w)); err != nil {
					return err
				}
				f.Metadata["w_exp:"+l.Name+".weight"] = fmt.Sprint(l.WExp)
			}
			if err := safetensors.Write(filepath.Join(out, mergedFile), f); err != nil {
				return writeErr("out", filepath.Join(out, mergedFile), err)
			}
			if !c.Bool("prove") {
				fmt.Fprintf(e.stdout, "merged %d modules → %s (not proven: pass --prove)\n", len(qa.Layers), filepath.Join(out, mergedFile))
				return nil
			}
			mb := mergeBundle{Format: mergeFormat, Version: largeVersion, Adapter: qa.Name, Backend: backendName}
			chunks, total := 0, 0
			for i, mp := range proofs {
				al := qa.Layers[i]
				l := &q.Layers[al.Layer]
				mm := mergeModule{Name: l.Name, Layer: al.Layer, NLayers: len(q.Layers), In: l.In, Out: l.Out, Rank: al.Rank,
					FanInFanOut: fan[al.Layer], W0: bundle.FormatElement(mp.W0), W: bundle.FormatElement(mp.W)}
				for _, cp := range mp.Chunks {
					mm.Rows = cp.Shape.Rows
					mm.AdapterCommitment = bundle.FormatElement(cp.Public.AdapterCommitment)
					ch := mergeChunk{Circuit: cp.Name, Digest: digests[cp.Name], Constraints: cp.Constraints, First: cp.Shape.First,
						W0Before: bundle.FormatElement(cp.Public.W0Before), W0After: bundle.FormatElement(cp.Public.W0After),
						WBefore: bundle.FormatElement(cp.Public.WBefore), WAfter: bundle.FormatElement(cp.Public.WAfter)}
					if ch.Proof, err = bundle.EncodeProof(cp.Proof); err != nil {
						return err
					}
					if ch.VKSHA256, err = bundle.VKSHA256(cp.VK); err != nil {
						return err
					}
					mm.Chunks = append(mm.Chunks, ch)
					total += cp.Constraints
				}
				chunks += len(mp.Chunks)
				mb.Modules = append(mb.Modules, mm)
			}
			if err := writeJSONFile(filepath.Join(out, mergeProofFile), mb); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "merged and proved %d modules in %d chunk proofs (%d constraints in all) → %s\n",
				len(proofs), chunks, total, out)
			return nil
		},
	})
}

func verifyMergeCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:      "verify-merge",
		Usage:     "verify a merge: W' = W0 + s·B·A for every module of <dir>/merge-proof.json (exit 0 verified, 1 failed, 2 bad input)",
		ArgsUsage: "DIR",
		Description: "DIR is what `merge --prove` wrote. W0 is recomputed from --base, W' from DIR/merged.safetensors; every " +
			"merged tensor must be proven, chunk proofs must chain to both whole-matrix commitments, and every pairing must hold. " +
			"The adapter stays private: each module's proofs share one adapter commitment.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "base", Required: true, Usage: "the base model directory or checkpoint the merge used"},
			keysFlag,
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErr("verify-merge takes one DIR, got %d arguments", c.NArg())
			}
			dir := c.Args().First()
			path := filepath.Join(dir, mergeProofFile)
			var mb mergeBundle
			if err := readStrict(path, &mb); err != nil {
				return err
			}
			if mb.Format != mergeFormat || mb.Version != largeVersion || len(mb.Modules) == 0 {
				return usageErr("%s: format %q v%d with %d modules, want %s v%d", path, mb.Format, mb.Version, len(mb.Modules), mergeFormat, largeVersion)
			}
			base, err := openMergeBase(c.String("base"))
			if err != nil {
				return err
			}
			mpath := filepath.Join(dir, mergedFile)
			mf, err := safetensors.Read(mpath)
			if err != nil {
				return badInput{fmt.Errorf("%s: %w", mpath, err)}
			}
			proven := map[string]bool{}
			for k, mm := range mb.Modules {
				where := fmt.Sprintf("module %d (%s)", k, mm.Name)
				l, err := base.layer(mm.Name, mm.In, mm.Out, mm.FanInFanOut)
				if err != nil {
					return err
				}
				t, err := mf.Get(mm.Name + ".weight")
				if err != nil {
					return badInput{fmt.Errorf("%s: %w", mpath, err)}
				}
				w, err := t.Int8s()
				if err != nil || len(w) != mm.In*mm.Out {
					return usageErr("%s: tensor %s is not an int8 %d×%d matrix", mpath, t.Name, mm.Out, mm.In)
				}
				if mm.FanInFanOut {
					w = transpose(w, mm.In, mm.Out)
				}
				proven[t.Name] = true
				if mm.Rows < 1 {
					return usageErr("%s: %s: rows %d", path, where, mm.Rows)
				}
				w0c, err := merge.MatrixCommitment(l.W, mm.Out, mm.In, mm.Rows)
				if err != nil {
					return err
				}
				wc, err := merge.MatrixCommitment(w, mm.Out, mm.In, mm.Rows)
				if err != nil {
					return err
				}
				if bundle.FormatElement(w0c) != mm.W0 {
					return verifyFailed{fmt.Errorf("%s: %s: W0 commitment does not match --base", path, where)}
				}
				if bundle.FormatElement(wc) != mm.W {
					return verifyFailed{fmt.Errorf("%s: %s: W' commitment does not match %s", path, where, mpath)}
				}
				ac, err := parseElem(path, where+": adapter_commitment", mm.AdapterCommitment)
				if err != nil {
					return err
				}
				var cps []merge.ChunkProof
				for j, ch := range mm.Chunks {
					cw := fmt.Sprintf("%s chunk %d", where, j)
					s := merge.Shape{NLayers: mm.NLayers, Layer: mm.Layer, In: mm.In, Out: mm.Out, Rank: mm.Rank, Rows: mm.Rows, First: ch.First}
					circ, err := merge.New(s)
					if err != nil {
						return verifyFailed{fmt.Errorf("%s: %s: %w", path, cw, err)}
					}
					if circ.Name() != ch.Circuit {
						return verifyFailed{fmt.Errorf("%s: %s names circuit %s, its shape is %s", path, cw, ch.Circuit, circ.Name())}
					}
					p := merge.Public{AdapterCommitment: ac, Chunk: ch.First / mm.Rows}
					for _, f := range []struct {
						dst  *fr.Element
						name string
						v    string
					}{{&p.W0Before, "w0_before", ch.W0Before}, {&p.W0After, "w0_after", ch.W0After}, {&p.WBefore, "w_before", ch.WBefore}, {&p.WAfter, "w_after", ch.WAfter}} {
						if *f.dst, err = parseElem(path, cw+": "+f.name, f.v); err != nil {
							return err
						}
					}
					proof, err := decodeProof(path, cw, ch.Proof)
					if err != nil {
						return err
					}
					vk, err := verifyingKey(c, ch.Digest, ch.Circuit, ch.VKSHA256)
					if err != nil {
						return err
					}
					cp := merge.ChunkProof{Shape: s, Name: ch.Circuit, Public: p, Proof: proof, VK: vk}
					if err := merge.VerifyChunk(cp); err != nil {
						return verifyFailed{fmt.Errorf("%s: %s: %w", path, cw, err)}
					}
					cps = append(cps, cp)
				}
				if err := merge.VerifyChain(cps, mm.Out, mm.In, w0c, wc); err != nil {
					return verifyFailed{fmt.Errorf("%s: %s: %w", path, where, err)}
				}
			}
			for _, n := range mf.Names() {
				if !proven[n] {
					return verifyFailed{fmt.Errorf("%s: tensor %s has no merge proof", mpath, n)}
				}
			}
			fmt.Fprintf(e.stdout, "verified: %d merged modules of %s chain to their W0 and W' commitments\n", len(mb.Modules), dir)
			return nil
		},
	})
}
