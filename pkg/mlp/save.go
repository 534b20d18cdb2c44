package mlp

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/atomicfile"
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

type savedNetwork struct {
	Format string
	Layers []savedLayer
}

const fileFormat = "stepnet-mlp-1"

// Save writes the network as JSON.
func (net *Network) Save(w io.Writer) error {
	if err := net.Validate(); err != nil {
		return err
	}
	s := savedNetwork{Format: fileFormat}
	for _, layer := range net.Layers {
		r, c := layer.W.Dims()
		sl := savedLayer{Rows: r, Cols: c, W: make([]float64, 0, r*c), B: make([]float64, r), G: layer.G.Name}
		for i := 0; i < r; i++ {
			sl.W = append(sl.W, layer.W.RawRowView(i)...)
		}
		copy(sl.B, layer.B.RawVector().Data)
		s.Layers = append(s.Layers, sl)
	}
	return json.NewEncoder(w).Encode(s)
}

// Load reads a network written by Save.
func Load(r io.Reader) (*Network, error) {
	var s savedNetwork
	if err := json.NewDecoder(r).Decode(&s); err != nil {
		return nil, fmt.Errorf("mlp: reading a saved network: %w", err)
	}
	if s.Format != fileFormat {
		return nil, fmt.Errorf("mlp: not a saved stepnet network (format %q, want %q)", s.Format, fileFormat)
	}
	var ws []*mat.Dense
	var bs [][]float64
	var gs []neuron.Activation
	for i, sl := range s.Layers {
		if sl.Rows <= 0 || sl.Cols <= 0 || len(sl.W) != sl.Rows*sl.Cols {
			return nil, fmt.Errorf("mlp: saved layer %d: %d×%d with %d weights", i+1, sl.Rows, sl.Cols, len(sl.W))
		}
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

// SaveFile writes the network to path atomically: to a temporary file in the
// same folder first, renamed into place only when complete.
func (net *Network) SaveFile(path string) error {
	return atomicfile.Write(path, 0o600, net.Save)
}

// LoadFile reads a network saved with SaveFile.
func LoadFile(path string) (*Network, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	net, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return net, nil
}
