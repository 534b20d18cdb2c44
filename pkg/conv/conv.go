package conv

import (
	"errors"
	"fmt"
	"math"
	"sync"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/mat"

	iblas "github.com/stepnet/stepnet/internal/blas"
	"github.com/stepnet/stepnet/internal/guard"

	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Shape is the size of a volume of feature maps: C channels of H rows and W
// columns.
type Shape struct{ C, H, W int }

// Size returns C·H·W, the length of the volume as a []float64.
func (s Shape) Size() int { return s.C * s.H * s.W }

func (s Shape) String() string { return fmt.Sprintf("%d×%d×%d", s.C, s.H, s.W) }

// MaxSize bounds every volume, every filter bank and every im2col matrix the
// package allocates, in float64s (2²⁷ values, 1 GiB): a larger size is an
// error before anything is allocated.
const MaxSize = 1 << 27

// valid checks a shape: every side positive and the volume within MaxSize,
// with overflow-safe arithmetic.
func (s Shape) valid(what string) error {
	if s.C <= 0 || s.H <= 0 || s.W <= 0 {
		return fmt.Errorf("conv: %s %v: channels, height and width must be positive", what, s)
	}
	if !fitsProduct(s.C, s.H, s.W) {
		return fmt.Errorf("conv: %s %v has more than %d values", what, s, MaxSize)
	}
	return nil
}

// fitsProduct reports whether the product of positive factors is at most
// MaxSize, without overflowing.
func fitsProduct(factors ...int) bool {
	p := 1
	for _, f := range factors {
		var ok bool
		if p, ok = guard.Product(p, f, MaxSize); f <= 0 || !ok {
			return false
		}
	}
	return true
}

// Conv is a convolutional layer: F filters of In.C×K×K, moved over the input
// with a stride and zero padding. Filter f computes, at output position (i, j),
//
//	a[f,i,j] = Σ_c Σ_u Σ_v W[f,c,u,v] · h[c, Stride·i+u−Pad, Stride·j+v−Pad] + B[f]
//
// W is F×(C·K·K): row f is filter f, its element (c·K + u)·K + v is W[f,c,u,v].
type Conv struct {
	In     Shape      // the input volume hˡ⁻¹
	K      int        // the filters are K×K
	Stride int        // s: how far the window moves
	Pad    int        // p: rows and columns of zeros around the input
	W      *mat.Dense // F×(C·K·K), one row per filter
	B      []float64  // one bias per filter
}

// NewConv returns a layer of `filters` filters of size k×k on inputs of shape
// in, with zero weights: call Init before training. A 1×1 convolution
// (k = 1) is Network in Network's "MLP at every position".
func NewConv(in Shape, filters, k, stride, pad int) (*Conv, error) {
	if err := in.valid("the input"); err != nil {
		return nil, err
	}
	switch {
	case filters <= 0:
		return nil, lang.Errorf("conv.layer.filters", filters)
	case k <= 0:
		return nil, lang.Errorf("conv.layer.k", k)
	case stride <= 0:
		return nil, lang.Errorf("conv.layer.stride", stride)
	case pad < 0 || pad >= k:
		return nil, lang.Errorf("conv.layer.pad", k-1, pad)
	case in.H+2*pad < k || in.W+2*pad < k:
		return nil, lang.Errorf("conv.layer.fit", k, k, in.H, in.W, pad)
	case !fitsProduct(filters, in.C, k, k):
		return nil, fmt.Errorf("conv: %d filters of %d×%d×%d are more than %d weights", filters, in.C, k, k, MaxSize)
	}
	l := &Conv{In: in, K: k, Stride: stride, Pad: pad, B: make([]float64, filters)}
	if err := l.Out().valid("the output"); err != nil {
		return nil, err
	}
	if !fitsProduct(in.C, k, k, l.positions()) {
		return nil, fmt.Errorf("conv: the im2col matrix of %d×%d windows at %d positions is more than %d values", in.C*k, k, l.positions(), MaxSize)
	}
	l.W = mat.NewDense(filters, in.C*k*k, nil)
	return l, nil
}

// Filters returns F, the number of filters (the output's channels).
func (l *Conv) Filters() int { return len(l.B) }

// Out returns the shape of the output: F channels of
// ⌊(H + 2p − k)/s⌋ + 1 rows and as many columns for W.
func (l *Conv) Out() Shape {
	return Shape{
		C: len(l.B),
		H: (l.In.H+2*l.Pad-l.K)/l.Stride + 1,
		W: (l.In.W+2*l.Pad-l.K)/l.Stride + 1,
	}
}

func (l *Conv) positions() int { o := l.Out(); return o.H * o.W }

// Params returns the number of weights and biases: F·(C·k·k + 1).
func (l *Conv) Params() int { return len(l.B) * (l.In.C*l.K*l.K + 1) }

// Init draws the weights from He's N(0, 2/(C·k·k)) (each unit sees C·k·k
// inputs, lesson 09) with the seed, and sets the biases to 0.
func (l *Conv) Init(seed uint64) {
	r := mlp.NewRand(seed)
	sd := math.Sqrt(2 / float64(l.In.C*l.K*l.K))
	raw := l.W.RawMatrix()
	for i := 0; i < raw.Rows; i++ {
		row := raw.Data[i*raw.Stride : i*raw.Stride+raw.Cols]
		for j := range row {
			row[j] = sd * r.NormFloat64()
		}
	}
	for f := range l.B {
		l.B[f] = 0
	}
}

// Validate checks that the layer's fields agree with each other.
func (l *Conv) Validate() error {
	if l == nil {
		return errors.New("conv: the layer is nil")
	}
	if err := l.In.valid("the input"); err != nil {
		return err
	}
	if l.K <= 0 || l.Stride <= 0 || l.Pad < 0 || l.In.H+2*l.Pad < l.K || l.In.W+2*l.Pad < l.K {
		return fmt.Errorf("conv: k = %d, stride %d, padding %d do not fit the input %v", l.K, l.Stride, l.Pad, l.In)
	}
	if l.W == nil || l.W.IsEmpty() {
		return errors.New("conv: the filters W are missing")
	}
	r, c := l.W.Dims()
	if r != len(l.B) || c != l.In.C*l.K*l.K {
		return fmt.Errorf("conv: W is %d×%d but %d biases and filters of %d×%d×%d want %d×%d", r, c, len(l.B), l.In.C, l.K, l.K, len(l.B), l.In.C*l.K*l.K)
	}
	if i, j, v, bad := guard.FirstNonFiniteMat(l.W); bad {
		return fmt.Errorf("conv: the weight W[%d, %d] of filter %d is %v", i, j, i+1, v)
	}
	if i, v, bad := guard.FirstNonFinite(l.B); bad {
		return fmt.Errorf("conv: the bias b[%d] is %v", i, v)
	}
	return nil
}

// im2col writes the K×K windows of the volume x (l.In) as OH·OW columns of
// the matrix cols, of C·K·K rows: column i·OW + j (counted from the column
// `first`) is the window of output position (i, j), its row (c·K + u)·K + v
// the element h[c, s·i+u−p, s·j+v−p] (0 in the padding). stride is the
// distance between two rows of cols in the slice.
func (l *Conv) im2col(cols []float64, stride, first int, x []float64) {
	in, out := l.In, l.Out()
	P := out.H * out.W
	for c := 0; c < in.C; c++ {
		for u := 0; u < l.K; u++ {
			for v := 0; v < l.K; v++ {
				row := cols[((c*l.K+u)*l.K+v)*stride+first:][:P]
				// The output columns j whose input column s·j + v − p is inside
				// the image: j0 ≤ j < j1. The others read padding (0).
				j0, j1 := l.inside(v, in.W, out.W)
				for i := 0; i < out.H; i++ {
					seg := row[i*out.W:][:out.W]
					y := l.Stride*i + u - l.Pad
					if y < 0 || y >= in.H || j0 >= j1 {
						clear(seg)
						continue
					}
					clear(seg[:j0])
					clear(seg[j1:])
					src := x[(c*in.H+y)*in.W:][:in.W]
					if l.Stride == 1 {
						copy(seg[j0:j1], src[j0+v-l.Pad:])
						continue
					}
					for j := j0; j < j1; j++ {
						seg[j] = src[l.Stride*j+v-l.Pad]
					}
				}
			}
		}
	}
}

// inside returns the range j0 ≤ j < j1 of output columns (or rows) whose
// input column s·j + v − p falls inside 0…size−1.
func (l *Conv) inside(v, size, outSize int) (j0, j1 int) {
	// s·j + v − p ≥ 0  ⇔  j ≥ ⌈(p − v)/s⌉;   s·j + v − p ≤ size − 1  ⇔  j ≤ ⌊(size − 1 + p − v)/s⌋
	if lo := l.Pad - v; lo > 0 {
		j0 = (lo + l.Stride - 1) / l.Stride
	}
	hi := size - 1 + l.Pad - v
	if hi < 0 {
		return 0, 0
	}
	j1 = min(hi/l.Stride+1, outSize)
	return min(j0, j1), j1
}

// col2im adds the OH·OW columns of dcols from the column `first`, laid out
// as im2col's, back into the positions of the volume dx they came from:
// where windows overlap, the contributions add up.
func (l *Conv) col2im(dx []float64, dcols []float64, stride, first int) {
	in, out := l.In, l.Out()
	P := out.H * out.W
	for c := 0; c < in.C; c++ {
		for u := 0; u < l.K; u++ {
			for v := 0; v < l.K; v++ {
				row := dcols[((c*l.K+u)*l.K+v)*stride+first:][:P]
				j0, j1 := l.inside(v, in.W, out.W)
				for i := 0; i < out.H; i++ {
					y := l.Stride*i + u - l.Pad
					if y < 0 || y >= in.H {
						continue
					}
					seg, dst := row[i*out.W:][:out.W], dx[(c*in.H+y)*in.W:][:in.W]
					for j := j0; j < j1; j++ {
						dst[l.Stride*j+v-l.Pad] += seg[j]
					}
				}
			}
		}
	}
}

// Forward computes the activities Aˡ of a batch: X is N×In.Size(), one input
// volume per row; row n of the result is the volume a of example n
// (Out().Size() values). The windows of all the examples side by side make
// one im2col matrix X̂ (C·k·k × N·OH·OW), and one product gives them all:
// A = W X̂ + b.
func (l *Conv) Forward(X mat.Matrix) (*mat.Dense, error) {
	if err := l.Validate(); err != nil {
		return nil, err
	}
	n, err := checkBatch(X, l.In, "the input of the convolution")
	if err != nil {
		return nil, err
	}
	if !fitsProduct(l.In.C*l.K*l.K, n, l.positions()) {
		return nil, fmt.Errorf("conv: the im2col matrix of %d examples is more than %d values", n, MaxSize)
	}
	A, _ := l.forward(X, n, nil)
	if err := finiteActivity(A, "the convolution"); err != nil {
		return nil, err
	}
	return A, nil
}

// finiteActivity says which activity overflowed, if one did.
func finiteActivity(A *mat.Dense, what string) error {
	if e, q, v, bad := guard.FirstNonFiniteMat(A); bad {
		return fmt.Errorf("conv: %s's activity %d of example %d is %v: the weights or the inputs are too large", what, q, e, v)
	}
	return nil
}

// windows returns the im2col matrix X̂ of the n examples of a checked batch
// from the row first: C·k·k rows, n·OH·OW columns, example first+e's windows
// in the columns e·OH·OW onwards.
func (l *Conv) windows(X mat.Matrix, first, n int, s *scratch) *mat.Dense {
	P, CKK := l.positions(), l.In.C*l.K*l.K
	cols := s.matrix(CKK, n*P) // im2col writes every element, the padding's zeros too
	raw := cols.RawMatrix()
	inParts(n, func(_, from, to int) {
		var x []float64
		for e := from; e < to; e++ {
			x = row(x, X, first+e, l.In.Size())
			l.im2col(raw.Data, raw.Stride, e*P, x)
		}
	})
	return cols
}

// row returns row e of X (n values): a view of a *mat.Dense, else a copy
// into buf.
func row(buf []float64, X mat.Matrix, e, n int) []float64 {
	if d, ok := X.(*mat.Dense); ok {
		return d.RawRowView(e)[:n]
	}
	if len(buf) != n {
		buf = make([]float64, n)
	}
	return mat.Row(buf, e, X)
}

// forward is Forward on a batch already checked; it also returns the
// im2col matrix X̂, which the delta rule reads again, for a batch of at most
// group examples (nil for a larger one). A larger batch is multiplied group
// by group, so that its X̂ stays small (32 images of 28×28 under 5×5 filters:
// 3.7 MB; 500: 58 MB): each column of W X̂ is its own sums, so the bits do
// not depend on the grouping.
func (l *Conv) forward(X mat.Matrix, n int, s *scratch) (A, cols *mat.Dense) {
	F, P := len(l.B), l.positions()
	A = s.matrix(n, F*P)
	for first := 0; first < n; first += group {
		g := min(group, n-first)
		cols = l.windows(X, first, g, s)
		AT := s.matrix(F, g*P)
		gemm(AT, l.W, false, cols, false) // W X̂: F × g·P, filter f's outputs for every example in row f
		inParts(g, func(_, from, to int) {
			for e := from; e < to; e++ { // row e of A is example e's volume, channel by channel; + b
				a := A.RawRowView(first + e)
				for f := 0; f < F; f++ {
					dst, src := a[f*P:][:P], AT.RawRowView(f)[e*P:][:P]
					for q, v := range src {
						dst[q] = v + l.B[f]
					}
				}
			}
		})
	}
	if n > group {
		cols = nil
	}
	return A, cols
}

// group is the largest batch forward multiplies at once.
const group = 32

// gemm sets C = op(A) op(B) (op(A) = Aᵀ when tA) with the installed engine:
// internal/blas.Gemm, which is gonum's own arithmetic, to the bit, unless
// the program installed another, and allocates nothing. C must not share
// memory with A or B.
func gemm(C, A *mat.Dense, tA bool, B *mat.Dense, tB bool) {
	op := func(t bool) blas.Transpose {
		if t {
			return blas.Trans
		}
		return blas.NoTrans
	}
	iblas.Gemm(op(tA), op(tB), 1, A.RawMatrix(), B.RawMatrix(), 0, C.RawMatrix())
}

// scratch hands out the matrices of a pass, and Net.Epoch and Net.Accuracy
// reuse them from one batch to the next: the n-th call of a pass gets the
// n-th call's matrix of the previous pass again, if it has the same shape.
// A nil scratch gives new matrices every time, as Forward and Backward need
// (their results are the caller's).
type scratch struct {
	dense  []*mat.Dense
	ints   [][]int
	nd, ni int
}

// reset starts a new pass: the matrices handed out so far will be reused.
func (s *scratch) reset() {
	if s != nil {
		s.nd, s.ni = 0, 0
	}
}

// matrix returns an r×c matrix whose numbers the caller overwrites: new ones
// are zero, reused ones hold the previous pass's.
func (s *scratch) matrix(r, c int) *mat.Dense {
	if s == nil {
		return mat.NewDense(r, c, nil)
	}
	if s.nd == len(s.dense) {
		s.dense = append(s.dense, nil)
	}
	m := s.dense[s.nd]
	if m == nil {
		m = mat.NewDense(r, c, nil)
	} else if mr, mc := m.Dims(); mr != r || mc != c {
		m = mat.NewDense(r, c, nil)
	}
	s.dense[s.nd] = m
	s.nd++
	return m
}

// zeros returns an r×c matrix of zeros.
func (s *scratch) zeros(r, c int) *mat.Dense {
	m := s.matrix(r, c)
	if s != nil {
		m.Zero()
	}
	return m
}

// intSlice returns n ints the caller overwrites.
func (s *scratch) intSlice(n int) []int {
	if s == nil {
		return make([]int, n)
	}
	if s.ni == len(s.ints) {
		s.ints = append(s.ints, nil)
	}
	if len(s.ints[s.ni]) != n {
		s.ints[s.ni] = make([]int, n)
	}
	s.ni++
	return s.ints[s.ni-1]
}

// parts is the number of pieces a batch is cut into, each laid out on a
// goroutine of its own. It is a constant, not the number of processors: each
// piece writes only its own examples' columns, and the sums are in the
// products, so the bits do not depend on the machine.
const parts = 2

// inParts calls work(p, from, to) on the examples from…to−1 of each piece p
// of the parts pieces of 0…n−1, concurrently, and waits for them.
func inParts(n int, work func(p, from, to int)) {
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		from, to := p*n/parts, (p+1)*n/parts
		if from == to {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(p, from, to)
		}()
	}
	wg.Wait()
}

// Grad holds the gradients of a convolutional layer, shaped like its
// parameters.
type Grad struct {
	W *mat.Dense // ∂C/∂W, F×(C·K·K)
	B []float64  // ∂C/∂b, F
}

// Backward is the delta rule of the layer for a batch. X is the batch of
// inputs hˡ⁻¹ given to Forward (N×In.Size()) and Delta holds δˡ = ∂C/∂aˡ,
// one row per example (N×Out().Size()). It returns
//
//	∂C/∂W = Σₙ Δₙ X̂ₙᵀ       δ times the windows the filter saw
//	∂C/∂b = Σₙ Σ_positions Δₙ
//	∂C/∂hˡ⁻¹: row n is col2im(Wᵀ Δₙ)
//
// The last is nil when wantInput is false (the first layer needs no
// gradient with respect to the image). Multiply it by g′(aˡ⁻¹) to get the δ
// of the layer below.
func (l *Conv) Backward(X, Delta mat.Matrix, wantInput bool) (*Grad, *mat.Dense, error) {
	if err := l.Validate(); err != nil {
		return nil, nil, err
	}
	n, err := checkBatch(X, l.In, "the input of the convolution")
	if err != nil {
		return nil, nil, err
	}
	out := l.Out()
	m, err := checkBatch(Delta, out, "δ of the convolution")
	if err != nil {
		return nil, nil, err
	}
	if m != n {
		return nil, nil, fmt.Errorf("conv: the input has %d examples but δ has %d rows", n, m)
	}
	g, dX := l.backward(X, l.windows(X, 0, n, nil), Delta, n, wantInput, nil)
	return g, dX, nil
}

// backward is Backward on batches already checked, with X̂ the im2col matrix
// of X: with Δ laid out like W X̂ (F × N·P), ∂C/∂W = Δ X̂ᵀ and ∂C/∂X̂ = Wᵀ Δ
// are one product each.
func (l *Conv) backward(X mat.Matrix, cols *mat.Dense, Delta mat.Matrix, n int, wantInput bool, s *scratch) (*Grad, *mat.Dense) {
	F, P := len(l.B), l.positions()
	D := s.matrix(F, n*P) // Δ as F × N·P: δ of filter f at every position of every example
	inParts(n, func(_, from, to int) {
		var d []float64
		for e := from; e < to; e++ {
			d = row(d, Delta, e, F*P)
			for f := 0; f < F; f++ {
				copy(D.RawRowView(f)[e*P:][:P], d[f*P:][:P])
			}
		}
	})
	g := &Grad{W: s.matrix(F, l.In.C*l.K*l.K), B: make([]float64, F)}
	gemm(g.W, D, false, cols, true) // ∂C/∂W = Δ X̂ᵀ
	for f := range g.B {
		g.B[f] = sum(D.RawRowView(f)) // ∂C/∂b[f] = Σ over examples and positions of δ[f]
	}
	if !wantInput {
		return g, nil
	}
	dcols := s.matrix(l.In.C*l.K*l.K, n*P)
	gemm(dcols, l.W, true, D, false) // ∂C/∂X̂ = Wᵀ Δ
	raw := dcols.RawMatrix()
	dX := s.zeros(n, l.In.Size())
	inParts(n, func(_, from, to int) {
		for e := from; e < to; e++ {
			l.col2im(dX.RawRowView(e), raw.Data, raw.Stride, e*P) // back into the windows
		}
	})
	return g, dX
}

// checkBatch checks that X is a batch of volumes of shape s (N×s.Size(),
// N ≥ 1, every value finite) and returns N.
func checkBatch(X mat.Matrix, s Shape, what string) (int, error) {
	n, c, err := guard.Matrix(X, what)
	if err != nil {
		return 0, fmt.Errorf("conv: %w", err)
	}
	if c != s.Size() {
		return 0, fmt.Errorf("conv: %s is %d×%d, want N×%d (volumes of %v, one per row)", what, n, c, s.Size(), s)
	}
	return n, nil
}

// sum adds v in order (the order the cached networks were trained with:
// gonum's floats.Sum adds in another order, and so to other bits).
func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}
