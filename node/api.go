package node

import (
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"

	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/openproof/openproof/node/queue"
)

//go:embed openapi.json
var openAPI []byte

// OpenAPI is the API's OpenAPI 3 document (served at /openapi.json).
func OpenAPI() []byte { return openAPI }

// APIConfig configures the HTTP API.
type APIConfig struct {
	// Token is the bearer token submit endpoints require; empty refuses
	// every submission (the node then only serves reads).
	Token string
	// MaxBody is the largest request body accepted (default 1 MiB).
	MaxBody int64
}

// Route is one endpoint of the API.
type Route struct {
	Method, Path string
	Auth         bool // needs the bearer token
	handler      http.HandlerFunc
}

// Routes lists the API's endpoints (the OpenAPI document lists the same).
func (n *Node) Routes(cfg APIConfig) []Route {
	a := &api{n: n, cfg: cfg}
	if a.cfg.MaxBody <= 0 {
		a.cfg.MaxBody = 1 << 20
	}
	return []Route{
		{Method: "POST", Path: "/v1/inferences", Auth: true, handler: a.submit},
		{Method: "GET", Path: "/v1/jobs/{id}", handler: a.job},
		{Method: "GET", Path: "/v1/jobs/{id}/bundle", handler: a.bundle},
		{Method: "GET", Path: "/v1/models", handler: a.models},
		{Method: "GET", Path: "/healthz", handler: func(w http.ResponseWriter, _ *http.Request) { writeJSON(w, 200, map[string]string{"status": "ok"}) }},
		{Method: "GET", Path: "/readyz", handler: a.readyz},
		{Method: "GET", Path: "/metrics", handler: promhttp.HandlerFor(n.Metrics.Registry, promhttp.HandlerOpts{}).ServeHTTP},
		{Method: "GET", Path: "/openapi.json", handler: func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write(openAPI)
		}},
	}
}

// Handler is the API as an http.Handler.
func (n *Node) Handler(cfg APIConfig) http.Handler {
	mux := http.NewServeMux()
	for _, r := range n.Routes(cfg) {
		h := r.handler
		if r.Auth {
			h = bearer(cfg.Token, h)
		}
		mux.HandleFunc(r.Method+" "+r.Path, h)
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeErr(w, http.StatusNotFound, "path", fmt.Sprintf("no endpoint %s %s (see /openapi.json)", r.Method, r.URL.Path))
	})
	return mux
}

type api struct {
	n   *Node
	cfg APIConfig
}

// APIError is the body of every 4xx/5xx answer.
type APIError struct {
	Error string `json:"error"`
	Field string `json:"field,omitempty"` // the request field (or header) at fault
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

func writeErr(w http.ResponseWriter, code int, field, msg string) {
	writeJSON(w, code, APIError{Error: msg, Field: field})
}

func bearer(token string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		h := r.Header.Get("Authorization")
		got, ok := strings.CutPrefix(h, "Bearer ")
		switch {
		case h == "":
			w.Header().Set("WWW-Authenticate", `Bearer realm="openproof"`)
			writeErr(w, http.StatusUnauthorized, "Authorization", "missing bearer token: send Authorization: Bearer <token>")
		case !ok || token == "" || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1:
			writeErr(w, http.StatusUnauthorized, "Authorization", "invalid bearer token")
		default:
			next(w, r)
		}
	}
}

// InferenceRequest is the body of POST /v1/inferences.
type InferenceRequest struct {
	Model       string    `json:"model"`
	Adapter     string    `json:"adapter"`
	Input       []float32 `json:"input"`
	Attribution bool      `json:"attribution"`
	RequestID   string    `json:"request_id"`
}

// InferenceAccepted is the answer to POST /v1/inferences.
type InferenceAccepted struct {
	JobID   string `json:"job_id"`
	State   string `json:"state"`
	Created bool   `json:"created"` // false: the same statement or request was submitted before
	Status  string `json:"status_url"`
}

var requestIDRe = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

func (a *api) submit(w http.ResponseWriter, r *http.Request) {
	var req InferenceRequest
	body := http.MaxBytesReader(w, r.Body, a.cfg.MaxBody)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		code, field, msg := decodeErr(err, a.cfg.MaxBody)
		writeErr(w, code, field, msg)
		return
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		writeErr(w, http.StatusBadRequest, "body", "malformed JSON: trailing data after the request object")
		return
	}
	s, field, msg := a.check(req)
	if field != "" {
		writeErr(w, http.StatusBadRequest, field, msg)
		return
	}
	j, created, err := a.n.Submit(r.Context(), s)
	switch {
	case errors.Is(err, ErrConflict):
		writeErr(w, http.StatusConflict, "request_id", err.Error())
		return
	case err != nil:
		writeErr(w, http.StatusServiceUnavailable, "", "could not queue the job: "+err.Error())
		return
	}
	code := http.StatusAccepted
	if !created {
		code = http.StatusOK
	}
	writeJSON(w, code, InferenceAccepted{JobID: j.ID, State: j.State, Created: created, Status: "/v1/jobs/" + j.ID})
}

// decodeErr names what is wrong with a body json could not decode.
func decodeErr(err error, limit int64) (code int, field, msg string) {
	var tooBig *http.MaxBytesError
	var typeErr *json.UnmarshalTypeError
	var syntax *json.SyntaxError
	switch {
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, "body", fmt.Sprintf("body over the limit of %d bytes", limit)
	case errors.As(err, &typeErr):
		f := typeErr.Field
		if f == "" {
			f = "body"
		}
		return http.StatusBadRequest, f, fmt.Sprintf("%s: want %s, got JSON %s", f, typeErr.Type, typeErr.Value)
	case errors.As(err, &syntax), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return http.StatusBadRequest, "body", "malformed JSON: " + err.Error()
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return http.StatusBadRequest, f, fmt.Sprintf("unknown field %q (fields: model, adapter, input, attribution, request_id)", f)
	}
	return http.StatusBadRequest, "body", "malformed JSON: " + err.Error()
}

// check validates a submission and names the first field at fault.
func (a *api) check(req InferenceRequest) (s Submission, field, msg string) {
	if req.Model == "" {
		return s, "model", "model is required (GET /v1/models lists them)"
	}
	m, ok := a.n.models.Lookup(req.Model, req.Adapter)
	if !ok {
		if _, any := a.n.models.Lookup(req.Model, ""); any || a.hasModel(req.Model) {
			return s, "adapter", fmt.Sprintf("adapter %q is not served with model %q (GET /v1/models lists them)", req.Adapter, req.Model)
		}
		return s, "model", fmt.Sprintf("unknown model %q (GET /v1/models lists them)", req.Model)
	}
	if len(req.Input) != m.InputLen() {
		return s, "input", fmt.Sprintf("input has %d values, model %s takes %d", len(req.Input), m.Name(), m.InputLen())
	}
	if req.Attribution && m.Attribution == nil {
		return s, "attribution", fmt.Sprintf("this node has no attribution artifacts for adapter %s", m.AdapterName())
	}
	if req.RequestID != "" && !requestIDRe.MatchString(req.RequestID) {
		return s, "request_id", "request_id must be a 0x-prefixed 32-byte hex request key"
	}
	return Submission{Model: m, Input: m.Quantize(req.Input), Attribution: req.Attribution, RequestKey: strings.ToLower(req.RequestID)}, "", ""
}

func (a *api) hasModel(name string) bool {
	for _, m := range a.n.models.All() {
		if m.Name() == name {
			return true
		}
	}
	return false
}

var jobIDRe = regexp.MustCompile(`^(0x[0-9a-f]{64}|s[0-9a-f]{64})$`)

// JobView is GET /v1/jobs/{id}: the stored job without its input.
type JobView struct {
	Job
	Bundle string `json:"bundle_url,omitempty"`
}

func (a *api) lookup(w http.ResponseWriter, r *http.Request) (*Job, bool) {
	id := r.PathValue("id")
	if !jobIDRe.MatchString(id) {
		writeErr(w, http.StatusBadRequest, "id", "job ids are 0x and 64 lowercase hex digits (a request key) or s and 64 hex digits")
		return nil, false
	}
	j, err := a.n.Job(r.Context(), id)
	if errors.Is(err, queue.ErrNotFound) {
		writeErr(w, http.StatusNotFound, "id", "no job "+id)
		return nil, false
	}
	if err != nil {
		writeErr(w, http.StatusServiceUnavailable, "", err.Error())
		return nil, false
	}
	return j, true
}

func (a *api) job(w http.ResponseWriter, r *http.Request) {
	j, ok := a.lookup(w, r)
	if !ok {
		return
	}
	v := JobView{Job: *j}
	v.Input = nil
	if j.Circuit != "" && (j.State == StateProved || j.State == StateSettling || j.State == StateSettled) {
		v.Bundle = "/v1/jobs/" + j.ID + "/bundle"
	}
	writeJSON(w, http.StatusOK, v)
}

func (a *api) bundle(w http.ResponseWriter, r *http.Request) {
	j, ok := a.lookup(w, r)
	if !ok {
		return
	}
	b, err := a.n.Bundle(r.Context(), j.ID)
	if errors.Is(err, queue.ErrNotFound) {
		writeErr(w, http.StatusNotFound, "id", fmt.Sprintf("job %s has no bundle (state %s)", j.ID, j.State))
		return
	}
	if err != nil {
		writeErr(w, http.StatusServiceUnavailable, "", err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(b)
}

// ModelView is one entry of GET /v1/models.
type ModelView struct {
	Model             string `json:"model"`
	Adapter           string `json:"adapter"`
	ModelDigest       string `json:"model_digest"`
	AdapterCommitment string `json:"adapter_commitment"`
	InputLength       int    `json:"input_length"`
	Attribution       bool   `json:"attribution"` // attributed proofs offered
}

func (a *api) models(w http.ResponseWriter, _ *http.Request) {
	out := []ModelView{}
	for _, m := range a.n.models.All() {
		out = append(out, ModelView{
			Model: m.Name(), Adapter: m.AdapterName(), ModelDigest: hexOf(m.ModelDigest), AdapterCommitment: hexOf(m.AdapterCommitment),
			InputLength: m.InputLen(), Attribution: m.Attribution != nil,
		})
	}
	writeJSON(w, http.StatusOK, out)
}

func (a *api) readyz(w http.ResponseWriter, _ *http.Request) {
	if !a.n.Ready() {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "not ready"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}
