package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/openproof/openproof/node/queue"
	"github.com/openproof/openproof/prover/bundle"
)

const token = "s3cret"

func body(t *testing.T, m *Model, mutate func(map[string]any)) string {
	t.Helper()
	in := make([]float64, m.InputLen())
	for i := range in {
		in[i] = float64(i%7) / 7
	}
	req := map[string]any{"model": m.Name(), "adapter": m.AdapterName(), "input": in}
	if mutate != nil {
		mutate(req)
	}
	b, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func post(t *testing.T, srv *httptest.Server, auth, payload string) (int, APIError) {
	t.Helper()
	req, err := http.NewRequest("POST", srv.URL+"/v1/inferences", strings.NewReader(payload))
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var e APIError
	_ = json.Unmarshal(raw, &e)
	return resp.StatusCode, e
}

func TestAPIRejects(t *testing.T) {
	q := openQueue(t, t.TempDir(), queue.Config{})
	n := startNode(t, q, Config{Name: "a"}, &fakeProver{}, nil, nil)
	srv := httptest.NewServer(n.Handler(APIConfig{Token: token, MaxBody: 64 << 10}))
	defer srv.Close()
	m := testModel(t)
	ok := "Bearer " + token
	big := body(t, m, func(r map[string]any) { r["adapter"] = strings.Repeat("x", 70<<10) })
	for _, tc := range []struct {
		name, auth, body string
		code             int
		field            string
	}{
		{"missing token", "", body(t, m, nil), 401, "Authorization"},
		{"invalid token", "Bearer nope", body(t, m, nil), 401, "Authorization"},
		{"not bearer", "Basic " + token, body(t, m, nil), 401, "Authorization"},
		{"malformed JSON", ok, `{"model": "x", `, 400, "body"},
		{"not an object", ok, `[1, 2]`, 400, "body"},
		{"trailing data", ok, body(t, m, nil) + `{}`, 400, "body"},
		{"body over the limit", ok, big, 413, "body"},
		{"unknown field", ok, body(t, m, func(r map[string]any) { r["temperature"] = 1 }), 400, "temperature"},
		{"no model", ok, body(t, m, func(r map[string]any) { delete(r, "model") }), 400, "model"},
		{"unknown model", ok, body(t, m, func(r map[string]any) { r["model"] = "gpt-5" }), 400, "model"},
		{"unknown adapter", ok, body(t, m, func(r map[string]any) { r["adapter"] = "other-lora" }), 400, "adapter"},
		{"input too short", ok, body(t, m, func(r map[string]any) { r["input"] = []float64{0.5} }), 400, "input"},
		{"input too long", ok, body(t, m, func(r map[string]any) { r["input"] = make([]float64, m.InputLen()+1) }), 400, "input"},
		{"no input", ok, body(t, m, func(r map[string]any) { delete(r, "input") }), 400, "input"},
		{"input not numbers", ok, body(t, m, func(r map[string]any) { r["input"] = []string{"a"} }), 400, "input"},
		{"attribution without artifacts", ok, body(t, m, func(r map[string]any) { r["attribution"] = true }), 400, "attribution"},
		{"attribution not a bool", ok, body(t, m, func(r map[string]any) { r["attribution"] = "yes" }), 400, "attribution"},
		{"bad request id", ok, body(t, m, func(r map[string]any) { r["request_id"] = "0x12" }), 400, "request_id"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, e := post(t, srv, tc.auth, tc.body)
			if code != tc.code || e.Field != tc.field || e.Error == "" {
				t.Fatalf("got %d %+v, want %d naming %q", code, e, tc.code, tc.field)
			}
		})
	}
	// Nothing was stored or queued.
	if keys, err := q.Jobs.Keys(context.Background()); !errors.Is(err, jetstream.ErrNoKeysFound) {
		t.Fatalf("jobs stored after rejected requests: %v, %v", keys, err)
	}
	if waiting, inFlight, err := q.Depth(context.Background(), queue.JobSubject); err != nil || waiting+uint64(inFlight) != 0 {
		t.Fatalf("queue depth %d+%d, %v", waiting, inFlight, err)
	}
}

func get(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if v != nil {
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatal(err)
		}
	}
	return resp.StatusCode
}

func TestAPISubmitAndFetch(t *testing.T) {
	q := openQueue(t, t.TempDir(), queue.Config{})
	n := startNode(t, q, Config{Name: "a"}, &fakeProver{}, nil, nil)
	srv := httptest.NewServer(n.Handler(APIConfig{Token: token}))
	defer srv.Close()
	m := testModel(t)

	var models []ModelView
	if code := get(t, srv.URL+"/v1/models", &models); code != 200 || len(models) != 1 || models[0].InputLength != 784 || models[0].ModelDigest == "" {
		t.Fatalf("models: %d %+v", code, models)
	}
	req, _ := http.NewRequest("POST", srv.URL+"/v1/inferences", strings.NewReader(body(t, m, nil)))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var acc InferenceAccepted
	if err := json.NewDecoder(resp.Body).Decode(&acc); err != nil || resp.StatusCode != 202 || !acc.Created {
		t.Fatalf("submit: %d %+v %v", resp.StatusCode, acc, err)
	}
	resp.Body.Close()
	waitState(t, n.Node, acc.JobID, StateProved)
	var v JobView
	if code := get(t, srv.URL+acc.Status, &v); code != 200 || v.State != StateProved || v.Input != nil || v.Bundle == "" || v.Times.NodeSeconds <= 0 {
		t.Fatalf("job: %d %+v", code, v)
	}
	resp, err = http.Get(srv.URL + v.Bundle)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if _, err := bundle.Parse("bundle", raw); err != nil || resp.StatusCode != 200 {
		t.Fatalf("bundle: %d %v", resp.StatusCode, err)
	}
	// The same statement again is the same job.
	if code, e := post(t, srv, "Bearer "+token, body(t, m, nil)); code != 200 {
		t.Fatalf("resubmit: %d %+v", code, e)
	}
	for _, tc := range []struct {
		path  string
		code  int
		field string
	}{
		{"/v1/jobs/nope", 400, "id"},
		{"/v1/jobs/s" + strings.Repeat("0", 64), 404, "id"},
		{"/v1/jobs/s" + strings.Repeat("0", 64) + "/bundle", 404, "id"},
		{"/v2/else", 404, "path"},
	} {
		var e APIError
		if code := get(t, srv.URL+tc.path, &e); code != tc.code || e.Field != tc.field {
			t.Errorf("%s: %d %+v, want %d naming %s", tc.path, code, e, tc.code, tc.field)
		}
	}
	for _, p := range []string{"/healthz", "/readyz", "/openapi.json"} {
		if code := get(t, srv.URL+p, nil); code != 200 {
			t.Errorf("%s: %d", p, code)
		}
	}
	resp, err = http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`openproof_node_jobs_total{state="proved"} 1`, "openproof_node_prove_seconds_bucket", "openproof_node_queue_depth"} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// TestOpenAPIMatchesRoutes checks /openapi.json against the routes: the
// same (method, path) pairs, the bearer scheme on exactly the routes that
// need the token, and a response for each status the API answers.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string `json:"openapi"`
		Paths   map[string]map[string]struct {
			Security  []map[string][]string `json:"security"`
			Responses map[string]any        `json:"responses"`
		} `json:"paths"`
		Components struct {
			SecuritySchemes map[string]any `json:"securitySchemes"`
		} `json:"components"`
	}
	if err := json.Unmarshal(OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi %q, want 3.x", doc.OpenAPI)
	}
	n := &Node{Metrics: newMetrics()}
	var want, got []string
	for _, r := range n.Routes(APIConfig{}) {
		want = append(want, strings.ToLower(r.Method)+" "+r.Path)
		op, ok := doc.Paths[r.Path][strings.ToLower(r.Method)]
		if !ok {
			continue
		}
		if (len(op.Security) > 0) != r.Auth {
			t.Errorf("%s %s: security %v, route needs a token: %t", r.Method, r.Path, op.Security, r.Auth)
		}
		if len(op.Responses) == 0 {
			t.Errorf("%s %s: no responses", r.Method, r.Path)
		}
		if r.Auth {
			if _, ok := op.Responses["401"]; !ok {
				t.Errorf("%s %s: no 401", r.Method, r.Path)
			}
		}
	}
	for p, ops := range doc.Paths {
		for method := range ops {
			got = append(got, method+" "+p)
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(want, got) {
		t.Fatalf("openapi.json paths %v, routes %v", got, want)
	}
	if _, ok := doc.Components.SecuritySchemes["bearer"]; !ok {
		t.Fatal("no bearer security scheme")
	}
	if post := doc.Paths["/v1/inferences"]["post"]; fmt.Sprint(post.Responses["413"]) == "<nil>" {
		t.Fatal("POST /v1/inferences documents no 413")
	}
}
