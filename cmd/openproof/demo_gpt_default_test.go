package main

import (
	"flag"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/openproof/openproof/demo"
)

// TestDemoGPTAttributionDefault: like demo for the MNIST model, demo --gpt
// proves the embedded text attribution unless told otherwise; another
// model or adapter without --attribution gives the plain statement (the
// embedded sketches belong to the embedded model and adapter).
func TestDemoGPTAttributionDefault(t *testing.T) {
	q, err := demo.GPTQuantized()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args     []string
		embedded bool
	}{
		{nil, true},
		{[]string{"--attribution", "embedded"}, true},
		{[]string{"--no-attribution"}, false},
		{[]string{"--model", "some/model"}, false},
		{[]string{"--adapter", "some/adapter"}, false},
		{[]string{"--no-adapter"}, false},
	} {
		set := flag.NewFlagSet("demo", flag.ContinueOnError)
		for _, f := range []cli.Flag{attributionFlag, noAttributionFlag, modelFlag, adapterFlag, noAdapter} {
			if err := f.Apply(set); err != nil {
				t.Fatal(err)
			}
		}
		if err := set.Parse(tc.args); err != nil {
			t.Fatal(err)
		}
		a, err := demoGPTAttribution(cli.NewContext(nil, set, nil), q)
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		if got := a != nil && a.namesBound; got != tc.embedded {
			t.Errorf("%v: embedded attribution %v, want %v", tc.args, got, tc.embedded)
		}
	}
}

// TestDemoSamplingFlags: the sampling flags are demo --gpt's; a decoding
// gpt2q refuses exits 2 before any setup.
func TestDemoSamplingFlags(t *testing.T) {
	cache := t.TempDir()
	dir := tinyGPTDir(t)
	for _, tc := range []struct {
		want string
		args []string
	}{
		{"--temperature is for demo --gpt", []string{"demo", "--temperature", "0.8"}},
		{"--sample-seed is for demo --gpt", []string{"demo", "--sample-seed", "7"}},
		{"temperature", []string{"demo", "--gpt", "--model", dir, "--prompt", "th", "--tokens", "3", "--temperature", "-1", "--sample-seed", "7"}},
		{"seed", []string{"demo", "--gpt", "--model", dir, "--prompt", "th", "--tokens", "3", "--temperature", "1", "--sample-seed", "seven"}},
	} {
		if out := mustCode(t, 2, cache, tc.args...); !strings.Contains(out, tc.want) {
			t.Errorf("openproof %v: output lacks %q:\n%s", tc.args, tc.want, out)
		}
	}
}
