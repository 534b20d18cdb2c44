package conv

import (
	"errors"
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/lang"
)

// MaxPool keeps the largest value of each K×K window of every feature map,
// moving by Stride: h[c,i,j] = max over the window of x[c, s·i+u, s·j+v].
// It has no parameters. Its derivative is 1 for the input that won the max
// and 0 for the others, so backward it routes each δ to that input.
type MaxPool struct {
	In     Shape
	K      int
	Stride int
}

// NewMaxPool returns a max-pooling layer of k×k windows moved by stride.
func NewMaxPool(in Shape, k, stride int) (*MaxPool, error) {
	p := &MaxPool{In: in, K: k, Stride: stride}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

// Validate checks the window against the input.
func (p *MaxPool) Validate() error {
	if p == nil {
		return errors.New("conv: the pooling layer is nil")
	}
	if err := p.In.valid("the input of the pooling"); err != nil {
		return err
	}
	if p.K <= 0 || p.Stride <= 0 || p.K > p.In.H || p.K > p.In.W {
		return lang.Errorf("conv.pool.fit", p.K, p.K, p.Stride, p.In)
	}
	return nil
}

// Out returns the output shape: the same channels, ⌊(H − k)/s⌋ + 1 rows and
// as many columns for W.
func (p *MaxPool) Out() Shape {
	return Shape{C: p.In.C, H: (p.In.H-p.K)/p.Stride + 1, W: (p.In.W-p.K)/p.Stride + 1}
}

// Pooled is the result of MaxPool.Forward for a batch: the outputs and, for
// each of them, the index (in its example's input row) of the value that won.
type Pooled struct {
	H    *mat.Dense // N×Out().Size()
	From [][]int    // From[n][q]: the input index that output q of example n copies
}

// Forward pools a batch of volumes (rows of X, N×In.Size()).
func (p *MaxPool) Forward(X mat.Matrix) (*Pooled, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	n, err := checkBatch(X, p.In, "the input of the pooling")
	if err != nil {
		return nil, err
	}
	return p.forward(X, n, nil), nil
}

// forward is Forward on a batch already checked.
func (p *MaxPool) forward(X mat.Matrix, n int, s *scratch) *Pooled {
	in, out := p.In, p.Out()
	res := &Pooled{H: s.matrix(n, out.Size()), From: make([][]int, n)}
	from := s.intSlice(n * out.Size())
	for e := range res.From {
		res.From[e] = from[e*out.Size():][:out.Size():out.Size()]
	}
	inParts(n, func(_, first, last int) {
		var x []float64
		for e := first; e < last; e++ {
			x = row(x, X, e, in.Size())
			h, from := res.H.RawRowView(e), res.From[e]
			for c := 0; c < in.C; c++ {
				for i := 0; i < out.H; i++ {
					for j := 0; j < out.W; j++ {
						best := (c*in.H+p.Stride*i)*in.W + p.Stride*j
						for u := 0; u < p.K; u++ {
							for v := 0; v < p.K; v++ {
								k := (c*in.H+p.Stride*i+u)*in.W + p.Stride*j + v
								if x[k] > x[best] {
									best = k
								}
							}
						}
						q := (c*out.H+i)*out.W + j
						h[q], from[q] = x[best], best
					}
				}
			}
		}
	})
	return res
}

// Backward sends each δ of the pooled outputs (rows of Delta,
// N×Out().Size()) to the input that won its window: ∂C/∂x is 0 elsewhere
// (where windows overlap, the δs of the windows a value won add up).
func (p *MaxPool) Backward(pooled *Pooled, Delta mat.Matrix) (*mat.Dense, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if pooled == nil || pooled.H == nil {
		return nil, errors.New("conv: the pooling's forward result is missing")
	}
	n, err := checkBatch(Delta, p.Out(), "δ of the pooling")
	if err != nil {
		return nil, err
	}
	if n != len(pooled.From) {
		return nil, fmt.Errorf("conv: δ has %d rows but the forward pass had %d examples", n, len(pooled.From))
	}
	for e, from := range pooled.From {
		if len(from) != p.Out().Size() {
			return nil, fmt.Errorf("conv: the forward result of example %d has %d winners, this pooling has %d outputs", e, len(from), p.Out().Size())
		}
		for q, k := range from {
			if k < 0 || k >= p.In.Size() {
				return nil, fmt.Errorf("conv: output %d of example %d was won by input %d, outside 0…%d: not this pooling's result", q, e, k, p.In.Size()-1)
			}
		}
	}
	return p.backward(pooled, Delta, n, nil), nil
}

// backward is Backward on a δ already checked.
func (p *MaxPool) backward(pooled *Pooled, Delta mat.Matrix, n int, s *scratch) *mat.Dense {
	dX := s.zeros(n, p.In.Size())
	inParts(n, func(_, first, last int) {
		var d []float64
		for e := first; e < last; e++ {
			d = row(d, Delta, e, p.Out().Size())
			dx := dX.RawRowView(e)
			for q, k := range pooled.From[e] {
				dx[k] += d[q]
			}
		}
	})
	return dX
}

// GlobalAveragePool replaces every feature map by its mean, as Network in
// Network does instead of dense layers at the end: a volume C×H×W becomes C
// numbers, h[c] = (1/(H·W)) Σ_y Σ_x x[c,y,x]. Backward, each δ[c] is spread
// evenly: ∂C/∂x[c,y,x] = δ[c]/(H·W).
type GlobalAveragePool struct{ In Shape }

// Forward averages each map of a batch of volumes (rows of X): N×C.
func (p GlobalAveragePool) Forward(X mat.Matrix) (*mat.Dense, error) {
	if err := p.In.valid("the input of the global average pooling"); err != nil {
		return nil, err
	}
	n, err := checkBatch(X, p.In, "the input of the global average pooling")
	if err != nil {
		return nil, err
	}
	HW := p.In.H * p.In.W
	H := mat.NewDense(n, p.In.C, nil)
	x := make([]float64, p.In.Size())
	for e := 0; e < n; e++ {
		mat.Row(x, e, X)
		for c := 0; c < p.In.C; c++ {
			H.Set(e, c, mean(x[c*HW:(c+1)*HW]))
		}
	}
	return H, nil
}

// Backward spreads δ (N×C) evenly over each map: N×In.Size().
func (p GlobalAveragePool) Backward(Delta mat.Matrix) (*mat.Dense, error) {
	if err := p.In.valid("the input of the global average pooling"); err != nil {
		return nil, err
	}
	n, err := checkBatch(Delta, Shape{C: p.In.C, H: 1, W: 1}, "δ of the global average pooling")
	if err != nil {
		return nil, err
	}
	HW := p.In.H * p.In.W
	dX := mat.NewDense(n, p.In.Size(), nil)
	for e := 0; e < n; e++ {
		dx := dX.RawRowView(e)
		for c := 0; c < p.In.C; c++ {
			d := Delta.At(e, c) / float64(HW)
			for k := c * HW; k < (c+1)*HW; k++ {
				dx[k] = d
			}
		}
	}
	return dX, nil
}

// mean returns (1/n) Σ v[i], adding v[i]/n so that values near the largest
// float64 do not overflow on the way to a finite mean.
func mean(v []float64) float64 {
	n := float64(len(v))
	m := 0.0
	for _, x := range v {
		m += x / n
	}
	return m
}
