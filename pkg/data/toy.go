package data

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
)

// classes builds a classification set of n examples in the plane and k
// classes. Example i belongs to class c = i mod k, so the classes are
// interleaved and balanced (their sizes differ by at most one). point gives
// the coordinates of the j-th example of class c, which has m examples.
func classes(name string, n, k int, point func(c, j, m int) (x1, x2 float64)) *Set {
	X := make([]float64, 2*n)
	labels := make([]int, n)
	for i := range n {
		c, j := i%k, i/k
		m := n / k
		if c < n%k {
			m++
		}
		X[2*i], X[2*i+1] = point(c, j, m)
		labels[i] = c
	}
	Y, _ := mlp.OneHot(labels, k) // labels are 0…k−1 by construction
	return &Set{Name: name, X: mat.NewDense(n, 2, X), Y: Y, Labels: labels, Classes: k}
}

// TwoGaussians draws n points from two Gaussian classes: class c is centred
// on mean0 or mean1 with standard deviation spread in each coordinate,
// x = meanᶜ + spread·(z₁, z₂) with zᵢ ~ N(0, 1). It is the two-class problem of
// the single neuron and of LeCun's linear network: when the means are far
// apart compared with spread, a line wᵀx + w₀ = 0 separates the classes.
func TwoGaussians(n int, mean0, mean1 [2]float64, spread float64, seed uint64) (*Set, error) {
	const name = "two Gaussians"
	if err := checkN(name, n, 2); err != nil {
		return nil, err
	}
	if err := checkNonNeg(name, "the spread", spread); err != nil {
		return nil, err
	}
	for _, v := range []float64{mean0[0], mean0[1], mean1[0], mean1[1]} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("data: %s: the means %v and %v must be finite", name, mean0, mean1)
		}
	}
	rng := newRand(seed)
	means := [2][2]float64{mean0, mean1}
	return classes(name, n, 2, func(c, _, _ int) (float64, float64) {
		return means[c][0] + spread*rng.NormFloat64(), means[c][1] + spread*rng.NormFloat64()
	}), nil
}

// XOR draws n points around the four corners of the unit square, labelled by
// the exclusive or of the corner's coordinates: (0,0) and (1,1) are class 0,
// (1,0) and (0,1) are class 1. Each point is its corner plus noise·N(0, 1) in
// each coordinate. No single line separates the classes: a neuron fails, one
// hidden layer of two units succeeds.
func XOR(n int, noise float64, seed uint64) (*Set, error) {
	const name = "XOR"
	if err := checkN(name, n, 2); err != nil {
		return nil, err
	}
	if err := checkNonNeg(name, "the noise", noise); err != nil {
		return nil, err
	}
	corners := [2][2][2]float64{
		{{0, 0}, {1, 1}}, // class 0: x₁ xor x₂ = 0
		{{1, 0}, {0, 1}}, // class 1: x₁ xor x₂ = 1
	}
	rng := newRand(seed)
	return classes(name, n, 2, func(c, j, _ int) (float64, float64) {
		p := corners[c][j%2]
		return p[0] + noise*rng.NormFloat64(), p[1] + noise*rng.NormFloat64()
	}), nil
}

// Circles draws n points on two concentric rings centred on the origin:
// class 0 on the inner ring of radius inner (0 < inner < 1), class 1 on the
// outer ring of radius 1, at uniformly random angles, plus noise·N(0, 1) in
// each coordinate. The boundary is a circle: a network needs a hidden layer
// (three units at least, one per side of a triangle around the inner ring).
func Circles(n int, inner, noise float64, seed uint64) (*Set, error) {
	const name = "circles"
	if err := checkN(name, n, 2); err != nil {
		return nil, err
	}
	if math.IsNaN(inner) || inner <= 0 || inner >= 1 {
		return nil, fmt.Errorf("data: %s: the inner radius must be strictly between 0 and 1 (the outer one), got %g", name, inner)
	}
	if err := checkNonNeg(name, "the noise", noise); err != nil {
		return nil, err
	}
	radius := [2]float64{inner, 1}
	rng := newRand(seed)
	return classes(name, n, 2, func(c, _, _ int) (float64, float64) {
		t := 2 * math.Pi * rng.Float64()
		r := radius[c]
		return r*math.Cos(t) + noise*rng.NormFloat64(), r*math.Sin(t) + noise*rng.NormFloat64()
	}), nil
}

// Moons draws n points on two interleaved half circles of radius 1: class 0
// on the upper one, (cos t, sin t), class 1 on the lower one shifted right
// and down, (1 − cos t, ½ − sin t), with t uniform in [0, π], plus
// noise·N(0, 1) in each coordinate.
func Moons(n int, noise float64, seed uint64) (*Set, error) {
	const name = "moons"
	if err := checkN(name, n, 2); err != nil {
		return nil, err
	}
	if err := checkNonNeg(name, "the noise", noise); err != nil {
		return nil, err
	}
	rng := newRand(seed)
	return classes(name, n, 2, func(c, _, _ int) (float64, float64) {
		t := math.Pi * rng.Float64()
		x1, x2 := math.Cos(t), math.Sin(t)
		if c == 1 {
			x1, x2 = 1-x1, 0.5-x2
		}
		return x1 + noise*rng.NormFloat64(), x2 + noise*rng.NormFloat64()
	}), nil
}

// Spirals draws n points on arms ≥ 2 interleaved spiral arms, one class per
// arm. The j-th of the m points of arm c sits at radius r = (j + ½)/m and
// angle θ = 2π(turns·r + c/arms), that is at r(cos θ, sin θ), plus
// noise·N(0, 1) in each coordinate. turns > 0 is how many times an arm winds
// around the centre: with more turns, the classes need more hidden units.
func Spirals(n, arms int, turns, noise float64, seed uint64) (*Set, error) {
	const name = "spirals"
	if arms < 2 {
		return nil, fmt.Errorf("data: %s: need at least 2 arms (one class each), got %d", name, arms)
	}
	if err := checkN(name, n, arms); err != nil {
		return nil, err
	}
	if math.IsNaN(turns) || math.IsInf(turns, 0) || turns <= 0 {
		return nil, fmt.Errorf("data: %s: the number of turns must be finite and positive, got %g", name, turns)
	}
	if err := checkNonNeg(name, "the noise", noise); err != nil {
		return nil, err
	}
	rng := newRand(seed)
	return classes(name, n, arms, func(c, j, m int) (float64, float64) {
		r := (float64(j) + 0.5) / float64(m)
		theta := 2 * math.Pi * (turns*r + float64(c)/float64(arms))
		return r*math.Cos(theta) + noise*rng.NormFloat64(), r*math.Sin(theta) + noise*rng.NormFloat64()
	}), nil
}
