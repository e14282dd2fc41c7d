package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/prover/ceremony"
	"github.com/openproof/openproof/prover/keystore"
)

// signedCeremonyCommands are the signed multi-party phase 2 over a
// coordinator directory (package prover/ceremony, signed.go).
func (e *env) signedCeremonyCommands() []*cli.Command {
	return []*cli.Command{
		{
			Name:  "init",
			Usage: "coordinator: start a signed phase 2 for the circuit of --model/--adapter in --dir, from the public .ptau --ptau",
			Description: "Imports the .ptau for the circuit's domain (see `ceremony phase1 import`) into DIR/srs.mpc, writes the initial " +
				"phase-2 file DIR/phase2-0000.mpc and DIR/ceremony.json. Compare the printed BLAKE2b with the Powers of Tau's published hash.",
			Flags:  append([]cli.Flag{required(ceremonyDirFlag), required(ptauFlag), noteFlag}, circuitFlags...),
			Action: e.signedInit,
		},
		{
			Name:  "contribute",
			Usage: "contributor: add your randomness to the ceremony in --dir and sign it with your Ethereum key (--key-file or $" + keyEnv + ")",
			Description: "Checks the receipts' signatures and chain and the file it builds on, then writes DIR/phase2-NNNN.mpc and its signed " +
				"receipt DIR/phase2-NNNN.json. Hand the directory (or the two new files) to the next contributor or back to the coordinator.",
			Flags:  []cli.Flag{required(ceremonyDirFlag), keyFileFlag},
			Action: e.signedContribute,
		},
		{
			Name:  "verify",
			Usage: "check the whole signed ceremony in --dir back to the .ptau (--ptau); with --beacon, seal it and store the keys",
			Description: "Imports the .ptau again and checks it gives the ceremony's SRS, then checks every contribution (gnark's update proofs) " +
				"and every contributor's signature in order, and prints the contributors' addresses. With --beacon (a public random value fixed " +
				"after the last contribution, e.g. a block hash) and at least 2 contributions it seals the keys, stores them in the key store " +
				"with the transcript hash and the contributors, and writes DIR/transcript.json.",
			Flags:  append([]cli.Flag{required(ceremonyDirFlag), required(ptauFlag), beaconFlag, keysFlag}, circuitFlags...),
			Action: e.signedVerify,
		},
		{
			Name:      "transcript",
			Usage:     "check a transcript.json's signatures and hash chain (without the ceremony's files) and print its contributors",
			ArgsUsage: "FILE",
			Action:    e.signedTranscript,
		},
	}
}

func (e *env) signedInit(c *cli.Context) error {
	if c.NArg() != 0 {
		return usageErr("ceremony init takes no arguments (use --dir and --ptau)")
	}
	cc, err := e.compileSelected(c)
	if err != nil {
		return err
	}
	var p *ceremony.Plan
	if _, err := e.phase("init signed ceremony", func() (err error) {
		p, err = ceremony.Coordinate(c.Context, c.String(ceremonyDirFlag.Name), c.String(ptauFlag.Name), cc.Name, c.String(noteFlag.Name), cc.CCS)
		return err
	}); err != nil {
		return ceremonyErr(err)
	}
	fmt.Fprintf(e.stdout, "ceremony %s for circuit %s (digest %s, %d constraints, domain 2^%d)\n  ptau sha256  %s\n  ptau blake2b %s\n  srs   %s\n  init  %s\n",
		c.String(ceremonyDirFlag.Name), p.Circuit, p.CircuitDigest, p.Constraints, p.Power, p.PtauSHA256, p.PtauBLAKE2b, p.SRS, p.Init)
	return nil
}

func (e *env) signedContribute(c *cli.Context) error {
	if c.NArg() != 0 {
		return usageErr("ceremony contribute takes no arguments (use --dir)")
	}
	key, err := loadKey(c.String(keyFileFlag.Name))
	if err != nil {
		return err
	}
	var r *ceremony.Receipt
	if _, err := e.phase("contribute", func() (err error) {
		r, err = ceremony.ContributeSigned(c.Context, c.String(ceremonyDirFlag.Name), key)
		return err
	}); err != nil {
		return ceremonyErr(err)
	}
	fmt.Fprintf(e.stdout, "contribution %d by %s\n  hash      %s\n  previous  %s\n  signature %s\n",
		r.Index, r.Contributor, r.Hash, r.Previous, r.Signature)
	return nil
}

func (e *env) signedVerify(c *cli.Context) error {
	var b []byte
	if c.String(beaconFlag.Name) != "" {
		var err error
		if b, err = beacon(c); err != nil {
			return err
		}
	}
	cc, err := e.compileSelected(c)
	if err != nil {
		return err
	}
	dir := c.String(ceremonyDirFlag.Name)
	scratch, err := os.MkdirTemp("", "openproof-ceremony-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(scratch)
	var s *ceremony.Signed
	if _, err := e.phase("verify signed ceremony", func() (err error) {
		s, err = ceremony.VerifySigned(c.Context, dir, c.String(ptauFlag.Name), scratch, cc.CCS, b)
		return err
	}); err != nil {
		return ceremonyErr(err)
	}
	fmt.Fprintf(e.stdout, "ceremony %s verified: circuit %s (digest %s), .ptau sha256 %s, %d signed contributions:\n",
		dir, s.Plan.Circuit, s.Plan.CircuitDigest, s.Plan.PtauSHA256, len(s.Receipts))
	for _, r := range s.Receipts {
		fmt.Fprintf(e.stdout, "  %d  %s  %s\n", r.Index, r.Contributor, r.Hash)
	}
	if b == nil {
		fmt.Fprintf(e.stdout, "not sealed (no --beacon); the next contribution signs %s\n", s.Head)
		return nil
	}
	return e.storeSigned(c, cc.Name, cc.Constraints(), s)
}

// storeSigned stores a sealed signed ceremony's keys and writes its summary.
func (e *env) storeSigned(c *cli.Context, name string, constraints int, s *ceremony.Signed) error {
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return err
	}
	info := keystore.Info{CircuitName: name, Constraints: constraints, Setup: keystore.SetupMPC, Transcript: s.Transcript}
	if err := ks.Put(s.Plan.CircuitDigest, info, s.PK, s.VK); err != nil {
		return err
	}
	path := filepath.Join(c.String(ceremonyDirFlag.Name), ceremony.SummaryFile)
	if err := ceremony.WriteSummary(path, s.Summary); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "sealed with beacon %s\n  transcript hash %s\n  vk sha256 %s\n  keys  %s\n  transcript %s\n",
		s.Summary.Beacon, s.Transcript.Hash, s.Summary.VKSHA256, ks.Dir(s.Plan.CircuitDigest), path)
	return nil
}

func (e *env) signedTranscript(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErr("ceremony transcript takes one transcript.json")
	}
	s, err := ceremony.ReadSummary(c.Args().First())
	if err != nil {
		return err
	}
	addrs, err := ceremony.CheckSummary(s)
	if err != nil {
		return ceremonyErr(err)
	}
	fmt.Fprintf(e.stdout, "transcript %s: signatures and hash chain verified; the contributions themselves are unverified here (run `ceremony verify` on the directory)\n",
		c.Args().First())
	fmt.Fprintf(e.stdout, "  circuit %s (digest %s)\n  note %q\n  .ptau sha256 %s\n  transcript hash %s\n  vk sha256 %s (unverified: recomputed only by sealing the files)\n  contributors %s\n",
		s.Plan.Circuit, s.Plan.CircuitDigest, s.Plan.Note, s.Plan.PtauSHA256, s.TranscriptHash, s.VKSHA256, strings.Join(addrs, ", "))
	return nil
}
