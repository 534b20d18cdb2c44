package approx_test

import (
	"fmt"
	"math"

	"github.com/stepnet/stepnet/pkg/approx"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// F(x) = 2σ(3x − 1) + 0.5: one sigmoid unit and an output bias.
func ExampleNew1D() {
	F, _ := approx.New1D([]float64{3}, []float64{-1}, []float64{2}, 0.5, neuron.Sigmoid)
	for _, x := range []float64{0, 1} {
		y, _ := F.Eval1(x)
		fmt.Printf("F(%g) = %.4f\n", x, y)
	}
	fmt.Println("units:", F.Units())
	// Output:
	// F(0) = 1.0379
	// F(1) = 2.2616
	// units: 1
}

// F is a network with one hidden layer and a linear output.
func ExampleNet_Network() {
	F, _ := approx.New1D([]float64{3, -2}, []float64{-1, 1}, []float64{2, 1}, 0.5, neuron.Sigmoid)
	net, _ := F.Network()
	tr, _ := net.Forward([]float64{0.25})
	y, _ := F.Eval1(0.25)
	fmt.Printf("%v: o = %.6f, F = %.6f\n", net, tr.Output()[0], y)
	// By hand: 2σ(−0.25) + σ(0.5) + 0.5 = 2·0.437823 + 0.622459 + 0.5 = 1.998106.
	// Output: 1-2-1 sigmoid,identity: o = 1.998106, F = 1.998106
}

// More units, a closer fit of sin(2πx) on [0, 1].
func ExampleFitSeries() {
	f := func(x float64) float64 { return math.Sin(2 * math.Pi * x) }
	fits, err := approx.FitSeries(f, []int{1, 2, 4, 8, 16, 32}, approx.Options{Seed: 1, Steps: 300})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, fit := range fits {
		fmt.Printf("N = %2d: max |F − f| = %.0e\n", fit.N, fit.MaxErr)
	}
	// Output:
	// N =  1: max |F − f| = 7e-01
	// N =  2: max |F − f| = 5e-02
	// N =  4: max |F − f| = 1e-03
	// N =  8: max |F − f| = 2e-03
	// N = 16: max |F − f| = 8e-04
	// N = 32: max |F − f| = 4e-04
}

// A Gaussian hill on the unit square, with 64 ridge units.
func ExampleFit2D() {
	f := func(x1, x2 float64) float64 {
		return math.Exp(-((x1-0.5)*(x1-0.5) + (x2-0.5)*(x2-0.5)) / 0.1)
	}
	fit, _ := approx.Fit2D(f, 64, approx.Options{Seed: 1})
	fmt.Printf("N = %d: max |F − f| = %.0e on the 101×101 grid\n", fit.N, fit.MaxErr)
	// Output: N = 64: max |F − f| = 3e-03 on the 101×101 grid
}

// Two steep sigmoids subtracted make a bump of height 1 on [a, b].
func ExampleBump() {
	bump, _ := approx.Bump(0.25, 0.75, 40)
	for _, x := range []float64{0.1, 0.5, 0.9} {
		y, _ := bump.Eval1(x)
		fmt.Printf("bump(%.1f) = %.3f\n", x, y)
	}
	// Output:
	// bump(0.1) = 0.002
	// bump(0.5) = 1.000
	// bump(0.9) = 0.002
}

// Bumps as high as f at their centres approximate f within any ε; a
// smaller ε takes more units.
func ExampleConstructive() {
	f := func(x float64) float64 { return math.Abs(x - 0.5) }
	for _, eps := range []float64{0.1, 0.05, 0.01} {
		c, err := approx.Constructive(f, eps, 1000)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("ε = %.2f: %d bumps, %d units, max |F − f| = %.4f\n", eps, c.M, c.Units, c.MaxErr)
	}
	_, err := approx.Constructive(f, 0.0001, 1000)
	fmt.Println(err)
	// Output:
	// ε = 0.10: 6 bumps, 12 units, max |F − f| = 0.0834
	// ε = 0.05: 11 bumps, 22 units, max |F − f| = 0.0455
	// ε = 0.01: 51 bumps, 102 units, max |F − f| = 0.0098
	// approx: ε = 0.0001 not reached within 1000 units: M = 500 bumps (1000 units) give max |F − f| = 0.00102 on the grid
}
