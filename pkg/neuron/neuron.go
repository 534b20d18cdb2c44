package neuron

import (
	"errors"
	"fmt"
	"math"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Neuron is one unit of the lecture: weights w, a bias w₀ and a non-linearity g.
type Neuron struct {
	W  []float64  // w, one weight per input
	W0 float64    // w₀, the bias
	G  Activation // g
}

// Activity returns the neuron's activity (the slides' "activation")
// a(x) = wᵀx + w₀ = Σⱼ wⱼ xⱼ + w₀, the number g is applied to. (The
// non-linearity g itself is an Activation.)
func (n Neuron) Activity(x []float64) (float64, error) {
	if len(x) != len(n.W) {
		return 0, lang.Errorf("neuron.shape", len(n.W), len(x))
	}
	a := n.W0
	for j, xj := range x {
		a += n.W[j] * xj
	}
	if math.IsNaN(a) || math.IsInf(a, 0) {
		return 0, lang.Errorf("neuron.activity.nonfinite", a)
	}
	return a, nil
}

// Output returns g(a(x)).
func (n Neuron) Output(x []float64) (float64, error) {
	if err := n.G.Valid(); err != nil {
		return 0, fmt.Errorf("neuron: %w", err)
	}
	a, err := n.Activity(x)
	if err != nil {
		return 0, err
	}
	o := n.G.G(a)
	if math.IsNaN(o) || math.IsInf(o, 0) {
		return 0, lang.Errorf("neuron.output.nonfinite", n.G.Label(), o, a)
	}
	return o, nil
}

// finite reports whether every value is neither NaN nor ±Inf.
func finite(vs ...float64) bool {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// Line is the set of points (x₁, x₂) with A·x₁ + B·x₂ + C = 0.
// For a neuron, A = w₁, B = w₂ and C = w₀: its decision boundary.
type Line struct {
	A, B, C float64
}

// ErrNoBoundary is returned by Boundary when w₁ = w₂ = 0: the activity
// is the constant w₀ and no line splits the plane.
var ErrNoBoundary = errors.New("neuron: w₁ = w₂ = 0, the activity is constant and there is no boundary line")

// Boundary returns the line wᵀx + w₀ = 0 of a neuron with a 2-D input.
// On one side of it a > 0 (the side W points to), on the other a < 0.
func (n Neuron) Boundary() (Line, error) {
	if len(n.W) != 2 {
		return Line{}, lang.Errorf("neuron.boundary.dim", len(n.W))
	}
	if !finite(n.W[0], n.W[1], n.W0) {
		return Line{}, lang.Errorf("neuron.boundary.nonfinite", n.W[0], n.W[1], n.W0)
	}
	if n.W[0] == 0 && n.W[1] == 0 {
		return Line{}, ErrNoBoundary
	}
	return Line{A: n.W[0], B: n.W[1], C: n.W0}, nil
}

// Vertical reports whether the line is x₁ = constant (B = 0).
func (l Line) Vertical() bool { return l.B == 0 }

// SlopeIntercept returns the line as x₂ = slope·x₁ + intercept.
// It fails for a vertical line; use Points instead.
func (l Line) SlopeIntercept() (slope, intercept float64, err error) {
	if !finite(l.A, l.B, l.C) {
		return 0, 0, fmt.Errorf("neuron: the line %v·x₁ + %v·x₂ + %v = 0 is not made of finite numbers", l.A, l.B, l.C)
	}
	if l.A == 0 && l.B == 0 {
		return 0, 0, fmt.Errorf("neuron: %v = 0 is not a line (A = B = 0)", l.C)
	}
	if l.Vertical() {
		return 0, 0, fmt.Errorf("neuron: the line %v·x₁ + %v = 0 is vertical (x₁ = %v): it has no slope", l.A, l.C, -l.C/l.A)
	}
	slope, intercept = -l.A/l.B, -l.C/l.B
	if !finite(slope, intercept) {
		return 0, 0, fmt.Errorf("neuron: the line %v·x₁ + %v·x₂ + %v = 0 is too steep: slope %v, intercept %v", l.A, l.B, l.C, slope, intercept)
	}
	return slope, intercept, nil
}

// Points returns two points of the line inside the box [min, max]², or the
// line's end points clipped to that box, ready for a plot. ok is false when
// the line does not cross the box, or when a number (of the line or the box)
// is not finite.
func (l Line) Points(min, max float64) (x1, y1, x2, y2 float64, ok bool) {
	if !finite(l.A, l.B, l.C, min, max) || !(min < max) {
		return 0, 0, 0, 0, false
	}
	var pts [][2]float64
	add := func(x, y float64) {
		if !finite(x, y) || x < min-1e-12 || x > max+1e-12 || y < min-1e-12 || y > max+1e-12 {
			return
		}
		for _, p := range pts {
			if math.Abs(p[0]-x) < 1e-12 && math.Abs(p[1]-y) < 1e-12 {
				return
			}
		}
		pts = append(pts, [2]float64{x, y})
	}
	if l.B != 0 { // crossings of the vertical sides x₁ = min and x₁ = max
		add(min, -(l.A*min+l.C)/l.B)
		add(max, -(l.A*max+l.C)/l.B)
	}
	if l.A != 0 { // crossings of the horizontal sides x₂ = min and x₂ = max
		add(-(l.B*min+l.C)/l.A, min)
		add(-(l.B*max+l.C)/l.A, max)
	}
	if len(pts) < 2 {
		return 0, 0, 0, 0, false
	}
	return pts[0][0], pts[0][1], pts[1][0], pts[1][1], true
}

// Side returns +1 when a = A·x₁ + B·x₂ + C > 0 at (x₁, x₂), −1 when a < 0
// and 0 on the line.
func (l Line) Side(x1, x2 float64) int {
	a := l.A*x1 + l.B*x2 + l.C
	switch {
	case a > 0:
		return 1
	case a < 0:
		return -1
	}
	return 0
}
