package gd

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// LinearNetwork is LeCun's "simple linear network" (Efficient BackProp,
// fig. 9): one linear neuron y = w₁x₁ + w₂x₂ (no bias, no non-linearity)
// trained with the mean squared error on a two-class problem, targets ±1:
//
//	C(w) = (1/N) Σᵢ (wᵀxᵢ − yᵢ)²
//
// This cost is exactly quadratic: C(w) = ½ (w − w*)ᵀ H (w − w*) + C(w*) with
//
//	H = (2/N) XᵀX    and    w* = (XᵀX)⁻¹ Xᵀy
//
// (the 2 comes from the square, as in ∂(e²)/∂e = 2e; LeCun's cost carries a
// ½ and his H is (1/N) XᵀX). Q holds that quadratic, so Q.EtaOpt() is η_opt.
type LinearNetwork struct {
	X     *mat.Dense // N×d inputs, one example per row
	Y     []float64  // the N targets
	Class []int      // the class of each example (0 for target < 0, 1 otherwise), for plots
	Q     *Quadratic // the cost as a quadratic: Hessian, w*, C(w*)
}

// NewLinearNetwork returns the linear network for inputs X (rows are
// examples) and targets y. XᵀX must be invertible (inputs not all on a line
// through 0).
func NewLinearNetwork(X mat.Matrix, y []float64) (*LinearNetwork, error) {
	n, d, err := guard.Dims(X, "the inputs X")
	if err != nil {
		return nil, fmt.Errorf("gd: %w", err)
	}
	if _, ok := guard.Product(n, d, guard.MaxValues); !ok || d > 4096 {
		return nil, fmt.Errorf("gd: X is %s: too large for a linear network here (at most %d values, 4096 inputs)", notation.Shape(n, d), guard.MaxValues)
	}
	if n == 0 || d == 0 {
		return nil, fmt.Errorf("gd: the data set is empty: X is %s", notation.Shape(n, d))
	}
	if len(y) != n {
		return nil, fmt.Errorf("gd: X has %d rows (examples) but there are %d targets", n, len(y))
	}
	p := &LinearNetwork{X: mat.DenseCopyOf(X), Y: append([]float64(nil), y...), Class: make([]int, n)}
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			if v := p.X.At(i, j); !isFinite(v) {
				return nil, fmt.Errorf("gd: X has %v at row %d, column %d", v, i, j)
			}
		}
		if !isFinite(y[i]) {
			return nil, fmt.Errorf("gd: the target of example %d is %v", i, y[i])
		}
		if y[i] >= 0 {
			p.Class[i] = 1
		}
	}
	// H = (2/N) XᵀX
	H := mat.NewSymDense(d, nil)
	H.SymOuterK(2/float64(n), p.X.T())
	// w* solves the normal equations XᵀX w* = Xᵀy.
	var xtx mat.Dense
	xtx.Mul(p.X.T(), p.X)
	var xty mat.VecDense
	xty.MulVec(p.X.T(), mat.NewVecDense(n, p.Y))
	if r, c, v, ok := firstNonFiniteIn(&xtx); !ok {
		return nil, fmt.Errorf("gd: XᵀX overflows at row %d, column %d (%v): the inputs are too large (at most about 1e150 in size); scale them first", r, c, v)
	}
	if i, v, found := guard.FirstNonFinite(xty.RawVector().Data); found {
		return nil, fmt.Errorf("gd: Xᵀy overflows at row %d (%v): the inputs or targets are too large; scale them first", i, v)
	}
	var wStar mat.VecDense
	if err := wStar.SolveVec(&xtx, &xty); err != nil {
		return nil, fmt.Errorf("gd: XᵀX is singular (the inputs lie on a line through 0): no single minimum: %v", err)
	}
	w := wStar.RawVector().Data
	p.Q = &Quadratic{} // filled below, C(w*) needs p
	cMin, err := p.Cost(w)
	if err != nil {
		return nil, err
	}
	q, err := NewQuadratic(H, w, cMin)
	if err != nil {
		return nil, err
	}
	p.Q = q
	return p, nil
}

// NewLinearNeuron returns the linear network of a neuron with a bias,
// o = wᵀx + b: NewLinearNetwork on the inputs (x, 1), so that the bias is the
// last weight (of Q.WStar, of the trajectories) and H couples it to the
// others through the means of the inputs,
//
//	H = (2/N) [ Σ xxᵀ  Σ x ]
//	          [ Σ xᵀ    N  ]
//
// Inputs far from 0 make H's condition number large (pkg/data's Scaling
// centres them).
func NewLinearNeuron(X mat.Matrix, y []float64) (*LinearNetwork, error) {
	n, d, err := guard.Dims(X, "the inputs X")
	if err != nil {
		return nil, fmt.Errorf("gd: %w", err)
	}
	if n == 0 || d == 0 {
		return nil, fmt.Errorf("gd: the data set is empty: X is %s", notation.Shape(n, d))
	}
	if _, ok := guard.Product(n, d+1, guard.MaxValues); !ok || d+1 > 4096 {
		return nil, fmt.Errorf("gd: X is %s: too large for a linear neuron here (at most %d values with the bias, 4095 inputs)", notation.Shape(n, d), guard.MaxValues)
	}
	X1 := mat.NewDense(n, d+1, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < d; j++ {
			X1.Set(i, j, X.At(i, j))
		}
		X1.Set(i, d, 1)
	}
	return NewLinearNetwork(X1, y)
}

// Cost returns C(w) = (1/N) Σᵢ (wᵀxᵢ − yᵢ)², computed from the data.
func (p *LinearNetwork) Cost(w []float64) (float64, error) {
	e, err := p.residuals(w)
	if err != nil {
		return 0, err
	}
	c := 0.0
	for _, ei := range e {
		c += ei * ei
	}
	return c / float64(len(e)), nil
}

// Grad returns ∂C/∂w = (2/N) Σᵢ (wᵀxᵢ − yᵢ) xᵢ = (2/N) Xᵀ(Xw − y), from the data.
func (p *LinearNetwork) Grad(w []float64) ([]float64, error) {
	e, err := p.residuals(w)
	if err != nil {
		return nil, err
	}
	var g mat.VecDense
	g.MulVec(p.X.T(), mat.NewVecDense(len(e), e))
	g.ScaleVec(2/float64(len(e)), &g)
	return g.RawVector().Data, nil
}

// residuals returns eᵢ = wᵀxᵢ − yᵢ.
func (p *LinearNetwork) residuals(w []float64) ([]float64, error) {
	if p == nil || p.X == nil || p.X.IsEmpty() || len(p.Y) == 0 {
		return nil, errors.New("gd: the linear network is nil or empty: make it with NewLinearNetwork")
	}
	if i, v, bad := guard.FirstNonFinite(w); bad {
		return nil, fmt.Errorf("gd: w[%d] is %v", i, v)
	}
	n, d := p.X.Dims()
	if len(w) != d {
		return nil, fmt.Errorf("gd: w has %d values but the inputs have %d", len(w), d)
	}
	var o mat.VecDense
	o.MulVec(p.X, mat.NewVecDense(d, append([]float64(nil), w...)))
	e := make([]float64, n)
	for i := range e {
		e[i] = o.AtVec(i) - p.Y[i]
	}
	return e, nil
}

// Run trains the network by batch gradient descent from w₀ with rate η:
// w_{t+1} = w_t − η ∂C/∂w|w_t, the gradient computed from the data. It
// returns the weight trajectory and the error curve C(w_t), classified
// against η_opt = 1/λ_max(H).
func (p *LinearNetwork) Run(w0 []float64, eta float64, steps int) (*Trajectory, error) {
	if p == nil || p.Q.check() != nil {
		return nil, errors.New("gd: the linear network is nil or empty: make it with NewLinearNetwork")
	}
	return runGD(w0, eta, 0, steps, p.Q.EtaOpt(), p.Cost, p.Grad)
}

// RunMomentum is Run with momentum μ, 0 ≤ μ < 1 (Quadratic.RunMomentum's
// rule, the gradient computed from the data).
func (p *LinearNetwork) RunMomentum(w0 []float64, eta, mu float64, steps int) (*Trajectory, error) {
	if p == nil || p.Q.check() != nil {
		return nil, errors.New("gd: the linear network is nil or empty: make it with NewLinearNetwork")
	}
	return runGD(w0, eta, mu, steps, p.Q.EtaOpt(), p.Cost, p.Grad)
}

// The two Gaussian classes of LeCunExample: centres ±LeCunCentre, standard
// deviation LeCunSigma along each axis. They are LeCun's (±(0.4, 0.8), σ = 0.2)
// divided by √2, so that H = (2/N)XᵀX has the eigenvalues LeCun reports for
// his (1/N)XᵀX, about 0.84 and 0.04, and the same η_opt ≈ 1.2.
var (
	LeCunCentre = [2]float64{0.4 / math.Sqrt2, 0.8 / math.Sqrt2}
	LeCunSigma  = 0.2 / math.Sqrt2
)

// LeCunStart is the starting point w₀ used in the examples.
var LeCunStart = []float64{-1.5, 0.5}

// LeCunExample returns the lecture's two-class problem (fig. 9–11 of LeCun
// et al.): N = 100 examples, even ones of class 0 (centre −LeCunCentre,
// target −1), odd ones of class 1 (centre +LeCunCentre, target +1), each
// coordinate normal with standard deviation LeCunSigma, drawn from seed. With
// seed 1: η_opt ≈ 1.2, η_max ≈ 2.4, so η = 1.5 oscillates and converges and
// η = 2.5 diverges.
func LeCunExample(seed uint64) (*LinearNetwork, error) {
	const n = 100
	rng := mlp.NewRand(seed)
	X := mat.NewDense(n, 2, nil)
	y := make([]float64, n)
	for i := 0; i < n; i++ {
		sign := -1.0
		if i%2 == 1 {
			sign = 1
		}
		y[i] = sign
		for j := 0; j < 2; j++ {
			X.Set(i, j, sign*LeCunCentre[j]+LeCunSigma*rng.NormFloat64())
		}
	}
	return NewLinearNetwork(X, y)
}
