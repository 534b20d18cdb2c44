package train

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	iblas "github.com/stepnet/stepnet/internal/blas"
	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Config is a minibatch gradient-descent run.
type Config struct {
	Loss      mlp.Loss // mlp.SquaredError or mlp.SoftmaxCrossEntropy
	Eta       float64  // η, the learning rate: > 0
	BatchSize int      // examples per step, 1…N; the last batch of an epoch holds what is left
	Seed      uint64   // the shuffles of every epoch come from it
}

// Trainer trains one network in place on one training set, by minibatch
// gradient descent, with every matrix of the step allocated in advance.
type Trainer struct {
	Net  *mlp.Network
	cfg  Config
	X, Y *mat.Dense // the training set, one example per row (not copied: do not change it while training)

	rng   *rand.Rand // the shuffles, as pkg/gd draws them
	order []int      // the examples of the current epoch, in their shuffled order
	epoch int        // epochs completed
	steps int        // steps taken
	ws    map[int]*workspace
	loops []sliceLoops // loops[l]: g and g′ of layer l over slices (index 0 unused)
}

// workspace holds every matrix of a step on a batch of n examples:
// H[0] is the batch X (n×n⁰), and for l = 1…L A[l], H[l] and D[l] = Δˡ are n×nˡ.
// pass is the backward pass over them (backprop.BatchDeltaRule): views of
// the same matrices, made once.
type workspace struct {
	n       int
	A, H, D []*mat.Dense
	Y       *mat.Dense // the targets of the batch, n×nᴸ
	pass    backprop.Pass[float64]
}

func newWorkspace(net *mlp.Network, loops []sliceLoops, n int) *workspace {
	sizes := net.Sizes()
	L := len(sizes) - 1
	w := &workspace{n: n, A: make([]*mat.Dense, L+1), H: make([]*mat.Dense, L+1), D: make([]*mat.Dense, L+1)}
	w.H[0] = mat.NewDense(n, sizes[0], nil)
	for l := 1; l <= L; l++ {
		w.A[l] = mat.NewDense(n, sizes[l], nil)
		w.H[l] = mat.NewDense(n, sizes[l], nil)
		w.D[l] = mat.NewDense(n, sizes[l], nil)
	}
	w.Y = mat.NewDense(n, sizes[L], nil)
	p := &w.pass
	p.W, p.GPrime = make([]backprop.Matrix[float64], L+1), make([]func(d, a []float64), L+1)
	p.H, p.A, p.Delta = make([]backprop.Matrix[float64], L+1), make([]backprop.Matrix[float64], L+1), make([]backprop.Matrix[float64], L+1)
	p.GW, p.GB = make([]backprop.Matrix[float64], L+1), make([][]float64, L+1)
	p.H[0] = backprop.View(w.H[0])
	for l := 1; l <= L; l++ {
		p.H[l], p.A[l], p.Delta[l] = backprop.View(w.H[l]), backprop.View(w.A[l]), backprop.View(w.D[l])
		p.GPrime[l] = loops[l].gPrime
	}
	p.DCDO = p.Delta[L] // outputGradient writes ∂C/∂O into Δᴸ; the rule scales it in place
	return w
}

// New prepares training net on the rows of X (inputs) and Y (targets).
// It checks everything a step could trip on: the network, the shapes, η, the
// batch size, the loss, and that X and Y are finite.
func New(net *mlp.Network, X, Y *mat.Dense, cfg Config) (*Trainer, error) {
	if net == nil {
		return nil, errors.New("train: the network is nil")
	}
	if err := net.Validate(); err != nil {
		return nil, err
	}
	if !(cfg.Eta > 0) || math.IsInf(cfg.Eta, 0) {
		return nil, fmt.Errorf("train: the learning rate η must be positive and finite, got η = %v", cfg.Eta)
	}
	if cfg.Loss != mlp.SquaredError && cfg.Loss != mlp.SoftmaxCrossEntropy {
		return nil, fmt.Errorf("train: unknown loss %v", cfg.Loss)
	}
	n, err := checkData(net, X, Y, "training")
	if err != nil {
		return nil, err
	}
	if cfg.BatchSize < 1 || cfg.BatchSize > n {
		return nil, fmt.Errorf("train: the batch size must be between 1 and N = %d, got %d", n, cfg.BatchSize)
	}
	t := &Trainer{Net: net, cfg: cfg, X: X, Y: Y, rng: mlp.NewRand(cfg.Seed), order: make([]int, n), ws: map[int]*workspace{}}
	t.loops = make([]sliceLoops, len(net.Layers)+1)
	for l, layer := range net.Layers {
		t.loops[l+1] = loopsOf(layer.G)
	}
	// Allocate the workspaces of the full and the last batch now, so that
	// no step allocates.
	t.workspace(cfg.BatchSize)
	if r := n % cfg.BatchSize; r != 0 {
		t.workspace(r)
	}
	return t, nil
}

// workspace returns the workspace for batches of n examples, made on first use.
func (t *Trainer) workspace(n int) *workspace {
	w, ok := t.ws[n]
	if !ok {
		w = newWorkspace(t.Net, t.loops, n)
		t.ws[n] = w
	}
	return w
}

// Config returns the run's configuration.
func (t *Trainer) Config() Config { return t.cfg }

// Epochs returns the number of epochs completed, Steps the number of steps taken.
func (t *Trainer) Epochs() int { return t.epoch }

// Steps returns the number of gradient steps taken so far.
func (t *Trainer) Steps() int { return t.steps }

// StepsPerEpoch returns ⌈N / batch size⌉.
func (t *Trainer) StepsPerEpoch() int {
	n := len(t.order)
	return (n + t.cfg.BatchSize - 1) / t.cfg.BatchSize
}

// EpochResult is what one epoch did.
type EpochResult struct {
	Epoch int     // 1 for the first epoch
	Steps int     // steps in this epoch
	Loss  float64 // mean of the batch losses, each measured before its step (what the gradient saw)
}

// Epoch runs one pass over the training set: a new random order (drawn as
// pkg/gd draws it, so the same seed gives the same batches as gd.Train), cut
// into batches of BatchSize, one step per batch. onStep, if not nil, is called
// after every step with the steps done and the steps of the epoch (for a
// progress bar).
func (t *Trainer) Epoch(onStep func(done, total int)) (EpochResult, error) {
	for i := range t.order {
		t.order[i] = i
	}
	t.rng.Shuffle(len(t.order), func(i, j int) { t.order[i], t.order[j] = t.order[j], t.order[i] })
	total := t.StepsPerEpoch()
	res := EpochResult{Epoch: t.epoch + 1}
	sum := 0.0
	for start := 0; start < len(t.order); start += t.cfg.BatchSize {
		batch := t.order[start:min(start+t.cfg.BatchSize, len(t.order))]
		F, err := t.Step(batch)
		if err != nil {
			return res, err
		}
		sum += F * float64(len(batch))
		res.Steps++
		if onStep != nil {
			onStep(res.Steps, total)
		}
	}
	t.epoch++
	res.Loss = sum / float64(len(t.order))
	return res, nil
}

// Step takes one gradient step on the training examples whose row numbers
// are in batch, and returns F, their mean loss before the step. It allocates
// nothing once the workspace for len(batch) examples exists (New makes the
// ones Epoch needs).
//
// The step is forward propagation, then the delta rule of pkg/backprop
// (BatchDeltaRule, the function BackwardBatch calls) with the gradient step
// folded into its last lines, α = −η and β = 1:
//
//	Δᴸ = (1/n) ∂C/∂O ⊙ g′(Aᴸ)
//	Δˡ = Δˡ⁺¹ Wˡ⁺¹ ⊙ g′(Aˡ)         for l = L−1 … 1, with the Wˡ the forward pass used
//	Wˡ ← Wˡ − η (Δˡ)ᵀ Hˡ⁻¹          (one GEMM each: the gradient is never stored)
//	bˡ ← bˡ − η Σᵢ Δᵢˡ
//
// A step whose loss is not finite returns an error and leaves the weights
// unchanged.
func (t *Trainer) Step(batch []int) (float64, error) {
	n := len(batch)
	if n == 0 {
		return 0, errors.New("train: an empty batch")
	}
	w := t.workspace(n)
	for i, r := range batch {
		if r < 0 || r >= len(t.order) {
			return 0, fmt.Errorf("train: batch row %d is example %d, outside 0…%d", i, r, len(t.order)-1)
		}
		copy(w.H[0].RawRowView(i), t.X.RawRowView(r))
		copy(w.Y.RawRowView(i), t.Y.RawRowView(r))
	}
	t.forward(w)
	F, err := t.outputGradient(w)
	if err != nil {
		return 0, fmt.Errorf("train: step %d (epoch %d): %w", t.steps+1, t.epoch+1, err)
	}
	for l, layer := range t.Net.Layers { // the weights now, read and updated in place
		w.pass.W[l+1], w.pass.GW[l+1], w.pass.GB[l+1] = backprop.View(layer.W), backprop.View(layer.W), layer.B.RawVector().Data
	}
	backprop.BatchDeltaRule(gemm64, &w.pass, -t.cfg.Eta, 1)
	t.steps++
	return F, nil
}

// forward computes, for l = 1…L, Aˡ = Hˡ⁻¹ (Wˡ)ᵀ + 1 (bˡ)ᵀ and Hˡ = g(Aˡ)
// into the workspace, as mlp.Network.ForwardBatch does.
func (t *Trainer) forward(w *workspace) {
	for l := 1; l <= len(t.Net.Layers); l++ {
		layer := t.Net.Layers[l-1]
		gemm(blas.NoTrans, blas.Trans, 1, w.H[l-1], layer.W, 0, w.A[l]) // Aˡ = Hˡ⁻¹ (Wˡ)ᵀ
		b := layer.B.RawVector().Data
		for i := 0; i < w.n; i++ {
			a := w.A[l].RawRowView(i)
			for j := range a {
				a[j] += b[j] // + bˡ
			}
		}
		t.loops[l].g(w.H[l].RawMatrix().Data, w.A[l].RawMatrix().Data) // Hˡ = g(Aˡ): workspace matrices are contiguous
	}
}

// outputGradient writes ∂C/∂o of every example of the batch into row i of
// Δᴸ, where BatchDeltaRule expects it (it then scales Δᴸ by 1/n and g′(Aᴸ)):
// 2(o − y) for the squared error, softmax(o) − y for softmax +
// cross-entropy (mlp.Loss.Grad's numbers, written into the workspace). It
// returns F = (1/n) Σᵢ C(oᵢ, yᵢ).
func (t *Trainer) outputGradient(w *workspace) (float64, error) {
	L := len(t.Net.Layers)
	F := 0.0
	for i := 0; i < w.n; i++ {
		o, y, d := w.H[L].RawRowView(i), w.Y.RawRowView(i), w.D[L].RawRowView(i)
		c, err := t.cfg.Loss.Value(o, y)
		if err != nil {
			return 0, fmt.Errorf("training diverged (try a smaller η than %v): example %d of the batch: %w", t.cfg.Eta, i, err)
		}
		F += c
		if t.cfg.Loss == mlp.SquaredError {
			for j := range o {
				d[j] = 2 * (o[j] - y[j])
			}
		} else {
			lse := mlp.LogSumExp(o) // softmax(o)ⱼ = exp(oⱼ − log Σₖ exp(oₖ))
			for j := range o {
				d[j] = math.Exp(o[j]-lse) - y[j]
			}
		}
	}
	F *= 1 / float64(w.n)
	if math.IsNaN(F) || math.IsInf(F, 0) {
		return 0, fmt.Errorf("training diverged (try a smaller η than %v): the batch's loss is %v", t.cfg.Eta, F)
	}
	return F, nil
}

// gemm is C ← α op(A) op(B) + β C: the call mat.Dense.Mul makes, written
// out so that the update can use β = 1 and nothing is allocated. It goes to
// the engine the program installed (UseFastEngine), or to gonum's own
// arithmetic without its allocations (internal/blas.Gemm).
func gemm(tA, tB blas.Transpose, alpha float64, A, B *mat.Dense, beta float64, C *mat.Dense) {
	iblas.Gemm(tA, tB, alpha, A.RawMatrix(), B.RawMatrix(), beta, C.RawMatrix())
}

// gemm64 is gemm as the GEMM of backprop.BatchDeltaRule.
func gemm64(transA, transB bool, alpha float64, A, B backprop.Matrix[float64], beta float64, C backprop.Matrix[float64]) {
	iblas.Gemm(transpose(transA), transpose(transB), alpha, general(A), general(B), beta, general(C))
}

func transpose(t bool) blas.Transpose {
	if t {
		return blas.Trans
	}
	return blas.NoTrans
}

func general(m backprop.Matrix[float64]) blas64.General {
	return blas64.General{Rows: m.Rows, Cols: m.Cols, Stride: m.Stride, Data: m.Data}
}

// checkData checks that X and Y have the same number of rows, fit the
// network and are finite; it returns N.
func checkData(net *mlp.Network, X, Y *mat.Dense, name string) (int, error) {
	if X == nil || Y == nil {
		return 0, fmt.Errorf("train: the %s inputs X or targets Y are nil", name)
	}
	n, d := X.Dims()
	ny, k := Y.Dims()
	if n == 0 || ny == 0 {
		return 0, fmt.Errorf("train: the %s set is empty: X is %s, Y is %s", name, notation.Shape(n, d), notation.Shape(ny, k))
	}
	if n != ny {
		return 0, fmt.Errorf("train: the %s set has %d inputs (rows of X) but %d targets (rows of Y)", name, n, ny)
	}
	sizes := net.Sizes()
	if d != sizes[0] {
		return 0, fmt.Errorf("train: the network takes n⁰ = %d inputs but the %s X is %s", sizes[0], name, notation.Shape(n, d))
	}
	if L := len(sizes) - 1; k != sizes[L] {
		return 0, fmt.Errorf("train: the network has n%s = %d outputs but the %s Y is %s", notation.Sup(L), sizes[L], name, notation.Shape(ny, k))
	}
	for _, m := range []struct {
		name string
		M    *mat.Dense
	}{{"X", X}, {"Y", Y}} {
		r, c := m.M.Dims()
		for i := 0; i < r; i++ {
			for j, v := range m.M.RawRowView(i)[:c] {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return 0, fmt.Errorf("train: the %s %s has %v at row %d, column %d", name, m.name, v, i, j)
				}
			}
		}
	}
	return n, nil
}
