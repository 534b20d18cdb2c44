package gd

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/lang"
)

// RateRegime is one of LeCun's four learning-rate regimes on a quadratic
// cost, relative to η_opt = 1/λ_max(H).
type RateRegime int

const (
	RegimeInvalid     RateRegime = iota // η or η_opt is not positive and finite
	RegimeSlow                          // η < η_opt: slow, monotone convergence
	RegimeOptimal                       // η = η_opt: the minimum in one step (along the steepest direction)
	RegimeOscillating                   // η_opt < η ≤ 2η_opt: oscillates around w* (converges below 2η_opt, for ever at 2η_opt)
	RegimeDiverging                     // η > 2η_opt: diverges
)

// RegimeTolerance is the relative tolerance of the equalities η = η_opt and
// η = 2η_opt in Regime: floating point rarely gives exact equality
// (1/(1/0.9) is 0.8999999999999999).
const RegimeTolerance = 1e-9

// String describes the regime in the current language (pkg/lang): "η_opt < η
// ≤ 2η_opt: oscillates, converges below 2η_opt".
func (r RateRegime) String() string {
	switch r {
	case RegimeInvalid:
		return lang.T("gd.regime.invalid")
	case RegimeSlow:
		return lang.T("gd.regime.slow")
	case RegimeOptimal:
		return lang.T("gd.regime.optimal")
	case RegimeOscillating:
		return lang.T("gd.regime.oscillating")
	case RegimeDiverging:
		return lang.T("gd.regime.diverging")
	}
	return fmt.Sprintf("RateRegime(%d)", int(r))
}

// Regime classifies the learning rate η against η_opt. Along a direction of
// curvature h, one step multiplies the distance to the minimum by (1 − ηh);
// with η_opt = 1/h that factor is 1 − η/η_opt: in (0, 1) for η < η_opt, 0 for
// η = η_opt, in (−1, 0) for η_opt < η < 2η_opt, −1 at η = 2η_opt (the
// distance stays the same: it oscillates for ever without diverging, so it is
// counted with the oscillating regime) and below −1 for η > 2η_opt, where it
// diverges (LeCun et al.'s figure 6).
func Regime(eta, etaOpt float64) RateRegime {
	if !(eta > 0) || !(etaOpt > 0) || math.IsInf(eta, 0) || math.IsInf(etaOpt, 0) {
		return RegimeInvalid
	}
	switch {
	case math.Abs(eta-etaOpt) <= RegimeTolerance*etaOpt:
		return RegimeOptimal
	case eta < etaOpt:
		return RegimeSlow
	case eta < 2*etaOpt || math.Abs(eta-2*etaOpt) <= RegimeTolerance*etaOpt:
		return RegimeOscillating
	}
	return RegimeDiverging
}

// Quadratic is the cost C(w) = ½ (w − w*)ᵀ H (w − w*) + C_min, near any
// minimum the shape of every smooth cost. Its gradient is H (w − w*), so a
// gradient-descent step is w ← w − η H (w − w*). Along an eigenvector of H of
// eigenvalue λᵢ the distance to w* is multiplied by (1 − ηλᵢ) at each step:
// the best rate for that direction is 1/λᵢ and the steepest direction, λ_max,
// sets η_opt = 1/λ_max and the limit η_max = 2/λ_max beyond which GD diverges.
type Quadratic struct {
	H     *mat.SymDense // the Hessian ∂²C/∂w², positive definite
	WStar []float64     // the minimum w*
	CMin  float64       // C(w*)

	values  []float64  // eigenvalues of H, ascending
	vectors *mat.Dense // their eigenvectors, in columns
}

// NewQuadratic returns the quadratic of Hessian H (symmetric, positive
// definite), minimum w* and value C_min there. H and w* are copied.
func NewQuadratic(H mat.Symmetric, wStar []float64, cMin float64) (*Quadratic, error) {
	if guard.Nil(H) {
		return nil, errors.New("gd: the Hessian H is nil")
	}
	d := H.SymmetricDim()
	if d > 4096 {
		return nil, fmt.Errorf("gd: the Hessian H is %s: at most 4096×4096 here (an eigen-decomposition of it takes minutes)", notation.Shape(d, d))
	}
	if d == 0 || d != len(wStar) {
		return nil, fmt.Errorf("gd: the Hessian H is %s but w* has %d values", notation.Shape(d, d), len(wStar))
	}
	q := &Quadratic{H: mat.NewSymDense(d, nil), WStar: append([]float64(nil), wStar...), CMin: cMin}
	q.H.CopySym(H)
	for i := 0; i < d; i++ {
		if !isFinite(wStar[i]) {
			return nil, fmt.Errorf("gd: w*[%d] is %v", i, wStar[i])
		}
		for j := 0; j < d; j++ {
			if v := q.H.At(i, j); !isFinite(v) {
				return nil, fmt.Errorf("gd: H[%d,%d] is %v", i, j, v)
			}
		}
	}
	if !isFinite(cMin) {
		return nil, fmt.Errorf("gd: C_min is %v", cMin)
	}
	var eig mat.EigenSym
	if !eig.Factorize(q.H, true) {
		return nil, errors.New("gd: the eigen-decomposition of H failed")
	}
	q.values = eig.Values(nil)
	q.vectors = &mat.Dense{}
	eig.VectorsTo(q.vectors)
	if q.values[0] <= 0 {
		return nil, fmt.Errorf("gd: H has the eigenvalue %.4g ≤ 0: the cost has no single minimum (H must be positive definite)", q.values[0])
	}
	return q, nil
}

// Quadratic1D returns C(w) = (h/2)(w − w*)², of curvature h > 0 and η_opt = 1/h.
func Quadratic1D(h, wStar float64) (*Quadratic, error) {
	return NewQuadratic(mat.NewSymDense(1, []float64{h}), []float64{wStar}, 0)
}

// check refuses a nil Quadratic and one not made by NewQuadratic.
func (q *Quadratic) check() error {
	if q == nil || q.H == nil || len(q.values) == 0 || len(q.values) != len(q.WStar) {
		return errors.New("gd: the quadratic is nil or empty: make it with NewQuadratic or Quadratic1D")
	}
	return nil
}

// Dim returns the number of weights (0 for a nil quadratic).
func (q *Quadratic) Dim() int {
	if q == nil {
		return 0
	}
	return len(q.WStar)
}

// Eigen returns the eigenvalues λᵢ of H in ascending order and the matching
// eigenvectors as the columns of a matrix (copies).
func (q *Quadratic) Eigen() ([]float64, *mat.Dense) {
	if q.check() != nil {
		return nil, nil
	}
	return append([]float64(nil), q.values...), mat.DenseCopyOf(q.vectors)
}

// EtaOpt returns η_opt = 1/λ_max(H), the best rate for the steepest direction:
// it reaches the minimum in one step along that direction only. With several
// weights the fastest constant rate overall is EtaFastest. It is 0 for a
// quadratic not made by NewQuadratic.
func (q *Quadratic) EtaOpt() float64 {
	if q.check() != nil {
		return 0
	}
	return 1 / q.values[len(q.values)-1]
}

// EtaMax returns η_max = 2η_opt = 2/λ_max(H): gradient descent diverges for
// η > η_max (at η_max exactly, the steepest direction oscillates for ever).
func (q *Quadratic) EtaMax() float64 { return 2 * q.EtaOpt() }

// EtaFastest returns the constant learning rate that converges fastest on the
// whole quadratic, 2/(λ_min + λ_max). Each step multiplies the component of
// w − w* along eigenvector i by 1 − ηλᵢ, so the slowest component decides;
// the largest |1 − ηλᵢ| is that of λ_min or of λ_max, and it is smallest when
// the two balance, 1 − ηλ_min = ηλ_max − 1. Every component then shrinks at
// least by the factor (λ_max − λ_min)/(λ_max + λ_min) per step. In one
// dimension it is η_opt. It is 0 for a quadratic not made by NewQuadratic.
func (q *Quadratic) EtaFastest() float64 {
	if q.check() != nil {
		return 0
	}
	return 2 / (q.values[0] + q.values[len(q.values)-1])
}

// MinimumL2 returns the minimum of the regularised cost C(w) + λ‖w‖² (the
// L2 term of lesson 04). There the gradient H (w − w*) + 2λw is 0, so
//
//	(H + 2λI) w = H w*,
//
// solved here: the minimum moves from w* towards 0, each eigen-direction of H
// shrunk by λᵢ/(λᵢ + 2λ) (in one dimension w = h w*/(h + 2λ)). λ must be ≥ 0
// and finite.
func (q *Quadratic) MinimumL2(lambda float64) ([]float64, error) {
	if err := q.check(); err != nil {
		return nil, err
	}
	if !isFinite(lambda) || lambda < 0 {
		return nil, fmt.Errorf("gd: the L2 weight λ = %v must be finite and ≥ 0", lambda)
	}
	d := len(q.WStar)
	A := mat.NewDense(d, d, nil)
	A.Copy(q.H)
	for i := 0; i < d; i++ {
		if a := A.At(i, i) + 2*lambda; isFinite(a) {
			A.Set(i, i, a)
		} else {
			return nil, fmt.Errorf("gd: the L2 weight λ = %v is too large: H[%d,%d] + 2λ overflows (λ at most about 1e307)", lambda, i, i)
		}
	}
	rhs := mat.NewVecDense(d, nil)
	rhs.MulVec(q.H, mat.NewVecDense(d, append([]float64(nil), q.WStar...)))
	var w mat.VecDense
	if err := w.SolveVec(A, rhs); err != nil {
		return nil, fmt.Errorf("gd: solving (H + 2λI) w = H w*: %w", err)
	}
	return append([]float64(nil), w.RawVector().Data...), nil
}

// Cost returns C(w) = ½ (w − w*)ᵀ H (w − w*) + C_min.
func (q *Quadratic) Cost(w []float64) (float64, error) {
	g, err := q.Grad(w)
	if err != nil {
		return 0, err
	}
	c := 0.0
	for i := range w {
		c += 0.5 * (w[i] - q.WStar[i]) * g[i]
	}
	return c + q.CMin, nil
}

// Grad returns ∂C/∂w = H (w − w*).
func (q *Quadratic) Grad(w []float64) ([]float64, error) {
	if err := q.check(); err != nil {
		return nil, err
	}
	if i, v, bad := guard.FirstNonFinite(w); bad {
		return nil, fmt.Errorf("gd: w[%d] is %v", i, v)
	}
	if len(w) != q.Dim() {
		return nil, fmt.Errorf("gd: w has %d values but the quadratic has %d weights", len(w), q.Dim())
	}
	diff := mat.NewVecDense(len(w), nil)
	for i := range w {
		diff.SetVec(i, w[i]-q.WStar[i])
	}
	var g mat.VecDense
	g.MulVec(q.H, diff)
	return g.RawVector().Data, nil
}

// MaxSteps bounds the steps of a trajectory (Quadratic.Run,
// LinearNetwork.Run): a million, where the figures use tens.
const MaxSteps = 1_000_000

// Run returns the gradient-descent trajectory from w₀ with rate η for the
// given number of steps: w_{t+1} = w_t − η H (w_t − w*). In 1-D,
// w_t − w* = (1 − ηh)ᵗ (w₀ − w*).
func (q *Quadratic) Run(w0 []float64, eta float64, steps int) (*Trajectory, error) {
	if err := q.check(); err != nil {
		return nil, err
	}
	if len(w0) != q.Dim() {
		return nil, lang.Errorf("gd.w0.length", q.Dim(), len(w0))
	}
	return runGD(w0, eta, 0, steps, q.EtaOpt(), q.Cost, q.Grad)
}

// RunMomentum is Run with momentum μ (0 ≤ μ < 1; μ = 0 is Run):
//
//	v_{t+1} = μ v_t − η H (w_t − w*),    w_{t+1} = w_t + v_{t+1},    v₀ = 0
//
// In 1-D with h = 1, η = ½, μ = ½ from w₀ = 1, w* = 0: v₁ = −½, w₁ = ½;
// v₂ = −¼ − ¼ = −½, w₂ = 0; v₃ = −¼, w₃ = −¼ (the ball rolls past the
// minimum: it has momentum).
func (q *Quadratic) RunMomentum(w0 []float64, eta, mu float64, steps int) (*Trajectory, error) {
	if err := q.check(); err != nil {
		return nil, err
	}
	if len(w0) != q.Dim() {
		return nil, lang.Errorf("gd.w0.length", q.Dim(), len(w0))
	}
	return runGD(w0, eta, mu, steps, q.EtaOpt(), q.Cost, q.Grad)
}

// Condition returns the condition number κ = λ_max/λ_min of H: how much
// longer the level curves of C are in the flattest direction than in the
// steepest. Gradient descent needs about κ steps to shrink w − w* by a
// factor e (at its fastest rate each step multiplies the slowest direction by
// (κ − 1)/(κ + 1)); κ = 1 is a round bowl, reached in one step at η_opt.
// It is 0 for a quadratic not made by NewQuadratic.
func (q *Quadratic) Condition() float64 {
	if q.check() != nil {
		return 0
	}
	return q.values[len(q.values)-1] / q.values[0]
}

// MomentumFastest returns the η and μ with which gradient descent with
// momentum converges fastest on the quadratic (Polyak's heavy ball):
//
//	η = 4 / (√λ_max + √λ_min)²,    μ = ((√κ − 1)/(√κ + 1))²
//
// Every direction then shrinks by √μ = (√κ − 1)/(√κ + 1) per step, against
// (κ − 1)/(κ + 1) for the fastest plain rate EtaFastest: with κ = 100, 0.818
// instead of 0.980, about 10 times fewer steps (√κ instead of κ). Zeros for a
// quadratic not made by NewQuadratic.
func (q *Quadratic) MomentumFastest() (eta, mu float64) {
	if q.check() != nil {
		return 0, 0
	}
	lo, hi := math.Sqrt(q.values[0]), math.Sqrt(q.values[len(q.values)-1])
	r := (hi - lo) / (hi + lo) // (√κ − 1)/(√κ + 1)
	return 4 / ((hi + lo) * (hi + lo)), r * r
}

// Trajectory is a run of gradient descent on a quadratic cost.
type Trajectory struct {
	Eta    float64
	EtaOpt float64
	Regime RateRegime // Regime(Eta, EtaOpt), which says what η does without momentum
	// Momentum is μ of RunMomentum (0: plain gradient descent).
	Momentum float64
	W        [][]float64 // w₀, w₁, …: the weights before each step and after the last
	Cost     []float64   // C(w_t)
	// Diverged: the run stopped before its last step because the cost went
	// above BlowUp × max(C(w₀), 1) or would have stopped being finite.
	Diverged bool
}

// Coord returns the i-th weight along the trajectory (w_t[i] for each t),
// for example to plot w₁ against w₂.
func (t *Trajectory) Coord(i int) []float64 {
	out := make([]float64, 0, len(t.W))
	for _, w := range t.W {
		if i < 0 || i >= len(w) {
			return nil
		}
		out = append(out, w[i])
	}
	return out
}

// StepIndex returns 0, 1, …, len(W)−1 as float64, the x axis of an error curve.
func (t *Trajectory) StepIndex() []float64 {
	out := make([]float64, len(t.W))
	for i := range out {
		out[i] = float64(i)
	}
	return out
}

// runGD runs v ← μv − η ∂C/∂w, w ← w + v for the given steps (μ = 0: plain
// gradient descent).
func runGD(w0 []float64, eta, mu float64, steps int, etaOpt float64, cost func([]float64) (float64, error), grad func([]float64) ([]float64, error)) (*Trajectory, error) {
	if !(eta > 0) || math.IsInf(eta, 0) {
		return nil, lang.Errorf("gd.eta", eta)
	}
	if err := checkMomentum(mu); err != nil {
		return nil, err
	}
	if steps < 0 {
		return nil, lang.Errorf("gd.steps.negative", steps)
	}
	if steps > MaxSteps {
		return nil, fmt.Errorf("gd: %d steps is more than the %d a trajectory holds (gd.MaxSteps)", steps, MaxSteps)
	}
	if _, ok := guard.Product(steps+1, len(w0)+1, guard.MaxValues); !ok {
		return nil, fmt.Errorf("gd: %d steps of %d weights is more than the %d values a trajectory may hold", steps, len(w0), guard.MaxValues)
	}
	for i, v := range w0 {
		if !isFinite(v) {
			return nil, lang.Errorf("gd.w0.nonfinite", i, v)
		}
	}
	c0, err := cost(w0)
	if err != nil {
		return nil, err
	}
	w := append([]float64(nil), w0...)
	t := &Trajectory{Eta: eta, EtaOpt: etaOpt, Regime: Regime(eta, etaOpt), Momentum: mu, W: [][]float64{w}, Cost: []float64{c0}}
	v := make([]float64, len(w)) // v₀ = 0
	limit := BlowUp * math.Max(math.Abs(c0), 1)
	for s := 0; s < steps; s++ {
		g, err := grad(w)
		if err != nil {
			return nil, err
		}
		next, nv := make([]float64, len(w)), make([]float64, len(w))
		for i := range w {
			nv[i] = mu*v[i] - eta*g[i] // v_{t+1} = μ v_t − η ∂C/∂w|w_t
			next[i] = w[i] + nv[i]     // w_{t+1} = w_t + v_{t+1}
		}
		c, err := cost(next)
		if err != nil {
			return nil, err
		}
		if !isFinite(c) || c > limit {
			t.Diverged = true
			break
		}
		w, v = next, nv
		t.W = append(t.W, w)
		t.Cost = append(t.Cost, c)
	}
	return t, nil
}
