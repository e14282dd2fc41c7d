// Command stmem measures the memory that reading a safetensors file costs:
//
//	stmem -write /tmp/big.safetensors -size 2048 -tensors 32
//	/usr/bin/time -v stmem -read /tmp/big.safetensors -mode read
//	/usr/bin/time -v stmem -read /tmp/big.safetensors -mode stream
//
// -write streams a file of F32 tensors of the given total size in MiB to
// disk without holding it in memory. -mode read uses safetensors.Read (the
// whole file in one buffer); -mode stream uses safetensors.Open and Get,
// one tensor at a time. Both touch every byte (a checksum) so the pages are
// really resident, and print the file size and checksum.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"hash/crc32"
	"log"
	"os"

	"github.com/openproof/openproof/inference/safetensors"
)

func main() {
	write := flag.String("write", "", "write a test file to this path")
	read := flag.String("read", "", "read this file")
	mode := flag.String("mode", "read", "read (safetensors.Read) or stream (safetensors.Open)")
	sizeMiB := flag.Int("size", 2048, "file size in MiB for -write")
	tensors := flag.Int("tensors", 32, "number of tensors for -write")
	flag.Parse()
	switch {
	case *write != "":
		if err := writeFile(*write, int64(*sizeMiB)<<20, *tensors); err != nil {
			log.Fatal(err)
		}
	case *read != "":
		if err := readFile(*read, *mode); err != nil {
			log.Fatal(err)
		}
	default:
		flag.Usage()
		os.Exit(2)
	}
}

func writeFile(path string, size int64, n int) error {
	per := size / int64(n) / 4 * 4
	header := map[string]any{"__metadata__": map[string]string{"format": "pt"}}
	for i := range n {
		header[fmt.Sprintf("t%03d.weight", i)] = map[string]any{
			"dtype": "F32", "shape": []int64{per / 4}, "data_offsets": []int64{int64(i) * per, int64(i+1) * per},
		}
	}
	hb, err := json.Marshal(header)
	if err != nil {
		return err
	}
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fh, 1<<20)
	if err := binary.Write(w, binary.LittleEndian, uint64(len(hb))); err != nil {
		return err
	}
	w.Write(hb)
	chunk := make([]byte, 1<<20)
	for i := range chunk {
		chunk[i] = byte(i * 7)
	}
	for left := per * int64(n); left > 0; left -= int64(len(chunk)) {
		w.Write(chunk[:min(left, int64(len(chunk)))])
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return fh.Close()
}

func readFile(path, mode string) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	var sum uint32
	var count int
	switch mode {
	case "read":
		f, err := safetensors.Read(path)
		if err != nil {
			return err
		}
		for _, name := range f.Order {
			sum = crc32.Update(sum, crc32.IEEETable, f.Tensors[name].Data)
			count++
		}
	case "stream":
		r, err := safetensors.Open(path)
		if err != nil {
			return err
		}
		defer r.Close()
		for _, name := range r.Order() {
			t, err := r.Get(name)
			if err != nil {
				return err
			}
			sum = crc32.Update(sum, crc32.IEEETable, t.Data)
			count++
		}
	default:
		return fmt.Errorf("unknown mode %q", mode)
	}
	fmt.Printf("file %d bytes (%.2f GiB), %d tensors, crc32 %08x, mode %s\n", st.Size(), float64(st.Size())/(1<<30), count, sum, mode)
	return nil
}
