package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNodeUsage checks that `openproof node` refuses bad flags with exit 2
// and a message naming the flag, before it starts anything.
func TestNodeUsage(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no workers", []string{"--workers", "0"}, "--workers"},
		{"settlement without rpc", []string{"--settlement", "0x0000000000000000000000000000000000000001"}, "--rpc"},
		{"bad settlement", []string{"--rpc", "http://127.0.0.1:1", "--settlement", "nope"}, "--settlement"},
		{"bad salt", []string{"--salt", "zz"}, "--salt"},
		{"empty token file", []string{"--api-token-file", empty, "--listen", "127.0.0.1:0"}, "--api-token-file"},
		{"missing token file", []string{"--api-token-file", filepath.Join(dir, "none"), "--listen", "127.0.0.1:0"}, "--api-token-file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			args := append([]string{"openproof", "--cache", dir, "node", "--nats-dir", filepath.Join(dir, "nats-"+strings.ReplaceAll(tc.name, " ", "-"))}, tc.args...)
			ctx, cancel := context.WithCancel(context.Background())
			cancel() // a node that got past its flags stops at once
			if code := run(ctx, args, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), tc.want) {
				t.Fatalf("exit %d, stderr %q; want 2 naming %s", code, errOut.String(), tc.want)
			}
		})
	}
}
