package train

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"unsafe"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	iblas "github.com/stepnet/stepnet/internal/blas"
	"github.com/stepnet/stepnet/internal/blas/microkernel"
	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Config is a minibatch gradient-descent run.
type Config struct {
	Loss      mlp.Loss  // mlp.SquaredError or mlp.SoftmaxCrossEntropy
	Eta       float64   // η, the learning rate: > 0
	BatchSize int       // examples per step, 1…N; the last batch of an epoch holds what is left
	Seed      uint64    // the shuffles of every epoch come from it
	Precision Precision // the arithmetic of the steps: Float64 (the zero value) or Float32
}

// Precision is the floating-point type a Trainer computes its steps in.
type Precision int

const (
	// Float64 computes in float64, on the network's own matrices: the
	// lessons' numbers.
	Float64 Precision = iota
	// Float32 computes in float32, on float32 copies of the weights and the
	// training set: half the memory traffic, and vector instructions twice
	// as wide, for the same algorithm (the same functions, instantiated for
	// float32). The network's float64 weights are set from the float32 ones
	// after every Epoch, and by Sync.
	Float32
)

// String returns "float64" or "float32".
func (p Precision) String() string {
	switch p {
	case Float64:
		return "float64"
	case Float32:
		return "float32"
	}
	return fmt.Sprintf("Precision(%d)", int(p))
}

// ParsePrecision returns the Precision called s: "float64" or "float32".
func ParsePrecision(s string) (Precision, error) {
	switch s {
	case "float64":
		return Float64, nil
	case "float32":
		return Float32, nil
	}
	return 0, fmt.Errorf("train: unknown precision %q: want float64 or float32", s)
}

// Trainer trains one network in place on one training set, by minibatch
// gradient descent, with every matrix of the step allocated in advance.
type Trainer struct {
	Net  *mlp.Network
	cfg  Config
	X, Y *mat.Dense // the training set, one example per row (not copied in float64: do not change it while training)

	rng   *rand.Rand // the shuffles, as pkg/gd draws them
	order []int      // the examples of the current epoch, in their shuffled order
	epoch int        // epochs completed
	steps int        // steps taken
	m64   *model[float64]
	m32   *model[float32] // exactly one of m64 and m32 is set, by cfg.Precision

	firstLoss float64 // F of the first step, for EpochResult.Diverged
}

// ready checks that t was made by New and that its network still has the
// shape it was made with (the steps read and write the network in place).
func (t *Trainer) ready() error {
	if t == nil || t.Net == nil || (t.m64 == nil) == (t.m32 == nil) {
		return errors.New("train: the trainer is nil or was not made by New")
	}
	sizes := t.m64.sizesOrNil()
	if t.m32 != nil {
		sizes = t.m32.sizes
	}
	if len(t.Net.Layers) != len(sizes)-1 {
		return fmt.Errorf("train: the trainer's network now has %d layers, it was made with %d: make a new Trainer", len(t.Net.Layers), len(sizes)-1)
	}
	for l, layer := range t.Net.Layers {
		if layer == nil || layer.W == nil || layer.B == nil {
			return fmt.Errorf("train: layer %d of the trainer's network is missing", l+1)
		}
		if r, c := layer.W.Dims(); r != sizes[l+1] || c != sizes[l] || layer.B.Len() != r {
			return fmt.Errorf("train: layer %d of the trainer's network is now %d×%d, it was made %d×%d: make a new Trainer", l+1, r, c, sizes[l+1], sizes[l])
		}
	}
	return nil
}

func (m *model[F]) sizesOrNil() []int {
	if m == nil {
		return nil
	}
	return m.sizes
}

// model is what the steps compute on, in the element type F: the weights
// Wˡ, bˡ, the training set, the g and g′ of the layers, the GEMM, and a
// workspace per batch size. In float64 the weights and the data are views of
// the network's and the caller's matrices; in float32, copies.
type model[F backprop.Float] struct {
	W      []backprop.Matrix[F] // W[l] = Wˡ (index 0 unused)
	B      [][]F                // B[l] = bˡ
	X, Y   backprop.Matrix[F]
	loops  []sliceLoops[F] // loops[l]: g and g′ of layer l over slices (index 0 unused)
	gemm   backprop.GEMM[F]
	gather func(dst, src backprop.Matrix[F], rows []int) // row i of dst ← row rows[i] of src
	ahead  func(dst, src backprop.Matrix[F], rows []int) // gather, started on the other core, finished by the next gather
	ws     map[int]*workspace[F]
	sizes  []int // n⁰…nᴸ
	stale  bool  // float32: the network's weights are older than W and B
}

// workspace holds every matrix of a step on a batch of n examples:
// H[0] is the batch X (n×n⁰), and for l = 1…L A[l], H[l] and D[l] = Δˡ are
// n×nˡ, all contiguous. pass is the backward pass over them
// (backprop.BatchDeltaRule), made once.
type workspace[F backprop.Float] struct {
	n       int
	A, H, D []backprop.Matrix[F]
	Y       backprop.Matrix[F] // the targets of the batch, n×nᴸ
	// spare is a second H⁰, into which the previous step copies the next
	// batch ahead (gatherAhead); aheadRows are that batch's rows.
	spare     backprop.Matrix[F]
	aheadRows []int
	o, y, g   []float64 // float32: Hᴸ and Y in float64, and ∂C/∂O, for the loss
	pass      backprop.Pass[F]
}

func newMatrix[F backprop.Float](r, c int) backprop.Matrix[F] {
	return backprop.Matrix[F]{Rows: r, Cols: c, Stride: c, Data: make([]F, r*c)}
}

func (m *model[F]) newWorkspace(n int) *workspace[F] {
	sizes := m.sizes
	L := len(sizes) - 1
	w := &workspace[F]{n: n, A: make([]backprop.Matrix[F], L+1), H: make([]backprop.Matrix[F], L+1), D: make([]backprop.Matrix[F], L+1)}
	w.H[0], w.spare = newMatrix[F](n, sizes[0]), newMatrix[F](n, sizes[0])
	w.aheadRows = make([]int, 0, n)
	for l := 1; l <= L; l++ {
		w.A[l], w.H[l], w.D[l] = newMatrix[F](n, sizes[l]), newMatrix[F](n, sizes[l]), newMatrix[F](n, sizes[l])
	}
	w.Y = newMatrix[F](n, sizes[L])
	if _, ok := any(F(0)).(float32); ok { // float64 copies of Hᴸ, Y and ∂C/∂O for the loss
		w.o, w.y, w.g = make([]float64, n*sizes[L]), make([]float64, n*sizes[L]), make([]float64, n*sizes[L])
	}
	p := &w.pass
	p.GPrime = make([]func(d, a []F), L+1)
	p.H, p.A, p.Delta = w.H, w.A, w.D
	// The weights are read and updated in place: GW[l] is Wˡ itself (α = −η, β = 1).
	p.W, p.GW, p.GB = m.W, m.W, m.B
	for l := 1; l <= L; l++ {
		p.GPrime[l] = m.loops[l].gPrime
	}
	p.DCDO = p.Delta[L] // outputGradient writes ∂C/∂O into Δᴸ; the rule scales it in place
	return w
}

// workspace returns the workspace for batches of n examples, made on first use.
func (m *model[F]) workspace(n int) *workspace[F] {
	w, ok := m.ws[n]
	if !ok {
		w = m.newWorkspace(n)
		m.ws[n] = w
	}
	return w
}

// gatherAhead starts copying the rows of the next batch into w.spare on
// the other core (model.ahead); the step of that batch swaps it in as its
// H⁰ and copies the rows still missing.
func (w *workspace[F]) gatherAhead(m *model[F], next []int) {
	m.ahead(w.spare, m.X, next)
	w.aheadRows = append(w.aheadRows[:0], next...)
}

// newModel returns the model of net and the training set X, Y in F: views
// in float64, copies in float32.
func newModel[F backprop.Float](net *mlp.Network, X, Y *mat.Dense, gemm backprop.GEMM[F], gather, ahead func(dst, src backprop.Matrix[F], rows []int)) *model[F] {
	L := len(net.Layers)
	m := &model[F]{W: make([]backprop.Matrix[F], L+1), B: make([][]F, L+1), loops: make([]sliceLoops[F], L+1), gemm: gemm, gather: gather, ahead: ahead, ws: map[int]*workspace[F]{}, sizes: net.Sizes()}
	for l, layer := range net.Layers {
		m.W[l+1], m.B[l+1] = matrixOf[F](layer.W), sliceOf[F](layer.B.RawVector().Data)
		m.loops[l+1] = loopsOf[F](layer.G)
	}
	m.X, m.Y = matrixOf[F](X), matrixOf[F](Y)
	return m
}

// matrixOf returns M as a Matrix[F]: M's own numbers in float64, a float32
// copy otherwise.
func matrixOf[F backprop.Float](M *mat.Dense) backprop.Matrix[F] {
	if v, ok := any(backprop.View(M)).(backprop.Matrix[F]); ok {
		return v
	}
	r, c := M.Dims()
	out := newMatrix[F](r, c)
	for i := 0; i < r; i++ {
		for j, v := range M.RawRowView(i) {
			out.Data[i*c+j] = F(v)
		}
	}
	return out
}

// sliceOf returns s in F: s itself in float64, a copy otherwise.
func sliceOf[F backprop.Float](s []float64) []F {
	if v, ok := any(s).([]F); ok {
		return v
	}
	out := make([]F, len(s))
	for i, v := range s {
		out[i] = F(v)
	}
	return out
}

// New prepares training net on the rows of X (inputs) and Y (targets).
// It checks everything a step could trip on: the network, the shapes, η, the
// batch size, the loss, the precision, and that X and Y are finite.
func New(net *mlp.Network, X, Y *mat.Dense, cfg Config) (*Trainer, error) {
	if net == nil {
		return nil, errors.New("train: the network is nil")
	}
	if err := net.Validate(); err != nil {
		return nil, err
	}
	if !(cfg.Eta > 0) || math.IsInf(cfg.Eta, 0) {
		return nil, lang.Errorf("train.eta", cfg.Eta)
	}
	if cfg.Loss != mlp.SquaredError && cfg.Loss != mlp.SoftmaxCrossEntropy {
		return nil, lang.Errorf("train.loss", cfg.Loss)
	}
	if cfg.Precision != Float64 && cfg.Precision != Float32 {
		return nil, fmt.Errorf("train: unknown precision %v: want Float64 or Float32", cfg.Precision)
	}
	for l, layer := range net.Layers {
		if i, j, v, bad := guard.FirstNonFiniteMat(layer.W); bad {
			return nil, fmt.Errorf("train: layer %d: w%s[%d,%d] is %v: the weights must be finite", l+1, notation.Sup(l+1), i, j, v)
		}
		if i, _, v, bad := guard.FirstNonFiniteMat(layer.B); bad {
			return nil, fmt.Errorf("train: layer %d: b%s[%d] is %v: the biases must be finite", l+1, notation.Sup(l+1), i, v)
		}
	}
	n, err := checkData(net, X, Y, "training")
	if err != nil {
		return nil, err
	}
	if cfg.Loss == mlp.SoftmaxCrossEntropy {
		// ∂C/∂o = p − y only for targets that sum to 1 (pkg/backprop's rule)
		_, k := Y.Dims()
		for i := 0; i < n; i++ {
			sum := 0.0
			for _, v := range Y.RawRowView(i)[:k] {
				sum += v
			}
			if math.Abs(sum-1) > 1e-9*float64(k) {
				return nil, fmt.Errorf("train: %v: row %d of the targets Y sums to %v, not 1: use one-hot targets (mlp.OneHot) so that δᴸ = p − y", cfg.Loss, i, sum)
			}
		}
	}
	if cfg.BatchSize < 1 || cfg.BatchSize > n {
		return nil, lang.Errorf("train.batch", n, cfg.BatchSize)
	}
	if err := checkBatchSize(net, cfg.BatchSize); err != nil {
		return nil, err
	}
	t := &Trainer{Net: net, cfg: cfg, X: X, Y: Y, rng: mlp.NewRand(cfg.Seed), order: make([]int, n)}
	if cfg.Precision == Float32 {
		if err := fitsFloat32(net); err != nil {
			return nil, err
		}
		t.m32 = newModel(net, X, Y, gemm32, gather32, ahead32)
	} else {
		t.m64 = newModel(net, X, Y, gemm64, gather64, ahead64)
	}
	// Allocate the workspaces of the full and the last batch now, so that
	// no step allocates.
	t.workspaces(cfg.BatchSize)
	if r := n % cfg.BatchSize; r != 0 {
		t.workspaces(r)
	}
	return t, nil
}

// checkBatchSize checks that a workspace for batches of n examples, about
// 3n·(n⁰ + … + nᴸ) values (Hˡ, Aˡ, Δˡ), stays within mlp.MaxBatchValues·3.
func checkBatchSize(net *mlp.Network, n int) error {
	width := 0
	for _, s := range net.Sizes() {
		width += s
	}
	if width > 0 && n > mlp.MaxBatchValues/width {
		return fmt.Errorf("train: a batch of %d examples through %v needs %d×%d values per matrix of the step, more than the %d allowed (mlp.MaxBatchValues): use smaller batches", n, net, n, width, mlp.MaxBatchValues)
	}
	return nil
}

// fitsFloat32 checks that the network's weights are finite in float32.
func fitsFloat32(net *mlp.Network) error {
	for l, layer := range net.Layers {
		for _, v := range layer.W.RawMatrix().Data {
			if math.IsInf(float64(float32(v)), 0) {
				return fmt.Errorf("train: layer %d has a weight %v, too large for float32", l+1, v)
			}
		}
	}
	return nil
}

func (t *Trainer) workspaces(n int) {
	if t.m32 != nil {
		t.m32.workspace(n)
	} else {
		t.m64.workspace(n)
	}
}

// Sync sets the network's weights from the float32 ones the steps update
// (a Float32 Trainer; a Float64 one updates the network itself, and Sync does
// nothing). Epoch and Evaluate call it; a program that calls Step itself
// calls Sync before reading t.Net.
func (t *Trainer) Sync() {
	if t.ready() != nil {
		return
	}
	m := t.m32
	if m == nil || !m.stale {
		return
	}
	for l, layer := range t.Net.Layers {
		w, b := layer.W.RawMatrix(), layer.B.RawVector().Data
		for i := 0; i < w.Rows; i++ {
			for j, v := range m.W[l+1].Row(i) {
				w.Data[i*w.Stride+j] = float64(v)
			}
		}
		for j, v := range m.B[l+1] {
			b[j] = float64(v)
		}
	}
	m.stale = false
}

// Config returns the run's configuration.
func (t *Trainer) Config() Config {
	if t == nil {
		return Config{}
	}
	return t.cfg
}

// Epochs returns the number of epochs completed, Steps the number of steps taken.
func (t *Trainer) Epochs() int {
	if t == nil {
		return 0
	}
	return t.epoch
}

// Steps returns the number of gradient steps taken so far.
func (t *Trainer) Steps() int {
	if t == nil {
		return 0
	}
	return t.steps
}

// StepsPerEpoch returns ⌈N / batch size⌉.
func (t *Trainer) StepsPerEpoch() int {
	if t == nil || t.cfg.BatchSize < 1 {
		return 0
	}
	n := len(t.order)
	return (n + t.cfg.BatchSize - 1) / t.cfg.BatchSize
}

// EpochResult is what one epoch did.
type EpochResult struct {
	Epoch int     // 1 for the first epoch
	Steps int     // steps in this epoch
	Loss  float64 // mean of the batch losses, each measured before its step (what the gradient saw)
	// Diverged is set when Loss is more than MaxLossGrowth × max(F of the
	// first step, 1): η is too large. Softmax + cross-entropy stays finite
	// while its weights run off (η = 1e300: F ≈ 1e300), so no step fails.
	Diverged bool
}

// MaxLossGrowth is EpochResult.Diverged's factor, as gd.Train's rule.
const MaxLossGrowth = 1e6

// Epoch runs one pass over the training set: a new random order (drawn as
// pkg/gd draws it, so the same seed gives the same batches as gd.Train), cut
// into batches of BatchSize, one step per batch. onStep, if not nil, is called
// after every step with the steps done and the steps of the epoch (for a
// progress bar).
func (t *Trainer) Epoch(onStep func(done, total int)) (EpochResult, error) {
	if err := t.ready(); err != nil {
		return EpochResult{}, err
	}
	for i := range t.order {
		t.order[i] = i
	}
	t.rng.Shuffle(len(t.order), func(i, j int) { t.order[i], t.order[j] = t.order[j], t.order[i] })
	total := t.StepsPerEpoch()
	res := EpochResult{Epoch: t.epoch + 1}
	sum := 0.0
	for start := 0; start < len(t.order); start += t.cfg.BatchSize {
		batch := t.order[start:min(start+t.cfg.BatchSize, len(t.order))]
		next := t.order[min(start+t.cfg.BatchSize, len(t.order)):min(start+2*t.cfg.BatchSize, len(t.order))]
		F, err := t.step(batch, next)
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
	t.Sync()
	res.Loss = sum / float64(len(t.order))
	res.Diverged = res.Loss > MaxLossGrowth*math.Max(t.firstLoss, 1)
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
	return t.step(batch, nil)
}

// step is Step, told the next batch (Epoch knows it; nil if none): the second
// core copies its rows ahead while the step's serial middle runs (model.forward).
func (t *Trainer) step(batch, next []int) (float64, error) {
	if err := t.ready(); err != nil {
		return 0, err
	}
	var F float64
	var err error
	if t.m32 != nil {
		F, err = step(t, t.m32, batch, next)
		t.m32.stale = t.m32.stale || err == nil
	} else {
		for l, layer := range t.Net.Layers { // the network's weights now, read and updated in place
			t.m64.W[l+1], t.m64.B[l+1] = backprop.View(layer.W), layer.B.RawVector().Data
		}
		F, err = step(t, t.m64, batch, next)
	}
	if err != nil {
		return 0, err
	}
	if t.steps == 0 {
		t.firstLoss = F
	}
	t.steps++
	return F, nil
}

// step is Step in the element type F.
func step[F backprop.Float](t *Trainer, m *model[F], batch, next []int) (float64, error) {
	n := len(batch)
	if n == 0 {
		return 0, errors.New("train: an empty batch")
	}
	if n > len(t.order) {
		return 0, fmt.Errorf("train: a batch of %d examples, more than the N = %d of the training set", n, len(t.order))
	}
	if _, ok := m.ws[n]; !ok {
		if err := checkBatchSize(t.Net, n); err != nil {
			return 0, err
		}
	}
	w := m.workspace(n)
	for i, r := range batch {
		if r < 0 || r >= len(t.order) {
			return 0, fmt.Errorf("train: batch row %d is example %d, outside 0…%d", i, r, len(t.order)-1)
		}
	}
	// H⁰ and Y of the batch: its rows of the training set (on both cores for
	// MNIST), some of them copied ahead by the previous step.
	if slices.Equal(w.aheadRows, batch) {
		w.H[0], w.spare = w.spare, w.H[0] // the pass's H[0] too: it is w.H
	}
	w.aheadRows = w.aheadRows[:0]
	m.gather(w.H[0], m.X, batch)
	m.gather(w.Y, m.Y, batch)
	m.forward(w, next)
	loss, err := outputGradient(t.cfg, w)
	if err != nil {
		return 0, lang.Errorf("train.step", t.steps+1, t.epoch+1, err)
	}
	backprop.BatchDeltaRule(m.gemm, &w.pass, F(-t.cfg.Eta), 1)
	return loss, nil
}

// forward computes, for l = 1…L, Aˡ = Hˡ⁻¹ (Wˡ)ᵀ + 1 (bˡ)ᵀ and Hˡ = g(Aˡ)
// into the workspace, as mlp.Network.ForwardBatch does.
//
// If next is not nil, it is the next batch: once the first layer's product
// is done, what is left of the step until the update of W¹ (the other
// layers, the loss, the backward pass of the small layers) runs on one core,
// and the other copies the next batch's rows meanwhile into the spare H⁰ of
// its workspace (gatherAhead), and goes on after the update of W¹ while
// this core updates the biases and W² (internal/blas resumes the copy after
// the product that stopped it), so that the next step has few or none to
// copy.
func (m *model[F]) forward(w *workspace[F], next []int) {
	for l := 1; l < len(m.W); l++ {
		m.gemm(false, true, 1, w.H[l-1], m.W[l], 0, w.A[l]) // Aˡ = Hˡ⁻¹ (Wˡ)ᵀ
		if l == 1 && len(next) > 0 {
			m.workspace(len(next)).gatherAhead(m, next)
			for _, r := range next { // and this core asks for the next batch's targets, a miss each otherwise
				microkernel.Prefetch(m.Y.Row(r))
			}
		}
		for i := 0; i < w.n; i++ {
			microkernel.AddScaled(w.A[l].Row(i), 1, m.B[l]) // + bˡ (1·bⱼ = bⱼ: exact)
		}
		m.loops[l].g(w.H[l].Data, w.A[l].Data) // Hˡ = g(Aˡ): workspace matrices are contiguous
	}
}

// outputGradient writes ∂C/∂o of every example of the batch into row i of
// Δᴸ, where BatchDeltaRule expects it (it then scales Δᴸ by 1/n and g′(Aᴸ)):
// 2(o − y) for the squared error, softmax(o) − y for softmax +
// cross-entropy (mlp.Loss.ValueGradRows, which computes the loss and its
// gradient in one pass over the batch). It returns
// F = (1/n) Σᵢ C(oᵢ, yᵢ). The loss and ∂C/∂o are computed in float64 from
// the batch's outputs (a few per example) and stored in F.
func outputGradient[F backprop.Float](cfg Config, w *workspace[F]) (float64, error) {
	L := len(w.H) - 1
	// Hᴸ, Y and ∂C/∂O as float64 slices (workspace matrices are contiguous):
	// in float64 the matrices themselves, in float32 copies (∂C/∂O converted
	// into Δᴸ below).
	o, y, g := asFloat64(w.H[L].Data, w.o), asFloat64(w.Y.Data, w.y), w.g
	if g == nil {
		g = asFloat64(w.D[L].Data, nil)
	}
	sum, err := cfg.Loss.ValueGradRows(o, y, g, w.H[L].Cols)
	if err != nil {
		return 0, lang.Errorf("train.diverged", cfg.Eta, err)
	}
	if w.g != nil {
		d := w.D[L].Data
		for j, v := range g {
			d[j] = F(v)
		}
	}
	sum *= 1 / float64(w.n)
	if math.IsNaN(sum) || math.IsInf(sum, 0) {
		return 0, lang.Errorf("train.diverged.loss", cfg.Eta, sum)
	}
	return sum, nil
}

// asFloat64 returns x in float64: x itself if it is (seen as []float64, with
// no allocation), else x converted into buf.
func asFloat64[F backprop.Float](x []F, buf []float64) []float64 {
	if unsafe.Sizeof(F(0)) == unsafe.Sizeof(float64(0)) { // F is float64
		return unsafe.Slice((*float64)(unsafe.Pointer(unsafe.SliceData(x))), len(x))
	}
	buf = buf[:len(x)]
	for i, v := range x {
		buf[i] = float64(v)
	}
	return buf
}

// gemm64 is C ← α op(A) op(B) + β C, the GEMM of backprop.BatchDeltaRule
// and of the forward pass: the engine the program installed
// (UseFastEngine), or gonum's own arithmetic without its allocations
// (internal/blas.Gemm).
func gemm64(transA, transB bool, alpha float64, A, B backprop.Matrix[float64], beta float64, C backprop.Matrix[float64]) {
	iblas.Gemm(transpose(transA), transpose(transB), alpha, general(A), general(B), beta, general(C))
}

// gather64 copies row rows[i] of src into row i of dst, for every i, on
// both cores when it is large (internal/blas.GatherRows).
func gather64(dst, src backprop.Matrix[float64], rows []int) {
	iblas.GatherRows(dst.Data, dst.Stride, src.Data, src.Stride, src.Cols, rows)
}

// ahead64 starts gather64 on the other core (internal/blas.GatherAhead):
// the next gather64 of the same rows into dst finishes it.
func ahead64(dst, src backprop.Matrix[float64], rows []int) {
	iblas.GatherAhead(dst.Data, dst.Stride, src.Data, src.Stride, src.Cols, rows)
}

// ahead32 is ahead64 in float32.
func ahead32(dst, src backprop.Matrix[float32], rows []int) {
	iblas.GatherAhead(dst.Data, dst.Stride, src.Data, src.Stride, src.Cols, rows)
}

// gather32 is gather64 in float32.
func gather32(dst, src backprop.Matrix[float32], rows []int) {
	iblas.GatherRows(dst.Data, dst.Stride, src.Data, src.Stride, src.Cols, rows)
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

// gemm32 is gemm64 in float32: the installed engine's Sgemm (internal/blas.Gemm32).
func gemm32(transA, transB bool, alpha float32, A, B backprop.Matrix[float32], beta float32, C backprop.Matrix[float32]) {
	iblas.Gemm32(transpose(transA), transpose(transB), alpha, general32(A), general32(B), beta, general32(C))
}

func general32(m backprop.Matrix[float32]) blas32.General {
	return blas32.General{Rows: m.Rows, Cols: m.Cols, Stride: m.Stride, Data: m.Data}
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
