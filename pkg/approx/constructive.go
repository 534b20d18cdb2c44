package approx

import (
	"errors"
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/neuron"
)

// BumpSteepness is s in the slope k = s·M of the M bumps of Bumps and
// Constructive: each sigmoid σ(k(x − t)) climbs from σ(−5) ≈ 0.007 to
// σ(5) ≈ 0.993 over the middle half-cell around t (the cells are 1/M
// wide), and is within σ(−10) ≈ 5·10⁻⁵ of 0 or 1 at the neighbouring cell
// centres. The steps sharpen as M grows, so the bumps stay bumps.
const BumpSteepness = 20

// Step returns the one-unit F(x) = σ(k(x − a)) (w = k, b = −ka, v = 1): a
// smoothed step from 0 to 1 at x = a, sharper as the slope k grows.
func Step(a, k float64) (*Net, error) {
	if !finite(a) || !finite(k) || k <= 0 {
		return nil, fmt.Errorf("approx: step at a = %v with slope k = %v: want a finite a and k > 0", a, k)
	}
	return New1D([]float64{k}, []float64{-k * a}, []float64{1}, 0, neuron.Sigmoid)
}

// Bump returns the two-unit F(x) = σ(k(x − a)) − σ(k(x − b)): a step up at
// a minus a step up at b, that is about 1 on [a, b] and about 0 elsewhere
// once k(b − a) is large (the top is σ(k(b−a)/2) − σ(−k(b−a)/2) at the
// middle).
func Bump(a, b, k float64) (*Net, error) {
	if !finite(a) || !finite(b) || !(a < b) {
		return nil, fmt.Errorf("approx: bump on [a, b] = [%v, %v]: want finite a < b", a, b)
	}
	if !finite(k) || k <= 0 {
		return nil, fmt.Errorf("approx: bump with slope k = %v: want k > 0", k)
	}
	return New1D([]float64{k, k}, []float64{-k * a, -k * b}, []float64{1, -1}, 0, neuron.Sigmoid)
}

// Bumps returns the sum of M bumps of slope k that approximates f on [0, 1]:
// cut [0, 1] into M cells of width h = 1/M; bump j (j = 0…M−1) is as high as
// f at the centre of cell j, (j + ½)/M, and spans the cell:
//
//	F(x) = Σⱼ f((j+½)/M) · [σ(k(x − tⱼ)) − σ(k(x − tⱼ₊₁))],   tⱼ = j/M,
//
// except that the outer edges are moved half a cell out, t₀ = −h/2 and
// t_M = 1 + h/2, so that F is not halved at x = 0 and x = 1. F has 2M units
// (units 2j and 2j+1 make bump j: F.Part(2j, 2j+2)) and no output bias.
func Bumps(f func(float64) float64, m int, k float64) (*Net, error) {
	if f == nil {
		return nil, errors.New("approx: the target f is nil")
	}
	if m <= 0 {
		return nil, fmt.Errorf("approx: M = %d bumps: M must be at least 1", m)
	}
	if 2*m > MaxUnits || m > MaxUnits {
		return nil, fmt.Errorf("approx: M = %d bumps take %d units, more than the %d allowed (approx.MaxUnits)", m, 2*m, MaxUnits)
	}
	if !finite(k) || k <= 0 {
		return nil, fmt.Errorf("approx: bumps with slope k = %v: want k > 0", k)
	}
	h := 1 / float64(m)
	edge := func(j int) float64 {
		switch j {
		case 0:
			return -h / 2
		case m:
			return 1 + h/2
		}
		return float64(j) * h
	}
	W := mat.NewDense(2*m, 1, nil)
	b := make([]float64, 2*m)
	v := make([]float64, 2*m)
	for j := 0; j < m; j++ {
		mid := (float64(j) + 0.5) * h
		height := f(mid)
		if !finite(height) {
			return nil, fmt.Errorf("approx: the target f(%g) = %v: f must be finite on [0, 1]", mid, height)
		}
		W.Set(2*j, 0, k)
		b[2*j], v[2*j] = -k*edge(j), height
		W.Set(2*j+1, 0, k)
		b[2*j+1], v[2*j+1] = -k*edge(j+1), -height
	}
	return &Net{W: W, B: b, V: v, Phi: neuron.Sigmoid}, nil
}

// Construction is the result of Constructive.
type Construction struct {
	F     *Net    // the sum of M bumps
	M     int     // number of bumps
	K     float64 // slope k = BumpSteepness·M
	Units int     // hidden units, 2M
	Measure
	Tried []Attempt // every M tried, in order
}

// Attempt is one M tried by Constructive and the error it reached.
type Attempt struct {
	M, Units int
	MaxErr   float64
}

// Constructive builds F = Bumps(f, M, k) with k = BumpSteepness·M and
// increases M until max |F − f| < eps on the fine grid of GridPoints (1001
// points of [0, 1]; between grid points the error is not looked at). M
// doubles from 1 until the error is below eps, then a bisection between the
// last two M looks for a smaller M that still reaches eps. The error is not
// exactly monotone in M, so a smaller M may occasionally also work; the
// returned M always does. It fails when M = maxUnits/2 bumps are not enough.
//
// For a continuous f the error tends to 0 as M grows, because f varies
// little over a small cell: this is the idea of the universal approximation
// theorem in one dimension. For an f with slope at most L the error is about
// L/(2M) (the distance from a cell's centre to its edge, times L).
func Constructive(f func(float64) float64, eps float64, maxUnits int) (*Construction, error) {
	if f == nil {
		return nil, errors.New("approx: the target f is nil")
	}
	if !finite(eps) || eps <= 0 {
		return nil, fmt.Errorf("approx: ε = %v: want ε > 0", eps)
	}
	if maxUnits < 2 {
		return nil, fmt.Errorf("approx: a budget of %d units: a bump takes 2 units", maxUnits)
	}
	if maxUnits > MaxUnits {
		return nil, fmt.Errorf("approx: a budget of %d units is more than the %d allowed (approx.MaxUnits)", maxUnits, MaxUnits)
	}
	xs, _ := Grid(GridPoints)
	if _, err := targets1D(f, xs); err != nil {
		return nil, err
	}
	c := &Construction{}
	try := func(m int) (*Construction, error) {
		F, err := Bumps(f, m, BumpSteepness*float64(m))
		if err != nil {
			return nil, err
		}
		meas, err := Measure1D(F, f)
		if err != nil {
			return nil, err
		}
		c.Tried = append(c.Tried, Attempt{M: m, Units: 2 * m, MaxErr: meas.MaxErr})
		return &Construction{F: F, M: m, K: BumpSteepness * float64(m), Units: 2 * m, Measure: meas}, nil
	}
	// Double M until the error is below ε, or the budget is spent.
	maxM := maxUnits / 2
	lo, m := 0, 1
	var best *Construction
	for {
		got, err := try(m)
		if err != nil {
			return nil, err
		}
		if got.MaxErr < eps {
			best = got
			break
		}
		if m == maxM {
			return nil, fmt.Errorf("approx: ε = %g not reached within %d units: M = %d bumps (%d units) give max |F − f| = %.3g on the grid", eps, maxUnits, m, 2*m, got.MaxErr)
		}
		lo, m = m, min(2*m, maxM)
	}
	// Bisect between lo (too few bumps) and best.M (enough).
	hi := best.M
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		got, err := try(mid)
		if err != nil {
			return nil, err
		}
		if got.MaxErr < eps {
			best, hi = got, mid
		} else {
			lo = mid
		}
	}
	best.Tried = c.Tried
	return best, nil
}
