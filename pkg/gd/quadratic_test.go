package gd

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func TestRegimeTable(t *testing.T) {
	for _, c := range []struct {
		eta, etaOpt float64
		want        RateRegime
	}{
		{0.1, 1, RegimeSlow},
		{0.999, 1, RegimeSlow},
		{1, 1, RegimeOptimal},
		{1 / (1 / 0.9), 0.9, RegimeOptimal}, // 0.8999999999999999 vs 0.9: equal within the tolerance
		{1.5, 1, RegimeOscillating},         // LeCun's η = 1.5 with η_opt ≈ 1
		{1.999, 1, RegimeOscillating},
		{2, 1, RegimeOscillating}, // at 2η_opt: (1 − ηh) = −1, oscillates forever, does not diverge
		{2 * (1 / (1 / 0.9)), 0.9, RegimeOscillating},
		{2.001, 1, RegimeDiverging},
		{2.5, 1, RegimeDiverging}, // LeCun's η = 2.5
		{0.25, 0.25, RegimeOptimal},
		{0.4, 0.25, RegimeOscillating},
		{0, 1, RegimeInvalid},
		{-1, 1, RegimeInvalid},
		{1, 0, RegimeInvalid},
		{math.NaN(), 1, RegimeInvalid},
		{1, math.Inf(1), RegimeInvalid},
	} {
		if got := Regime(c.eta, c.etaOpt); got != c.want {
			t.Errorf("Regime(%v, %v) = %v, want %v", c.eta, c.etaOpt, got, c.want)
		}
	}
	if s := RegimeOscillating.String(); s != "η_opt < η ≤ 2η_opt: oscillates, converges below 2η_opt" {
		t.Errorf("String = %q", s)
	}
}

func TestEtaOptFromHessian(t *testing.T) {
	// H = diag(1, 4): λ_max = 4, η_opt = 1/4, η_max = 1/2.
	q, err := NewQuadratic(mat.NewSymDense(2, []float64{1, 0, 0, 4}), []float64{0, 0}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if q.EtaOpt() != 0.25 || q.EtaMax() != 0.5 {
		t.Errorf("η_opt = %v, η_max = %v; want 0.25, 0.5", q.EtaOpt(), q.EtaMax())
	}
	vals, vecs := q.Eigen()
	if !near(vals[0], 1, 1e-12) || !near(vals[1], 4, 1e-12) || !near(math.Abs(vecs.At(1, 1)), 1, 1e-12) {
		t.Errorf("eigenvalues %v, vectors %v", vals, mat.Formatted(vecs))
	}
	// A rotated Hessian [2 1; 1 2] has eigenvalues 1 and 3: η_opt = 1/3.
	q, _ = NewQuadratic(mat.NewSymDense(2, []float64{2, 1, 1, 2}), []float64{1, -1}, 5)
	if !near(q.EtaOpt(), 1.0/3, 1e-12) {
		t.Errorf("η_opt = %v, want 1/3", q.EtaOpt())
	}
	// The fastest constant rate balances the two directions: 2/(1 + 3) = 0.5,
	// where both factors have size |1 − 0.5·1| = |1 − 0.5·3| = 0.5.
	if !near(q.EtaFastest(), 0.5, 1e-12) {
		t.Errorf("η_fastest = %v, want 0.5", q.EtaFastest())
	}
	// … and it beats η_opt = 1/3 (factors 2/3 and 0) and every rate near it
	// after 30 steps from the same start.
	dist := func(eta float64) float64 {
		tr, err := q.Run([]float64{3, 0}, eta, 30)
		if err != nil {
			t.Fatal(err)
		}
		last := tr.W[len(tr.W)-1]
		return math.Hypot(last[0]-1, last[1]+1)
	}
	best := dist(q.EtaFastest())
	for _, eta := range []float64{1.0 / 3, 0.45, 0.55, 0.6} {
		if d := dist(eta); d <= best {
			t.Errorf("η = %v ends %v from w*, η_fastest = 0.5 ends %v: not the fastest", eta, d, best)
		}
	}
	// C(w* + (1, 0)) = ½ · 2 + 5 = 6.
	if c, _ := q.Cost([]float64{2, -1}); !near(c, 6, 1e-12) {
		t.Errorf("C = %v, want 6", c)
	}
	for _, c := range []struct {
		H    *mat.SymDense
		w    []float64
		want string
	}{
		{mat.NewSymDense(2, []float64{1, 0, 0, -1}), []float64{0, 0}, "eigenvalue -1 ≤ 0"},
		{mat.NewSymDense(2, []float64{1, 0, 0, 1}), []float64{0}, "H is 2×2 but w* has 1 values"},
		{mat.NewSymDense(1, []float64{math.NaN()}), []float64{0}, "H[0,0] is NaN"},
	} {
		if _, err := NewQuadratic(c.H, c.w, 0); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("err = %v, want %q", err, c.want)
		}
	}
}

func TestTrajectory1DByHand(t *testing.T) {
	// C(w) = (h/2)(w − w*)² with h = 2, w* = 1, from w₀ = 3: η_opt = 1/2 and
	// w_t − w* = (1 − ηh)ᵗ (w₀ − w*) = 2 (1 − 2η)ᵗ.
	q, err := Quadratic1D(2, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		eta    float64
		want   []float64
		regime RateRegime
	}{
		{0.25, []float64{3, 2, 1.5, 1.25}, RegimeSlow},        // factor 0.5
		{0.5, []float64{3, 1, 1, 1}, RegimeOptimal},           // factor 0: there in one step
		{0.75, []float64{3, 0, 1.5, 0.75}, RegimeOscillating}, // factor −0.5
		{1, []float64{3, -1, 3, -1}, RegimeOscillating},       // factor −1: oscillates forever, never diverges
		{1.5, []float64{3, -3, 9, -15}, RegimeDiverging},      // factor −2
	} {
		tr, err := q.Run([]float64{3}, c.eta, 3)
		if err != nil {
			t.Fatal(err)
		}
		got := tr.Coord(0)
		for i := range c.want {
			if !near(got[i], c.want[i], 1e-12) {
				t.Errorf("η = %v: w = %v, want %v", c.eta, got, c.want)
				break
			}
		}
		if tr.Regime != c.regime || tr.Diverged {
			t.Errorf("η = %v: regime %v (diverged %v), want %v", c.eta, tr.Regime, tr.Diverged, c.regime)
		}
		// C(w_t) = (w_t − 1)².
		for i, w := range got {
			if !near(tr.Cost[i], (w-1)*(w-1), 1e-12) {
				t.Errorf("η = %v: C(w_%d) = %v, want %v", c.eta, i, tr.Cost[i], (w-1)*(w-1))
			}
		}
	}
	// A long diverging run stops once the cost has blown up, with only finite values.
	tr, _ := q.Run([]float64{3}, 1.5, 1000)
	if !tr.Diverged || len(tr.W) > 30 {
		t.Errorf("η = 1.5 for 1000 steps: diverged %v after %d points", tr.Diverged, len(tr.W))
	}
	if _, err := q.Run([]float64{3}, 0, 3); err == nil {
		t.Error("η = 0: no error")
	}
	if _, err := q.Run([]float64{3, 4}, 0.1, 3); err == nil {
		t.Error("w₀ of the wrong length: no error")
	}
}

func TestLeCunNetworkIsQuadratic(t *testing.T) {
	p, err := LeCunExample(1)
	if err != nil {
		t.Fatal(err)
	}
	// The cost from the data equals the quadratic form at a few points.
	for _, w := range [][]float64{{0, 0}, {-1.5, 0.5}, {2, -3}, p.Q.WStar} {
		a, _ := p.Cost(w)
		b, _ := p.Q.Cost(w)
		if !near(a, b, 1e-10) {
			t.Errorf("C(%v): from the data %v, from H %v", w, a, b)
		}
		ga, _ := p.Grad(w)
		gb, _ := p.Q.Grad(w)
		if !near(ga[0], gb[0], 1e-10) || !near(ga[1], gb[1], 1e-10) {
			t.Errorf("∂C/∂w at %v: from the data %v, from H %v", w, ga, gb)
		}
	}
	// The convention is mlp's mean squared error: the same value as a 2-1
	// identity network with b = 0.
	w := []float64{0.3, -0.7}
	net, _ := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(1, 2, w)}, [][]float64{nil}, []neuron.Activation{neuron.Identity})
	O, _ := net.Predict(p.X)
	mse, _ := mlp.MSE(O, mat.NewDense(len(p.Y), 1, p.Y))
	if c, _ := p.Cost(w); !near(c, mse, 1e-12) {
		t.Errorf("C = %v but mlp.MSE = %v", c, mse)
	}
	// H is the second derivative: (∂C/∂w(w + εeⱼ) − ∂C/∂w(w − εeⱼ)) / 2ε.
	const eps = 1e-4
	for j := 0; j < 2; j++ {
		wp, wm := []float64{0.3, -0.7}, []float64{0.3, -0.7}
		wp[j] += eps
		wm[j] -= eps
		gp, _ := p.Grad(wp)
		gm, _ := p.Grad(wm)
		for i := 0; i < 2; i++ {
			if fd := (gp[i] - gm[i]) / (2 * eps); !near(fd, p.Q.H.At(i, j), 1e-8) {
				t.Errorf("H[%d,%d] = %v, finite differences %v", i, j, p.Q.H.At(i, j), fd)
			}
		}
	}
}

func TestLeCunRates(t *testing.T) {
	p, _ := LeCunExample(1)
	// LeCun reports eigenvalues 0.84 and 0.036 for his data; ours (seed 1) are
	// close: η_opt ≈ 1.19, η_max ≈ 2.38.
	vals, _ := p.Q.Eigen()
	if vals[1] < 0.8 || vals[1] > 0.9 || vals[0] < 0.02 || vals[0] > 0.06 {
		t.Errorf("eigenvalues of H = %v, want about 0.04 and 0.84", vals)
	}
	if Regime(1.5, p.Q.EtaOpt()) != RegimeOscillating || Regime(2.5, p.Q.EtaOpt()) != RegimeDiverging {
		t.Fatalf("η_opt = %v: 1.5 is %v, 2.5 is %v", p.Q.EtaOpt(), Regime(1.5, p.Q.EtaOpt()), Regime(2.5, p.Q.EtaOpt()))
	}
	// η = 1.5 converges, oscillating along the steep direction: the component
	// of w − w* on the top eigenvector changes sign at every step.
	_, vecs := p.Q.Eigen()
	top := func(w []float64) float64 {
		return (w[0]-p.Q.WStar[0])*vecs.At(0, 1) + (w[1]-p.Q.WStar[1])*vecs.At(1, 1)
	}
	tr, _ := p.Run(LeCunStart, 1.5, 200)
	if tr.Diverged || !near(tr.Cost[200], p.Q.CMin, 1e-9) {
		t.Errorf("η = 1.5: final cost %v, minimum %v", tr.Cost[len(tr.Cost)-1], p.Q.CMin)
	}
	for s := 0; s < 10; s++ {
		if top(tr.W[s])*top(tr.W[s+1]) >= 0 {
			t.Errorf("η = 1.5: step %d does not cross the valley (%v then %v)", s, top(tr.W[s]), top(tr.W[s+1]))
		}
	}
	// η = 2.5 diverges: the cost grows from step to step after the shallow
	// direction has settled, and the run stops once it has blown up.
	tr, _ = p.Run(LeCunStart, 2.5, 1000)
	if !tr.Diverged || tr.Cost[len(tr.Cost)-1] < 1e3 {
		t.Errorf("η = 2.5: diverged %v, last cost %v", tr.Diverged, tr.Cost[len(tr.Cost)-1])
	}
	for s := 40; s+1 < len(tr.Cost); s++ {
		if tr.Cost[s+1] <= tr.Cost[s] {
			t.Errorf("η = 2.5: the cost fell at step %d: %v → %v", s, tr.Cost[s], tr.Cost[s+1])
			break
		}
	}
}

func TestLinearNetworkErrors(t *testing.T) {
	for _, c := range []struct {
		X    mat.Matrix
		y    []float64
		want string
	}{
		{mat.NewDense(2, 2, []float64{1, 2, 2, 4}), []float64{1, -1}, "singular"},
		{mat.NewDense(2, 2, []float64{1, 0, 0, 1}), []float64{1}, "2 rows (examples) but there are 1 targets"},
		{mat.NewDense(2, 2, []float64{1, 0, math.Inf(1), 1}), []float64{1, -1}, "+Inf at row 1"},
		{nil, nil, "nil"},
	} {
		if _, err := NewLinearNetwork(c.X, c.y); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("err = %v, want %q", err, c.want)
		}
	}
}

// The L2 minimum by hand: (H + 2λI) w = H w*.
func TestMinimumL2ByHand(t *testing.T) {
	for _, c := range []struct {
		H      []float64
		wStar  []float64
		lambda float64
		want   []float64
	}{
		{[]float64{2}, []float64{3}, 0.5, []float64{2}},                      // h w*/(h + 2λ) = 6/3
		{[]float64{2}, []float64{3}, 0, []float64{3}},                        // no L2: w*
		{[]float64{2, 0, 0, 4}, []float64{1, 1}, 1, []float64{0.5, 4.0 / 6}}, // each direction shrunk by λᵢ/(λᵢ + 2λ)
		{[]float64{2, 1, 1, 2}, []float64{1, 0}, 0.5, []float64{5.0 / 8, 1.0 / 8}},
	} {
		d := len(c.wStar)
		q, err := NewQuadratic(mat.NewSymDense(d, c.H), c.wStar, 0)
		if err != nil {
			t.Fatal(err)
		}
		w, err := q.MinimumL2(c.lambda)
		if err != nil {
			t.Fatal(err)
		}
		for i := range w {
			if !near(w[i], c.want[i], 1e-12) {
				t.Errorf("H = %v, w* = %v, λ = %v: w = %v, want %v", c.H, c.wStar, c.lambda, w, c.want)
			}
		}
		// the gradient of C + λ‖w‖² is 0 there
		g, _ := q.Grad(w)
		for i := range g {
			if !near(g[i]+2*c.lambda*w[i], 0, 1e-12) {
				t.Errorf("H = %v: gradient %v + 2λw ≠ 0 at %v", c.H, g, w)
			}
		}
	}
	q, _ := Quadratic1D(1, 0)
	for _, l := range []float64{-1, math.NaN(), math.Inf(1)} {
		if _, err := q.MinimumL2(l); err == nil || !strings.Contains(err.Error(), "λ") {
			t.Errorf("λ = %v: err = %v, want an error naming λ", l, err)
		}
	}
	if _, err := (*Quadratic)(nil).MinimumL2(1); err == nil {
		t.Error("a nil quadratic must be an error")
	}
}
