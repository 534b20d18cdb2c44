package gd_test

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func ExampleStep() {
	// One neuron o = w₁x₁ + w₂x₂ + b with W = [1 −1], b = 0.5.
	net, _ := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(1, 2, []float64{1, -1})}, [][]float64{{0.5}}, []neuron.Activation{neuron.Identity})
	// ∂F/∂W¹ = [2 −4], ∂F/∂b¹ = 1 (index 0 unused: layers are numbered from 1).
	gradW := []*mat.Dense{nil, mat.NewDense(1, 2, []float64{2, -4})}
	gradB := []*mat.VecDense{nil, mat.NewVecDense(1, []float64{1})}
	// W ← W − η(∂F/∂W + 2λW) = [1 −1] − 0.1·([2 −4] + [1 −1]) = [0.7 −0.5]
	// b ← b − η ∂F/∂b = 0.5 − 0.1 = 0.4 (biases are not penalised)
	if err := gd.Step(net, gradW, gradB, 0.1, 0.5); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("W = %.2f, b = %.2f\n", net.Layers[0].W.RawRowView(0), net.Layers[0].B.AtVec(0))
	// Output: W = [0.70 -0.50], b = 0.40
}

func ExampleRegime() {
	etaOpt := 1.0
	for _, eta := range []float64{0.5, 1, 1.5, 2.5} {
		fmt.Printf("η = %.1f: %v\n", eta, gd.Regime(eta, etaOpt))
	}
	// Output:
	// η = 0.5: η < η_opt: slow, monotone convergence
	// η = 1.0: η = η_opt: the minimum in one step
	// η = 1.5: η_opt < η ≤ 2η_opt: oscillates, converges below 2η_opt
	// η = 2.5: η > 2η_opt: diverges
}

func ExampleQuadratic_Run() {
	// C(w) = (h/2)(w − w*)² with h = 2, w* = 1: η_opt = 1/h = 0.5.
	q, _ := gd.Quadratic1D(2, 1)
	for _, eta := range []float64{0.25, 0.5, 0.75, 1.5} {
		tr, _ := q.Run([]float64{3}, eta, 4)
		fmt.Printf("η = %.2f: w = %v\n", eta, tr.Coord(0))
	}
	// Output:
	// η = 0.25: w = [3 2 1.5 1.25 1.125]
	// η = 0.50: w = [3 1 1 1 1]
	// η = 0.75: w = [3 0 1.5 0.75 1.125]
	// η = 1.50: w = [3 -3 9 -15 33]
}

func ExampleNewQuadratic() {
	// H = diag(1, 4): the steep direction (curvature 4) sets η_opt = 1/4.
	q, _ := gd.NewQuadratic(mat.NewSymDense(2, []float64{1, 0, 0, 4}), []float64{0, 0}, 0)
	vals, _ := q.Eigen()
	fmt.Println("eigenvalues", vals, "η_opt =", q.EtaOpt(), "η_max =", q.EtaMax())
	// Output: eigenvalues [1 4] η_opt = 0.25 η_max = 0.5
}

func ExampleLeCunExample() {
	p, _ := gd.LeCunExample(1)
	vals, _ := p.Q.Eigen()
	fmt.Printf("eigenvalues of H: %.3f, %.3f; η_opt = %.2f, η_max = %.2f\n", vals[0], vals[1], p.Q.EtaOpt(), p.Q.EtaMax())
	for _, eta := range []float64{1.5, 2.5} {
		tr, _ := p.Run(gd.LeCunStart, eta, 20)
		fmt.Printf("η = %.1f (%v): C(w₀) = %.3f, C(w₂₀) = %.3f\n", eta, tr.Regime, tr.Cost[0], tr.Cost[20])
	}
	// Output:
	// eigenvalues of H: 0.042, 0.842; η_opt = 1.19, η_max = 2.38
	// η = 1.5 (η_opt < η ≤ 2η_opt: oscillates, converges below 2η_opt): C(w₀) = 1.357, C(w₂₀) = 0.052
	// η = 2.5 (η > 2η_opt: diverges): C(w₀) = 1.357, C(w₂₀) = 67.354
}

func ExamplePartition() {
	batches, _ := gd.Partition(10, 3, mlp.NewRand(1))
	for _, b := range batches {
		fmt.Print(len(b), " ")
	}
	fmt.Println()
	// Output: 3 3 3 1
}

func ExampleTrain() {
	// Fit o = w x + b to y = 2x + 1 by batch gradient descent. The gradient
	// of the mean squared error F = (1/n) Σ (o − y)² is written by hand here;
	// without Config.Gradient, Train uses backpropagation (ExampleTrain_methods).
	grad := func(net *mlp.Network, X, Y *mat.Dense, loss mlp.Loss) ([]*mat.Dense, []*mat.VecDense, float64, error) {
		w, b := net.Layers[0].W.At(0, 0), net.Layers[0].B.AtVec(0)
		n, _ := X.Dims()
		var F, dw, db float64
		for i := 0; i < n; i++ {
			x, y := X.At(i, 0), Y.At(i, 0)
			e := w*x + b - y
			F += e * e / float64(n)
			dw += 2 * e * x / float64(n) // ∂F/∂w
			db += 2 * e / float64(n)     // ∂F/∂b
		}
		return []*mat.Dense{nil, mat.NewDense(1, 1, []float64{dw})}, []*mat.VecDense{nil, mat.NewVecDense(1, []float64{db})}, F, nil
	}
	X := mat.NewDense(4, 1, []float64{0, 1, 2, 3})
	Y := mat.NewDense(4, 1, []float64{1, 3, 5, 7})
	net, _ := mlp.New([]int{1, 1}, neuron.Identity, neuron.Identity)
	h, err := gd.Train(net, X, Y, gd.Config{Method: gd.Batch, Eta: 0.1, Epochs: 300, Gradient: grad})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("C: %.3f → %.6f after %d steps, %d gradient evaluations\n", h.Epochs[0].Total, h.Final().Total, len(h.Steps), h.Final().Evals)
	fmt.Printf("w = %.3f, b = %.3f\n", net.Layers[0].W.At(0, 0), net.Layers[0].B.AtVec(0))

	// Far too large a step: the error names where and why it stopped.
	net, _ = mlp.New([]int{1, 1}, neuron.Identity, neuron.Identity)
	_, err = gd.Train(net, X, Y, gd.Config{Method: gd.Batch, Eta: 1, Epochs: 100, Gradient: grad})
	fmt.Println(err)
	// Output:
	// C: 21.000 → 0.000000 after 300 steps, 1200 gradient evaluations
	// w = 2.000, b = 1.000
	// gd: diverged at step 4 (epoch 4): cost = 1.899e+08 blew up (over 10⁶ × max(C(w₀), 1) = 2.1e+07) with η = 1; try a smaller η
}

func ExampleTrain_methods() {
	// y = 2x − 1 on 20 points of [0, 1]; a 1-1 linear network; 5 epochs
	// of each method with backpropagation's gradient (the default).
	X, Y := mat.NewDense(20, 1, nil), mat.NewDense(20, 1, nil)
	for i := 0; i < 20; i++ {
		x := float64(i) / 19
		X.Set(i, 0, x)
		Y.Set(i, 0, 2*x-1)
	}
	for _, cfg := range []gd.Config{
		{Method: gd.Batch, Eta: 0.5},
		{Method: gd.Minibatch, BatchSize: 5, Eta: 0.5},
		{Method: gd.Stochastic, Eta: 0.5},
	} {
		cfg.Epochs, cfg.Seed = 5, 1
		net, _ := mlp.New([]int{1, 1}, neuron.Identity, neuron.Identity)
		h, err := gd.Train(net, X, Y, cfg)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-10v %3d steps, %3d gradient evaluations: C = %.4f → %.4f\n", cfg.Method, len(h.Steps), h.Final().Evals, h.Epochs[0].Total, h.Final().Total)
	}
	// Output:
	// batch        5 steps, 100 gradient evaluations: C = 0.3684 → 0.1706
	// minibatch   20 steps, 100 gradient evaluations: C = 0.3684 → 0.0326
	// stochastic 100 steps, 100 gradient evaluations: C = 0.3684 → 0.0000
}

// The heavy ball rolls past the minimum: h = 1, η = μ = ½ from w₀ = 1.
func ExampleQuadratic_RunMomentum() {
	q, _ := gd.Quadratic1D(1, 0)
	tr, _ := q.RunMomentum([]float64{1}, 0.5, 0.5, 3)
	fmt.Println(tr.Coord(0))
	// Output: [1 0.5 0 -0.25]
}

// A valley 100 times longer than wide: plain gradient descent at its fastest
// rate shrinks the distance by 0.98 per step, momentum by 0.82.
func ExampleQuadratic_MomentumFastest() {
	q, _ := gd.NewQuadratic(mat.NewSymDense(2, []float64{1, 0, 0, 100}), []float64{0, 0}, 0)
	eta, mu := q.MomentumFastest()
	k := q.Condition()
	fmt.Printf("κ = %.0f; plain: η = %.4f, factor %.3f; momentum: η = %.4f, μ = %.4f, factor √μ = %.3f\n",
		k, q.EtaFastest(), (k-1)/(k+1), eta, mu, math.Sqrt(mu))
	// Output: κ = 100; plain: η = 0.0198, factor 0.980; momentum: η = 0.0331, μ = 0.6694, factor √μ = 0.818
}

func ExampleQuadratic_MinimumL2() {
	// C(w) = (2/2)(w − 3)², with the L2 term 0.5·w²: the minimum moves from
	// w* = 3 to h w*/(h + 2λ) = 2·3/(2 + 1) = 2.
	q, _ := gd.Quadratic1D(2, 3)
	w, _ := q.MinimumL2(0.5)
	fmt.Println(w)
	// Output: [2]
}

// The vanishing gradient in one line: a chain of three sigmoids, every
// w = 1, b = 0, at x = 0. Each layer down multiplies δ by w·σ′(a) ≤ ¼.
func ExampleLayerGradients() {
	one := func() *mat.Dense { return mat.NewDense(1, 1, []float64{1}) }
	net, _ := mlp.NewFromWeights([]*mat.Dense{one(), one(), one()}, [][]float64{{0}, {0}, {0}},
		[]neuron.Activation{neuron.Sigmoid, neuron.Sigmoid, neuron.Sigmoid})
	_, gB, _ := gd.LayerGradients(net, mat.NewDense(1, 1, []float64{0}), mat.NewDense(1, 1, []float64{1}), mlp.SquaredError)
	fmt.Printf("‖∂F/∂bˡ‖ for l = 1, 2, 3: %.4f %.4f %.4f; ratio b¹/b² = %.2f\n", gB[1], gB[2], gB[3], gB[1]/gB[2])
	// Output: ‖∂F/∂bˡ‖ for l = 1, 2, 3: 0.0093 0.0373 0.1587; ratio b¹/b² = 0.25
}
