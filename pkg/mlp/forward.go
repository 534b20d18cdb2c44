package mlp

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
)

// Trace records a forward pass for one example: A[l] = aˡ and H[l] = hˡ for
// l = 1…L, and H[0] = h⁰ = x (A[0] is nil: the input has no activity).
type Trace struct {
	A []*mat.VecDense
	H []*mat.VecDense
}

// Output returns a copy of the network's output hᴸ.
func (t *Trace) Output() []float64 {
	o := t.H[len(t.H)-1]
	out := make([]float64, o.Len())
	for i := range out {
		out[i] = o.AtVec(i)
	}
	return out
}

// Forward propagates one example x through the network, as on the slide:
// fill the input layer with h⁰ = x, then for l = 1…L compute
// aˡ = Wˡ hˡ⁻¹ + bˡ and hˡ = g(aˡ).
func (net *Network) Forward(x []float64) (*Trace, error) {
	if err := net.Validate(); err != nil {
		return nil, err
	}
	if n0 := net.Layers[0].In(); len(x) != n0 {
		r, c := net.Layers[0].W.Dims()
		return nil, lang.Errorf("mlp.shape.x", notation.Shape(r, c), values(len(x)))
	}
	if err := checkFinite("x", x); err != nil {
		return nil, err
	}
	L := len(net.Layers)
	t := &Trace{A: make([]*mat.VecDense, L+1), H: make([]*mat.VecDense, L+1)}
	t.H[0] = mat.NewVecDense(len(x), append([]float64(nil), x...))
	for l := 1; l <= L; l++ {
		layer := net.Layers[l-1]
		a := mat.NewVecDense(layer.Out(), nil)
		a.MulVec(layer.W, t.H[l-1]) // aˡ = Wˡ hˡ⁻¹
		a.AddVec(a, layer.B)        //    + bˡ
		h := mat.NewVecDense(layer.Out(), nil)
		for i := 0; i < a.Len(); i++ {
			h.SetVec(i, layer.G.G(a.AtVec(i))) // hˡ = g(aˡ)
		}
		t.A[l], t.H[l] = a, h
		if err := checkFiniteVec(l, "h", h); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// BatchTrace records a forward pass for a batch whose rows are examples:
// A[l] and H[l] are N×nˡ, H[0] = X.
type BatchTrace struct {
	A []*mat.Dense
	H []*mat.Dense
}

// Output returns Hᴸ, the outputs of the batch, one row per example.
func (t *BatchTrace) Output() *mat.Dense { return t.H[len(t.H)-1] }

// ForwardBatch propagates N examples at once. X is N×n⁰, one example per row;
// for l = 1…L it computes Aˡ = Hˡ⁻¹ (Wˡ)ᵀ + 1 (bˡ)ᵀ and Hˡ = g(Aˡ), so row i
// of Hˡ is the hˡ that Forward would give for row i of X.
func (net *Network) ForwardBatch(X mat.Matrix) (*BatchTrace, error) {
	if err := net.Validate(); err != nil {
		return nil, err
	}
	n, d, err := guard.Dims(X, "the batch X")
	if err != nil {
		return nil, fmt.Errorf("mlp: %w", err)
	}
	if n == 0 || d == 0 {
		return nil, lang.Errorf("mlp.batch.empty", notation.Shape(n, d))
	}
	if n0 := net.Layers[0].In(); d != n0 {
		r, c := net.Layers[0].W.Dims()
		return nil, lang.Errorf("mlp.shape.X", notation.Shape(r, c), notation.Shape(n, d), n0)
	}
	width := d
	for _, layer := range net.Layers {
		width += layer.Out()
	}
	if _, ok := guard.Product(n, width, MaxBatchValues); !ok {
		return nil, fmt.Errorf("mlp: a batch of %d examples through %s needs %d×%d values of Hˡ (and as many of Aˡ), more than the %d allowed (mlp.MaxBatchValues): use smaller batches", n, sizesText(net.Sizes()), n, width, MaxBatchValues)
	}
	L := len(net.Layers)
	t := &BatchTrace{A: make([]*mat.Dense, L+1), H: make([]*mat.Dense, L+1)}
	t.H[0] = mat.DenseCopyOf(X)
	if err := checkFiniteMat(0, "h", t.H[0]); err != nil {
		return nil, err
	}
	for l := 1; l <= L; l++ {
		layer := net.Layers[l-1]
		a := mat.NewDense(n, layer.Out(), nil)
		a.Mul(t.H[l-1], layer.W.T()) // Aˡ = Hˡ⁻¹ (Wˡ)ᵀ
		b := layer.B.RawVector().Data
		h := mat.NewDense(n, layer.Out(), nil)
		for i := 0; i < n; i++ {
			arow, hrow := a.RawRowView(i), h.RawRowView(i)
			for j := range arow {
				arow[j] += b[j]              // + bˡ
				hrow[j] = layer.G.G(arow[j]) // Hˡ = g(Aˡ)
			}
		}
		t.A[l], t.H[l] = a, h
		if err := checkFiniteMat(l, "h", h); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// MaxBatchValues bounds the values of a batch trace, N·(n⁰ + n¹ + … + nᴸ):
// 2²⁹, so a trace (its Hˡ and Aˡ) takes at most 8 GiB. MNIST's 60 000
// examples through 784-1000-10 are 108 million.
const MaxBatchValues = 1 << 29

// Predict returns the network's outputs Hᴸ for the rows of X.
func (net *Network) Predict(X mat.Matrix) (*mat.Dense, error) {
	t, err := net.ForwardBatch(X)
	if err != nil {
		return nil, err
	}
	return t.Output(), nil
}

func checkFinite(name string, v []float64) error {
	for i, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return lang.Errorf("mlp.nonfinite.x", name, i, x)
		}
	}
	return nil
}

func checkFiniteVec(l int, name string, v *mat.VecDense) error {
	for i := 0; i < v.Len(); i++ {
		if x := v.AtVec(i); math.IsNaN(x) || math.IsInf(x, 0) {
			return lang.Errorf("mlp.nonfinite.layer", l, name, notation.Sup(l), i, x)
		}
	}
	return nil
}

func checkFiniteMat(l int, name string, m *mat.Dense) error {
	r, c := m.Dims()
	for i := 0; i < r; i++ {
		for j, x := range m.RawRowView(i)[:c] {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				if l == 0 {
					return lang.Errorf("mlp.nonfinite.X", x, i, j)
				}
				return lang.Errorf("mlp.nonfinite.batch", l, name, notation.Sup(l), i, x, j)
			}
		}
	}
	return nil
}
