package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/circuits/gpt2"
	"github.com/openproof/openproof/errs"
	"github.com/openproof/openproof/inference/commit"
	"github.com/openproof/openproof/inference/fortunes"
	infgpt2 "github.com/openproof/openproof/inference/gpt2"
	"github.com/openproof/openproof/inference/gpt2q"
	"github.com/openproof/openproof/prover/bundle"
	"github.com/openproof/openproof/prover/keystore"
	"github.com/openproof/openproof/prover/pipeline"
	"github.com/openproof/openproof/verifier"
)

// The default generation demo --gpt proves: a 2-character prompt and 7
// generated characters, 8 positions: with the embedded 12-bit model
// 490,339 constraints attributed to the 43 contributors (293,266 plain),
// below 2^19, so that the first run's development setup works on a 2^19
// domain; bench/results.md, "Proving a generation", has the times.
const (
	demoGPTPrompt = "Yo"
	demoGPTTokens = 7
)

// demoGPT is `demo --gpt`: one generation (greedy, or sampled: decodingOf) of the text model proven
// by pipeline.ProveGeneration (development keys unless stored), written and
// verified; with --attribution (demoGPTAttribution) the attributed
// generation, by pipeline.ProveAttributedGeneration.
func (e *env) demoGPT(c *cli.Context) error {
	backend, closeBackend, err := backendOf(c)
	if err != nil {
		return err
	}
	defer closeBackend()
	key, err := parseKey(c)
	if err != nil {
		return err
	}
	q, _, err := loadGPT(c)
	if err != nil {
		return err
	}
	if q.Config.VocabSize != fortunes.VocabSize {
		return usageErr("the model's vocabulary has %d tokens; demo --gpt knows only the %d-character one of inference/fortunes", q.Config.VocabSize, fortunes.VocabSize)
	}
	att, err := demoGPTAttribution(c, q)
	if err != nil {
		return err
	}
	opts, err := att.verifyOptions()
	if err != nil {
		return err
	}
	start := time.Now()
	keys, err := e.keyProvider(c, true)
	if err != nil {
		return err
	}
	name, adapter := demoGPTNames(c)
	res, err := proveGPT(c, backend, keys, pipeline.GenerationRequest{
		Model: q, ModelName: name, AdapterName: adapter, Key: key, Vocabulary: bundle.VocabFortunes,
		Prompt: fortunes.Encode(c.String(gptPromptFlag.Name)), Tokens: c.Int(gptTokensFlag.Name), Decoding: decodingOf(c, q.Config.VocabSize), Phase: e.phases(),
	}, att)
	if err != nil {
		return err
	}
	e.logCompiled(res.Circuit)
	out := c.String(outFlag.Name)
	if out == "" {
		if out, err = demoOut(c); err != nil {
			return err
		}
		out = filepath.Join(filepath.Dir(out), "generation.json")
	}
	if err := res.Bundle.Write(out); err != nil {
		return writeErr(outFlag.Name, out, err)
	}
	var rep *verifier.GenerationReport
	vd, err := e.phase("verify", func() error {
		rep, err = verifier.VerifyGeneration(res.Bundle, heldKeys{res.Keys}, append(opts, verifier.WithModel(name, gpt2.ModelDigest(q)))...)
		return err
	})
	if err != nil {
		return verifyFailed{err}
	}
	s := gptSummary{res: res, rep: rep, att: att, backend: backend.Name(), out: out, verify: vd, total: time.Since(start)}
	if s.owner, err = demoGPTOwner(q, key, rep.Statement.AdapterCommitment); err != nil {
		return verifyFailed{err}
	}
	s.write(e.stdout)
	return nil
}

// demoGPTOwner is the owner line of the demo: the inner commitment the
// owner registers (registerAdapter) and the owner, recomputed into the
// proven commitment from the adapter and key the demo holds.
func demoGPTOwner(q *gpt2q.Model, key commit.AdapterKey, proven string) (string, error) {
	if r, err := gpt2.Rank(q); err != nil {
		return "", err
	} else if r == 0 {
		return "none (base model: adapter commitment 0)", nil
	}
	inner, err := gpt2.InnerCommitment(q, key.Salt)
	if err != nil {
		return "", err
	}
	if got := commit.Hex(commit.OwnedCommitment(inner, key.Owner)); got != proven {
		return "", fmt.Errorf("%w: the proven adapter commitment %s is not the demo's adapter owned by its key (%s)", errs.ErrNotVerified, proven, got)
	}
	owner, err := commit.OwnerHex(key.Owner)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s, inner commitment %s (recomputed from the adapter)", owner, commit.Hex(inner)), nil
}

// demoGPTNames are the model and adapter labels of the demo's bundle.
func demoGPTNames(c *cli.Context) (model, adapter string) {
	model, adapter = "fortunes-gpt2 (embedded)", "fortunes-unix-lora (embedded)"
	if d := c.String(modelFlag.Name); d != "" {
		model, adapter = filepath.Base(filepath.Clean(d)), "none"
	}
	if d := c.String(adapterFlag.Name); d != "" {
		adapter = filepath.Base(filepath.Clean(d))
	}
	if c.Bool(noAdapter.Name) {
		adapter = "none"
	}
	return model, adapter
}

// gptSummary is what demo --gpt prints.
type gptSummary struct {
	res                 *pipeline.GenerationProof
	rep                 *verifier.GenerationReport
	att                 *gptAttribution
	backend, out, owner string
	verify, total       time.Duration
}

// write prints the summary: the text and digests are the verified
// statement's; the labels nothing checked come last.
func (s *gptSummary) write(w io.Writer) {
	st, l := &s.rep.Statement, &s.rep.Labels
	if st.Seed != "" {
		fmt.Fprintf(w, "openproof demo --gpt: sampled generation of %d characters (%s), seed %s\n", len(st.Output), st.Kind, st.Seed)
	} else {
		fmt.Fprintf(w, "openproof demo --gpt: greedy generation of %d characters (%s)\n", len(st.Output), st.Kind)
	}
	fmt.Fprintf(w, "  prompt        %q\n", st.PromptText)
	fmt.Fprintf(w, "  generated     %q\n", st.OutputText)
	fmt.Fprintf(w, "  circuit       %s, %d constraints, %d public inputs\n", st.Circuit, st.Constraints, len(s.res.Bundle.PublicInputs))
	fmt.Fprintf(w, "  adapter       commitment %s\n", st.AdapterCommitment)
	fmt.Fprintf(w, "  owner         %s\n", s.owner)
	writeGPTAttribution(w, s.rep, s.att)
	fmt.Fprintf(w, "  keys          %s setup (%s)\n", st.Setup, map[bool]string{true: "development only, not for production", false: "MPC ceremony"}[st.Setup == "dev"])
	if k := s.res.Keys; k.Made {
		fmt.Fprintf(w, "  setup         %s\n", k.SetupTime.Round(time.Millisecond))
	}
	fmt.Fprintf(w, "  compile       %s\n", s.res.Circuit.Time.Round(time.Millisecond))
	fmt.Fprintf(w, "  prove         %s on %s\n", s.res.Proof.ProveTime.Round(time.Millisecond), s.backend)
	fmt.Fprintf(w, "  verify        %s\n", s.verify.Round(time.Millisecond))
	fmt.Fprintf(w, "  bundle        %s\n", s.out)
	fmt.Fprintf(w, "  total         %s\n", s.total.Round(time.Millisecond))
	fmt.Fprintf(w, "unverified labels: adapter %s, backend %s%s\n", orDash(l.Adapter), orDash(l.Backend), samplingLabel(l.Sampling))
	if st.Datanet != "" {
		fmt.Fprintf(w, "verified: model %s, prompt %q, generated %q, attribution to %s\n", st.Model, st.PromptText, st.OutputText, st.Datanet)
		return
	}
	fmt.Fprintf(w, "verified: model %s, prompt %q, generated %q\n", st.Model, st.PromptText, st.OutputText)
}

// verifyGeneration is `verify` of a generation bundle: verifier.VerifyGeneration
// with the key of --vk or the key store's, and the GPT-2 of --model (its
// name then verified).
func (e *env) verifyGeneration(c *cli.Context, path string) error {
	g, err := bundle.ReadGeneration(path)
	if err != nil {
		return err
	}
	keys, err := verifyingKeys(c)
	if err != nil {
		return err
	}
	var opts []verifier.Option
	if dir := c.String(modelFlag.Name); dir != "" {
		base, err := infgpt2.Load(dir)
		if err != nil {
			return fmt.Errorf("--model: %w", err)
		}
		q, err := gpt2q.Quantize(base)
		if err != nil {
			return fmt.Errorf("--model: %w", err)
		}
		opts = append(opts, verifier.WithModel(filepath.Base(filepath.Clean(dir)), gpt2.ModelDigest(q)))
	}
	if path := c.String(attributionFlag.Name); path != "" {
		o, err := textDatanetOption(path)
		if err != nil {
			return err
		}
		opts = append(opts, o)
	}
	rep, err := verifier.VerifyGeneration(g, keys, opts...)
	switch {
	case keystore.IsNotFound(err):
		return fmt.Errorf("%w: pass --vk", err)
	case errors.Is(err, errs.ErrBadInput):
		return err
	case err != nil:
		return verifyFailed{err}
	}
	owner, err := adapterOwner(c, rep.Statement.AdapterCommitment)
	if err != nil {
		return err
	}
	if c.Bool(jsonFlag.Name) {
		return writeJSON(e.stdout, rep)
	}
	st, l := &rep.Statement, &rep.Labels
	fmt.Fprintf(e.stdout, "verified: %s generation\n  model digest       %s\n  adapter commitment %s\n", st.Kind, st.ModelDigest, st.AdapterCommitment)
	fmt.Fprintf(e.stdout, "  prompt             %v %q\n  output             %v %q\n", st.Prompt, st.PromptText, st.Output, st.OutputText)
	if st.Model != "" {
		fmt.Fprintf(e.stdout, "  model              %s\n", st.Model)
	}
	if st.Seed != "" {
		fmt.Fprintf(e.stdout, "  sampling seed      %s\n", st.Seed)
	}
	if st.Circuit != "" {
		fmt.Fprintf(e.stdout, "  circuit            %s (%d constraints, %s setup)\n", st.Circuit, st.Constraints, st.Setup)
	}
	fmt.Fprintln(e.stdout, ownerText(owner))
	printGenerationAttribution(e.stdout, rep)
	_, err = fmt.Fprintf(e.stdout, "unverified labels: model %s, adapter %s, backend %s, circuit %s%s\n", orDash(l.Model), orDash(l.Adapter), orDash(l.Backend), orDash(l.Circuit), samplingLabel(l.Sampling))
	return err
}

// samplingLabel is the unverified-labels suffix of a sampled generation's
// stated temperature and top-k (the circuit is what fixes them).
func samplingLabel(s string) string {
	if s == "" {
		return ""
	}
	return ", sampling " + s
}
