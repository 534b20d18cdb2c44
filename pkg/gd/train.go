package gd

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Method chooses how many examples each gradient step uses.
type Method int

const (
	// Batch uses all N examples at every step: the gradient ∇C(w) itself.
	Batch Method = iota
	// Stochastic uses one example per step, ∇Lᵢ(w), in a new random order
	// each epoch.
	Stochastic
	// Minibatch uses BatchSize examples per step, in a new random order each
	// epoch; the last batch of an epoch is smaller when BatchSize does not
	// divide N (it is kept: every example is used once per epoch).
	Minibatch
)

var methodNames = map[Method]string{Batch: "batch", Stochastic: "stochastic", Minibatch: "minibatch"}

// String names the method: "batch", "stochastic" or "minibatch".
func (m Method) String() string {
	if s, ok := methodNames[m]; ok {
		return s
	}
	return fmt.Sprintf("Method(%d)", int(m))
}

// Label is the method's name for a reader, in the language lang.Current
// sets: "batch", "stochastic" and "minibatch" in English, as String writes
// them; "totale", "stochastique" and "mini-lots" in French (the glossary's
// words). Print and draw Label; String stays the name MethodByName reads
// back, in every language.
func (m Method) Label() string {
	switch m {
	case Batch:
		return lang.T("gd.method.batch")
	case Stochastic:
		return lang.T("gd.method.stochastic")
	case Minibatch:
		return lang.T("gd.method.minibatch")
	}
	return m.String()
}

// MethodByName returns the method called "batch", "stochastic" (or "sgd")
// or "minibatch".
func MethodByName(name string) (Method, error) {
	switch name {
	case "batch", "full":
		return Batch, nil
	case "stochastic", "sgd", "online":
		return Stochastic, nil
	case "minibatch", "mini-batch":
		return Minibatch, nil
	}
	return 0, lang.Errorf("gd.method.unknown.name", name)
}

// Gradient computes, at the network's current weights, the gradient of the
// MEAN loss F = (1/n) Σᵢ L(xᵢ, yᵢ) over the n rows of X and Y:
// gradW[l] = ∂F/∂Wˡ and gradB[l] = ∂F/∂bˡ for l = 1…L (index 0 unused), and
// F itself (the forward pass computes it anyway). BackpropGradient is the one
// Train uses by default; any other (a student's, a numerical one) fits.
type Gradient func(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) (gradW []*mat.Dense, gradB []*mat.VecDense, F float64, err error)

// BlowUp is the factor beyond which a cost counts as diverged: training stops
// when C(w) > BlowUp × max(C(w₀), 1), C(w₀) being the cost on the whole
// training set before the first step.
const BlowUp = 1e6

// Config is a training run.
type Config struct {
	Method    Method
	Eta       float64  // η, the learning rate: > 0 (0 when Schedule is set)
	Lambda    float64  // λ, the weight of the L2 term λ‖w‖²: ≥ 0
	BatchSize int      // examples per step, 1…N; Minibatch only (Batch uses N, Stochastic 1)
	Epochs    int      // passes over the training set: ≥ 1
	Seed      uint64   // every shuffle comes from it: the generator is mlp.NewRand(Seed)
	Loss      mlp.Loss // mlp.SquaredError or mlp.SoftmaxCrossEntropy
	Gradient  Gradient // nil: BackpropGradient

	// Schedule, if set, gives the learning rate η_t of every step t = 0, 1,
	// … instead of the constant Eta, which must then be 0 (InverseTime,
	// StepDecay, …; see Schedule).
	Schedule Schedule

	// Momentum is μ of gradient descent with momentum, 0 ≤ μ < 1 (0: plain
	// gradient descent). Every step is then StepMomentum's
	// v ← μv − η∂C/∂w, w ← w + v, with v = 0 before the first step.
	Momentum float64

	// FullCostEachStep also measures the cost on the whole training set
	// after every step (History.AfterStep). One forward pass over the data
	// per step: fine for toy sets, slow for MNIST with Stochastic.
	FullCostEachStep bool

	// LayerGradients also measures, before training and after every epoch,
	// ‖∂F/∂Wˡ‖ and ‖∂F/∂bˡ‖ of every layer on the whole training set
	// (LayerGradients; History.GradW, History.GradB): how fast each layer
	// learns, one more backward pass over the data per epoch.
	LayerGradients bool

	// ValX, ValY, if set, is a validation set measured after every epoch.
	ValX, ValY mat.Matrix

	// OnEpoch, if set, is called after every epoch (for a progress bar).
	OnEpoch func(r Record)
}

// Cost is C(w) = F(w) + λ‖w‖² in its parts.
type Cost struct {
	Data  float64 // F(w) = (1/n) Σᵢ L(xᵢ, yᵢ), the mean loss
	L2    float64 // λ‖w‖², biases excluded
	Total float64 // C(w) = Data + L2
}

// Record is the state of training at one point.
type Record struct {
	Step  int // gradient steps taken so far
	Epoch int // the epoch: completed ones for History.Epochs, the current one for steps
	Evals int // gradient evaluations so far: examples whose gradient was computed
	Cost
	// Validation, after an epoch when Config.ValX is set: the mean loss, and
	// the accuracy of argmax decisions when there are ≥ 2 outputs (else 0).
	ValData, ValAccuracy float64
}

// History is what a training run reports.
//
// Epochs[0] is the cost on the whole training set before training and
// Epochs[e] after epoch e. Steps[k-1] belongs to step k: its cost is the
// cost of the batch that step used, measured at the weights BEFORE the step
// (what its gradient saw, for free); its Evals counts that batch. For
// Stochastic these costs are those of single examples: noisy. AfterStep, when
// Config.FullCostEachStep is set, holds the whole-set cost before training
// (AfterStep[0]) and after every step.
type History struct {
	Method    Method
	Eta       float64  // η, or η₀ = Schedule.Eta(0) when there is a schedule
	Schedule  Schedule // Config.Schedule (nil: the constant Eta)
	Momentum  float64  // μ (0: plain gradient descent)
	Lambda    float64
	BatchSize int // examples per step (the last batch of an epoch may be smaller)
	N         int // training examples
	Epochs    []Record
	Steps     []Record
	AfterStep []Record
	// GradW[e][l] = ‖∂F/∂Wˡ‖ and GradB[e][l] = ‖∂F/∂bˡ‖ on the whole
	// training set at the weights of Epochs[e] (l = 1…L, index 0 unused),
	// when Config.LayerGradients is set.
	GradW, GradB [][]float64
	// HasValidation tells that ValData is set; HasAccuracy that ValAccuracy is.
	HasValidation, HasAccuracy bool
}

// Final returns the last epoch's record.
// (A zero Record for a nil or empty history.)
func (h *History) Final() Record {
	if h == nil || len(h.Epochs) == 0 {
		return Record{}
	}
	return h.Epochs[len(h.Epochs)-1]
}

// DivergedError says that training stopped because the cost or the weights
// stopped being finite, or the cost blew up beyond BlowUp × max(C(w₀), 1).
type DivergedError struct {
	Step  int     // the step at which it was seen (0: at the end of an epoch, before any step of the next)
	Epoch int     // the epoch of that step
	Eta   float64 // η
	What  string  // "cost = +Inf", …
	Cause error   // the error of the forward pass, if that is how it showed
}

func (e *DivergedError) Error() string {
	s := lang.F("gd.diverged", e.Step, e.Epoch, e.What, e.Eta)
	if e.Epoch == 0 { // from Step, outside Train
		s = lang.F("gd.diverged.step", e.What, e.Eta)
	}
	if e.Cause != nil {
		s += " (" + e.Cause.Error() + ")"
	}
	return s
}

func (e *DivergedError) Unwrap() error { return e.Cause }

// Evaluate returns C(w) = F(w) + λ‖w‖² of the network on the rows of X, Y.
func Evaluate(net *mlp.Network, X, Y mat.Matrix, loss mlp.Loss, lambda float64) (Cost, error) {
	if err := net.Validate(); err != nil {
		return Cost{}, err
	}
	if !(lambda >= 0) || math.IsInf(lambda, 0) {
		return Cost{}, lang.Errorf("gd.lambda", lambda)
	}
	O, err := net.Predict(X)
	if err != nil {
		return Cost{}, err
	}
	F, err := loss.Mean(O, Y)
	if err != nil {
		return Cost{}, err
	}
	c := Cost{Data: F, L2: lambda * net.L2()}
	c.Total = c.Data + c.L2
	return c, nil
}

// MaxTrainSteps bounds the steps of one Train call, Epochs·⌈N/batch size⌉:
// 2²⁴ (History.Steps then holds 1.5 GB).
const MaxTrainSteps = 1 << 24

// MaxExamples bounds the N of Partition: 2²⁸ examples (2 GiB of indices).
const MaxExamples = 1 << 28

// Partition returns the batches of one epoch over examples 0…n−1: the
// examples in the order of a random permutation drawn from shuffle (in order
// 0…n−1 when shuffle is nil), cut into batches of batchSize, the last one
// holding what is left (n = 10, batchSize = 3: sizes 3, 3, 3, 1).
func Partition(n, batchSize int, shuffle *rand.Rand) ([][]int, error) {
	if n <= 0 {
		return nil, fmt.Errorf("gd: no examples to partition (N = %d)", n)
	}
	if batchSize <= 0 || batchSize > n {
		return nil, lang.Errorf("gd.batch.size", n, batchSize)
	}
	if n > MaxExamples {
		return nil, fmt.Errorf("gd: N = %d examples is more than the %d a partition holds (gd.MaxExamples)", n, MaxExamples)
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if shuffle != nil {
		shuffle.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	var batches [][]int
	for start := 0; start < n; start += batchSize {
		batches = append(batches, order[start:min(start+batchSize, n)])
	}
	return batches, nil
}

// FromRows builds a data matrix (rows are examples) from a slice of rows,
// with an error for no rows, empty rows, rows of different lengths or a NaN
// or ±Inf.
func FromRows(rows [][]float64) (*mat.Dense, error) {
	if len(rows) == 0 || len(rows[0]) == 0 {
		return nil, errors.New("gd: the data set is empty")
	}
	d := len(rows[0])
	if _, ok := guard.Product(len(rows), d, guard.MaxValues); !ok {
		return nil, fmt.Errorf("gd: %d rows of %d values is more than the %d values a matrix may hold", len(rows), d, guard.MaxValues)
	}
	for i, r := range rows {
		if len(r) != d {
			return nil, fmt.Errorf("gd: ragged data: row 0 has %d values but row %d has %d", d, i, len(r))
		}
		if j, v, bad := guard.FirstNonFinite(r); bad {
			return nil, fmt.Errorf("gd: row %d, column %d is %v", i, j, v)
		}
	}
	M := mat.NewDense(len(rows), d, nil)
	for i, r := range rows {
		if len(r) != d {
			return nil, fmt.Errorf("gd: ragged data: row 0 has %d values but row %d has %d", d, i, len(r))
		}
		M.SetRow(i, r)
	}
	return M, nil
}

// Train trains net in place on the examples (rows of X, targets rows of Y)
// by gradient descent, as cfg says, and returns its history. When training
// diverges the error is a *DivergedError and the history up to that point is
// returned with it.
func Train(net *mlp.Network, X, Y mat.Matrix, cfg Config) (*History, error) {
	n, batchSize, err := checkTrain(net, X, Y, cfg)
	if err != nil {
		return nil, err
	}
	grad := cfg.Gradient
	if grad == nil {
		grad = BackpropGradient
	}
	Xd, Yd := mat.DenseCopyOf(X), mat.DenseCopyOf(Y)
	// eta is η_t, the learning rate of the step being taken.
	eta := cfg.Eta
	if cfg.Schedule != nil {
		eta = cfg.Schedule.Eta(0)
	}
	h := &History{Method: cfg.Method, Eta: eta, Schedule: cfg.Schedule, Momentum: cfg.Momentum, Lambda: cfg.Lambda, BatchSize: batchSize, N: n}
	var vel *Velocity // the momentum's v: nil for plain gradient descent
	if cfg.Momentum != 0 {
		if vel, err = NewVelocity(net); err != nil {
			return nil, err
		}
	}
	c0, err := Evaluate(net, Xd, Yd, cfg.Loss, cfg.Lambda)
	if err != nil {
		return nil, lang.Errorf("gd.before.cost", err)
	}
	limit := BlowUp * math.Max(c0.Total, 1)
	// layerGradients appends ‖∂F/∂Wˡ‖ and ‖∂F/∂bˡ‖ to the history.
	layerGradients := func() error {
		if !cfg.LayerGradients {
			return nil
		}
		gw, gb, err := LayerGradients(net, Xd, Yd, cfg.Loss)
		if err != nil {
			return err
		}
		h.GradW, h.GradB = append(h.GradW, gw), append(h.GradB, gb)
		return nil
	}
	if err := layerGradients(); err != nil {
		return nil, lang.Errorf("gd.before.gradients", err)
	}
	h.Epochs = append(h.Epochs, Record{Cost: c0})
	if cfg.FullCostEachStep {
		h.AfterStep = append(h.AfterStep, Record{Cost: c0})
	}
	diverged := func(step, epoch int, what string, cause error) error {
		return &DivergedError{Step: step, Epoch: epoch, Eta: eta, What: what, Cause: cause}
	}
	// check returns the divergence error for a cost, nil if it is fine.
	check := func(step, epoch int, c Cost, err error) error {
		switch {
		case err != nil:
			return diverged(step, epoch, lang.T("gd.diverged.notfinite"), err)
		case !isFinite(c.Total):
			return diverged(step, epoch, fmt.Sprintf("cost = %v", c.Total), nil)
		case c.Total > limit:
			return diverged(step, epoch, lang.F("gd.diverged.blowup", c.Total, limit), nil)
		}
		return nil
	}

	rng := mlp.NewRand(cfg.Seed)
	step, evals := 0, 0
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		shuffle := rng
		if cfg.Method == Batch {
			shuffle = nil // one batch of all N: the order does not matter
		}
		batches, err := Partition(n, batchSize, shuffle)
		if err != nil {
			return nil, err
		}
		for _, idx := range batches {
			step++
			if cfg.Schedule != nil {
				eta = cfg.Schedule.Eta(step - 1) // the first step is t = 0
			}
			bx, by := pickRows(Xd, idx), pickRows(Yd, idx)
			gW, gB, F, err := grad(net, bx, by, cfg.Loss)
			if err != nil {
				// Weights are finite here: if the forward pass fails it overflowed.
				if _, ferr := Evaluate(net, bx, by, cfg.Loss, cfg.Lambda); ferr != nil {
					return h, diverged(step, epoch, lang.T("gd.diverged.notfinite"), ferr)
				}
				return h, lang.Errorf("gd.step.gradient", step, epoch, err)
			}
			if err := checkGrads(net, gW, gB); err != nil {
				return h, lang.Errorf("gd.step.gradient", step, epoch, err)
			}
			c := Cost{Data: F, L2: cfg.Lambda * net.L2()}
			c.Total = c.Data + c.L2
			if err := check(step, epoch, c, nil); err != nil {
				return h, err
			}
			if l, what, v, ok := firstNonFinite(gW, gB); !ok {
				return h, diverged(step, epoch, fmt.Sprintf("layer %d: %s = %v", l, what, v), nil)
			}
			if err := StepMomentum(net, vel, gW, gB, eta, cfg.Lambda, cfg.Momentum); err != nil {
				var d *DivergedError
				if errors.As(err, &d) {
					return h, diverged(step, epoch, d.What, nil)
				}
				return h, lang.Errorf("gd.step.error", step, epoch, err)
			}
			evals += len(idx)
			h.Steps = append(h.Steps, Record{Step: step, Epoch: epoch, Evals: evals, Cost: c})
			if l, v, ok := nonFiniteWeight(net); !ok {
				return h, diverged(step, epoch, lang.F("gd.diverged.weight", l, v), nil)
			}
			if cfg.FullCostEachStep {
				c, err := Evaluate(net, Xd, Yd, cfg.Loss, cfg.Lambda)
				if err := check(step, epoch, c, err); err != nil {
					return h, err
				}
				h.AfterStep = append(h.AfterStep, Record{Step: step, Epoch: epoch, Evals: evals, Cost: c})
			}
		}
		c, err := Evaluate(net, Xd, Yd, cfg.Loss, cfg.Lambda)
		if err := check(step, epoch, c, err); err != nil {
			return h, err
		}
		r := Record{Step: step, Epoch: epoch, Evals: evals, Cost: c}
		if cfg.ValX != nil {
			if err := validate(net, cfg, &r, h); err != nil {
				return h, diverged(step, epoch, "the validation cost is not finite", err)
			}
		}
		if err := layerGradients(); err != nil {
			return h, diverged(step, epoch, "the layer gradients are not finite", err)
		}
		h.Epochs = append(h.Epochs, r)
		if cfg.OnEpoch != nil {
			cfg.OnEpoch(r)
		}
	}
	return h, nil
}

// checkTrain checks the run before any step; it returns N and the batch size.
func checkTrain(net *mlp.Network, X, Y mat.Matrix, cfg Config) (n, batchSize int, err error) {
	if net == nil {
		return 0, 0, errors.New("gd: the network is nil")
	}
	if err := net.Validate(); err != nil {
		return 0, 0, err
	}
	if err := checkStepSize(cfg); err != nil {
		return 0, 0, err
	}
	if err := checkMomentum(cfg.Momentum); err != nil {
		return 0, 0, err
	}
	if cfg.Epochs < 1 {
		return 0, 0, lang.Errorf("gd.epochs", cfg.Epochs)
	}
	if cfg.Loss != mlp.SquaredError && cfg.Loss != mlp.SoftmaxCrossEntropy {
		return 0, 0, fmt.Errorf("gd: unknown loss %v", cfg.Loss)
	}
	n, err = checkData(net, X, Y, lang.T("gd.set.training"))
	if err != nil {
		return 0, 0, err
	}
	switch cfg.Method {
	case Batch:
		batchSize = n
	case Stochastic:
		batchSize = 1
	case Minibatch:
		batchSize = cfg.BatchSize
		if batchSize <= 0 || batchSize > n {
			return 0, 0, lang.Errorf("gd.minibatch.size", n, batchSize)
		}
	default:
		return 0, 0, lang.Errorf("gd.method.unknown", cfg.Method)
	}
	if steps, ok := guard.Product(cfg.Epochs, (n+batchSize-1)/batchSize, MaxTrainSteps); !ok {
		return 0, 0, fmt.Errorf("gd: %d epochs of %d steps is more than the %d steps a history holds (gd.MaxTrainSteps)", cfg.Epochs, (n+batchSize-1)/batchSize, MaxTrainSteps)
	} else if cfg.FullCostEachStep && steps > MaxSteps {
		return 0, 0, fmt.Errorf("gd: FullCostEachStep over %d steps: at most %d (gd.MaxSteps)", steps, MaxSteps)
	}
	if cfg.Schedule != nil {
		// Every η_t training will use: Epochs × ⌈N / batch size⌉ steps.
		steps := cfg.Epochs * ((n + batchSize - 1) / batchSize)
		if err := CheckSchedule(cfg.Schedule, steps); err != nil {
			return 0, 0, err
		}
	}
	if guard.Nil(cfg.ValX) != guard.Nil(cfg.ValY) {
		return 0, 0, lang.Errorf("gd.validation.both")
	}
	if !guard.Nil(cfg.ValX) {
		if _, err := checkData(net, cfg.ValX, cfg.ValY, lang.T("gd.set.validation")); err != nil {
			return 0, 0, err
		}
	}
	return n, batchSize, nil
}

func checkData(net *mlp.Network, X, Y mat.Matrix, name string) (int, error) {
	n, d, err := guard.Dims(X, "the "+name+" inputs X")
	if err != nil {
		return 0, fmt.Errorf("gd: %w", err)
	}
	ny, k, err := guard.Dims(Y, "the "+name+" targets Y")
	if err != nil {
		return 0, fmt.Errorf("gd: %w", err)
	}
	if n == 0 || d == 0 || k == 0 {
		return 0, lang.Errorf("gd.set.empty", name, notation.Shape(n, d), notation.Shape(ny, k))
	}
	if n != ny {
		return 0, lang.Errorf("gd.set.rows", name, n, ny)
	}
	if _, ok := guard.Product(n, d, guard.MaxValues); !ok {
		return 0, fmt.Errorf("gd: the %s X is %s: more than the %d values a data set may hold here", name, notation.Shape(n, d), guard.MaxValues)
	}
	if _, ok := guard.Product(ny, k, guard.MaxValues); !ok {
		return 0, fmt.Errorf("gd: the %s Y is %s: more than the %d values a data set may hold here", name, notation.Shape(ny, k), guard.MaxValues)
	}
	if r, c, v, ok := firstNonFiniteIn(X); !ok {
		return 0, lang.Errorf("gd.set.nonfinite.X", name, v, r, c)
	}
	if r, c, v, ok := firstNonFiniteIn(Y); !ok {
		return 0, lang.Errorf("gd.set.nonfinite.Y", name, v, r, c)
	}
	sizes := net.Sizes()
	if d != sizes[0] {
		return 0, lang.Errorf("gd.set.inputs", sizes[0], name, notation.Shape(n, d))
	}
	if L := len(sizes) - 1; k != sizes[L] {
		return 0, lang.Errorf("gd.set.outputs", notation.Sup(L), sizes[L], name, notation.Shape(ny, k))
	}
	return n, nil
}

// validate fills r's validation fields.
func validate(net *mlp.Network, cfg Config, r *Record, h *History) error {
	O, err := net.Predict(cfg.ValX)
	if err != nil {
		return err
	}
	F, err := cfg.Loss.Mean(O, cfg.ValY)
	if err != nil {
		return err
	}
	r.ValData = F
	h.HasValidation = true
	if _, k := O.Dims(); k >= 2 {
		acc, err := mlp.Accuracy(mlp.ArgmaxRows(O), mlp.ArgmaxRows(cfg.ValY))
		if err != nil {
			return err
		}
		r.ValAccuracy = acc
		h.HasAccuracy = true
	}
	return nil
}

// pickRows returns the rows idx of M as a new matrix.
func pickRows(M *mat.Dense, idx []int) *mat.Dense {
	_, c := M.Dims()
	B := mat.NewDense(len(idx), c, nil)
	for i, r := range idx {
		copy(B.RawRowView(i), M.RawRowView(r))
	}
	return B
}

// firstNonFiniteIn finds a NaN or ±Inf in M; ok is true when there is none.
func firstNonFiniteIn(M mat.Matrix) (r, c int, v float64, ok bool) {
	n, d := M.Dims()
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			if v := M.At(i, j); !isFinite(v) {
				return i, j, v, false
			}
		}
	}
	return 0, 0, 0, true
}
