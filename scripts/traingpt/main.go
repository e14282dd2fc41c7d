// Command traingpt trains openproof's embedded text model (package
// inference/fortunes: a character-level GPT-2 on Debian's fortunes, a LoRA
// adapter on a few categories, the runtime's calibration), writes it under -out,
// and prints held-out bits per character of base and base + adapter, float
// and in the runtime (fortunes.ActBits), and the runtime's greedy next-token
// agreement with the float reference. `make train-gpt` runs it with the defaults; the files are
// bit-reproducible.
//
// -from DIR skips training: it loads DIR/base and DIR/adapter, recalibrates
// (the last step of training) and writes -out as training would.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/openproof/openproof/inference/fortunes"
	"github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/inference/peft"
)

func main() {
	corpus := flag.String("corpus", fortunes.DefaultDir, "fortunes directory")
	out := flag.String("out", "demo/gpt", "output directory (base/, adapter/)")
	from := flag.String("from", "", "load base/ and adapter/ from this directory instead of training")
	steps := flag.Int("steps", 0, "base steps (0: default)")
	adSteps := flag.Int("adapter-steps", 0, "adapter steps (0: default)")
	eval := flag.Bool("eval", true, "evaluate held-out text")
	flag.Parse()
	if err := run(*corpus, *out, *from, *steps, *adSteps, *eval); err != nil {
		fmt.Fprintln(os.Stderr, "traingpt:", err)
		os.Exit(1)
	}
}

func run(dir, out, from string, steps, adSteps int, eval bool) error {
	ctx := context.Background()
	c, err := fortunes.Load(dir)
	if err != nil {
		return err
	}
	sub, err := c.Select(fortunes.DefaultAdapterCategories)
	if err != nil {
		return err
	}
	fmt.Printf("corpus %s: %d categories, digest %x\n", dir, len(c.Categories), c.Digest())
	var r *fortunes.Result
	if from != "" {
		if r, err = load(ctx, c, sub, from); err != nil {
			return err
		}
	} else {
		start := time.Now()
		r, err = fortunes.Train(ctx, c, fortunes.TrainOptions{Steps: steps, AdapterSteps: adSteps,
			Progress: func(phase string, s int, l float64) {
				if s%50 == 0 {
					fmt.Fprintf(os.Stderr, "%s step %d loss %.4f (%.0f s)\n", phase, s, l, time.Since(start).Seconds())
				}
			}})
		if err != nil {
			return err
		}
		fmt.Printf("trained in %.1f s; base %d parameters\n", time.Since(start).Seconds(), r.Base.NumParams())
	}
	if err := r.Save(out); err != nil {
		return err
	}
	if !eval {
		return nil
	}
	return evaluate(ctx, c, sub, r)
}

func load(ctx context.Context, c, sub *fortunes.Corpus, from string) (*fortunes.Result, error) {
	base, err := gpt2.Load(filepath.Join(from, fortunes.BaseDir))
	if err != nil {
		return nil, err
	}
	ad, err := peft.Load(filepath.Join(from, fortunes.AdapterDir))
	if err != nil {
		return nil, err
	}
	adapted, err := base.WithAdapter(ad)
	if err != nil {
		return nil, err
	}
	if err := fortunes.Calibrate(ctx, c, sub, base, adapted); err != nil {
		return nil, err
	}
	return &fortunes.Result{Base: base, Adapted: adapted, Adapter: ad}, nil
}

func evaluate(ctx context.Context, c, sub *fortunes.Corpus, r *fortunes.Result) error {
	fmt.Printf("calibration %+v\n", *r.Base.Config.Quantization)
	for _, row := range []struct {
		name string
		m    *gpt2.Model
		c    *fortunes.Corpus
	}{
		{"base, all categories", r.Base, c},
		{"base, adapter categories", r.Base, sub},
		{"base+adapter, adapter categories", r.Adapted, sub},
		{"base+adapter, all categories", r.Adapted, c},
	} {
		t := time.Now()
		held := fortunes.Encode(row.c.Text(true))
		e, err := fortunes.Evaluate(ctx, row.m, held)
		if err != nil {
			return err
		}
		fmt.Printf("float held-out %-34s %7d chars  %.4f bits/char  top-1 %.2f%%  (%.1f s)\n",
			row.name, e.Chars, e.BitsPerChar, 100*e.Top1Accuracy, time.Since(t).Seconds())
		q, err := gpt2q.Quantize(row.m)
		if err != nil {
			return err
		}
		t = time.Now()
		cmp, err := gpt2q.Compare(ctx, row.m, q, gpt2q.Windows(held, 16, row.m.Config.NPositions+1))
		if err != nil {
			return err
		}
		fmt.Printf("%s held-out %-34s %7d positions: greedy agreement %d/%d = %.2f%%; bits/char float %.4f fixed %.4f; top-1 float %.2f%% fixed %.2f%%  (%.1f s)\n",
			q.Cal.Scheme, row.name, cmp.Positions, cmp.Agree, cmp.Positions, 100*cmp.Agreement(), cmp.FloatBits, cmp.Int8Bits,
			100*cmp.FloatTop1, 100*cmp.Int8Top1, time.Since(t).Seconds())
	}
	return nil
}
