package neuron

import (
	"math"
	"testing"
)

func TestActivationsByHand(t *testing.T) {
	e := math.E
	cases := []struct {
		g         Activation
		a         float64
		want      float64 // g(a), computed by hand
		wantDeriv float64 // g′(a), computed by hand
	}{
		// sigmoid(0) = 1/(1+1) = 0.5; g′ = 0.5·0.5 = 0.25
		{Sigmoid, 0, 0.5, 0.25},
		// sigmoid(1) = 1/(1+e⁻¹) = e/(e+1); g′ = e/(e+1)·1/(e+1)
		{Sigmoid, 1, e / (e + 1), e / ((e + 1) * (e + 1))},
		// sigmoid(−1000): e⁻ᵃ overflows in the naive form; the limit is 0, g′ → 0
		{Sigmoid, -1000, 0, 0},
		// tanh(0) = 0, g′(0) = 1
		{Tanh, 0, 0, 1},
		// tanh(1) = (e − 1/e)/(e + 1/e); g′ = 1 − tanh²(1)
		{Tanh, 1, (e - 1/e) / (e + 1/e), 1 - math.Pow((e-1/e)/(e+1/e), 2)},
		// gaussian(0) = 1, g′(0) = 0
		{Gaussian, 0, 1, 0},
		// gaussian(1) = e⁻¹, g′(1) = −2·1·e⁻¹
		{Gaussian, 1, 1 / e, -2 / e},
		// ReLU: the slide's f(x) = 0 if x ≤ 0, x otherwise
		{ReLU, -2, 0, 0},
		{ReLU, 0, 0, 0},
		{ReLU, 3, 3, 1},
		{Identity, -2.5, -2.5, 1},
	}
	for _, c := range cases {
		if got := c.g.G(c.a); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s(%v) = %v, want %v", c.g.Name, c.a, got, c.want)
		}
		if got := c.g.Deriv(c.a); math.Abs(got-c.wantDeriv) > 1e-12 {
			t.Errorf("%s′(%v) = %v, want %v", c.g.Name, c.a, got, c.wantDeriv)
		}
	}
}

// g′ must agree with the central difference (g(a+h) − g(a−h)) / 2h.
func TestDerivativesMatchFiniteDifferences(t *testing.T) {
	const h = 1e-6
	for _, g := range Activations {
		for a := -4.0; a <= 4; a += 0.37 { // 0.37 steps never land on ReLU's kink at 0
			num := (g.G(a+h) - g.G(a-h)) / (2 * h)
			if got := g.Deriv(a); math.Abs(got-num) > 1e-6 {
				t.Errorf("%s′(%.2f) = %v, central difference gives %v", g.Name, a, got, num)
			}
		}
	}
}

func TestByName(t *testing.T) {
	for _, g := range Activations {
		got, err := ByName(g.Name)
		if err != nil || got.Name != g.Name {
			t.Errorf("ByName(%q) = %v, %v", g.Name, got.Name, err)
		}
	}
	if _, err := ByName("ReLu"); err != nil {
		t.Errorf("ByName is case-insensitive, got %v", err)
	}
	if _, err := ByName("softsign"); err == nil {
		t.Error("ByName(softsign) should fail")
	}
}

func TestNeuronOutput(t *testing.T) {
	n := Neuron{W: []float64{2, -1}, W0: 0.5, G: ReLU}
	// a = 2·1 + (−1)·3 + 0.5 = −0.5 → ReLU gives 0
	a, err := n.Activity([]float64{1, 3})
	if err != nil || a != -0.5 {
		t.Fatalf("a = %v, %v; want -0.5", a, err)
	}
	o, _ := n.Output([]float64{1, 3})
	if o != 0 {
		t.Errorf("o = %v, want 0", o)
	}
	// a = 2·2 + (−1)·1 + 0.5 = 3.5 → 3.5
	if o, _ := n.Output([]float64{2, 1}); o != 3.5 {
		t.Errorf("o = %v, want 3.5", o)
	}
	if _, err := n.Output([]float64{1}); err == nil {
		t.Error("a 1-D x for a 2-weight neuron must fail")
	}
	if _, err := (Neuron{W: []float64{1}}).Output([]float64{1}); err == nil {
		t.Error("a neuron without g must fail, not panic")
	}
	if _, err := n.Activity([]float64{math.NaN(), 0}); err == nil {
		t.Error("a NaN input must give an error, not a silent NaN")
	}
}

func TestBoundary(t *testing.T) {
	// w = (1, 1), w₀ = −1: the line x₁ + x₂ = 1, slope −1, intercept 1.
	l, err := Neuron{W: []float64{1, 1}, W0: -1}.Boundary()
	if err != nil {
		t.Fatal(err)
	}
	s, c, err := l.SlopeIntercept()
	if err != nil || s != -1 || c != 1 {
		t.Errorf("slope, intercept = %v, %v, %v; want -1, 1", s, c, err)
	}
	x1, y1, x2, y2, ok := l.Points(0, 1)
	if !ok || x1+y1 != 1 || x2+y2 != 1 || (x1 == x2 && y1 == y2) {
		t.Errorf("Points = (%v,%v) (%v,%v) %v, want two points of x₁+x₂ = 1", x1, y1, x2, y2, ok)
	}
	if l.Side(1, 1) != 1 || l.Side(0, 0) != -1 || l.Side(0.5, 0.5) != 0 {
		t.Error("Side: (1,1) is on the positive side, (0,0) on the negative, (0.5,0.5) on the line")
	}
	// Vertical: w = (2, 0), w₀ = −1 → x₁ = 0.5.
	v, _ := Neuron{W: []float64{2, 0}, W0: -1}.Boundary()
	if _, _, err := v.SlopeIntercept(); err == nil {
		t.Error("a vertical line has no slope")
	}
	if x1, _, x2, _, ok := v.Points(0, 1); !ok || x1 != 0.5 || x2 != 0.5 {
		t.Errorf("vertical Points: x = %v, %v, ok %v; want 0.5", x1, x2, ok)
	}
	if _, _, _, _, ok := (Line{A: 1, B: 1, C: -5}).Points(0, 1); ok {
		t.Error("x₁ + x₂ = 5 does not cross the unit square")
	}
	if _, err := (Neuron{W: []float64{0, 0}}).Boundary(); err != ErrNoBoundary {
		t.Errorf("w = 0: err = %v, want ErrNoBoundary", err)
	}
	if _, err := (Neuron{W: []float64{1, 2, 3}}).Boundary(); err == nil {
		t.Error("a 3-D neuron has no boundary line in the plane")
	}
}
