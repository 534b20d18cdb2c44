package data

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"slices"
	"strings"
	"testing"
)

// idxImages builds an IDX image file: the header magic, n, rows, cols
// (big-endian uint32) followed by pix.
func idxImages(magic uint32, n, rows, cols int, pix []byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, magic)
	for _, v := range []int{n, rows, cols} {
		b = binary.BigEndian.AppendUint32(b, uint32(v))
	}
	return append(b, pix...)
}

// idxLabels builds an IDX label file: magic, n, then the labels.
func idxLabels(magic uint32, n int, labels []byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, magic)
	b = binary.BigEndian.AppendUint32(b, uint32(n))
	return append(b, labels...)
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// Three images of 2×2: pixels 0…11.
var threePix = []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}

func TestReadIDXValid(t *testing.T) {
	raw := idxImages(ImagesMagic, 3, 2, 2, threePix)
	for name, file := range map[string][]byte{"raw": raw, "gzip": gz(raw)} {
		im, err := ReadIDXImages(bytes.NewReader(file), "imgs", 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if im.N != 3 || im.Rows != 2 || im.Cols != 2 || !bytes.Equal(im.Pixels, threePix) {
			t.Errorf("%s: %+v", name, im)
		}
		first, err := ReadIDXImages(bytes.NewReader(file), "imgs", 2)
		if err != nil || first.N != 2 || !bytes.Equal(first.Pixels, threePix[:8]) {
			t.Errorf("%s: first 2: %+v, %v", name, first, err)
		}
	}
	lab := idxLabels(LabelsMagic, 4, []byte{5, 0, 9, 1})
	for name, file := range map[string][]byte{"raw": lab, "gzip": gz(lab)} {
		got, err := ReadIDXLabels(bytes.NewReader(file), "labs", 0)
		if err != nil || !slices.Equal(got, []int{5, 0, 9, 1}) {
			t.Errorf("%s: %v, %v", name, got, err)
		}
		got, err = ReadIDXLabels(bytes.NewReader(file), "labs", 1)
		if err != nil || !slices.Equal(got, []int{5}) {
			t.Errorf("%s: first 1: %v, %v", name, got, err)
		}
	}
}

func TestReadIDXErrors(t *testing.T) {
	images := idxImages(ImagesMagic, 3, 2, 2, threePix)
	labels := idxLabels(LabelsMagic, 3, []byte{1, 2, 3})
	corrupt := gz(images)
	corrupt[len(corrupt)-6] ^= 0xff // inside the CRC-32 of the gzip trailer
	cases := []struct {
		name   string
		file   []byte
		images bool
		limit  int
		want   string
	}{
		{"wrong magic", labels, true, 0, "imgs: magic 0x00000801, want 0x00000803 for images (this is a label file)"},
		{"wrong magic labels", images, false, 0, "labs: magic 0x00000803, want 0x00000801 for labels (this is an image file)"},
		{"other magic", idxImages(0x12345678, 3, 2, 2, threePix), true, 0, "magic 0x12345678"},
		{"empty", nil, true, 0, "imgs: truncated header: 0 of 4 bytes"},
		{"truncated header", images[:10], true, 0, "imgs: truncated header: 10 of 16 bytes"},
		{"truncated label header", labels[:6], false, 0, "labs: truncated header: 6 of 8 bytes"},
		{"truncated data", images[:16+5], true, 0, "imgs: truncated: header says 3 images of 2×2, file has 5 bytes of pixels, want 12"},
		{"truncated data gzip", gz(images[:16+5]), true, 0, "file has 5 bytes of pixels"},
		{"truncated first", images[:16+5], true, 2, "the first 2 need 8 bytes of pixels, file has 5"},
		{"truncated labels", labels[:9], false, 0, "labs: truncated: header says 3 labels, file has 1"},
		{"extra bytes", append(slices.Clone(images), 0), true, 0, "bytes follow the 3 images of 2×2"},
		{"extra labels", append(slices.Clone(labels), 0), false, 0, "bytes follow the 3 labels"},
		{"bad label", idxLabels(LabelsMagic, 3, []byte{1, 10, 3}), false, 0, "labs: label 10 of item 1 is not a digit"},
		{"zero images", idxImages(ImagesMagic, 0, 2, 2, nil), true, 0, "header says 0 images"},
		{"zero rows", idxImages(ImagesMagic, 3, 0, 2, nil), true, 0, "images of 0×2 pixels"},
		{"huge images", idxImages(ImagesMagic, 3, 1<<16, 1<<16, nil), true, 0, "65536×65536"},
		{"huge count", idxImages(ImagesMagic, 1<<31, 28, 28, nil), true, 0, "header says 2147483648 images, more than"},
		{"limit too big", images, true, 4, "asked for the first 4 images, the file has 3"},
		{"negative limit", images, true, -1, "limit -1 is negative"},
		{"bad gzip header", []byte{0x1f, 0x8b, 0, 0}, true, 0, "imgs: gzip:"},
		{"bad checksum", corrupt, true, 0, "imgs: after the 3 images of 2×2: gzip: invalid checksum"},
	}
	for _, tc := range cases {
		var err error
		if tc.images {
			_, err = ReadIDXImages(bytes.NewReader(tc.file), "imgs", tc.limit)
		} else {
			_, err = ReadIDXLabels(bytes.NewReader(tc.file), "labs", tc.limit)
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
	if _, err := ReadIDXImages(nil, "imgs", 0); err == nil {
		t.Error("nil reader accepted")
	}
}

func TestReadMNIST(t *testing.T) {
	images := idxImages(ImagesMagic, 3, 2, 2, []byte{0, 255, 51, 102, 0, 0, 0, 0, 255, 255, 255, 255})
	labels := idxLabels(LabelsMagic, 3, []byte{7, 0, 3})
	m, err := ReadMNIST("tiny", bytes.NewReader(images), bytes.NewReader(gz(labels)), 0)
	if err != nil {
		t.Fatal(err)
	}
	// Pixels scaled by 1/255: 0 → 0, 255 → 1, 51 → 0.2, 102 → 0.4.
	if got := m.Images.RawRowView(0); !slices.Equal(got, []float64{0, 1, 0.2, 0.4}) {
		t.Errorf("image 0 = %v", got)
	}
	if r, c := m.Images.Dims(); r != 3 || c != 4 || m.Rows != 2 || m.Cols != 2 || !slices.Equal(m.Labels, []int{7, 0, 3}) {
		t.Errorf("Images %d×%d, %d×%d pixels, labels %v", r, c, m.Rows, m.Cols, m.Labels)
	}
	img, err := m.Image(2)
	if err != nil || img.At(1, 1) != 1 {
		t.Errorf("Image(2): %v, %v", img, err)
	}
	if _, err := m.Image(3); err == nil || !strings.Contains(err.Error(), "image 3 does not exist, there are 3") {
		t.Errorf("Image(3): %v", err)
	}
	s, err := m.Set()
	if err != nil || s.Classes != 10 || s.Y.At(0, 7) != 1 {
		t.Errorf("Set: %v", err)
	}
	first, err := ReadMNIST("tiny", bytes.NewReader(images), bytes.NewReader(labels), 2)
	if err != nil || first.Len() != 2 {
		t.Errorf("first 2: %v", err)
	}
	// Two labels for three images: an error even when reading the first one only.
	two := idxLabels(LabelsMagic, 2, []byte{7, 0})
	for _, limit := range []int{0, 1} {
		_, err := ReadMNIST("tiny", bytes.NewReader(images), bytes.NewReader(two), limit)
		if err == nil || !strings.Contains(err.Error(), "tiny-images has 3 images but tiny-labels has 2 labels") {
			t.Errorf("limit %d: count mismatch: %v", limit, err)
		}
	}
}
