package mlp

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/atomicfile"
	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// savedLayer is the file form of a layer: its shape, its numbers row by row
// and the name of g.
type savedLayer struct {
	Rows, Cols int
	W          []float64 // row-major: W[i*Cols+j] = wᵢⱼ
	B          []float64
	G          string
}

// savedNetwork is the file: the format, the sizes n⁰…nᴸ, the layers and the
// SHA-256 of the numbers (see checksum).
type savedNetwork struct {
	Format string
	Sizes  []int
	Layers []savedLayer
	SHA256 string
}

// FileFormat names the format Save writes and Load reads. stepnet-mlp-1
// (before 2026-12) had no sizes and no checksum: Load refuses it, with a
// message that says so.
const FileFormat = "stepnet-mlp-2"

const oldFileFormat = "stepnet-mlp-1"

// MaxFileBytes bounds what Load reads: 1 GiB of JSON, about 50 million
// weights. A longer input is refused before it is decoded.
const MaxFileBytes = 1 << 30

var maxFileBytes = MaxFileBytes // lowered by a test

// checksum is the SHA-256 of what defines the network: the sizes n⁰…nᴸ,
// then per layer the name of g and the IEEE-754 bits of Wˡ (row by row) and
// bˡ, all little-endian. A changed digit anywhere changes it.
func checksum(sizes []int, layers []savedLayer) string {
	h := sha256.New()
	var buf [8]byte
	put := func(u uint64) {
		binary.LittleEndian.PutUint64(buf[:], u)
		h.Write(buf[:])
	}
	put(uint64(len(sizes)))
	for _, n := range sizes {
		put(uint64(n))
	}
	for _, sl := range layers {
		put(uint64(len(sl.G)))
		h.Write([]byte(sl.G))
		for _, v := range sl.W {
			put(math.Float64bits(v))
		}
		for _, v := range sl.B {
			put(math.Float64bits(v))
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Save writes the network as JSON, in FileFormat, with a checksum of its
// numbers. A network holding NaN or ±Inf is refused (JSON has no such
// numbers, and such a network is not worth keeping).
func (net *Network) Save(w io.Writer) error {
	if w == nil || isNilWriter(w) {
		return errors.New("mlp: Save: the writer is nil")
	}
	if err := net.Validate(); err != nil {
		return err
	}
	if err := net.checkFiniteWeights(); err != nil {
		return fmt.Errorf("mlp: Save: %w", err)
	}
	s := savedNetwork{Format: FileFormat, Sizes: net.Sizes()}
	for _, layer := range net.Layers {
		r, c := layer.W.Dims()
		sl := savedLayer{Rows: r, Cols: c, W: make([]float64, 0, r*c), B: make([]float64, r), G: layer.G.Name}
		for i := 0; i < r; i++ {
			sl.W = append(sl.W, layer.W.RawRowView(i)...)
		}
		copy(sl.B, layer.B.RawVector().Data)
		s.Layers = append(s.Layers, sl)
	}
	s.SHA256 = checksum(s.Sizes, s.Layers)
	return json.NewEncoder(w).Encode(s)
}

func isNilWriter(w io.Writer) bool {
	switch v := w.(type) {
	case *os.File:
		return v == nil
	case *bytes.Buffer:
		return v == nil
	}
	return false
}

// Load reads a network written by Save. It refuses, with an error that says
// where: more than MaxFileBytes, anything that is not one JSON object of
// FileFormat (unknown fields, trailing bytes, a second model), sizes that
// disagree with the layers, layers larger than MaxParams altogether (checked
// before any matrix is allocated), an unknown g, non-finite numbers, and a
// checksum that does not match the numbers (a corrupted file).
func Load(r io.Reader) (*Network, error) { return LoadShape(r, nil) }

// LoadShape is Load for a caller who knows the shape it expects: with sizes
// non-nil, a file whose n⁰, n¹, …, nᴸ differ is refused before its layers are
// read, with both shapes in the error ("the file holds 784-30-10, want
// 784-100-10").
func LoadShape(r io.Reader, sizes []int) (*Network, error) {
	if r == nil || isNilReader(r) {
		return nil, errors.New("mlp: Load: the reader is nil")
	}
	raw, err := io.ReadAll(io.LimitReader(r, int64(maxFileBytes)+1))
	if err != nil {
		return nil, fmt.Errorf("mlp: reading a saved network: %w", err)
	}
	if len(raw) > maxFileBytes {
		return nil, fmt.Errorf("mlp: a saved network is at most %d bytes (mlp.MaxFileBytes); this one is longer", maxFileBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var s savedNetwork
	if err := dec.Decode(&s); err != nil {
		// The format first: an old file has no Sizes, a foreign one no Format.
		var probe struct{ Format string }
		if json.Unmarshal(raw, &probe) == nil && probe.Format != FileFormat {
			return nil, formatError(probe.Format)
		}
		return nil, fmt.Errorf("mlp: reading a saved network: %w", err)
	}
	if s.Format != FileFormat {
		return nil, formatError(s.Format)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("mlp: a saved network: bytes follow the network at offset %d (two files in one, or a corrupted file)", dec.InputOffset())
	}
	if err := checkSavedShape(s, sizes); err != nil {
		return nil, err
	}
	if sum := checksum(s.Sizes, s.Layers); sum != s.SHA256 {
		return nil, fmt.Errorf("mlp: a saved network: the checksum of the weights is %s but the file says %q: the file was changed or corrupted", sum, s.SHA256)
	}
	var ws []*mat.Dense
	var bs [][]float64
	var gs []neuron.Activation
	for i, sl := range s.Layers {
		g, err := neuron.ByName(sl.G)
		if err != nil {
			return nil, fmt.Errorf("mlp: saved layer %d: %w", i+1, err)
		}
		ws = append(ws, mat.NewDense(sl.Rows, sl.Cols, sl.W))
		bs = append(bs, sl.B)
		gs = append(gs, g)
	}
	return NewFromWeights(ws, bs, gs)
}

func isNilReader(r io.Reader) bool {
	switch v := r.(type) {
	case *os.File:
		return v == nil
	case *bytes.Reader:
		return v == nil
	case *bytes.Buffer:
		return v == nil
	}
	return false
}

func formatError(got string) error {
	if got == oldFileFormat {
		return fmt.Errorf("mlp: a saved network of the old format %q (no sizes, no checksum): train it again and save it (format %q)", got, FileFormat)
	}
	return fmt.Errorf("mlp: not a saved stepnet network (format %q, want %q)", got, FileFormat)
}

// checkSavedShape checks the declared sizes against want (when given), the
// layers against the sizes, and the number of values against MaxParams, with
// arithmetic that cannot overflow; then the numbers are finite.
func checkSavedShape(s savedNetwork, want []int) error {
	if len(s.Sizes) < 2 {
		return fmt.Errorf("mlp: a saved network: sizes %v: want at least n⁰ and n¹", s.Sizes)
	}
	if len(s.Sizes) > MaxLayers+1 {
		return fmt.Errorf("mlp: a saved network: %d layers, more than the %d allowed", len(s.Sizes)-1, MaxLayers)
	}
	for l, n := range s.Sizes {
		if n <= 0 || n > MaxParams {
			return fmt.Errorf("mlp: a saved network: n%s = %d: want 1…%d", notation.Sup(l), n, MaxParams)
		}
	}
	if want != nil && !sameSizes(s.Sizes, want) {
		return fmt.Errorf("mlp: the file holds a %s network, want %s", sizesText(s.Sizes), sizesText(want))
	}
	if len(s.Layers) != len(s.Sizes)-1 {
		return fmt.Errorf("mlp: a saved network: sizes %s mean %d layers, the file has %d", sizesText(s.Sizes), len(s.Sizes)-1, len(s.Layers))
	}
	total := 0
	for i, sl := range s.Layers {
		l := i + 1
		if sl.Rows != s.Sizes[l] || sl.Cols != s.Sizes[l-1] {
			return fmt.Errorf("mlp: saved layer %d: W%s is %s but the sizes say %s", l, notation.Sup(l), notation.Shape(sl.Rows, sl.Cols), notation.Shape(s.Sizes[l], s.Sizes[l-1]))
		}
		n, ok := paramsOf(sl.Rows, sl.Cols)
		if !ok || total > MaxParams-n {
			return fmt.Errorf("mlp: a saved network %s has more than the %d weights and biases allowed", sizesText(s.Sizes), MaxParams)
		}
		total += n
		if len(sl.W) != sl.Rows*sl.Cols {
			return fmt.Errorf("mlp: saved layer %d: W%s is %s, so %d weights, but the file has %d", l, notation.Sup(l), notation.Shape(sl.Rows, sl.Cols), sl.Rows*sl.Cols, len(sl.W))
		}
		if len(sl.B) != sl.Rows {
			return fmt.Errorf("mlp: saved layer %d: W%s is %s but b%s has %s", l, notation.Sup(l), notation.Shape(sl.Rows, sl.Cols), notation.Sup(l), notation.Count(len(sl.B), "value"))
		}
		// encoding/json cannot produce NaN or Inf, but a float64 can overflow: 1e999 is an error there.
	}
	return nil
}

func sameSizes(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// SaveFile writes the network to path atomically: to a temporary file in the
// same folder first, flushed to the disk, renamed into place only when
// complete. The file is readable by its owner only (0600).
func (net *Network) SaveFile(path string) error {
	if err := net.Validate(); err != nil {
		return err
	}
	return atomicfile.Write(path, 0o600, net.Save)
}

// LoadFile reads a network saved with SaveFile.
func LoadFile(path string) (*Network, error) { return LoadFileShape(path, nil) }

// LoadFileShape reads a network saved with SaveFile and checks its sizes
// against sizes when non-nil (see LoadShape).
func LoadFileShape(path string, sizes []int) (*Network, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	net, err := LoadShape(f, sizes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return net, nil
}
