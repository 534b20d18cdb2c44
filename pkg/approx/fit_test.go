package approx

import (
	"math"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/neuron"
)

func sin2pi(x float64) float64 { return math.Sin(2 * math.Pi * x) }
func vee(x float64) float64    { return math.Abs(x - 0.5) }

var series = []int{1, 2, 4, 8, 16, 32}

// TestFitSeriesSin: the error of the fit of sin(2πx) does not grow with N
// (up to an absolute tolerance of 10⁻³: the N = 4 and N = 8 fits are both
// near 10⁻³ and need not be ordered), falls by more than a factor 100 from
// N = 1 to N = 32, and N = 32 is within 10⁻³ of sin(2πx) on the grid
// (measured: about 4·10⁻⁴).
func TestFitSeriesSin(t *testing.T) {
	start := time.Now()
	fits, err := FitSeries(sin2pi, series, Options{Seed: 1, Steps: 300})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("FitSeries N = %v with 300 steps: %v", series, time.Since(start))
	for k, fit := range fits {
		t.Logf("N = %2d: max |F − f| = %.2e, RMS = %.2e, %d steps", fit.N, fit.MaxErr, fit.RMS, fit.Steps)
		if fit.N != series[k] || fit.F.Units() != series[k] {
			t.Errorf("fit %d has N = %d and %d units, want %d", k, fit.N, fit.F.Units(), series[k])
		}
		if k > 0 && fit.MaxErr > fits[k-1].MaxErr+1e-3 {
			t.Errorf("N = %d: error %.3g grew from %.3g with N = %d", fit.N, fit.MaxErr, fits[k-1].MaxErr, fits[k-1].N)
		}
		if fit.RMS > fit.MaxErr {
			t.Errorf("N = %d: RMS %.3g > max %.3g", fit.N, fit.RMS, fit.MaxErr)
		}
	}
	first, last := fits[0], fits[len(fits)-1]
	if last.MaxErr >= 1e-3 {
		t.Errorf("N = 32: max |F − f| = %.3g, want < 1e-3", last.MaxErr)
	}
	if last.MaxErr > first.MaxErr/100 {
		t.Errorf("N = 32 error %.3g is not 100 times smaller than N = 1's %.3g", last.MaxErr, first.MaxErr)
	}
	// The reported error is the one of the returned F.
	m, err := Measure1D(last.F, sin2pi)
	if err != nil || m.MaxErr != last.MaxErr || m.RMS != last.RMS {
		t.Errorf("Measure1D = %+v, %v; the fit says %.3g, %.3g", m, err, last.MaxErr, last.RMS)
	}
	if y, _ := last.F.Eval1(m.At[0]); math.Abs(y-sin2pi(m.At[0])) != m.MaxErr {
		t.Errorf("the error at At = %v is not MaxErr", m.At)
	}
}

// TestFitLeastSquaresOnly: without gradient steps the fit is the least-
// squares one, and the error still falls with N for |x − ½| (a kink).
func TestFitLeastSquaresOnly(t *testing.T) {
	fits, err := FitSeries(vee, series, Options{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for k, fit := range fits {
		if fit.Steps != 0 {
			t.Errorf("N = %d took %d steps with Steps = 0", fit.N, fit.Steps)
		}
		if k > 0 && fit.MaxErr > fits[k-1].MaxErr+1e-3 {
			t.Errorf("N = %d: error %.3g grew from %.3g", fit.N, fit.MaxErr, fits[k-1].MaxErr)
		}
	}
	if e := fits[len(fits)-1].MaxErr; e > 0.01 {
		t.Errorf("N = 32 on |x − ½|: max error %.3g, want < 0.01", e)
	}
}

// TestStepsNeverHurt: the bold driver only keeps steps that lower the
// training cost, so with steps the training MSE is at most the one of the
// least-squares start.
func TestStepsNeverHurt(t *testing.T) {
	for _, n := range []int{1, 2, 5} {
		ls, err := Fit1D(sin2pi, n, Options{Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		gd, err := Fit1D(sin2pi, n, Options{Seed: 7, Steps: 50, Eta: 10})
		if err != nil {
			t.Fatal(err)
		}
		if gd.TrainMSE > ls.TrainMSE {
			t.Errorf("N = %d: %d steps raised the cost from %.4g to %.4g", n, gd.Steps, ls.TrainMSE, gd.TrainMSE)
		}
		if gd.Steps == 0 {
			t.Errorf("N = %d: no step kept", n)
		}
	}
}

// TestGradientFiniteDifferences checks the hand-written ∂C/∂θ against
// central differences (C(θ + h) − C(θ − h)) / 2h, for sigmoid and tanh
// units in 1-D and 2-D.
func TestGradientFiniteDifferences(t *testing.T) {
	r := mlpRand(11)
	for _, m := range []int{1, 2} {
		for _, phi := range []neuron.Activation{neuron.Sigmoid, neuron.Tanh, neuron.Gaussian} {
			n := 4
			W := mat.NewDense(n, m, nil)
			b, v := make([]float64, n), make([]float64, n)
			for i := 0; i < n; i++ {
				for j := 0; j < m; j++ {
					W.Set(i, j, 4*r.NormFloat64())
				}
				b[i], v[i] = r.NormFloat64(), r.NormFloat64()
			}
			F, _ := New(W, b, v, 0.3, phi)
			var xs [][]float64
			var ys []float64
			for p := 0; p < 15; p++ {
				x := make([]float64, m)
				for j := range x {
					x[j] = r.Float64()
				}
				xs, ys = append(xs, x), append(ys, math.Sin(3*x[0]))
			}
			g := F.copy()
			if err := gradient(F, xs, ys, g); err != nil {
				t.Fatal(err)
			}
			const h = 1e-6
			check := func(name string, p *float64, got float64) {
				old := *p
				*p = old + h
				up := mse(F, xs, ys)
				*p = old - h
				down := mse(F, xs, ys)
				*p = old
				num := (up - down) / (2 * h)
				if math.Abs(num-got) > 1e-6*(1+math.Abs(num)) {
					t.Errorf("m = %d, %s: ∂C/∂%s = %.9g, finite differences %.9g", m, phi.Name, name, got, num)
				}
			}
			raw := F.W.RawMatrix()
			for i := 0; i < n; i++ {
				for j := 0; j < m; j++ {
					check("w", &raw.Data[i*raw.Stride+j], g.W.At(i, j))
				}
				check("b", &F.B[i], g.B[i])
				check("v", &F.V[i], g.V[i])
			}
			check("c", &F.C, g.C)
		}
	}
}

// TestFitDeterministic: the same seed gives the same numbers, another seed
// other numbers.
func TestFitDeterministic(t *testing.T) {
	opt := Options{Seed: 42, Steps: 40}
	a, err := Fit1D(sin2pi, 6, opt)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Fit1D(sin2pi, 6, opt)
	if !mat.Equal(a.F.W, b.F.W) || a.F.C != b.F.C || a.MaxErr != b.MaxErr || a.TrainMSE != b.TrainMSE {
		t.Errorf("same seed, different fits: %v vs %v", a.MaxErr, b.MaxErr)
	}
	for i := range a.F.V {
		if a.F.V[i] != b.F.V[i] || a.F.B[i] != b.F.B[i] {
			t.Errorf("unit %d differs", i)
		}
	}
	c, _ := Fit1D(sin2pi, 6, Options{Seed: 43, Steps: 40})
	if mat.Equal(a.F.W, c.F.W) {
		t.Error("seeds 42 and 43 placed the units alike")
	}
	d1, _ := Fit2D(bowl, 8, Options{Seed: 5, Steps: 5})
	d2, _ := Fit2D(bowl, 8, Options{Seed: 5, Steps: 5})
	if !mat.Equal(d1.F.W, d2.F.W) || d1.MaxErr != d2.MaxErr {
		t.Error("2-D: same seed, different fits")
	}
}

func bowl(x1, x2 float64) float64 {
	return math.Exp(-((x1-0.5)*(x1-0.5) + (x2-0.5)*(x2-0.5)) / 0.1)
}

// TestFit2D: a Gaussian bump on the unit square; more units, a smaller
// error (measured on the 101×101 grid: about 0.72 with N = 1, 0.03 with
// N = 32, 0.004 with N = 64, least squares only).
func TestFit2D(t *testing.T) {
	fits, err := FitSeries2D(bowl, []int{1, 8, 32, 64}, Options{Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for k, fit := range fits {
		t.Logf("2-D N = %2d: max |F − f| = %.2e, RMS = %.2e", fit.N, fit.MaxErr, fit.RMS)
		if fit.F.Inputs() != 2 || len(fit.At) != 2 {
			t.Errorf("N = %d: F has %d inputs, At = %v", fit.N, fit.F.Inputs(), fit.At)
		}
		if k > 0 && fit.MaxErr > fits[k-1].MaxErr {
			t.Errorf("N = %d: error %.3g grew from %.3g", fit.N, fit.MaxErr, fits[k-1].MaxErr)
		}
	}
	if e := fits[len(fits)-1].MaxErr; e > 0.02 {
		t.Errorf("N = 64: max error %.3g, want < 0.02", e)
	}
}

func TestFitNoBias(t *testing.T) {
	fit, err := Fit1D(vee, 8, Options{Seed: 1, NoBias: true, Steps: 20})
	if err != nil {
		t.Fatal(err)
	}
	if fit.F.C != 0 {
		t.Errorf("NoBias fit has c = %v", fit.F.C)
	}
	// Measured: 0.017 (0.015 with c).
	if fit.MaxErr > 0.03 {
		t.Errorf("NoBias fit of |x − ½| with 8 units: error %.3g", fit.MaxErr)
	}
}

func TestFitErrors(t *testing.T) {
	nan := func(x float64) float64 {
		if x > 0.5 {
			return math.NaN()
		}
		return x
	}
	inf2 := func(x1, x2 float64) float64 { return 1 / (x1 - 0.5) }
	for _, c := range []struct {
		name string
		run  func() error
		want string
	}{
		{"N = 0", func() error { _, err := Fit1D(sin2pi, 0, Options{}); return err }, "N = 0"},
		{"N < 0 in 2-D", func() error { _, err := Fit2D(bowl, -3, Options{}); return err }, "N = -3"},
		{"nil f", func() error { _, err := Fit1D(nil, 4, Options{}); return err }, "nil"},
		{"nil f 2-D", func() error { _, err := Fit2D(nil, 4, Options{}); return err }, "nil"},
		{"NaN target", func() error { _, err := Fit1D(nan, 4, Options{}); return err }, "= NaN"},
		{"Inf target 2-D", func() error { _, err := Fit2D(inf2, 4, Options{}); return err }, "f(0.5, 0) = +Inf"},
		{"empty series", func() error { _, err := FitSeries(sin2pi, nil, Options{}); return err }, "ns is empty"},
		{"series with 0", func() error { _, err := FitSeries(sin2pi, []int{1, 0}, Options{}); return err }, "N = 0"},
		{"empty 2-D series", func() error { _, err := FitSeries2D(bowl, nil, Options{}); return err }, "ns is empty"},
		{"negative λ", func() error { _, err := Fit1D(sin2pi, 4, Options{Lambda: -1}); return err }, "Lambda"},
		{"NaN slope", func() error { _, err := Fit1D(sin2pi, 4, Options{Slope: math.NaN()}); return err }, "Slope"},
		{"negative η", func() error { _, err := Fit1D(sin2pi, 4, Options{Eta: -0.1}); return err }, "Eta"},
		{"negative steps", func() error { _, err := Fit1D(sin2pi, 4, Options{Steps: -1}); return err }, "Steps"},
		{"1 point", func() error { _, err := Fit1D(sin2pi, 4, Options{Points: 1}); return err }, "at least 2 points"},
		{"half a φ", func() error {
			_, err := Fit1D(sin2pi, 4, Options{Phi: neuron.Activation{Name: "mine", G: math.Sin}})
			return err
		}, "Deriv"},
		{"measure 2-D F with 1-D f", func() error {
			F, _ := New(mat.NewDense(1, 2, []float64{1, 1}), []float64{0}, []float64{1}, 0, neuron.Sigmoid)
			_, err := Measure1D(F, sin2pi)
			return err
		}, "F takes 2"},
		{"measure 1-D F with 2-D f", func() error {
			F, _ := Step(0.5, 4)
			_, err := Measure2D(F, bowl)
			return err
		}, "F takes 1"},
	} {
		err := c.run()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

// TestFitOtherActivations: the fit works with any φ of pkg/neuron, and with
// φ = identity F is a straight line, whatever N (no approximation power:
// the theorem needs a non-linear φ).
func TestFitOtherActivations(t *testing.T) {
	for _, phi := range []neuron.Activation{neuron.Tanh, neuron.Gaussian, neuron.ReLU} {
		fit, err := Fit1D(sin2pi, 16, Options{Seed: 1, Phi: phi})
		if err != nil {
			t.Fatal(err)
		}
		if fit.MaxErr > 0.05 {
			t.Errorf("%s, 16 units: error %.3g", phi.Name, fit.MaxErr)
		}
	}
	lin, err := Fit1D(sin2pi, 16, Options{Seed: 1, Phi: neuron.Identity})
	if err != nil {
		t.Fatal(err)
	}
	// The best line for sin(2πx) on [0, 1] misses it by about 1 somewhere.
	if lin.MaxErr < 0.5 {
		t.Errorf("identity units fitted sin(2πx) to %.3g", lin.MaxErr)
	}
}

func BenchmarkFitSeries(b *testing.B) {
	for b.Loop() {
		if _, err := FitSeries(sin2pi, series, Options{Seed: 1, Steps: 300}); err != nil {
			b.Fatal(err)
		}
	}
}
