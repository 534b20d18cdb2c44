package conv

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol*(1+math.Abs(b)) }

// The 3×3 image 1…9 and the 2×2 filter [1 2; 0 −1] with b = 0.5, worked out
// by hand in the comments.
func TestConvForwardByHand(t *testing.T) {
	x := mat.NewDense(1, 9, []float64{1, 2, 3, 4, 5, 6, 7, 8, 9})
	for _, c := range []struct {
		name        string
		stride, pad int
		want        []float64
	}{
		// a00 = 1·1 + 2·2 + 4·0 + 5·(−1) + 0.5 = 0.5, a01 = 2 + 6 − 6 + 0.5, …
		{"stride 1", 1, 0, []float64{0.5, 2.5, 6.5, 8.5}},
		// padded by 1 and moved by 2: a00 sees only x00 under w11 = −1: −1 + 0.5;
		// a01 sees x01 under w10 = 0 and x02 under w11: −3 + 0.5;
		// a10 sees x10 under w01 = 2 and x20 under w11: 8 − 7 + 0.5;
		// a11 sees x11, x12, x21, x22: 5 + 12 + 0 − 9 + 0.5.
		{"stride 2, padding 1", 2, 1, []float64{-0.5, -2.5, 1.5, 8.5}},
	} {
		l, err := NewConv(Shape{1, 3, 3}, 1, 2, c.stride, c.pad)
		if err != nil {
			t.Fatal(err)
		}
		l.W.SetRow(0, []float64{1, 2, 0, -1})
		l.B[0] = 0.5
		if o := l.Out(); o != (Shape{1, 2, 2}) {
			t.Fatalf("%s: Out = %v", c.name, o)
		}
		A, err := l.Forward(x)
		if err != nil {
			t.Fatal(err)
		}
		for q, w := range c.want {
			if got := A.At(0, q); got != w {
				t.Errorf("%s: a[%d] = %v, want %v", c.name, q, got, w)
			}
		}
	}
}

// Two channels: the filter's weights of channel c multiply channel c only.
func TestConvChannelsByHand(t *testing.T) {
	l, err := NewConv(Shape{2, 2, 2}, 2, 1, 1, 0) // two 1×1 filters on two channels: NiN's "cccp"
	if err != nil {
		t.Fatal(err)
	}
	l.W.SetRow(0, []float64{1, 10}) // filter 0: 1·ch0 + 10·ch1
	l.W.SetRow(1, []float64{-1, 0}) // filter 1: −ch0
	l.B[1] = 3
	x := mat.NewDense(1, 8, []float64{1, 2, 3, 4, 5, 6, 7, 8})
	A, err := l.Forward(x)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{51, 62, 73, 84, 2, 1, 0, -1}
	for q, w := range want {
		if got := A.At(0, q); got != w {
			t.Errorf("a[%d] = %v, want %v", q, got, w)
		}
	}
	if l.Params() != 2*(2+1) {
		t.Errorf("Params = %d, want 6", l.Params())
	}
}

func randDense(r *rand.Rand, n, c int) *mat.Dense {
	m := mat.NewDense(n, c, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < c; j++ {
			m.Set(i, j, r.NormFloat64())
		}
	}
	return m
}

// cost is C = Σ R ⊙ A: its δ = ∂C/∂A is R, so the gradients Backward returns
// must match central differences of C.
func cost(t *testing.T, l *Conv, X, R *mat.Dense) float64 {
	A, err := l.Forward(X)
	if err != nil {
		t.Fatal(err)
	}
	var m mat.Dense
	m.MulElem(A, R)
	return mat.Sum(&m)
}

func TestConvBackwardFiniteDifferences(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, c := range []struct {
		in                      Shape
		filters, k, stride, pad int
	}{
		{Shape{1, 5, 5}, 2, 3, 1, 0},
		{Shape{2, 5, 6}, 3, 3, 2, 1},
		{Shape{3, 4, 4}, 2, 1, 1, 0},
		{Shape{2, 7, 7}, 2, 4, 3, 2},
	} {
		l, err := NewConv(c.in, c.filters, c.k, c.stride, c.pad)
		if err != nil {
			t.Fatal(err)
		}
		l.Init(3)
		for f := range l.B {
			l.B[f] = r.NormFloat64()
		}
		X := randDense(r, 2, c.in.Size())
		R := randDense(r, 2, l.Out().Size())
		g, dX, err := l.Backward(X, R, true)
		if err != nil {
			t.Fatal(err)
		}
		const eps = 1e-6
		diff := func(p *float64) float64 {
			old := *p
			*p = old + eps
			up := cost(t, l, X, R)
			*p = old - eps
			down := cost(t, l, X, R)
			*p = old
			return (up - down) / (2 * eps)
		}
		raw := l.W.RawMatrix()
		for i := 0; i < raw.Rows; i++ {
			for j := 0; j < raw.Cols; j++ {
				if want := diff(&raw.Data[i*raw.Stride+j]); !near(g.W.At(i, j), want, 1e-7) {
					t.Errorf("%v: ∂C/∂W[%d,%d] = %v, finite difference %v", c, i, j, g.W.At(i, j), want)
				}
			}
		}
		for f := range l.B {
			if want := diff(&l.B[f]); !near(g.B[f], want, 1e-7) {
				t.Errorf("%v: ∂C/∂b[%d] = %v, finite difference %v", c, f, g.B[f], want)
			}
		}
		xr := X.RawMatrix()
		for e := 0; e < 2; e++ {
			for j := 0; j < c.in.Size(); j++ {
				if want := diff(&xr.Data[e*xr.Stride+j]); !near(dX.At(e, j), want, 1e-7) {
					t.Errorf("%v: ∂C/∂x[%d,%d] = %v, finite difference %v", c, e, j, dX.At(e, j), want)
				}
			}
		}
	}
}

func TestMaxPoolByHand(t *testing.T) {
	p, err := NewMaxPool(Shape{1, 4, 4}, 2, 2)
	if err != nil {
		t.Fatal(err)
	}
	X := mat.NewDense(1, 16, []float64{
		1, 3, 0, -1,
		2, 0, 5, 4,
		-2, -3, 7, 8,
		-1, -4, 9, 6,
	})
	res, err := p.Forward(X)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{3, 5, -1, 9}
	from := []int{1, 6, 12, 14}
	for q := range want {
		if res.H.At(0, q) != want[q] || res.From[0][q] != from[q] {
			t.Errorf("output %d = %v from %d, want %v from %d", q, res.H.At(0, q), res.From[0][q], want[q], from[q])
		}
	}
	dX, err := p.Backward(res, mat.NewDense(1, 4, []float64{10, 20, 30, 40}))
	if err != nil {
		t.Fatal(err)
	}
	for k := 0; k < 16; k++ {
		w := 0.0
		for q, f := range from {
			if f == k {
				w = float64(10 * (q + 1))
			}
		}
		if dX.At(0, k) != w {
			t.Errorf("∂C/∂x[%d] = %v, want %v", k, dX.At(0, k), w)
		}
	}
}

func TestGlobalAveragePool(t *testing.T) {
	p := GlobalAveragePool{In: Shape{2, 2, 2}}
	H, err := p.Forward(mat.NewDense(1, 8, []float64{1, 2, 3, 6, -1, -1, -1, 7}))
	if err != nil {
		t.Fatal(err)
	}
	if H.At(0, 0) != 3 || H.At(0, 1) != 1 {
		t.Errorf("means %v, want 3 and 1", mat.Formatted(H))
	}
	dX, err := p.Backward(mat.NewDense(1, 2, []float64{4, -8}))
	if err != nil {
		t.Fatal(err)
	}
	for k := 0; k < 8; k++ {
		w := 1.0
		if k >= 4 {
			w = -2
		}
		if dX.At(0, k) != w {
			t.Errorf("∂C/∂x[%d] = %v, want %v", k, dX.At(0, k), w)
		}
	}
}

func TestConvBadInput(t *testing.T) {
	for _, c := range []struct {
		name                    string
		in                      Shape
		filters, k, stride, pad int
	}{
		{"no channels", Shape{0, 3, 3}, 1, 2, 1, 0},
		{"no filters", Shape{1, 3, 3}, 0, 2, 1, 0},
		{"k = 0", Shape{1, 3, 3}, 1, 0, 1, 0},
		{"stride 0", Shape{1, 3, 3}, 1, 2, 0, 0},
		{"negative padding", Shape{1, 3, 3}, 1, 2, 1, -1},
		{"padding ≥ k", Shape{1, 3, 3}, 1, 2, 1, 2},
		{"filter larger than the image", Shape{1, 3, 3}, 1, 5, 1, 0},
		{"huge input", Shape{1 << 20, 1 << 20, 1 << 20}, 1, 1, 1, 0},
		{"huge filter bank", Shape{4096, 64, 64}, 1 << 20, 3, 1, 1},
	} {
		if _, err := NewConv(c.in, c.filters, c.k, c.stride, c.pad); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
	l, _ := NewConv(Shape{1, 3, 3}, 1, 2, 1, 0)
	var nilDense *mat.Dense
	for name, X := range map[string]mat.Matrix{
		"nil":         nil,
		"typed nil":   nilDense,
		"empty":       &mat.Dense{},
		"wrong width": mat.NewDense(1, 8, nil),
		"NaN":         mat.NewDense(1, 9, []float64{1, 2, 3, 4, math.NaN(), 6, 7, 8, 9}),
		"+Inf":        mat.NewDense(1, 9, []float64{1, 2, 3, 4, math.Inf(1), 6, 7, 8, 9}),
	} {
		if _, err := l.Forward(X); err == nil {
			t.Errorf("Forward(%s): no error", name)
		}
		if _, _, err := l.Backward(X, mat.NewDense(1, 4, nil), true); err == nil {
			t.Errorf("Backward(%s): no error", name)
		}
	}
	if _, _, err := l.Backward(mat.NewDense(2, 9, nil), mat.NewDense(1, 4, nil), true); err == nil {
		t.Error("Backward with 2 inputs and 1 δ: no error")
	}
	var nilConv *Conv
	if _, err := nilConv.Forward(mat.NewDense(1, 9, nil)); err == nil {
		t.Error("nil layer: no error")
	}
	if _, err := NewMaxPool(Shape{1, 3, 3}, 4, 1); err == nil {
		t.Error("pool window larger than the input: no error")
	}
}
