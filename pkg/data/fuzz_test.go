package data

import (
	"bytes"
	"testing"
)

// FuzzReadIDX feeds arbitrary bytes to both readers: the answer must be an
// error or a well-formed result, never a panic nor a huge allocation. The
// seed corpus is in testdata/fuzz/FuzzReadIDX (valid, truncated, gzip and
// corrupt files); run more with
//
//	go test -fuzz FuzzReadIDX -fuzztime 30s ./pkg/data
func FuzzReadIDX(f *testing.F) {
	f.Add(idxImages(ImagesMagic, 3, 2, 2, threePix), uint8(0))
	f.Add(gz(idxLabels(LabelsMagic, 3, []byte{1, 2, 3})), uint8(2))
	f.Fuzz(func(t *testing.T, file []byte, limit uint8) {
		im, err := ReadIDXImages(bytes.NewReader(file), "fuzz", int(limit))
		if err == nil {
			if im.N <= 0 || im.Rows <= 0 || im.Cols <= 0 || len(im.Pixels) != im.N*im.Rows*im.Cols {
				t.Fatalf("inconsistent images: N=%d %d×%d with %d bytes", im.N, im.Rows, im.Cols, len(im.Pixels))
			}
			if limit > 0 && im.N != int(limit) {
				t.Fatalf("limit %d gave %d images", limit, im.N)
			}
		}
		labels, err := ReadIDXLabels(bytes.NewReader(file), "fuzz", int(limit))
		if err == nil {
			if len(labels) == 0 || (limit > 0 && len(labels) != int(limit)) {
				t.Fatalf("limit %d gave %d labels", limit, len(labels))
			}
			for i, l := range labels {
				if l < 0 || l > 9 {
					t.Fatalf("label %d of item %d", l, i)
				}
			}
		}
		// The same bytes as both files of a part.
		m, err := ReadMNIST("fuzz", bytes.NewReader(file), bytes.NewReader(file), int(limit))
		if err == nil {
			t.Fatalf("one file read as images and labels: %d examples", m.Len())
		}
	})
}
