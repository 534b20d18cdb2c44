package microkernel

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestExp: Exp gives math.Exp's bits (ExpGo), on every length up to 41, in
// place and not, on the values of a softmax (x ≤ 0 near 0), over the whole
// range, and on every edge of math.Exp's paths: NaN, ±Inf, ±0, the overflow
// threshold and the results that are subnormal or 0.
func TestExp(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	special := []float64{0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1),
		7.09782712893384e+02, math.Nextafter(7.09782712893384e+02, 1000), math.Nextafter(7.09782712893384e+02, 0),
		-708.39641853226408, -708.4, -709.1, -744.44, -745.1332191019412, -745.14, -1e300, 1e300,
		math.MaxFloat64, -math.MaxFloat64, 5e-324, -5e-324, 1e-300, 708.4, 709.7, 1, -1, 0.5}
	pick := func(kind int) float64 {
		switch kind {
		case 0:
			return special[rng.IntN(len(special))]
		case 1:
			return -rng.ExpFloat64() * 3 // a softmax's oⱼ − max o
		case 2:
			return (rng.Float64() - 0.5) * 1500
		}
		return rng.NormFloat64()
	}
	lanesAgree(t, "Exp", Exp, math.Exp, 400, pick)
	// Every value in a fine sweep of the ordinary range, and across the edges.
	var x []float64
	for v := -746.0; v <= 710; v += 0.0137 {
		x = append(x, v)
	}
	got := make([]float64, len(x))
	Exp(got, x)
	sameBits(t, "Exp", "sweep", math.Exp, x, got)
}

// TestExpShort: Exp panics on a dst shorter than x, as ExpGo does, instead
// of writing past its end.
func TestExpShort(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("Exp with a short dst did not panic")
		}
	}()
	Exp(make([]float64, 3), make([]float64, 9))
}

func BenchmarkExp(b *testing.B) {
	x := make([]float64, 10) // one MNIST example's outputs
	for k := range x {
		x[k] = -float64(k) * 0.7
	}
	dst := make([]float64, len(x))
	b.Run("Exp", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			Exp(dst, x)
		}
	})
	b.Run("ExpGo", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			ExpGo(dst, x)
		}
	})
}

// TestLog: Log gives math.Log's bits (LogGo), on every length up to 41, in
// place and not, on the sums of a softmax (1 ≤ s ≤ 10), over the whole
// range of exponents, at the cut f₁ = √2/2 of its reduction and around it,
// and on every value it leaves to math.Log: ±0, negatives, subnormals, +Inf,
// −Inf and NaN.
func TestLog(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	h := 7.07106781186547524401e-01
	special := []float64{0, math.Copysign(0, -1), -1, -1e-300, math.NaN(), math.Inf(1), math.Inf(-1), 5e-324, 2.2250738585072009e-308,
		2.2250738585072014e-308, math.MaxFloat64, 1, math.Nextafter(1, 2), math.Nextafter(1, 0), h, math.Nextafter(h, 1), math.Nextafter(h, 0), 2 * h, h / 1024, 0.5, 2}
	pick := func(kind int) float64 {
		switch kind {
		case 0:
			return special[rng.IntN(len(special))]
		case 1:
			return 1 + 9*rng.Float64() // a softmax's Σ exp(oⱼ − max o)
		case 2:
			return math.Ldexp(0.5+rng.Float64()/2, rng.IntN(2046)-1021)
		}
		return math.Ldexp(h, rng.IntN(200)-100) * (1 + float64(rng.IntN(5)-2)*0x1p-52)
	}
	lanesAgree(t, "Log", Log, math.Log, 800, pick)
}

// lanesAgree checks that f(dst, x) sets dst[k] = ref(x[k]) to the bit, into
// dst and in place, on trials arrays of every length up to 41 drawn by
// pick: kind 0 draws special values, the other kinds (1…3, in turn)
// ordinary ones with a special value now and then.
func lanesAgree(t *testing.T, name string, f func(dst, x []float64), ref func(float64) float64, trials int, pick func(kind int) float64) {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(trials), 1))
	for trial := 0; trial < trials; trial++ {
		n := trial % 42
		kind := trial / 42 % 4
		x := make([]float64, n)
		for k := range x {
			x[k] = pick(kind)
			if kind != 0 && rng.IntN(20) == 0 {
				x[k] = pick(0) // a special value among ordinary ones
			}
		}
		got := make([]float64, n)
		f(got, x)
		sameBits(t, name, "into dst", ref, x, got)
		in := append([]float64(nil), x...)
		f(in, in)
		sameBits(t, name, "in place", ref, x, in)
	}
}

// sameBits fails the test at the first got[k] whose bits are not ref(x[k])'s.
func sameBits(t *testing.T, name, what string, ref func(float64) float64, x, got []float64) {
	t.Helper()
	for k, v := range x {
		if want := ref(v); math.Float64bits(got[k]) != math.Float64bits(want) {
			t.Fatalf("%s, n = %d: %s(%v) [k = %d] = %v (%#x), math.%s gives %v (%#x)", what, len(x), name, v, k, got[k], math.Float64bits(got[k]), name, want, math.Float64bits(want))
		}
	}
}
