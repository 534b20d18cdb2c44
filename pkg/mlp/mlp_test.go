package mlp

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/neuron"
)

// A 2-2-1 network with numbers small enough to follow by hand.
//
//	W¹ = [1 −1; 0.5 2], b¹ = (0, −1), g = ReLU
//	W² = [1 −2],        b² = (0.5),   g = identity
//
// For x = (2, 1):
//
//	a¹ = (1·2 − 1·1 + 0, 0.5·2 + 2·1 − 1) = (1, 2),  h¹ = (1, 2)
//	a² = 1·1 − 2·2 + 0.5 = −2.5,                    h² = −2.5
func handNet(t *testing.T) *Network {
	t.Helper()
	net, err := NewFromWeights(
		[]*mat.Dense{mat.NewDense(2, 2, []float64{1, -1, 0.5, 2}), mat.NewDense(1, 2, []float64{1, -2})},
		[][]float64{{0, -1}, {0.5}},
		[]neuron.Activation{neuron.ReLU, neuron.Identity})
	if err != nil {
		t.Fatal(err)
	}
	return net
}

func TestForwardByHand(t *testing.T) {
	tr, err := handNet(t).Forward([]float64{2, 1})
	if err != nil {
		t.Fatal(err)
	}
	check := func(name string, v *mat.VecDense, want ...float64) {
		for i, w := range want {
			if got := v.AtVec(i); math.Abs(got-w) > 1e-12 {
				t.Errorf("%s[%d] = %v, want %v", name, i, got, w)
			}
		}
	}
	check("h⁰", tr.H[0], 2, 1)
	check("a¹", tr.A[1], 1, 2)
	check("h¹", tr.H[1], 1, 2)
	check("a²", tr.A[2], -2.5)
	if o := tr.Output(); len(o) != 1 || o[0] != -2.5 {
		t.Errorf("output = %v, want [-2.5]", o)
	}
	// x = (−1, 0): a¹ = (−1, −1.5), ReLU → h¹ = (0, 0), a² = 0.5.
	tr, _ = handNet(t).Forward([]float64{-1, 0})
	check("h¹", tr.H[1], 0, 0)
	check("h²", tr.H[2], 0.5)
}

func TestForwardBatchMatchesForward(t *testing.T) {
	net, _ := New([]int{3, 4, 5, 2}, neuron.Tanh, neuron.Sigmoid)
	if err := net.Initialize(Normal, 1, 7); err != nil {
		t.Fatal(err)
	}
	X := mat.NewDense(4, 3, []float64{1, 2, 3, -1, 0, 1, 0.5, 0.5, -2, 0, 0, 0})
	bt, err := net.ForwardBatch(X)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		tr, _ := net.Forward(mat.Row(nil, i, X))
		for l := 1; l <= 3; l++ {
			for j := 0; j < tr.H[l].Len(); j++ {
				if d := math.Abs(tr.H[l].AtVec(j) - bt.H[l].At(i, j)); d > 1e-12 {
					t.Errorf("example %d, h%d[%d]: batch and single differ by %g", i, l, j, d)
				}
			}
		}
	}
}

func TestShapeErrorsNameLayerAndShapes(t *testing.T) {
	net := handNet(t)
	net.Layers[1].W = mat.NewDense(3, 4, nil)
	net.Layers[1].B = mat.NewVecDense(3, nil)
	err := net.Validate()
	if err == nil || !strings.Contains(err.Error(), "layer 2: W² is 3×4 but h¹ has 2 rows") {
		t.Errorf("err = %v", err)
	}
	if _, err := handNet(t).Forward([]float64{1, 2, 3}); err == nil || !strings.Contains(err.Error(), "W¹ is 2×2 but x = h⁰ has 3 values") {
		t.Errorf("err = %v", err)
	}
	if _, err := handNet(t).ForwardBatch(mat.NewDense(2, 5, nil)); err == nil || !strings.Contains(err.Error(), "2×5") {
		t.Errorf("err = %v", err)
	}
	if _, err := New([]int{2, 0, 1}, neuron.ReLU, neuron.Identity); err == nil {
		t.Error("a layer of size 0 must fail")
	}
	if _, err := New([]int{2}, neuron.ReLU, neuron.Identity); err == nil {
		t.Error("a network without layers must fail")
	}
	if _, err := handNet(t).Forward([]float64{math.NaN(), 1}); err == nil {
		t.Error("a NaN input must fail")
	}
	bad := handNet(t)
	bad.Layers[0].W.Set(0, 0, math.Inf(1))
	if _, err := bad.Forward([]float64{1, 1}); err == nil || !strings.Contains(err.Error(), "layer 1") {
		t.Errorf("an Inf weight must fail naming the layer, got %v", err)
	}
}

func TestLossesByHand(t *testing.T) {
	// Squared error: (1 − 0)² + (2 − 4)² = 1 + 4 = 5; gradient 2(o − y) = (2, −4).
	c, _ := SquaredError.Value([]float64{1, 2}, []float64{0, 4})
	if c != 5 {
		t.Errorf("squared error = %v, want 5", c)
	}
	g, _ := SquaredError.Grad([]float64{1, 2}, []float64{0, 4})
	if g[0] != 2 || g[1] != -4 {
		t.Errorf("∂C/∂o = %v, want [2 -4]", g)
	}
	// MSE over two examples: (5 + 0)/2 = 2.5.
	O := mat.NewDense(2, 2, []float64{1, 2, 3, 3})
	Y := mat.NewDense(2, 2, []float64{0, 4, 3, 3})
	if m, _ := MSE(O, Y); m != 2.5 {
		t.Errorf("MSE = %v, want 2.5", m)
	}
	// Softmax of (0, ln 3) = (1/4, 3/4); cross-entropy with y = (0, 1) is −ln(3/4).
	o := []float64{0, math.Log(3)}
	p := Softmax(o)
	if math.Abs(p[0]-0.25) > 1e-12 || math.Abs(p[1]-0.75) > 1e-12 {
		t.Errorf("softmax = %v, want [0.25 0.75]", p)
	}
	ce, _ := SoftmaxCrossEntropy.Value(o, []float64{0, 1})
	if math.Abs(ce+math.Log(0.75)) > 1e-12 {
		t.Errorf("cross-entropy = %v, want %v", ce, -math.Log(0.75))
	}
	ce2, _ := CrossEntropy(p, []float64{0, 1})
	if math.Abs(ce2-ce) > 1e-12 {
		t.Errorf("CrossEntropy(p) = %v, want %v", ce2, ce)
	}
	// ∂C/∂o = p − y = (0.25, −0.25).
	g, _ = SoftmaxCrossEntropy.Grad(o, []float64{0, 1})
	if math.Abs(g[0]-0.25) > 1e-12 || math.Abs(g[1]+0.25) > 1e-12 {
		t.Errorf("∂C/∂o = %v, want [0.25 -0.25]", g)
	}
}

// TestValueGradIsValueAndGrad: ValueGrad gives Value's bits, and Grad's for
// the squared error; for softmax + cross-entropy the bits of
// exp(oⱼ − LogSumExp(o)) − yⱼ, within a few ε·|LogSumExp(o)| of Grad's; on outputs small
// and large; and it allocates nothing.
func TestValueGradIsValueAndGrad(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, loss := range []Loss{SquaredError, SoftmaxCrossEntropy} {
		for trial := range 200 {
			k := 1 + rng.IntN(12)
			scale := []float64{1e-3, 1, 30, 700}[trial%4]
			o, y := make([]float64, k), make([]float64, k)
			for j := range o {
				o[j] = scale * rng.NormFloat64()
			}
			y[rng.IntN(k)] = 1
			g := make([]float64, k)
			c, err := loss.ValueGrad(o, y, g)
			wantC, errV := loss.Value(o, y)
			wantG, errG := loss.Grad(o, y)
			if err != nil || errV != nil || errG != nil {
				t.Fatalf("%v, o = %v: errors %v, %v, %v", loss, o, err, errV, errG)
			}
			if math.Float64bits(c) != math.Float64bits(wantC) {
				t.Fatalf("%v, o = %v: ValueGrad's C = %v, Value's %v", loss, o, c, wantC)
			}
			for j := range g {
				exact := wantG[j]
				if loss == SoftmaxCrossEntropy {
					lse := LogSumExp(o)
					exact = math.Exp(o[j]-lse) - y[j]
					// oⱼ − lse is rounded to ε·|lse|, which exp turns into a relative error.
					if d := math.Abs(g[j] - wantG[j]); d > 4*0x1p-52*(1+math.Abs(lse)) {
						t.Fatalf("%v, o = %v: ValueGrad's ∂C/∂o%d = %v, Grad's %v (differ by %g)", loss, o, j, g[j], wantG[j], d)
					}
				}
				if math.Float64bits(g[j]) != math.Float64bits(exact) {
					t.Fatalf("%v, o = %v: ValueGrad's ∂C/∂o%d = %v, want %v", loss, o, j, g[j], exact)
				}
			}
		}
	}
	o, y, g := []float64{0.3, -1.2, 2}, []float64{0, 0, 1}, make([]float64, 3)
	if a := testing.AllocsPerRun(100, func() { _, _ = SoftmaxCrossEntropy.ValueGrad(o, y, g) }); a != 0 {
		t.Errorf("ValueGrad allocates %v times per call", a)
	}
}

// TestValueGradRowsIsValueGrad: ValueGradRows over a batch gives, bit for
// bit, ValueGrad's C (summed in row order) and ∂C/∂o row by row, for both
// losses, on outputs whose exponentials are ordinary, subnormal or 0
// (oⱼ − max o down to −800), and allocates nothing.
func TestValueGradRowsIsValueGrad(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, loss := range []Loss{SquaredError, SoftmaxCrossEntropy} {
		for trial := range 100 {
			k, n := 1+rng.IntN(12), 1+rng.IntN(150) // more rows than one run of rowsPerRun
			scale := []float64{1e-3, 1, 30, 300}[trial%4]
			o, y, g := make([]float64, n*k), make([]float64, n*k), make([]float64, n*k)
			for j := range o {
				o[j] = scale * rng.NormFloat64()
			}
			for i := 0; i < n; i++ {
				y[i*k+rng.IntN(k)] = 1
			}
			sum, err := loss.ValueGradRows(o, y, g, k)
			if err != nil {
				t.Fatalf("%v, %d×%d: %v", loss, n, k, err)
			}
			want, gi := 0.0, make([]float64, k)
			for i := 0; i < n; i++ {
				c, err := loss.ValueGrad(o[i*k:(i+1)*k], y[i*k:(i+1)*k], gi)
				if err != nil {
					t.Fatalf("%v, row %d: %v", loss, i, err)
				}
				want += c
				for j := range gi {
					if math.Float64bits(g[i*k+j]) != math.Float64bits(gi[j]) {
						t.Fatalf("%v, %d×%d, row %d: ∂C/∂o%d = %v, ValueGrad's %v", loss, n, k, i, j, g[i*k+j], gi[j])
					}
				}
			}
			if math.Float64bits(sum) != math.Float64bits(want) {
				t.Fatalf("%v, %d×%d: Σ C = %v, ValueGrad's %v", loss, n, k, sum, want)
			}
		}
	}
	o, y, g := make([]float64, 320), make([]float64, 320), make([]float64, 320)
	for i := 0; i < 32; i++ {
		y[i*10+i%10] = 1
	}
	if a := testing.AllocsPerRun(100, func() { _, _ = SoftmaxCrossEntropy.ValueGradRows(o, y, g, 10) }); a != 0 {
		t.Errorf("ValueGradRows allocates %v times per call", a)
	}
}

func TestSoftmaxIsStable(t *testing.T) {
	// exp(1000) overflows; softmax(1000, 1000) is still (1/2, 1/2).
	p := Softmax([]float64{1000, 1000})
	if p[0] != 0.5 || p[1] != 0.5 {
		t.Errorf("softmax(1000, 1000) = %v", p)
	}
	// −Σ y log p for o = (1000, 0), y = (0, 1): log p₂ = 0 − 1000 − log(1 + e⁻¹⁰⁰⁰) ≈ −1000.
	ce, err := SoftmaxCrossEntropy.Value([]float64{1000, 0}, []float64{0, 1})
	if err != nil || math.Abs(ce-1000) > 1e-9 {
		t.Errorf("cross-entropy = %v, %v; want 1000", ce, err)
	}
}

func TestOneHotArgmaxAccuracy(t *testing.T) {
	Y, err := OneHot([]int{2, 0}, 3)
	if err != nil || Y.At(0, 2) != 1 || Y.At(1, 0) != 1 || mat.Sum(Y) != 2 {
		t.Errorf("OneHot = %v, %v", mat.Formatted(Y), err)
	}
	if _, err := OneHot([]int{3}, 3); err == nil {
		t.Error("label 3 of 3 classes must fail")
	}
	if c := ArgmaxRows(Y); c[0] != 2 || c[1] != 0 {
		t.Errorf("ArgmaxRows = %v", c)
	}
	if a, _ := Accuracy([]int{1, 2, 3, 4}, []int{1, 0, 3, 0}); a != 0.5 {
		t.Errorf("accuracy = %v, want 0.5", a)
	}
}

func TestInitialize(t *testing.T) {
	mk := func() *Network { n, _ := New([]int{100, 50, 10}, neuron.ReLU, neuron.Identity); return n }
	a, b := mk(), mk()
	a.Initialize(He, 0, 42)
	b.Initialize(He, 0, 42)
	if !mat.Equal(a.Layers[0].W, b.Layers[0].W) {
		t.Error("the same seed must give the same weights")
	}
	b.Initialize(He, 0, 43)
	if mat.Equal(a.Layers[0].W, b.Layers[0].W) {
		t.Error("another seed must give other weights")
	}
	// He: variance 2/nˡ⁻¹ = 2/100 = 0.02 over 5000 weights (standard error ≈ 0.0004).
	n := mat.Norm(a.Layers[0].W, 2)
	if got := n * n / 5000; math.Abs(got-0.02) > 0.002 {
		t.Errorf("He variance = %v, want about 0.02", got)
	}
	// Xavier: |w| ≤ √(6/(100+50)) = 0.2.
	a.Initialize(Xavier, 0, 1)
	if m := mat.Max(a.Layers[0].W); m > 0.2 || m < 0.15 {
		t.Errorf("Xavier max = %v, want just under 0.2", m)
	}
	if err := a.Initialize(Uniform, 0, 1); err == nil {
		t.Error("a uniform init with scale 0 must fail")
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	net := handNet(t)
	var sb strings.Builder
	if err := net.Save(&sb); err != nil {
		t.Fatal(err)
	}
	back, err := Load(strings.NewReader(sb.String()))
	if err != nil {
		t.Fatal(err)
	}
	if back.String() != net.String() || !mat.Equal(back.Layers[0].W, net.Layers[0].W) || !mat.Equal(back.Layers[1].B, net.Layers[1].B) {
		t.Errorf("round trip changed the network: %v vs %v", back, net)
	}
	if _, err := Load(strings.NewReader(`{"Format":"x"}`)); err == nil {
		t.Error("a foreign file must fail")
	}
}

// TestLossByNameRoundTrip: the name a Loss prints is one LossByName reads.
func TestLossByNameRoundTrip(t *testing.T) {
	for _, loss := range []Loss{SquaredError, SoftmaxCrossEntropy} {
		if got, err := LossByName(loss.String()); err != nil || got != loss {
			t.Errorf("LossByName(%q) = %v, %v; want %v", loss.String(), got, err, loss)
		}
	}
}
