package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/google/renameio/v2"

	"github.com/openproof/openproof/circuits/lora"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/prover"
)

// Benchmarks build circuits of up to 2^20 constraints: they run only with
// -bench, never in the ordinary test run. For example
//
//	go test ./bench -run '^$' -bench 'Prove/784x64' -benchtime 3x
//	go test ./bench -run '^$' -bench Foundation -benchtime 1x -timeout 60m -results results.md
//
// The second measures every default case like `openproof bench` and, with
// -results, writes the foundation section of that file and prove.svg
// beside it.
var (
	resultsFlag = flag.String("results", "", "BenchmarkFoundation: update the foundation section of this results.md and write prove.svg beside it")
	jsonFlag    = flag.String("results-json", "", "BenchmarkFoundation: also write the results as JSON to this file")
)

// benchCase is a compiled case with its keys and witness.
type benchCase struct {
	ccs          constraint.ConstraintSystem
	pk           groth16.ProvingKey
	vk           groth16.VerifyingKey
	full, public witness.Witness
}

func compileCase(b *testing.B, c Case) (*instance, constraint.ConstraintSystem) {
	b.Helper()
	in, err := build(c)
	if err != nil {
		b.Fatal(err)
	}
	circuit, err := lora.New(in.m, in.shape)
	if err != nil {
		b.Fatal(err)
	}
	ccs, err := prover.Compile(context.Background(), circuit)
	if err != nil {
		b.Fatal(err)
	}
	return in, ccs
}

func setupCase(b *testing.B, c Case) *benchCase {
	b.Helper()
	in, ccs := compileCase(b, c)
	bc := &benchCase{ccs: ccs}
	var err error
	if bc.pk, bc.vk, err = prover.DevSetup(context.Background(), ccs); err != nil {
		b.Fatal(err)
	}
	a, err := lora.Assign(in.m, in.shape, in.x, in.a, commit.AdapterKey{Salt: in.salt, Owner: commit.DemoKey().Owner})
	if err != nil {
		b.Fatal(err)
	}
	if bc.full, err = frontend.NewWitness(a, ecc.BN254.ScalarField()); err != nil {
		b.Fatal(err)
	}
	if bc.public, err = bc.full.Public(); err != nil {
		b.Fatal(err)
	}
	return bc
}

// BenchmarkCompile compiles each case's inference circuit.
func BenchmarkCompile(b *testing.B) {
	for _, c := range DefaultCases() {
		b.Run(c.Name, func(b *testing.B) {
			var ccs constraint.ConstraintSystem
			for b.Loop() {
				_, ccs = compileCase(b, c)
			}
			b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
		})
	}
}

// BenchmarkProve proves each case with the CPU backend; compile and setup
// run once, outside the timer.
func BenchmarkProve(b *testing.B) {
	for _, c := range DefaultCases() {
		b.Run(c.Name, func(b *testing.B) {
			bc := setupCase(b, c)
			var proof groth16.Proof
			var err error
			for b.Loop() {
				if proof, err = prover.CPU().Prove(context.Background(), bc.ccs, bc.pk, bc.full); err != nil {
					b.Fatal(err)
				}
			}
			if err := prover.Verify(bc.vk, proof, bc.public); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(bc.ccs.GetNbConstraints()), "constraints")
		})
	}
}

// BenchmarkVerify verifies one proof of each case.
func BenchmarkVerify(b *testing.B) {
	for _, c := range DefaultCases() {
		b.Run(c.Name, func(b *testing.B) {
			bc := setupCase(b, c)
			proof, err := prover.CPU().Prove(context.Background(), bc.ccs, bc.pk, bc.full)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if err := prover.Verify(bc.vk, proof, bc.public); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFoundation runs Run on the default cases (3 proofs each) once
// per iteration and reports each case's constraints, prove seconds and
// per-component figures; with -results it writes the report.
func BenchmarkFoundation(b *testing.B) {
	var rs []Result
	for b.Loop() {
		var err error
		if rs, err = Run(context.Background(), DefaultCases(), Options{Proves: 3, Progress: func(s string) { b.Log(s) }}); err != nil {
			b.Fatal(err)
		}
	}
	for _, r := range rs {
		b.ReportMetric(float64(r.Constraints), r.Case.Name+"-constraints")
		b.ReportMetric(r.Prove.Seconds(), r.Case.Name+"-prove-s")
	}
	if *jsonFlag != "" {
		js, err := json.MarshalIndent(rs, "", "  ")
		if err != nil {
			b.Fatal(err)
		}
		if err := renameio.WriteFile(*jsonFlag, js, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	if *resultsFlag == "" {
		return
	}
	m := Describe()
	if m.Gnark == "" {
		m.Gnark = requiredVersion(b, "../go.mod", "github.com/consensys/gnark")
	}
	var md, svg bytes.Buffer
	if err := Markdown(&md, m, rs); err != nil {
		b.Fatal(err)
	}
	if err := UpdateSection(*resultsFlag, "foundation", md.Bytes()); err != nil {
		b.Fatal(err)
	}
	if err := PlotSVG(&svg, rs); err != nil {
		b.Fatal(err)
	}
	if err := renameio.WriteFile(filepath.Join(filepath.Dir(*resultsFlag), "prove.svg"), svg.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
}

// requiredVersion reads a module's version from go.mod: test binaries carry
// no dependency build info, so Describe cannot tell gnark's version there.
func requiredVersion(b *testing.B, gomod, module string) string {
	data, err := os.ReadFile(gomod)
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(line), "require "))
		if len(f) >= 2 && f[0] == module {
			return f[1]
		}
	}
	return ""
}
