package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/google/renameio/v2"
	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/attribution/datanet"
	"github.com/openproof/openproof/demo"
)

// datanetOut is the help of --out for the commands that write a Datanet.
const datanetOut = "--out is the file to write: JSONL when it ends in .jsonl, the compact binary form otherwise."

func datanetCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "datanet",
		Usage: "build and inspect Datanets (contributors' labelled records, committed under one Merkle root)",
		Subcommands: []*cli.Command{
			{
				Name:  "build",
				Usage: "validate a Datanet (JSONL or binary) and write it in the compact binary form (or JSONL)",
				Description: "Reads --in (JSONL: a header line, then one {\"contributor\",\"label\",\"input\"} record per line; " +
					"or the binary form), checks every record and writes --out atomically. A malformed record is an error " +
					"naming the file, line and field; nothing is written then. " + datanetOut,
				Flags:  []cli.Flag{required(inFlag), required(outFlag)},
				Action: e.datanetBuild,
			},
			{
				Name:  "sample",
				Usage: "write the embedded MNIST test digits as a Datanet (contributor c<k> holds the digits with label mod --contributors = k)",
				Description: "A small Datanet for trying datanet, train --datanet and audit without downloads. " +
					"Pixels become bytes round(255·v). " + datanetOut,
				Flags:  []cli.Flag{contributorsFlag, required(outFlag)},
				Action: e.datanetSample,
			},
			datanetMNISTCommand(e),
			{
				Name:      "inspect",
				Usage:     "list a Datanet's contributors, record counts, per-contributor commitments and root",
				ArgsUsage: "FILE",
				Flags:     []cli.Flag{jsonFlag},
				Action:    e.datanetInspect,
			},
		},
	})
}

func (e *env) datanetBuild(c *cli.Context) error {
	if c.NArg() != 0 {
		return usageErr("datanet build takes no arguments (use --in and --out)")
	}
	d, err := loadDatanet(c.String(inFlag.Name), "--in")
	if err != nil {
		return err
	}
	return e.saveDatanet(d, c.String(outFlag.Name))
}

func (e *env) datanetSample(c *cli.Context) error {
	n := c.Int(contributorsFlag.Name)
	if n < 1 || n > 10 {
		return usageErr("--contributors %d: want 1…10", n)
	}
	d, err := demo.SampleDatanet("embedded-mnist", n)
	if err != nil {
		return err
	}
	return e.saveDatanet(d, c.String(outFlag.Name))
}

func (e *env) datanetInspect(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErr("datanet inspect takes one FILE, got %d arguments", c.NArg())
	}
	d, err := loadDatanet(c.Args().First(), "FILE")
	if err != nil {
		return err
	}
	s, err := d.Inspect()
	if err != nil {
		return err
	}
	dups := d.Duplicates()
	if c.Bool(jsonFlag.Name) {
		return writeJSON(e.stdout, struct {
			*datanet.Summary
			Duplicates datanet.DuplicateSummary `json:"duplicates"`
		}{s, dups})
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "datanet %s (v%d): input_dim %d, %d classes, %d records\n  root\t%s\n\n",
		s.Name, s.Version, s.InputDim, s.Classes, s.Records, s.Root)
	fmt.Fprintf(tw, "#\tcontributor\trecords\tlabels\tcommitment\n")
	for _, cs := range s.Contributors {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\n", cs.Index, cs.ID, cs.Records, labelList(cs.Labels), cs.Commitment)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return writeDuplicates(e.stdout, dups)
}

// writeDuplicates prints the exact-duplicate records of a Datanet
// (datanet.Duplicates, issue 16): copies share credit, never double it.
func writeDuplicates(w io.Writer, s datanet.DuplicateSummary) error {
	if s.Records == 0 {
		_, err := fmt.Fprintf(w, "\nduplicates: none (no two records with the same label and input)\n")
		return err
	}
	fmt.Fprintf(w, "\nduplicates: %d record(s) are copies of %d distinct record(s)\n", s.Records, s.Groups)
	for i, p := range s.Pairs {
		if i == 10 {
			fmt.Fprintf(w, "  … %d more contributor pairs\n", len(s.Pairs)-i)
			break
		}
		fmt.Fprintf(w, "  %s and %s share %d record(s)\n", p.A, p.B, p.Shared)
	}
	return nil
}

// saveDatanet writes d atomically: JSONL when out ends in .jsonl, the
// binary form otherwise (datanet.Save would pick JSONL for any name not
// ending in .opdn, and users name binary files freely).
func (e *env) saveDatanet(d *datanet.Datanet, out string) error {
	var b []byte
	if strings.HasSuffix(out, datanet.ExtJSONL) {
		var buf bytes.Buffer
		if err := d.MarshalJSONL(&buf); err != nil {
			return fmt.Errorf("datanet: encode %s: %w", out, err)
		}
		b = buf.Bytes()
	} else {
		var err error
		if b, err = d.MarshalBinary(); err != nil {
			return fmt.Errorf("datanet: encode %s: %w", out, err)
		}
	}
	s, err := d.Inspect()
	if err != nil {
		return err
	}
	if err := renameio.WriteFile(out, b, 0o644); err != nil {
		return writeErr("out", out, err)
	}
	fmt.Fprintf(e.stdout, "datanet %s: %d contributors, %d records, root %s → %s (%d bytes)\n",
		s.Name, len(s.Contributors), s.Records, s.Root, out, len(b))
	return nil
}

// labelList prints the non-zero per-class counts as "class:count".
func labelList(counts []int) string {
	var parts []string
	for k, n := range counts {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d:%d", k, n))
		}
	}
	return strings.Join(parts, " ")
}

// loadDatanet reads a Datanet; flag names what the path came from in errors.
func loadDatanet(path, flag string) (*datanet.Datanet, error) {
	d, err := datanet.Load(path)
	if err != nil {
		if errors.Is(err, datanet.ErrBadInput) {
			return nil, badInput{err}
		}
		return nil, badInput{fmt.Errorf("%s %s: %w", flag, path, err)}
	}
	return d, nil
}
