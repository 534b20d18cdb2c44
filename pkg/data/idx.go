package data

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/stepnet/stepnet/internal/guard"
)

// The IDX format (LeCun's, used by MNIST) is a big-endian header followed by
// the raw bytes:
//
//	images: magic 0x00000803, N, rows, cols (four uint32), then N·rows·cols pixels
//	labels: magic 0x00000801, N (two uint32), then N labels
//
// In the magic number, 0x08 means "unsigned bytes" and the last byte is the
// number of dimensions (3 for images, 1 for labels).
const (
	ImagesMagic = 0x00000803
	LabelsMagic = 0x00000801
)

// Bounds on what a header may claim, so that a corrupt file is an error and
// not a huge allocation.
const (
	maxIDXCount = 1 << 28
	maxIDXPixel = 1 << 20 // rows·cols
)

// MaxIDXBytes bounds the decompressed pixels of an image file: N·rows·cols
// at most 2²⁸ bytes (256 MiB; 2 GiB once scaled to float64 by ReadMNIST).
// MNIST's training set is 47 MB. The header's claim is checked against it
// before anything is read or allocated, so that a small gzip file whose
// header announces 4096×1024×1024 pixels is an error, not 4 GiB of memory.
const MaxIDXBytes = 1 << 28

// Images is the content of an IDX image file: N images of Rows×Cols bytes
// (0 = white, 255 = black for MNIST), image i at Pixels[i·Rows·Cols:], row
// by row.
type Images struct {
	N, Rows, Cols int
	Pixels        []byte
}

// ReadIDXImages reads an IDX image file, gzip-compressed or raw (it looks at
// the first two bytes). name is used in errors, e.g. "train-images". limit > 0
// reads only the first limit images; limit = 0 reads them all and then checks
// that nothing follows them (and, for gzip, the checksum).
func ReadIDXImages(r io.Reader, name string, limit int) (*Images, error) {
	im, _, err := readImages(r, name, limit)
	return im, err
}

// ReadIDXLabels reads an IDX label file, gzip-compressed or raw, checking
// that every label is a digit 0…9. name and limit are as for ReadIDXImages.
func ReadIDXLabels(r io.Reader, name string, limit int) ([]int, error) {
	labels, _, err := readLabels(r, name, limit)
	return labels, err
}

// readImages is ReadIDXImages that also returns the count of the header.
func readImages(r io.Reader, name string, limit int) (*Images, int, error) {
	r, err := open(r, name, limit)
	if err != nil {
		return nil, 0, err
	}
	h, err := readHeader(r, name, ImagesMagic, "images", 3)
	if err != nil {
		return nil, 0, err
	}
	n, rows, cols := h[0], h[1], h[2]
	if rows <= 0 || cols <= 0 || rows > maxIDXPixel || cols > maxIDXPixel || rows*cols > maxIDXPixel {
		return nil, n, fmt.Errorf("%s: header says images of %d×%d pixels, want between 1 and %d pixels", name, rows, cols, maxIDXPixel)
	}
	count, err := howMany(name, "images", n, limit)
	if err != nil {
		return nil, n, err
	}
	need := count * rows * cols // ≤ 2²⁸·2²⁰: no overflow
	if need > MaxIDXBytes {
		return nil, n, fmt.Errorf("%s: header says %d images of %d×%d, %d bytes of pixels, more than the %d this reader accepts (data.MaxIDXBytes)", name, count, rows, cols, need, MaxIDXBytes)
	}
	pix, err := readExactly(r, need)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, n, fmt.Errorf("%s: reading %d images of %d×%d: %w", name, count, rows, cols, err)
	}
	if len(pix) < need {
		if count == n {
			return nil, n, fmt.Errorf("%s: truncated: header says %d images of %d×%d, file has %d bytes of pixels, want %d",
				name, n, rows, cols, len(pix), need)
		}
		return nil, n, fmt.Errorf("%s: truncated: header says %d images of %d×%d; the first %d need %d bytes of pixels, file has %d",
			name, n, rows, cols, count, need, len(pix))
	}
	if count == n {
		if err := checkEnd(r, name, fmt.Sprintf("%d images of %d×%d", n, rows, cols)); err != nil {
			return nil, n, err
		}
	}
	return &Images{N: count, Rows: rows, Cols: cols, Pixels: pix}, n, nil
}

// readLabels is ReadIDXLabels that also returns the count of the header.
func readLabels(r io.Reader, name string, limit int) ([]int, int, error) {
	r, err := open(r, name, limit)
	if err != nil {
		return nil, 0, err
	}
	h, err := readHeader(r, name, LabelsMagic, "labels", 1)
	if err != nil {
		return nil, 0, err
	}
	n := h[0]
	count, err := howMany(name, "labels", n, limit)
	if err != nil {
		return nil, n, err
	}
	raw, err := readExactly(r, count)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, n, fmt.Errorf("%s: reading %d labels: %w", name, count, err)
	}
	if len(raw) < count {
		return nil, n, fmt.Errorf("%s: truncated: header says %d labels, file has %d", name, n, len(raw))
	}
	if count == n {
		if err := checkEnd(r, name, fmt.Sprintf("%d labels", n)); err != nil {
			return nil, n, err
		}
	}
	labels := make([]int, count)
	for i, b := range raw {
		if b > 9 {
			return nil, n, fmt.Errorf("%s: label %d of item %d is not a digit 0…9", name, b, i)
		}
		labels[i] = int(b)
	}
	return labels, n, nil
}

// open checks limit and puts a gzip reader in front of r if r starts with
// the gzip magic bytes 0x1f 0x8b.
func open(r io.Reader, name string, limit int) (io.Reader, error) {
	if guard.Nil(r) {
		return nil, fmt.Errorf("%s: the reader is nil", name)
	}
	if limit < 0 {
		return nil, fmt.Errorf("%s: limit %d is negative (0 reads everything)", name, limit)
	}
	br := bufio.NewReaderSize(r, 1<<16)
	head, _ := br.Peek(2) // a shorter file is reported by readHeader
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: gzip: %w", name, err)
		}
		return bufio.NewReaderSize(zr, 1<<16), nil
	}
	return br, nil
}

// readHeader reads the magic number and the dims sizes that follow it.
func readHeader(r io.Reader, name string, magic uint32, what string, dims int) ([]int, error) {
	var buf [4]byte
	if k, err := io.ReadFull(r, buf[:]); err != nil {
		return nil, fmt.Errorf("%s: truncated header: %d of 4 bytes of the magic number: %w", name, k, noEOF(err))
	}
	if got := binary.BigEndian.Uint32(buf[:]); got != magic {
		hint := ""
		switch got {
		case ImagesMagic:
			hint = " (this is an image file)"
		case LabelsMagic:
			hint = " (this is a label file)"
		}
		return nil, fmt.Errorf("%s: magic 0x%08x, want 0x%08x for %s%s", name, got, magic, what, hint)
	}
	h := make([]int, dims)
	for i := range h {
		if k, err := io.ReadFull(r, buf[:]); err != nil {
			return nil, fmt.Errorf("%s: truncated header: %d of %d bytes: %w", name, 4+4*i+k, 4+4*dims, noEOF(err))
		}
		h[i] = int(binary.BigEndian.Uint32(buf[:]))
	}
	return h, nil
}

// howMany is how many items to read: all n of them if limit is 0.
func howMany(name, what string, n, limit int) (int, error) {
	if n <= 0 {
		return 0, fmt.Errorf("%s: header says %d %s", name, n, what)
	}
	if n > maxIDXCount {
		return 0, fmt.Errorf("%s: header says %d %s, more than the %d this reader accepts", name, n, what, maxIDXCount)
	}
	if limit > n {
		return 0, fmt.Errorf("%s: asked for the first %d %s, the file has %d", name, limit, what, n)
	}
	if limit == 0 {
		return n, nil
	}
	return limit, nil
}

// readExactly reads up to need bytes, growing its buffer as bytes arrive
// (never more than twice what was read), so that a header claiming more
// than the file holds does not allocate it. Fewer than need bytes come with
// io.EOF or io.ErrUnexpectedEOF.
func readExactly(r io.Reader, need int) ([]byte, error) {
	buf := make([]byte, 0, min(need, 1<<20))
	for len(buf) < need {
		if len(buf) == cap(buf) {
			bigger := make([]byte, len(buf), min(need, 2*cap(buf)))
			copy(bigger, buf)
			buf = bigger
		}
		k, err := io.ReadAtLeast(r, buf[len(buf):cap(buf)], 1)
		buf = buf[:len(buf)+k]
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

// checkEnd reads one more byte: there must be none. Reading to the end also
// makes a gzip reader verify its checksum.
func checkEnd(r io.Reader, name, what string) error {
	var b [1]byte
	k, err := io.ReadFull(r, b[:])
	if k > 0 {
		return fmt.Errorf("%s: bytes follow the %s the header announces", name, what)
	}
	if err != io.EOF {
		return fmt.Errorf("%s: after the %s: %w", name, what, err)
	}
	return nil
}

// noEOF turns io.EOF into io.ErrUnexpectedEOF: inside a header, the end of
// the file is always unexpected.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}
