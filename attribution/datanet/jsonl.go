package datanet

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/openproof/openproof/inference/strictjson"
)

// MaxLineBytes bounds one JSONL line (a record of MaxInputDim values "255,").
const MaxLineBytes = 4*MaxInputDim + 4096

type jsonHeader struct {
	Format   string `json:"format"`
	Version  int    `json:"version"`
	Name     string `json:"name"`
	InputDim int    `json:"input_dim"`
	Classes  int    `json:"classes"`
}

type jsonRecord struct {
	Contributor string  `json:"contributor"`
	Label       int     `json:"label"`
	Input       []uint8 `json:"input"`
}

// MarshalJSONL writes d in the JSONL form, contributors in order.
func (d *Datanet) MarshalJSONL(w io.Writer) error {
	if err := d.Validate(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	h, err := json.Marshal(jsonHeader{Format: Format, Version: Version, Name: d.Name, InputDim: d.InputDim, Classes: d.Classes})
	if err != nil {
		return fmt.Errorf("datanet: %w", err)
	}
	bw.Write(h)
	bw.WriteByte('\n')
	var line []byte
	for _, c := range d.Contributors {
		for _, e := range c.Examples {
			// Hand-written: json.Marshal would encode []uint8 as base64.
			line = append(line[:0], `{"contributor":`...)
			line = strconv.AppendQuote(line, c.ID)
			line = append(line, `,"label":`...)
			line = strconv.AppendUint(line, uint64(e.Label), 10)
			line = append(line, `,"input":[`...)
			for i, v := range e.Input {
				if i > 0 {
					line = append(line, ',')
				}
				line = strconv.AppendUint(line, uint64(v), 10)
			}
			line = append(line, "]}\n"...)
			bw.Write(line)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("datanet: %w", err)
	}
	return nil
}

// ParseJSONL reads the JSONL form; name is used in errors ("name:line: field: …").
func ParseJSONL(name string, r io.Reader) (*Datanet, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), MaxLineBytes)
	lineNo := 0
	bad := func(field, format string, args ...any) error {
		where := fmt.Sprintf("%s:%d", name, lineNo)
		if field != "" {
			where += ": " + field
		}
		return fmt.Errorf("%w: %s: %s", ErrBadInput, where, fmt.Sprintf(format, args...))
	}
	var b *Builder
	records := 0
	for sc.Scan() {
		lineNo++
		line := bytes.TrimSpace(sc.Bytes())
		if b == nil {
			h, err := parseHeader(line, bad)
			if err != nil {
				return nil, err
			}
			b = NewBuilder(h.Name, h.InputDim, h.Classes)
			continue
		}
		if len(line) == 0 {
			continue
		}
		rec, err := parseRecord(line, b.d.InputDim, b.d.Classes, bad)
		if err != nil {
			return nil, err
		}
		if records++; records > MaxRecords {
			return nil, bad("", "more than %d records", MaxRecords)
		}
		b.Add(rec.Contributor, uint8(rec.Label), rec.Input)
	}
	if err := sc.Err(); err != nil {
		lineNo++
		if err == bufio.ErrTooLong {
			return nil, bad("", "line longer than %d bytes", MaxLineBytes)
		}
		return nil, fmt.Errorf("datanet: %s: %w", name, err)
	}
	if b == nil {
		return nil, fmt.Errorf("%w: %s: empty file, want a header line", ErrBadInput, name)
	}
	d, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

// fields decodes one JSON object into its raw fields, rejecting duplicates
// (encoding/json would silently keep the last one).
func fields(line []byte) (map[string]json.RawMessage, []string, error) {
	dec := strictjson.NewDecoder(line)
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('{') {
		return nil, nil, fmt.Errorf("not a JSON object")
	}
	m := map[string]json.RawMessage{}
	var order []string
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, nil, fmt.Errorf("malformed JSON: %v", err)
		}
		k, ok := kt.(string)
		if !ok {
			return nil, nil, fmt.Errorf("malformed JSON key")
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, nil, fmt.Errorf("field %q: malformed JSON: %v", k, err)
		}
		if _, dup := m[k]; dup {
			return nil, nil, fmt.Errorf("field %q appears twice", k)
		}
		m[k] = v
		order = append(order, k)
	}
	if _, err := dec.Token(); err != nil {
		return nil, nil, fmt.Errorf("malformed JSON: %v", err)
	}
	if dec.More() {
		return nil, nil, fmt.Errorf("trailing data after the object")
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, nil, fmt.Errorf("trailing data after the object")
	}
	return m, order, nil
}

type badFunc func(field, format string, args ...any) error

func checkKnown(m map[string]json.RawMessage, order []string, known []string, bad badFunc) error {
	for _, k := range order {
		found := false
		for _, w := range known {
			found = found || k == w
		}
		if !found {
			return bad(k, "unknown field")
		}
	}
	for _, w := range known {
		if _, ok := m[w]; !ok {
			return bad(w, "missing")
		}
	}
	return nil
}

func decodeInt(raw json.RawMessage, field string, lo, hi int, bad badFunc) (int, error) {
	var v int64
	if err := strictjson.Unmarshal(raw, &v); err != nil {
		return 0, bad(field, "want an integer, got %s", clip(raw))
	}
	if v < int64(lo) || v > int64(hi) {
		return 0, bad(field, "%d outside [%d, %d]", v, lo, hi)
	}
	return int(v), nil
}

func decodeString(raw json.RawMessage, field string, bad badFunc) (string, error) {
	var s string
	if err := strictjson.Unmarshal(raw, &s); err != nil {
		return "", bad(field, "want a string, got %s", clip(raw))
	}
	return s, nil
}

func clip(raw []byte) string {
	if len(raw) > 40 {
		return string(raw[:40]) + "…"
	}
	return string(raw)
}

func parseHeader(line []byte, bad badFunc) (*jsonHeader, error) {
	m, order, err := fields(line)
	if err != nil {
		return nil, bad("", "header: %v", err)
	}
	if err := checkKnown(m, order, []string{"format", "version", "name", "input_dim", "classes"}, bad); err != nil {
		return nil, err
	}
	h := &jsonHeader{}
	if h.Format, err = decodeString(m["format"], "format", bad); err != nil {
		return nil, err
	}
	if h.Format != Format {
		return nil, bad("format", "%q, want %q", h.Format, Format)
	}
	if h.Version, err = decodeInt(m["version"], "version", 0, 1<<30, bad); err != nil {
		return nil, err
	}
	if h.Version != Version {
		return nil, bad("version", "%d, this reader knows %d", h.Version, Version)
	}
	if h.Name, err = decodeString(m["name"], "name", bad); err != nil {
		return nil, err
	}
	if err := checkName(h.Name); err != nil {
		return nil, bad("name", "%v", err)
	}
	if h.InputDim, err = decodeInt(m["input_dim"], "input_dim", 1, MaxInputDim, bad); err != nil {
		return nil, err
	}
	if h.Classes, err = decodeInt(m["classes"], "classes", 2, MaxClasses, bad); err != nil {
		return nil, err
	}
	return h, nil
}

func parseRecord(line []byte, inputDim, classes int, bad badFunc) (*jsonRecord, error) {
	m, order, err := fields(line)
	if err != nil {
		return nil, bad("", "%v", err)
	}
	if err := checkKnown(m, order, []string{"contributor", "label", "input"}, bad); err != nil {
		return nil, err
	}
	rec := &jsonRecord{}
	if rec.Contributor, err = decodeString(m["contributor"], "contributor", bad); err != nil {
		return nil, err
	}
	if err := checkID(rec.Contributor); err != nil {
		return nil, bad("contributor", "%v", err)
	}
	if rec.Label, err = decodeInt(m["label"], "label", 0, classes-1, bad); err != nil {
		return nil, err
	}
	var vals []json.RawMessage
	if err := strictjson.Unmarshal(m["input"], &vals); err != nil {
		return nil, bad("input", "want an array, got %s", clip(m["input"]))
	}
	if len(vals) != inputDim {
		return nil, bad("input", "%d values, want %d", len(vals), inputDim)
	}
	rec.Input = make([]uint8, inputDim)
	for i, raw := range vals {
		v, err := decodeInt(raw, "input["+strconv.Itoa(i)+"]", 0, 255, bad)
		if err != nil {
			return nil, err
		}
		rec.Input[i] = uint8(v)
	}
	return rec, nil
}
