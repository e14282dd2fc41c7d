package node

import (
	"context"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/openproof/openproof/internal/fuzzseed"
	"github.com/openproof/openproof/node/queue"
)

var writeSeeds = flag.Bool("write-seeds", false, "rewrite testdata/fuzz/FuzzSubmit seed files")

func TestWriteSeeds(t *testing.T) {
	if !*writeSeeds {
		t.Skip("run with -write-seeds to regenerate the seed corpus")
	}
	m := testModel(t)
	fuzzseed.Write(t, "FuzzSubmit", map[string]string{
		"valid":         body(t, m, nil),
		"request-id":    body(t, m, func(r map[string]any) { r["request_id"] = "0x" + strings.Repeat("ab", 32) }),
		"short-input":   body(t, m, func(r map[string]any) { r["input"] = []float64{1, 2} }),
		"unknown-field": `{"model":"x","extra":1}`,
		"wrong-types":   `{"model":1,"input":"a","attribution":"yes"}`,
		"truncated":     `{"model":"openproof-mnist-mlp","input":[0.5,`,
		"null":          `null`,
		"trailing":      `{"model":"m"}{"model":"n"}`,
		"huge-number":   `{"model":"openproof-mnist-mlp","input":[1e400]}`,
	})
}

var fuzzNode struct {
	once sync.Once
	srv  *httptest.Server
	n    *Node
}

// FuzzSubmit posts arbitrary bodies to POST /v1/inferences: the handler
// never panics and answers 202/200 with a job id or a 4xx JSON error
// naming a field. (One node serves every input; its store is a temporary
// directory.)
func FuzzSubmit(f *testing.F) {
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzNode.once.Do(func() {
			dir, err := os.MkdirTemp("", "openproof-fuzz-submit")
			if err != nil {
				t.Fatal(err)
			}
			q, err := queue.Open(context.Background(), queue.Config{StoreDir: dir})
			if err != nil {
				t.Fatal(err)
			}
			n, err := New(Config{Name: "fuzz"}, Options{Queue: q, Models: &Models{list: []*Model{testModel(t)}}, Prover: &fakeProver{}})
			if err != nil {
				t.Fatal(err)
			}
			fuzzNode.n, fuzzNode.srv = n, httptest.NewServer(n.Handler(APIConfig{Token: token, MaxBody: 64 << 10}))
		})
		if fuzzNode.srv == nil {
			t.Skip("no node")
		}
		req, err := http.NewRequest("POST", fuzzNode.srv.URL+"/v1/inferences", strings.NewReader(string(b)))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		switch {
		case resp.StatusCode == 200 || resp.StatusCode == 202:
			var acc InferenceAccepted
			if err := json.NewDecoder(resp.Body).Decode(&acc); err != nil || acc.JobID == "" {
				t.Fatalf("accepted without a job id: %v", err)
			}
		case resp.StatusCode >= 400 && resp.StatusCode < 500:
			var e APIError
			if err := json.NewDecoder(resp.Body).Decode(&e); err != nil || e.Error == "" || e.Field == "" {
				t.Fatalf("%d without a JSON error naming a field: %+v %v", resp.StatusCode, e, err)
			}
		default:
			t.Fatalf("status %d", resp.StatusCode)
		}
	})
}
