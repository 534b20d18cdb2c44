package gd

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
)

// TestStepMomentumByHand takes two steps on o = w·x + b from w = 1, b = 0
// with the gradients ∂F/∂w = 2, ∂F/∂b = 1 both times, η = 0.1, μ = 0.9:
//
//	v = −0.1·2 = −0.2, w = 0.8;         v_b = −0.1,  b = −0.1
//	v = 0.9·(−0.2) − 0.2 = −0.38, w = 0.42;   v_b = −0.09 − 0.1 = −0.19, b = −0.29
//
// and with λ = 0.5 the first step uses ∂C/∂w = 2 + 2·0.5·1 = 3: w = 0.7.
func TestStepMomentumByHand(t *testing.T) {
	gW := []*mat.Dense{nil, mat.NewDense(1, 1, []float64{2})}
	gB := []*mat.VecDense{nil, mat.NewVecDense(1, []float64{1})}
	net := linearNet(t, 1, 0)
	v, err := NewVelocity(net)
	if err != nil {
		t.Fatal(err)
	}
	want := [][4]float64{{0.8, -0.1, -0.2, -0.1}, {0.42, -0.29, -0.38, -0.19}}
	for k, w := range want {
		if err := StepMomentum(net, v, gW, gB, 0.1, 0, 0.9); err != nil {
			t.Fatal(err)
		}
		got := [4]float64{net.Layers[0].W.At(0, 0), net.Layers[0].B.AtVec(0), v.W[1].At(0, 0), v.B[1].AtVec(0)}
		for i := range got {
			if math.Abs(got[i]-w[i]) > 1e-15 {
				t.Errorf("step %d: (w, b, v_w, v_b) = %v, want %v", k+1, got, w)
				break
			}
		}
	}
	net = linearNet(t, 1, 0)
	v, _ = NewVelocity(net)
	if err := StepMomentum(net, v, gW, gB, 0.1, 0.5, 0.9); err != nil {
		t.Fatal(err)
	}
	if w := net.Layers[0].W.At(0, 0); math.Abs(w-0.7) > 1e-15 {
		t.Errorf("with λ = 0.5: w = %v, want 0.7", w)
	}
}

// TestStepIsMomentumZero: Step and StepMomentum with μ = 0 give the same
// weights to the last bit, and a refused step changes nothing.
func TestStepIsMomentumZero(t *testing.T) {
	gW := []*mat.Dense{nil, mat.NewDense(1, 1, []float64{0.3})}
	gB := []*mat.VecDense{nil, mat.NewVecDense(1, []float64{-0.7})}
	a, b := linearNet(t, 0.1, 0.2), linearNet(t, 0.1, 0.2)
	v, _ := NewVelocity(b)
	for k := 0; k < 5; k++ {
		if err := Step(a, gW, gB, 0.37, 0.01); err != nil {
			t.Fatal(err)
		}
		if err := StepMomentum(b, v, gW, gB, 0.37, 0.01, 0); err != nil {
			t.Fatal(err)
		}
	}
	if a.Layers[0].W.At(0, 0) != b.Layers[0].W.At(0, 0) || a.Layers[0].B.AtVec(0) != b.Layers[0].B.AtVec(0) {
		t.Errorf("Step %v %v, StepMomentum(μ = 0) %v %v", a.Layers[0].W.At(0, 0), a.Layers[0].B.AtVec(0), b.Layers[0].W.At(0, 0), b.Layers[0].B.AtVec(0))
	}
	// η so large that the new velocity overflows: refused, nothing moved.
	big := []*mat.Dense{nil, mat.NewDense(1, 1, []float64{1e300})}
	w0, v0 := b.Layers[0].W.At(0, 0), v.W[1].At(0, 0)
	if err := StepMomentum(b, v, big, gB, 1e10, 0, 0.5); err == nil {
		t.Error("a step to −Inf was taken")
	}
	if b.Layers[0].W.At(0, 0) != w0 || v.W[1].At(0, 0) != v0 {
		t.Error("a refused step changed the weights or the velocity")
	}
}

// TestRunMomentumByHand checks Quadratic.RunMomentum's doc: h = 1, η = μ = ½
// from w₀ = 1 gives w = 1, ½, 0, −¼.
func TestRunMomentumByHand(t *testing.T) {
	q, _ := Quadratic1D(1, 0)
	tr, err := q.RunMomentum([]float64{1}, 0.5, 0.5, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{1, 0.5, 0, -0.25}
	for i, w := range tr.Coord(0) {
		if w != want[i] {
			t.Fatalf("w = %v, want %v", tr.Coord(0), want)
		}
	}
	// μ = 0 is Run, bit for bit.
	lin, _ := LeCunExample(1)
	a, _ := lin.Run(LeCunStart, 1.5, 20)
	b, _ := lin.RunMomentum(LeCunStart, 1.5, 0, 20)
	for i := range a.W {
		if a.W[i][0] != b.W[i][0] || a.W[i][1] != b.W[i][1] {
			t.Fatalf("step %d: Run %v, RunMomentum(μ = 0) %v", i, a.W[i], b.W[i])
		}
	}
}

// TestMomentumFastest: on H = diag(1, 100), κ = 100, η = 4/(10 + 1)² = 4/121
// and μ = (9/11)² = 81/121; the distance then shrinks like (9/11)ᵗ (times a
// factor growing like t, the two roots being equal) against (99/101)ᵗ for the
// fastest plain rate 2/101.
func TestMomentumFastest(t *testing.T) {
	q, err := NewQuadratic(mat.NewSymDense(2, []float64{1, 0, 0, 100}), []float64{0, 0}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if k := q.Condition(); math.Abs(k-100) > 1e-12 {
		t.Errorf("κ = %v, want 100", k)
	}
	eta, mu := q.MomentumFastest()
	if math.Abs(eta-4.0/121) > 1e-15 || math.Abs(mu-81.0/121) > 1e-15 {
		t.Errorf("η, μ = %v, %v, want 4/121 = %v, 81/121 = %v", eta, mu, 4.0/121, 81.0/121)
	}
	dist := func(tr *Trajectory) float64 { w := tr.W[len(tr.W)-1]; return math.Hypot(w[0], w[1]) }
	w0 := []float64{1, 1}
	m, _ := q.RunMomentum(w0, eta, mu, 60)
	p, _ := q.Run(w0, q.EtaFastest(), 60)
	d0 := math.Sqrt2
	if r := dist(m) / d0; r > 1e-3 {
		t.Errorf("momentum after 60 steps: %.3g of the start, want < 1e-3 ((9/11)⁶⁰·60 ≈ 3.5e-4)", r)
	}
	if r := dist(p) / d0; r < 0.1 {
		t.Errorf("plain GD at its fastest rate after 60 steps: %.3g of the start, want > 0.1 ((99/101)⁶⁰ ≈ 0.30)", r)
	}
	// A μ a little off the optimum is slower.
	for _, off := range []float64{mu - 0.1, mu + 0.1} {
		o, _ := q.RunMomentum(w0, eta, off, 60)
		if dist(o) <= dist(m) {
			t.Errorf("μ = %.3f reached %.3g, no farther than the optimal μ's %.3g", off, dist(o), dist(m))
		}
	}
}

// TestConditionByHand: a linear neuron o = w·x + b on x = 1 and 3 has
// H = (2/N) [Σx² Σx; Σx N] = [10 4; 4 2] (N = 2): trace 12, determinant 4,
// λ = 6 ± √32, κ = (6 + √32)/(6 − √32) ≈ 33.97. Centred, x = −1 and 1:
// H = [2 0; 0 2], κ = 1.
func TestConditionByHand(t *testing.T) {
	for _, c := range []struct {
		x    []float64
		want float64
	}{{[]float64{1, 3}, (6 + math.Sqrt(32)) / (6 - math.Sqrt(32))}, {[]float64{-1, 1}, 1}} {
		lin, err := NewLinearNeuron(mat.NewDense(2, 1, c.x), []float64{0, 1})
		if err != nil {
			t.Fatal(err)
		}
		if k := lin.Q.Condition(); math.Abs(k-c.want) > 1e-9 {
			t.Errorf("x = %v: κ = %v, want %v", c.x, k, c.want)
		}
	}
}

// TestTrainMomentum: Train with Momentum takes StepMomentum's steps (a batch
// run against the loop written out), and Momentum = 0 leaves Train as it was.
func TestTrainMomentum(t *testing.T) {
	X, Y := line()
	cfg := Config{Method: Batch, Eta: 0.02, Epochs: 200, Loss: mlp.SquaredError, Momentum: 0.8}
	net := linearNet(t, 0, 0)
	h, err := Train(net, X, Y, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if h.Momentum != 0.8 {
		t.Errorf("History.Momentum = %v", h.Momentum)
	}
	ref := linearNet(t, 0, 0)
	v, _ := NewVelocity(ref)
	for e := 0; e < cfg.Epochs; e++ {
		gW, gB, _, err := BackpropGradient(ref, X, Y, mlp.SquaredError)
		if err != nil {
			t.Fatal(err)
		}
		if err := StepMomentum(ref, v, gW, gB, cfg.Eta, 0, cfg.Momentum); err != nil {
			t.Fatal(err)
		}
	}
	if net.Layers[0].W.At(0, 0) != ref.Layers[0].W.At(0, 0) || net.Layers[0].B.AtVec(0) != ref.Layers[0].B.AtVec(0) {
		t.Errorf("Train: w = %v, b = %v; the loop: %v, %v", net.Layers[0].W.At(0, 0), net.Layers[0].B.AtVec(0), ref.Layers[0].W.At(0, 0), ref.Layers[0].B.AtVec(0))
	}
	// H = 2[3.5 1.5; 1.5 1] has λ ≈ 0.595 and 8.405 (κ ≈ 14): plain steps of
	// η = 0.02 shrink the flat direction by 1 − 0.02·0.595 ≈ 0.988 per step,
	// 0.09 in 200 steps (C − C* ≈ 8e-6); with μ = 0.8 both directions oscillate and shrink by
	// √μ ≈ 0.894 per step, 2e-10 in 200 (C ≈ 1e-18).
	plain := linearNet(t, 0, 0)
	cfg.Momentum = 0
	hp, err := Train(plain, X, Y, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !(h.Final().Total < 1e-12 && hp.Final().Total > 1e-6) {
		t.Errorf("after 200 epochs: C = %v with μ = 0.8, %v without", h.Final().Total, hp.Final().Total)
	}
	for _, mu := range []float64{-0.1, 1, math.NaN()} {
		cfg.Momentum = mu
		if _, err := Train(linearNet(t, 0, 0), X, Y, cfg); err == nil {
			t.Errorf("μ = %v accepted", mu)
		}
	}
}
