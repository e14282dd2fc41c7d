package main

import (
	"flag"
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
