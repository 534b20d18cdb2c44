package check

import (
	"math"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// mustPass fails the test when the report is not a pass.
func mustPass(t *testing.T, r *Report) {
	t.Helper()
	if !r.Passed() {
		t.Errorf("the reference fails %s:\n%s", r.Exercise, r.Text())
	}
}

// mustFailWith fails the test unless the report fails and its text names
// the mistake (hint is a piece of the expected hint).
func mustFailWith(t *testing.T, name string, r *Report, hint string) {
	t.Helper()
	if r.Passed() {
		t.Errorf("%s: the wrong implementation %q passes", r.Exercise, name)
		return
	}
	if !strings.Contains(r.Text(), hint) {
		t.Errorf("%s: the report for %q does not say %q:\n%s", r.Exercise, name, hint, r.Text())
	}
	if !strings.Contains(r.HTML(), htmlEscape(hint)) {
		t.Errorf("%s: the HTML report for %q does not say %q", r.Exercise, name, hint)
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

func TestActivationGradersPassTheReference(t *testing.T) {
	mustPass(t, Sigmoid(neuron.Sigmoid.G))
	mustPass(t, SigmoidDeriv(neuron.Sigmoid.Deriv))
	mustPass(t, Tanh(neuron.Tanh.G))
	mustPass(t, TanhDeriv(neuron.Tanh.Deriv))
	mustPass(t, Gaussian(neuron.Gaussian.G))
	mustPass(t, GaussianDeriv(neuron.Gaussian.Deriv))
	mustPass(t, ReLU(neuron.ReLU.G))
	mustPass(t, ReLUDeriv(neuron.ReLU.Deriv))
	// Another correct way to write them passes too.
	mustPass(t, Tanh(func(a float64) float64 { return 2*neuron.Sigmoid.G(2*a) - 1 }))
	mustPass(t, ReLU(func(a float64) float64 { return math.Max(0, a) }))
}

func TestActivationGradersNameTheMistake(t *testing.T) {
	sig := neuron.Sigmoid.G
	mustFailWith(t, "1/(1+eᵃ)", Sigmoid(func(a float64) float64 { return 1 / (1 + math.Exp(a)) }), "the sign of the exponent")
	mustFailWith(t, "a(1−a)", SigmoidDeriv(func(a float64) float64 { return a * (1 - a) }), "apply g first")
	mustFailWith(t, "g instead of g′", SigmoidDeriv(sig), "not its derivative")
	mustFailWith(t, "naive tanh", Tanh(func(a float64) float64 {
		return (math.Exp(a) - math.Exp(-a)) / (math.Exp(a) + math.Exp(-a))
	}), "overflows")
	mustFailWith(t, "1 − a²", TanhDeriv(func(a float64) float64 { return 1 - a*a }), "not 1 − a²")
	mustFailWith(t, "e^(−a)", Gaussian(func(a float64) float64 { return math.Exp(-a) }), "the exponent is −a², not −a")
	mustFailWith(t, "missing 2", GaussianDeriv(func(a float64) float64 { return -a * math.Exp(-a*a) }), "the factor 2 is missing")
	mustFailWith(t, "|a|", ReLU(math.Abs), "for a ≤ 0, g(a) = 0")
	mustFailWith(t, "a ≥ 0", ReLUDeriv(func(a float64) float64 {
		if a >= 0 {
			return 1
		}
		return 0
	}), "g′(0) = 0")
}

func neuronRef(w []float64, w0 float64, x []float64, g func(float64) float64) float64 {
	o, err := neuron.Neuron{W: w, W0: w0, G: plainActivation("g", g)}.Output(x)
	if err != nil {
		panic(err)
	}
	return o
}

func TestNeuronOutput(t *testing.T) {
	mustPass(t, NeuronOutput(neuronRef))
	mustFailWith(t, "no bias", NeuronOutput(func(w []float64, w0 float64, x []float64, g func(float64) float64) float64 {
		return neuronRef(w, 0, x, g)
	}), "the bias w₀ is missing")
	mustFailWith(t, "no g", NeuronOutput(func(w []float64, w0 float64, x []float64, g func(float64) float64) float64 {
		return neuronRef(w, w0, x, func(a float64) float64 { return a })
	}), "g is not applied")
	mustFailWith(t, "bias after g", NeuronOutput(func(w []float64, w0 float64, x []float64, g func(float64) float64) float64 {
		return neuronRef(w, 0, x, g) + w0
	}), "w₀ is added after g")
}

// layerRef is pkg/mlp's forward pass for one layer.
func layerRef(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64 {
	return forwardRef([]*mat.Dense{W}, [][]float64{b}, g, h)
}

func forwardRef(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
	gs := make([]neuron.Activation, len(Ws))
	for l := range gs {
		gs[l] = plainActivation("g", g)
	}
	net, err := mlp.NewFromWeights(Ws, bs, gs)
	if err != nil {
		panic(err)
	}
	tr, err := net.Forward(x)
	if err != nil {
		panic(err)
	}
	return tr.Output()
}

// layerMatVec computes g(M h + b) with gonum, M possibly transposed: the way
// a student writes it with mat.VecDense.
func layerMatVec(M mat.Matrix, b []float64, g func(float64) float64, h []float64) []float64 {
	r, _ := M.Dims()
	var a mat.VecDense
	a.MulVec(M, mat.NewVecDense(len(h), h))
	out := make([]float64, r)
	for i := range out {
		out[i] = g(a.AtVec(i) + b[i])
	}
	return out
}

func TestLayer(t *testing.T) {
	mustPass(t, Layer(layerRef))
	mustPass(t, Layer(func(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64 {
		return layerMatVec(W, b, g, h)
	}))
	transposed := Layer(func(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64 {
		return layerMatVec(W.T(), b, g, h)
	})
	mustFailWith(t, "Wᵀ h", transposed, "Wᵀ is used where W is needed")
	mustFailWith(t, "Wᵀ h (non-square: a gonum panic)", transposed, "is W used where Wᵀ is needed")
	mustFailWith(t, "no bias", Layer(func(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64 {
		return layerRef(W, make([]float64, len(b)), g, h)
	}), "the bias is missing")
	mustFailWith(t, "no g", Layer(func(W *mat.Dense, b []float64, g func(float64) float64, h []float64) []float64 {
		return layerRef(W, b, func(a float64) float64 { return a }, h)
	}), "g is not applied")
}

func TestForward(t *testing.T) {
	mustPass(t, Forward(forwardRef))
	mustFailWith(t, "transposed W", Forward(func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
		h := x
		for l := range Ws {
			h = layerMatVec(Ws[l].T(), bs[l], g, h)
		}
		return h
	}), "Wᵀ is used where W is needed")
	mustFailWith(t, "no g on the output", Forward(func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
		L := len(Ws)
		h := x
		if L > 1 {
			h = forwardRef(Ws[:L-1], bs[:L-1], g, x)
		}
		return layerRef(Ws[L-1], bs[L-1], func(a float64) float64 { return a }, h)
	}), "g is not applied on the last layer")
	mustFailWith(t, "no biases", Forward(func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
		zero := make([][]float64, len(bs))
		for l := range bs {
			zero[l] = make([]float64, len(bs[l]))
		}
		return forwardRef(Ws, zero, g, x)
	}), "the biases are missing")
	mustFailWith(t, "first layer only", Forward(func(Ws []*mat.Dense, bs [][]float64, g func(float64) float64, x []float64) []float64 {
		return layerRef(Ws[0], bs[0], g, x)
	}), "only the first layer")
}

func TestSoftmax(t *testing.T) {
	mustPass(t, Softmax(mlp.Softmax))
	naive := func(o []float64) []float64 {
		p := make([]float64, len(o))
		s := 0.0
		for j, v := range o {
			p[j] = math.Exp(v)
			s += p[j]
		}
		for j := range p {
			p[j] /= s
		}
		return p
	}
	mustFailWith(t, "unstable", Softmax(naive), "softmax overflows for o = 1000")
	mustFailWith(t, "unstable", Softmax(naive), "subtract max(o) first")
	mustFailWith(t, "exp(−o)", Softmax(func(o []float64) []float64 {
		m := make([]float64, len(o))
		for j, v := range o {
			m[j] = -v
		}
		return mlp.Softmax(m)
	}), "exp(−oⱼ) is a slip")
	mustFailWith(t, "not normalised", Softmax(func(o []float64) []float64 {
		p := make([]float64, len(o))
		for j, v := range o {
			p[j] = math.Exp(v - o[mlp.Argmax(o)])
		}
		return p
	}), "not normalised")
}

func ceRef(P, Y *mat.Dense) float64 {
	n, k := P.Dims()
	p, y := make([]float64, k), make([]float64, k)
	s := 0.0
	for i := 0; i < n; i++ {
		mat.Row(p, i, P)
		mat.Row(y, i, Y)
		c, _ := mlp.CrossEntropy(p, y)
		s += c
	}
	return s / float64(n)
}

func TestCrossEntropy(t *testing.T) {
	mustPass(t, CrossEntropy(ceRef))
	n := func(P *mat.Dense) float64 { r, _ := P.Dims(); return float64(r) }
	mustFailWith(t, "sum", CrossEntropy(func(P, Y *mat.Dense) float64 { return ceRef(P, Y) * n(P) }), "divide by N")
	mustFailWith(t, "no minus", CrossEntropy(func(P, Y *mat.Dense) float64 { return -ceRef(P, Y) }), "the minus sign is missing")
	mustFailWith(t, "0·log 0", CrossEntropy(func(P, Y *mat.Dense) float64 {
		r, c := P.Dims()
		s := 0.0
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				s -= Y.At(i, j) * math.Log(P.At(i, j))
			}
		}
		return s / float64(r)
	}), "0·log 0 is NaN")
}

func TestMSE(t *testing.T) {
	mustPass(t, MSE(func(O, Y *mat.Dense) float64 { c, _ := mlp.MSE(O, Y); return c }))
	mustFailWith(t, "sum", MSE(func(O, Y *mat.Dense) float64 {
		c, _ := mlp.MSE(O, Y)
		r, _ := O.Dims()
		return c * float64(r)
	}), "divide by N")
	mustFailWith(t, "mean over all entries", MSE(func(O, Y *mat.Dense) float64 {
		c, _ := mlp.MSE(O, Y)
		_, k := O.Dims()
		return c / float64(k)
	}), "not by N×O")
}

// A student's panic, NaN, wrong shape or endless loop is a failed case with
// its message, never a crash of the grader.
func TestBadStudentFunctions(t *testing.T) {
	r := Sigmoid(func(a float64) float64 { panic("boom") })
	if r.Passed() || !strings.Contains(r.Text(), "panic: boom") || !strings.Contains(r.Text(), "check_test.go:") {
		t.Errorf("a panic must be reported with its message and line:\n%s", r.Text())
	}
	r = Sigmoid(func(a float64) float64 { return math.NaN() })
	if r.Passed() || !strings.Contains(r.Text(), "got NaN") {
		t.Errorf("a NaN must be reported:\n%s", r.Text())
	}
	r = Softmax(func(o []float64) []float64 { return o[:1] })
	if r.Passed() || !strings.Contains(r.Text(), "values, want") {
		t.Errorf("a wrong length must be reported:\n%s", r.Text())
	}
	r = Softmax(func(o []float64) []float64 { return nil })
	if r.Passed() || !strings.Contains(r.Text(), "got nil") {
		t.Errorf("nil must be reported:\n%s", r.Text())
	}
	r = MSE(func(O, Y *mat.Dense) float64 { return O.At(5, 5) })
	if r.Passed() || !strings.Contains(r.Text(), "panic: mat: row index out of range") {
		t.Errorf("a gonum panic must be reported:\n%s", r.Text())
	}
	r = Sigmoid(nil)
	if r.Passed() || !strings.Contains(r.Text(), "nil function") {
		t.Errorf("a nil function must be reported:\n%s", r.Text())
	}

	// An endless loop: a timeout for the first case (after CaseCPU of CPU
	// time), the others not run.
	old := CaseCPU
	CaseCPU = 50 * time.Millisecond
	defer func() { CaseCPU = old }()
	var stop atomic.Bool
	defer stop.Store(true) // let the looping goroutine end with the test
	r = Sigmoid(func(a float64) float64 {
		for !stop.Load() {
		}
		return 0
	})
	text := r.Text()
	if r.Passed() || !strings.Contains(text, "timeout") || !strings.Contains(text, "did not return for an earlier case") {
		t.Errorf("an endless loop must be reported as a timeout:\n%s", text)
	}
	if pass, total := r.Count(); pass != 0 || total != len(activationInputs(-40, 40)) {
		t.Errorf("after a timeout every case is a failure: %d/%d", pass, total)
	}
}

func TestNotImplemented(t *testing.T) {
	r := Softmax(func(o []float64) []float64 { panic(TODO) })
	if r.Passed() || !r.NotImplemented {
		t.Fatalf("a stub must be reported as not implemented:\n%s", r.Text())
	}
	want := "not implemented yet: write Softmax, as its stub in lessons/03-regression-classification/exercises/exercises.go describes"
	for _, s := range []string{r.Summary(), r.Text(), r.HTML()} {
		if !strings.Contains(s, want) {
			t.Errorf("%q missing in:\n%s", want, s)
		}
		if r.Task == "" || strings.Contains(s, r.Task) {
			t.Errorf("an exercise not started must not be shown the grader's task (%q):\n%s", r.Task, s)
		}
		if strings.Contains(s, "goroutine") || strings.Contains(s, ".go:") {
			t.Errorf("a stub's report must not hold a stack trace:\n%s", s)
		}
	}
}

func TestReportFormats(t *testing.T) {
	r := Softmax(mlp.Softmax)
	if !strings.HasPrefix(r.Summary(), "✓ 03 Softmax") {
		t.Errorf("summary = %q", r.Summary())
	}
	h := r.HTML()
	for _, s := range []string{"✓ pass", "<table", "Softmax", "where exp(1000) is +Inf"} {
		if !strings.Contains(h, s) {
			t.Errorf("HTML misses %q", s)
		}
	}
	if strings.Contains(h, "<script") || strings.Contains(h, "href=") {
		t.Error("the HTML report must be self-contained: no script, no link")
	}
	bad := Softmax(func(o []float64) []float64 { return o })
	if !strings.Contains(bad.HTML(), "✗ FAIL") || !strings.Contains(bad.Text(), "✗") {
		t.Error("a failing report must show ✗")
	}
	rs := Reports{r, bad}
	if !strings.HasSuffix(rs.Summary(), "1/2 exercises pass\n") {
		t.Errorf("Reports.Summary = %q", rs.Summary())
	}
}
