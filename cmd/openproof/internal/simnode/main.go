// Command simnode serves go-ethereum's simulated backend over HTTP for the
// CLI's chain tests, so that they need no anvil. It funds each address
// given as an argument with 1000 ETH, prints its URL on stdout, mines a
// block every 50ms, and exits when its stdin closes (its test ended).
//
// It is a separate program because importing go-ethereum's node into the
// CLI's test binary would change how urfave/cli prints flags (go-ethereum's
// internal/flags replaces cli.FlagStringer in an init function).
package main

import (
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

func main() {
	if err := serve(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "simnode:", err)
		os.Exit(1)
	}
}

func serve(addrs []string) error {
	alloc := types.GenesisAlloc{}
	funds := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	for _, a := range addrs {
		if !common.IsHexAddress(a) {
			return fmt.Errorf("%q is not an address", a)
		}
		alloc[common.HexToAddress(a)] = types.Account{Balance: funds}
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close() // the node listens on it next; a race with another process is unlikely
	sim := simulated.NewBackend(alloc, func(nc *node.Config, _ *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth", "net", "web3"}
	})
	defer sim.Close()
	fmt.Printf("http://127.0.0.1:%d\n", port)
	done := make(chan struct{})
	go func() {
		io.Copy(io.Discard, os.Stdin)
		close(done)
	}()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return nil
		case <-tick.C:
			sim.Commit()
		}
	}
}
