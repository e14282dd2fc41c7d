package queue

import (
	"context"
	"testing"
	"time"
)

func open(t *testing.T, cfg Config) *Queue {
	t.Helper()
	cfg.StoreDir = t.TempDir()
	q, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

// TestWorkQueue: a publish is delivered once (a second publish of the same
// id is dropped as a duplicate), a nak redelivers it with the attempt
// counted, an ack removes it, and the two subjects have their own
// consumers.
func TestWorkQueue(t *testing.T) {
	ctx := context.Background()
	q := open(t, Config{AckWait: 5 * time.Second})
	for range 2 {
		if err := q.Enqueue(ctx, JobSubject, "job-1"); err != nil {
			t.Fatal(err)
		}
	}
	if err := q.Enqueue(ctx, SettleSubject, "job-1"); err != nil {
		t.Fatal(err)
	}
	if p, a, err := q.Depth(ctx, JobSubject); err != nil || p != 1 || a != 0 {
		t.Fatalf("depth %d+%d, %v; want 1 waiting (the duplicate dropped)", p, a, err)
	}
	d, err := q.Next(ctx, JobSubject, time.Second)
	if err != nil || d == nil || d.ID != "job-1" || d.Attempt != 1 {
		t.Fatalf("first delivery %+v, %v", d, err)
	}
	if err := d.Nak(0); err != nil {
		t.Fatal(err)
	}
	if d, err = q.Next(ctx, JobSubject, 2*time.Second); err != nil || d == nil || d.Attempt != 2 {
		t.Fatalf("redelivery %+v, %v", d, err)
	}
	if err := d.InProgress(); err != nil {
		t.Fatal(err)
	}
	if err := d.Ack(); err != nil {
		t.Fatal(err)
	}
	if d, err := q.Next(ctx, JobSubject, 300*time.Millisecond); err != nil || d != nil {
		t.Fatalf("after the ack: %+v, %v", d, err)
	}
	if d, err := q.Next(ctx, SettleSubject, time.Second); err != nil || d == nil || d.ID != "job-1" {
		t.Fatalf("settle delivery %+v, %v", d, err)
	}
}

// TestReopen: the embedded store keeps what was queued across a restart.
func TestReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	q, err := Open(ctx, Config{StoreDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Enqueue(ctx, JobSubject, "kept"); err != nil {
		t.Fatal(err)
	}
	q.Close()
	q, err = Open(ctx, Config{StoreDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if d, err := q.Next(ctx, JobSubject, 2*time.Second); err != nil || d == nil || d.ID != "kept" {
		t.Fatalf("after reopening: %+v, %v", d, err)
	}
}

func TestOpenNeedsStore(t *testing.T) {
	if _, err := Open(context.Background(), Config{}); err == nil {
		t.Fatal("an embedded NATS without a store directory opened")
	}
}
