// Command gptattr writes the text Datanet of the embedded GPT-2 and its
// attribution artifacts (attribution/textattr): one contributor per fortune
// category file, each with its committed gradient sketch, computed from
// the embedded base + adapter (package demo) and the corpus. `make
// gpt-attribution` runs it; the output is deterministic.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/openproof/openproof/attribution/textattr"
	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/fortunes"
)

func main() {
	corpus := flag.String("corpus", fortunes.DefaultDir, "fortunes directory")
	out := flag.String("out", "demo/gpt", "output directory")
	flag.Parse()
	if err := run(*corpus, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gptattr:", err)
		os.Exit(1)
	}
}

func run(dir, out string) error {
	c, err := fortunes.Load(dir)
	if err != nil {
		return err
	}
	q, err := demo.GPTQuantized()
	if err != nil {
		return err
	}
	start := time.Now()
	_, d, a, err := textattr.Build(context.Background(), c, q, textattr.ParamsFor(q))
	if err != nil {
		return err
	}
	if a.Model, err = demo.FileDigests(demo.GPTFS(), demo.GPTBaseDir); err != nil {
		return err
	}
	if a.Adapter, err = demo.FileDigests(demo.GPTFS(), demo.GPTAdapterDir); err != nil {
		return err
	}
	fmt.Printf("corpus digest %x: %d contributors, %d records, root %s (%s)\n", c.Digest(), len(d.Contributors), d.Records(), a.Root, time.Since(start).Round(time.Second))
	if err := d.Save(filepath.Join(out, demo.GPTTextDatanetFile)); err != nil {
		return err
	}
	return a.Save(filepath.Join(out, demo.GPTTextArtifactsFile))
}
