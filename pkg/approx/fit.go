package approx

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// Defaults used when a field of Options is left at zero.
const (
	DefaultSlope    = 2.0  // α for sigmoid units: |wᵢ| is about αN in 1-D, α√N/2 in 2-D (see Options.Slope)
	DefaultLambda   = 1e-9 // λ of the ridge term λ‖v‖² in the least-squares solve
	DefaultEta      = 0.1  // first η of the gradient steps (then adapted)
	DefaultPoints1D = 201  // training points of [0, 1]
	DefaultPoints2D = 21   // training points per axis of the unit square (21×21)
)

// Limits, checked before anything is allocated (approx.doc.go): N hidden
// units at most MaxUnits (Fit1D, Fit2D, New, Bumps with 2M units,
// Constructive's budget), Grid at most MaxGridPoints points, the training
// points of a fit at most MaxFitPoints (per axis squared in 2-D), the
// least-squares matrix P·(N+1) at most MaxFitValues, Options.Steps at most
// MaxFitSteps.
const (
	MaxUnits      = 4096
	MaxGridPoints = 1 << 24
	MaxFitPoints  = 1 << 20
	MaxFitValues  = 1 << 24
	MaxFitSteps   = 100_000
)

// checkFitSize checks N and the P training points against the limits.
func checkFitSize(n, p int) error {
	if n > MaxUnits {
		return fmt.Errorf("approx: N = %d hidden units is more than the %d allowed (approx.MaxUnits)", n, MaxUnits)
	}
	if p > MaxFitPoints {
		return fmt.Errorf("approx: %d training points is more than the %d allowed (approx.MaxFitPoints)", p, MaxFitPoints)
	}
	if p*(n+1) > MaxFitValues { // ≤ 2²⁰·4097: no overflow
		return fmt.Errorf("approx: %d training points × (N + 1) = %d columns is a least-squares matrix of %d values, more than the %d allowed (approx.MaxFitValues)", p, n+1, p*(n+1), MaxFitValues)
	}
	return nil
}

// Options tunes the fits. The zero value is a sound choice: sigmoid units,
// seed 0, output weights by least squares and no gradient step.
type Options struct {
	Phi    neuron.Activation // φ; the zero value means neuron.Sigmoid
	Seed   uint64            // seed of the hidden units' random placement
	Slope  float64           // α, how steep the units are (0: DefaultSlope for the sigmoid, 1 for tanh and ReLU, 0.5 for the Gaussian)
	Lambda float64           // ridge λ ≥ 0 on v (0: DefaultLambda)
	Steps  int               // full-batch gradient steps after the solve (0: none; 300 is a good choice)
	Eta    float64           // first learning rate η of those steps (0: DefaultEta)
	Points int               // training grid points (per axis in 2-D; 0: DefaultPoints1D or DefaultPoints2D)
	NoBias bool              // fit without the output bias c (c = 0, the theorem's exact form)
}

// Fit is one fitted F with N hidden units and how far it is from the target
// on the fine grid (Measure: MaxErr, RMS, At).
type Fit struct {
	N int  // hidden units
	F *Net // the fitted F
	Measure
	TrainMSE float64 // mean of (F − f)² on the training grid, the cost that was minimised
	Steps    int     // gradient steps taken (rejected trial steps not counted)
}

// Fit1D fits F(x) = Σᵢ₌₁ᴺ vᵢ φ(wᵢx + bᵢ) + c to f on [0, 1]:
//
//  1. place the N units: centre pᵢ = (i − ½ + jitter)/N, the jitter drawn
//     from the seed in ±¼ of the spacing 1/N, so the centres spread evenly
//     over [0, 1]; slope |wᵢ| = αN·u with u in [0.75, 1.25) from the seed,
//     every other unit facing left (wᵢ < 0); bᵢ = −wᵢpᵢ, so unit i
//     switches at x = pᵢ;
//  2. with the units fixed, F is linear in v and c: solve the least-squares
//     problem min (1/P) Σₚ (F(xₚ) − f(xₚ))² + λ‖v‖² on P training points
//     (QR of the stacked matrix [A; √λ I]);
//  3. if opt.Steps > 0, take that many full-batch gradient steps: each
//     moves every wᵢ and bᵢ down the gradient of the cost, then solves for
//     v and c again (see descend). The cost never goes up.
//
// The returned error is measured on the fine grid (GridPoints), not on the
// training points.
func Fit1D(f func(float64) float64, n int, opt Options) (*Fit, error) {
	if f == nil {
		return nil, errors.New("approx: the target f is nil")
	}
	opt, err := opt.withDefaults(DefaultPoints1D)
	if err != nil {
		return nil, err
	}
	if n <= 0 {
		return nil, fmt.Errorf("approx: N = %d hidden units: N must be at least 1", n)
	}
	if err := checkFitSize(n, opt.Points); err != nil {
		return nil, err
	}
	xs, err := Grid(opt.Points)
	if err != nil {
		return nil, fmt.Errorf("approx: Options.Points: %w", err)
	}
	ys, err := targets1D(f, xs)
	if err != nil {
		return nil, err
	}
	pts := make([][]float64, len(xs))
	for k, x := range xs {
		pts[k] = []float64{x}
	}
	F := place1D(n, opt)
	fit, err := train(F, pts, ys, opt)
	if err != nil {
		return nil, err
	}
	if fit.Measure, err = Measure1D(F, f); err != nil {
		return nil, err
	}
	return fit, nil
}

// Fit2D fits F(x) = Σᵢ₌₁ᴺ vᵢ φ(wᵢᵀx + bᵢ) + c to f on the unit square, as
// Fit1D does, with the units placed at random from the seed: direction of
// wᵢ uniform on the circle, |wᵢ| = (α/2)√N·u with u in [0.75, 1.25), and the
// unit's line wᵢᵀx + bᵢ = 0 through a point pᵢ uniform in the square. Each
// unit is a smoothed step across its line: a ridge, constant along the line.
// The error is measured on the 101×101 grid of GridPoints2D.
func Fit2D(f func(x1, x2 float64) float64, n int, opt Options) (*Fit, error) {
	if f == nil {
		return nil, errors.New("approx: the target f is nil")
	}
	opt, err := opt.withDefaults(DefaultPoints2D)
	if err != nil {
		return nil, err
	}
	if n <= 0 {
		return nil, fmt.Errorf("approx: N = %d hidden units: N must be at least 1", n)
	}
	if opt.Points > 1024 {
		return nil, fmt.Errorf("approx: Options.Points = %d per axis: at most 1024 in 2-D (%d training points in all)", opt.Points, MaxFitPoints)
	}
	if err := checkFitSize(n, opt.Points*opt.Points); err != nil {
		return nil, err
	}
	xs, err := Grid(opt.Points)
	if err != nil {
		return nil, fmt.Errorf("approx: Options.Points: %w", err)
	}
	pts, ys, err := targets2D(f, xs)
	if err != nil {
		return nil, err
	}
	F := place2D(n, opt)
	fit, err := train(F, pts, ys, opt)
	if err != nil {
		return nil, err
	}
	if fit.Measure, err = Measure2D(F, f); err != nil {
		return nil, err
	}
	return fit, nil
}

// FitSeries fits f with each N of ns (e.g. 1, 2, 4, 8, 16, 32), all with
// the same options, and returns the fits in the order of ns: enough for a
// figure of the fits and one of the error against N.
func FitSeries(f func(float64) float64, ns []int, opt Options) ([]*Fit, error) {
	if len(ns) == 0 {
		return nil, errors.New("approx: no N to fit: ns is empty")
	}
	fits := make([]*Fit, 0, len(ns))
	for _, n := range ns {
		fit, err := Fit1D(f, n, opt)
		if err != nil {
			return nil, fmt.Errorf("N = %d: %w", n, err)
		}
		fits = append(fits, fit)
	}
	return fits, nil
}

// FitSeries2D is FitSeries for a target on the unit square.
func FitSeries2D(f func(x1, x2 float64) float64, ns []int, opt Options) ([]*Fit, error) {
	if len(ns) == 0 {
		return nil, errors.New("approx: no N to fit: ns is empty")
	}
	fits := make([]*Fit, 0, len(ns))
	for _, n := range ns {
		fit, err := Fit2D(f, n, opt)
		if err != nil {
			return nil, fmt.Errorf("N = %d: %w", n, err)
		}
		fits = append(fits, fit)
	}
	return fits, nil
}

// withDefaults checks the options and fills the zero fields.
func (opt Options) withDefaults(points int) (Options, error) {
	if opt.Phi.G == nil && opt.Phi.Deriv == nil && opt.Phi.Name == "" {
		opt.Phi = neuron.Sigmoid
	}
	if err := opt.Phi.Valid(); err != nil {
		return opt, fmt.Errorf("approx: Options.Phi: %w", err)
	}
	switch {
	case opt.Slope < 0 || !finite(opt.Slope):
		return opt, fmt.Errorf("approx: Options.Slope α = %v: must be positive (0 for the default %v)", opt.Slope, float64(DefaultSlope))
	case opt.Lambda < 0 || !finite(opt.Lambda):
		return opt, fmt.Errorf("approx: Options.Lambda λ = %v: must be ≥ 0 (0 for the default %v)", opt.Lambda, DefaultLambda)
	case opt.Eta < 0 || !finite(opt.Eta):
		return opt, fmt.Errorf("approx: Options.Eta η = %v: must be positive (0 for the default %v)", opt.Eta, DefaultEta)
	case opt.Steps < 0 || opt.Steps > MaxFitSteps:
		return opt, fmt.Errorf("approx: Options.Steps = %d: must be between 0 and %d", opt.Steps, MaxFitSteps)
	case opt.Points < 0:
		return opt, fmt.Errorf("approx: Options.Points = %d: must be ≥ 2 (0 for the default)", opt.Points)
	}
	if opt.Slope == 0 {
		opt.Slope = defaultSlope(opt.Phi)
	}
	if opt.Lambda == 0 {
		opt.Lambda = DefaultLambda
	}
	if opt.Eta == 0 {
		opt.Eta = DefaultEta
	}
	if opt.Points == 0 {
		opt.Points = points
	}
	return opt, nil
}

// defaultSlope returns α for φ. tanh(a) = 2σ(2a) − 1 is a sigmoid twice
// as steep, so it gets half the sigmoid's α; a Gaussian unit is a bump
// whose width is about 1/|wᵢ|, so it needs smaller weights to overlap its
// neighbours; for ReLU the slope is absorbed by vᵢ.
func defaultSlope(phi neuron.Activation) float64 {
	switch phi.Name {
	case neuron.Tanh.Name, neuron.ReLU.Name:
		return DefaultSlope / 2
	case neuron.Gaussian.Name:
		return DefaultSlope / 4
	}
	return DefaultSlope
}

// place1D spreads N units over [0, 1] (step 1 of Fit1D); v and c are 0.
func place1D(n int, opt Options) *Net {
	r := mlp.NewRand(opt.Seed)
	W := mat.NewDense(n, 1, nil)
	b := make([]float64, n)
	for i := 0; i < n; i++ {
		p := (float64(i) + 0.5 + 0.5*(r.Float64()-0.5)) / float64(n)
		w := opt.Slope * float64(n) * (0.75 + 0.5*r.Float64())
		if i%2 == 1 {
			w = -w // every other unit faces the other way
		}
		W.Set(i, 0, w)
		b[i] = -w * p
	}
	return &Net{W: W, B: b, V: make([]float64, n), Phi: opt.Phi}
}

// place2D scatters N ridge units over the unit square (see Fit2D).
func place2D(n int, opt Options) *Net {
	r := mlp.NewRand(opt.Seed)
	W := mat.NewDense(n, 2, nil)
	b := make([]float64, n)
	for i := 0; i < n; i++ {
		theta := 2 * math.Pi * r.Float64()
		k := opt.Slope / 2 * math.Sqrt(float64(n)) * (0.75 + 0.5*r.Float64())
		w1, w2 := k*math.Cos(theta), k*math.Sin(theta)
		p1, p2 := r.Float64(), r.Float64()
		W.Set(i, 0, w1)
		W.Set(i, 1, w2)
		b[i] = -(w1*p1 + w2*p2)
	}
	return &Net{W: W, B: b, V: make([]float64, n), Phi: opt.Phi}
}

// train solves for v and c, then takes opt.Steps gradient steps.
func train(F *Net, xs [][]float64, ys []float64, opt Options) (*Fit, error) {
	if err := solveOutput(F, xs, ys, opt); err != nil {
		return nil, err
	}
	cost := mse(F, xs, ys)
	steps := 0
	if opt.Steps > 0 {
		steps, cost = descend(F, xs, ys, opt)
	}
	if !finite(cost) {
		return nil, fmt.Errorf("approx: the fit with N = %d units reached a cost of %v", F.Units(), cost)
	}
	return &Fit{N: F.Units(), F: F, TrainMSE: cost, Steps: steps}, nil
}

// solveOutput sets v (and c unless opt.NoBias) to the least-squares
// solution for the current units: with A the P×N matrix of the units'
// outputs Aₚᵢ = φ(wᵢᵀxₚ + bᵢ) (and a column of ones for c), minimise
// (1/P)‖Aθ − y‖² + λ‖θ‖² by QR of [A/√P; √λ I] against [y/√P; 0].
func solveOutput(F *Net, xs [][]float64, ys []float64, opt Options) error {
	n, p := F.Units(), len(xs)
	cols := n
	if !opt.NoBias {
		cols++
	}
	A := mat.NewDense(p+cols, cols, nil)
	y := mat.NewVecDense(p+cols, nil)
	s := 1 / math.Sqrt(float64(p))
	h := make([]float64, n)
	for k, x := range xs {
		F.hidden(x, nil, h)
		for i := 0; i < n; i++ {
			A.Set(k, i, s*h[i])
		}
		if !opt.NoBias {
			A.Set(k, n, s)
		}
		y.SetVec(k, s*ys[k])
	}
	for i := 0; i < cols; i++ {
		A.Set(p+i, i, math.Sqrt(opt.Lambda))
	}
	var theta mat.VecDense
	if err := theta.SolveVec(A, y); err != nil {
		return fmt.Errorf("approx: least squares for v with N = %d units: %w (try a larger Options.Lambda)", n, err)
	}
	for i := 0; i < n; i++ {
		F.V[i] = theta.AtVec(i)
	}
	F.C = 0
	if !opt.NoBias {
		F.C = theta.AtVec(n)
	}
	return nil
}

// hidden writes the activities aᵢ = wᵢᵀx + bᵢ into a (if a is not nil) and
// the unit outputs φ(aᵢ) into h.
func (F *Net) hidden(x, a, h []float64) {
	raw := F.W.RawMatrix()
	m := len(x)
	for i := range h {
		ai := F.B[i]
		for j := 0; j < m; j++ {
			ai += raw.Data[i*raw.Stride+j] * x[j]
		}
		if a != nil {
			a[i] = ai
		}
		h[i] = F.Phi.G(ai)
	}
}

// mse returns (1/P) Σₚ (F(xₚ) − yₚ)².
func mse(F *Net, xs [][]float64, ys []float64) float64 {
	s := 0.0
	for k, x := range xs {
		e := F.eval(x) - ys[k]
		s += e * e
	}
	return s / float64(len(xs))
}

// copy returns a deep copy of F.
func (F *Net) copy() *Net {
	return &Net{W: mat.DenseCopyOf(F.W), B: append([]float64(nil), F.B...), V: append([]float64(nil), F.V...), C: F.C, Phi: F.Phi}
}
