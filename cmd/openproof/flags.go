package main

import (
	"github.com/urfave/cli/v2"
)

// Shared flags. An empty --model or --adapter means the embedded MNIST default.
var (
	modelFlag   = &cli.StringFlag{Name: "model", Usage: "base model directory (config.json + model.safetensors); default: embedded MNIST model"}
	adapterFlag = &cli.StringFlag{Name: "adapter", Usage: "PEFT adapter directory (adapter_config.json + adapter_model.safetensors); default: embedded MNIST adapter"}
	noAdapter   = &cli.BoolFlag{Name: "no-adapter", Usage: "run the base model alone"}
	accelFlag   = &cli.StringFlag{Name: "accel", Value: "cpu", Usage: "prover backend: cpu or icicle (needs -tags icicle)"}
	keysFlag    = &cli.StringFlag{Name: "keys", Usage: "key store directory; default: <cache>/keys"}
	saltFlag    = &cli.StringFlag{Name: "salt", Value: "0x00", Usage: "adapter commitment blinding salt (0x hex field element); keep it secret to hide the adapter"}
)

func onUsageError(_ *cli.Context, err error, _ bool) error { return badInput{err} }

// command fills the fields every command shares.
func command(c *cli.Command) *cli.Command {
	c.OnUsageError = onUsageError
	for _, s := range c.Subcommands {
		command(s)
	}
	return c
}
