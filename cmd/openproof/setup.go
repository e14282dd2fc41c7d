package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/prover/ceremony"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
)

func setupCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "setup",
		Usage: "development (single-party) Groth16 setup for a model + adapter shape; keys go to the key store",
		Description: "The single-party setup knows the toxic waste: whoever ran it can forge proofs. Use it for development " +
			"and tests; production keys come from `openproof ceremony`. Keys are reused while the circuit is unchanged.",
		Flags:  []cli.Flag{modelFlag, adapterFlag, noAdapter, keysFlag, attributionFlag},
		Action: e.setupKeys,
	})
}

func (e *env) setupKeys(c *cli.Context) error {
	cc, err := e.compileSelected(c)
	if err != nil {
		return err
	}
	k, err := e.keys(c.Context, c, cc.Name, cc.CCS, true)
	if err != nil {
		return err
	}
	m := k.Manifest
	fmt.Fprintf(e.stdout, "circuit %s\n  digest %s\n  constraints %d\n  setup %s\n  keys %s\n",
		cc.Name, cc.Digest, cc.Constraints(), m.Setup, keysDir(c))
	return nil
}

// circuitFlags select the circuit a ceremony is for.
var circuitFlags = []cli.Flag{modelFlag, adapterFlag, noAdapter, attributionFlag}

func ceremonyCommand(e *env) *cli.Command {
	return command(&cli.Command{
		Name:  "ceremony",
		Usage: "multi-party Groth16 setup (gnark mpcsetup): phase 1 for the domain, phase 2 for the circuit",
		Description: "Coordinator: phase1 init → each contributor: phase1 contribute → coordinator: phase1 verify (writes the SRS) → " +
			"phase2 init → each contributor: phase2 contribute → coordinator: phase2 verify (checks everything, stores the keys). " +
			"The keys are sound if at least one contributor was honest. The signed flow (init → contribute → verify) does phase 2 over " +
			"a directory, from a public .ptau, with each contribution signed by its contributor's Ethereum key.",
		Subcommands: append([]*cli.Command{
			{
				Name:  "phase1",
				Usage: "powers of tau",
				Subcommands: []*cli.Command{
					{
						Name: "init", Usage: "write the initial phase-1 file (domain from --power, or from the circuit of --model/--adapter)",
						ArgsUsage: "OUT", Flags: append([]cli.Flag{powerFlag}, circuitFlags...), Action: e.phase1Init,
					},
					{
						Name: "contribute", Usage: "add your randomness to a phase-1 file", ArgsUsage: "IN OUT",
						Action: e.phase1Contribute,
					},
					{
						Name: "import", Usage: "check a public .ptau (snarkjs, Perpetual Powers of Tau) and write the SRS (--out) from it, instead of init/contribute/verify",
						Description: "The domain is --power, or what the circuit of --model/--adapter needs. The file's own powers are checked " +
							"(pairings: consecutive powers of one τ, α and β consistent); its contribution chain is not: compare the printed " +
							"BLAKE2b with the ceremony's published hash. The SRS records the file's SHA-256 as its phase-1 transcript.",
						Flags: append([]cli.Flag{required(ptauFlag), powerFlag, required(outFlag)}, circuitFlags...), Action: e.phase1Import,
					},
					{
						Name: "verify", Usage: "verify all phase-1 contributions in order and seal them into the SRS (--out)",
						ArgsUsage: "CONTRIBUTION...", Flags: []cli.Flag{required(beaconFlag), required(outFlag)}, Action: e.phase1Verify,
					},
				},
			},
			{
				Name:  "phase2",
				Usage: "circuit-specific phase",
				Subcommands: []*cli.Command{
					{
						Name: "init", Usage: "write the initial phase-2 file for the circuit of --model/--adapter", ArgsUsage: "OUT",
						Flags: append([]cli.Flag{required(srsFlag)}, circuitFlags...), Action: e.phase2Init,
					},
					{
						Name: "contribute", Usage: "add your randomness to a phase-2 file", ArgsUsage: "IN OUT",
						Action: e.phase2Contribute,
					},
					{
						Name: "verify", Usage: "verify all phase-2 contributions, seal them and store the keys", ArgsUsage: "CONTRIBUTION...",
						Flags:  append([]cli.Flag{required(beaconFlag), required(srsFlag), keysFlag}, circuitFlags...),
						Action: e.phase2Verify,
					},
				},
			},
			{Name: "inspect", Usage: "check a ceremony file and print what it is", ArgsUsage: "FILE...", Action: e.ceremonyInspect},
		}, e.signedCeremonyCommands()...),
	})
}

// report logs and prints a written or inspected ceremony file.
func (e *env) report(c ceremony.Contribution) {
	e.log.Info().Str("file", c.Path).Str("kind", c.Kind).Int("power", c.Power).Int("index", c.Index).Msg("written")
	fmt.Fprintf(e.stdout, "%s\t%s #%d (2^%d)\tsha256 %s\n", c.Path, c.Kind, c.Index, c.Power, c.Hash)
}

// beacon reads --beacon.
func beacon(c *cli.Context) ([]byte, error) {
	v := c.String(beaconFlag.Name)
	b, err := hex.DecodeString(strings.TrimPrefix(v, "0x"))
	if err != nil || len(b) == 0 {
		return nil, usageErr("--beacon %q: want non-empty hex (a public random value fixed after the last contribution, e.g. a block hash)", v)
	}
	return b, nil
}

// domainPower is --power, or the power of two the circuit of
// --model/--adapter/--attribution needs.
func (e *env) domainPower(c *cli.Context) (int, error) {
	if p := c.Int(powerFlag.Name); p != 0 {
		return p, nil
	}
	cc, err := e.compileSelected(c)
	if err != nil {
		return 0, err
	}
	return ceremony.Power(cc.Constraints())
}

func (e *env) phase1Init(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErr("phase1 init takes OUT")
	}
	power, err := e.domainPower(c)
	if err != nil {
		return err
	}
	r, err := ceremony.InitPhase1(c.Context, power, c.Args().First())
	if err != nil {
		return err
	}
	e.report(r)
	return nil
}

func (e *env) phase1Import(c *cli.Context) error {
	if c.NArg() != 0 {
		return usageErr("phase1 import takes no arguments (use --ptau and --out)")
	}
	power, err := e.domainPower(c)
	if err != nil {
		return err
	}
	var info *ceremony.PtauInfo
	if _, err = e.phase("import ptau", func() (err error) {
		info, err = ceremony.ImportPtau(c.Context, c.String(ptauFlag.Name), power, c.String(outFlag.Name))
		return err
	}); err != nil {
		return ceremonyErr(err)
	}
	fmt.Fprintf(e.stdout, "ptau %s: 2^%d powers (ceremony 2^%d), %d contributions\n  sha256  %s\n  blake2b %s\n",
		info.Path, info.Power, info.CeremonyPower, info.Contributions, info.SHA256, info.BLAKE2b)
	e.report(info.SRS)
	return nil
}

func (e *env) phase1Contribute(c *cli.Context) error {
	return e.contribute(c, ceremony.ContributePhase1)
}

func (e *env) phase2Contribute(c *cli.Context) error {
	return e.contribute(c, ceremony.ContributePhase2)
}

// contribute runs `phaseN contribute IN OUT` with the phase's add.
func (e *env) contribute(c *cli.Context, add func(ctx context.Context, in, out string) (ceremony.Contribution, error)) error {
	if c.NArg() != 2 {
		return usageErr("%s takes IN OUT, got %d arguments", c.Command.FullName(), c.NArg())
	}
	var r ceremony.Contribution
	if _, err := e.phase("contribute", func() (err error) {
		r, err = add(c.Context, c.Args().Get(0), c.Args().Get(1))
		return err
	}); err != nil {
		return err
	}
	e.report(r)
	return nil
}

func (e *env) phase1Verify(c *cli.Context) error {
	b, err := beacon(c)
	if err != nil {
		return err
	}
	out := c.String(outFlag.Name)
	var t *keystore.Transcript
	if _, err := e.phase("verify phase 1", func() (err error) {
		t, err = ceremony.VerifyPhase1(c.Context, b, out, c.Args().Slice()...)
		return err
	}); err != nil {
		return ceremonyErr(err)
	}
	fmt.Fprintf(e.stdout, "phase 1 verified: %d contributions, SRS %s (sha256 %s)\n", len(t.Phase1), out, t.SRS)
	return nil
}

func (e *env) phase2Init(c *cli.Context) error {
	if c.NArg() != 1 {
		return usageErr("phase2 init takes OUT")
	}
	cc, err := e.compileSelected(c)
	if err != nil {
		return err
	}
	var r ceremony.Contribution
	if _, err := e.phase("init phase 2", func() (err error) {
		r, err = ceremony.InitPhase2(c.Context, c.String(srsFlag.Name), cc.CCS, c.Args().First())
		return err
	}); err != nil {
		return err
	}
	e.report(r)
	return nil
}

func (e *env) phase2Verify(c *cli.Context) error {
	b, err := beacon(c)
	if err != nil {
		return err
	}
	cc, err := e.compileSelected(c)
	if err != nil {
		return err
	}
	ks, err := keystore.Open(keysDir(c))
	if err != nil {
		return err
	}
	if _, err := e.phase("verify phase 2", func() error {
		pk, vk, t, err := ceremony.VerifyPhase2(c.Context, c.String(srsFlag.Name), cc.CCS, b, c.Args().Slice()...)
		if err != nil {
			return err
		}
		info := keystore.Info{CircuitName: cc.Name, Constraints: cc.Constraints(), Setup: keystore.SetupMPC, Transcript: t}
		return ks.Put(cc.Digest, info, pk, vk)
	}); err != nil {
		return ceremonyErr(err)
	}
	fmt.Fprintf(e.stdout, "phase 2 verified: %d contributions; keys for %s stored in %s\n", c.NArg(), cc.Name, ks.Dir(cc.Digest))
	return nil
}

func (e *env) ceremonyInspect(c *cli.Context) error {
	if c.NArg() == 0 {
		return usageErr("ceremony inspect takes one or more files")
	}
	for _, p := range c.Args().Slice() {
		r, err := ceremony.Inspect(p)
		if err != nil {
			return err
		}
		e.report(r)
	}
	return nil
}

// compileSelected compiles the circuit of --model/--adapter: the attributed
// one when --attribution names artifacts, the plain one otherwise.
func (e *env) compileSelected(c *cli.Context) (*pipeline.Compiled, error) {
	s, err := loadStack(c)
	if err != nil {
		return nil, err
	}
	var att *pipeline.Attribution
	if path := c.String(attributionFlag.Name); path != "" {
		if att, err = loadAttribution(path, s); err != nil {
			return nil, err
		}
	}
	return e.compile(c, s, att)
}

// ceremonyErr makes a contribution that fails verification exit 1, like a
// proof that fails to verify.
func ceremonyErr(err error) error {
	if errors.Is(err, ceremony.ErrInvalidContribution) {
		return verifyFailed{err}
	}
	return err
}
