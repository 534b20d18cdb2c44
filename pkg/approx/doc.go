// Package approx is the lecture's slide "MLP = Universal approximators" in
// code: one hidden layer is enough to approximate any continuous function,
// and here is how close it gets with N units.
//
// # The theorem
//
// Cybenko (1989): let φ be a non-constant, bounded, monotonically increasing
// continuous function (the sigmoid is one) and Iₘ = [0, 1]ᵐ the unit cube.
// For every continuous f on Iₘ and every ε > 0 there are an integer N, real
// numbers vᵢ, bᵢ and vectors wᵢ ∈ ℝᵐ such that
//
//	F(x) = Σᵢ₌₁ᴺ vᵢ φ(wᵢᵀx + bᵢ)
//
// satisfies |F(x) − f(x)| < ε for all x in Iₘ. F is a network with one
// hidden layer of N units with non-linearity φ and a linear output: Net is
// that F (with an optional output bias c, see Net), and Net.Network turns it
// into an mlp.Network.
//
// # What it says, and what it does not
//
// It is an existence theorem only. It does not say how large N must be (it
// can be huge), nor how to find the weights: gradient descent on a cost may
// stop in a poor local minimum, be very slow, or fit the training points and
// miss the rest. As the lecture puts it, there are many reasons for not
// getting good results in practice. The theorem is also why depth is not
// needed in principle, and the deep-models lesson is why it helps in
// practice.
//
// # Why it is true, in one dimension: steps make bumps
//
// A sigmoid with a large weight, σ(k(x − a)), is almost a step from 0 to 1
// at x = a (Step). Two steps subtracted, σ(k(x − a)) − σ(k(x − b)), make a
// bump of height 1 on [a, b] (Bump). Cut [0, 1] into M small cells, put on
// each cell a bump as high as f at the cell's centre, and add them (Bumps):
// since a continuous f changes little over a small cell, the sum is within ε
// of f once the cells are small enough. Constructive does exactly this,
// increasing M until max |F − f| < ε, and reports the units it took (2 per
// bump). It is a proof, not an efficient method: sin(2πx) needs 630 units
// for ε = 0.01 this way, while 4 fitted units (below) get within 0.002.
//
// # Fitting F with N units
//
// Fit1D (and Fit2D on the unit square) fits F with N units to a target f:
// it spreads the units over the domain (from a seed), solves for the output
// weights v and c by linear least squares (F is linear in them), and may then
// take gradient steps that move the units too. FitSeries does it for N = 1,
// 2, 4, …, 32 to show the error falling as N grows. For sin(2πx), with
// Options{Seed: 1, Steps: 300}, the largest error on the grid falls from
// about 0.7 with one unit to about 4·10⁻⁴ with 32.
//
// # Errors are measured on a grid
//
// Every error here is max |F(x) − f(x)| (and the root mean square) over the
// fine grid x = k/1000, k = 0…1000 (GridPoints), or the 101×101 grid of the
// unit square (GridPoints2D). That is a measurement, not a proof that the
// bound holds between the grid points.
//
// Targets are plain Go functions, func(x float64) float64 on [0, 1] and
// func(x1, x2 float64) float64 on the unit square. A target that returns NaN
// or ±Inf at a grid point is an error that names the point.
//
// # Bad input and the limits
//
// Every function returns an error, never a panic nor a NaN with a nil
// error, for a nil target, a target that is NaN or ±Inf somewhere on the
// grid, nil or empty W, non-finite weights, ε ≤ 0, and sizes over these
// limits, checked before anything is allocated: MaxUnits (4096) hidden units
// (Bumps: 2M units, Constructive's budget), MaxGridPoints (2²⁴) grid points,
// MaxFitPoints (2²⁰) training points (at most 1024 per axis in 2-D),
// MaxFitValues (2²⁴) values of the least-squares matrix P·(N+1), and
// MaxFitSteps (100 000) gradient steps.
package approx
