package main

import "github.com/urfave/cli/v2"

func benchCommand(e *env) *cli.Command {
	return command(&cli.Command{Name: "bench", Usage: "(being written)", Action: func(*cli.Context) error { return usageErr("bench: not yet") }})
}
