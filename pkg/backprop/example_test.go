package backprop_test

import (
	"fmt"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

// One example through a 2-2-1 network (ReLU, then sigmoid), with the
// numbers chosen so that they can be followed by hand:
// a¹ = (0.5, −1), h¹ = (0.5, 0), a² = 0, o = σ(0) = 0.5, y = 1.
func ExampleBackward() {
	W1 := mat.NewDense(2, 2, []float64{0.5, 0.25, 1, -1})
	W2 := mat.NewDense(1, 2, []float64{2, 3})
	net, err := mlp.NewFromWeights([]*mat.Dense{W1, W2}, [][]float64{{-0.5, 0}, {-1}},
		[]neuron.Activation{neuron.ReLU, neuron.Sigmoid})
	if err != nil {
		fmt.Println(err)
		return
	}
	fwd, err := net.Forward([]float64{1, 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	bwd, err := backprop.Backward(net, fwd, []float64{1}, mlp.SquaredError)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("C = (o − y)² = %g, ∂C/∂o = 2(o − y) = %g\n", bwd.C, bwd.DCDO[0])
	fmt.Printf("δ² = ∂C/∂o · g′(a²) = %g\n", mat.Formatted(bwd.Delta[2].T()))
	fmt.Printf("δ¹ = (W²)ᵀ δ² ⊙ g′(a¹) = %g\n", mat.Formatted(bwd.Delta[1].T()))
	fmt.Printf("∂C/∂W² = δ² (h¹)ᵀ = %g\n", mat.Formatted(bwd.GradW[2]))
	fmt.Printf("∂C/∂W¹ = δ¹ xᵀ =\n%g\n", mat.Formatted(bwd.GradW[1]))
	// Output:
	// C = (o − y)² = 0.25, ∂C/∂o = 2(o − y) = -1
	// δ² = ∂C/∂o · g′(a²) = [-0.25]
	// δ¹ = (W²)ᵀ δ² ⊙ g′(a¹) = [-0.5     0]
	// ∂C/∂W² = δ² (h¹)ᵀ = [-0.125       0]
	// ∂C/∂W¹ = δ¹ xᵀ =
	// ⎡-0.5    -1⎤
	// ⎣   0     0⎦
}

// Softmax + cross-entropy: the output error is simply p − y.
func ExampleGradient() {
	net, _ := mlp.NewFromWeights([]*mat.Dense{mat.NewDense(2, 2, []float64{1, 0, 0, 1})}, [][]float64{nil},
		[]neuron.Activation{neuron.Identity})
	// o = x = (log 3, 0), so p = (3/4, 1/4); the target is class 1.
	bwd, err := backprop.Gradient(net, []float64{1.0986122886681098, 0}, []float64{0, 1}, mlp.SoftmaxCrossEntropy)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("δ¹ = p − y = %.4f\n", mat.Formatted(bwd.Delta[1].T()))
	// Output:
	// δ¹ = p − y = [ 0.7500  -0.7500]
}

// The gradient check on a small random network: backpropagation and central
// differences agree to many digits.
func ExampleCheck() {
	rng := rand.New(rand.NewPCG(1, 2))
	net, _ := mlp.New([]int{2, 3, 1}, neuron.Tanh, neuron.Sigmoid)
	for _, layer := range net.Layers {
		layer.W.Apply(func(i, j int, v float64) float64 { return rng.NormFloat64() }, layer.W)
	}
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	Y := mat.NewDense(4, 1, []float64{0, 1, 1, 0})
	res, err := backprop.Check(net, X, Y, mlp.SquaredError, 1e-3)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("parameters compared:", res.Params)
	fmt.Println("agree to 1e-8:", res.MaxRelErr < 1e-8)
	// Output:
	// parameters compared: 13
	// agree to 1e-8: true
}

// The slide's chain rule, z = 2 f(x + 3y) + 6 g(5x) h(y), with f = σ,
// g = tanh and h = identity at (x, y) = (1, 2).
func ExampleChainRule() {
	gr, err := backprop.ChainRule(neuron.Sigmoid, neuron.Tanh, neuron.Identity, 1, 2)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range gr.Nodes {
		formula := n.Formula
		if formula == "" {
			formula = "input"
		}
		fmt.Printf("%s = %-10s value %8.5f   ∂z/∂%s = %8.5f   %v\n", n.Name, formula, n.Value, n.Name, n.Grad, n.LocalText)
	}
	paths, _ := gr.Paths("x")
	for _, p := range paths {
		fmt.Printf("path %v: product of local derivatives %.5f\n", p.Nodes, p.Product)
	}
	fmt.Printf("∂z/∂x = 2f′(x + 3y) + 30g′(5x)h(y) = %.5f\n", gr.DzDx)
	fmt.Printf("∂z/∂y = 6f′(x + 3y) + 6g(5x)h′(y) = %.5f\n", gr.DzDy)
	// Output:
	// x = input      value  1.00000   ∂z/∂x =  0.01272   []
	// y = input      value  2.00000   ∂z/∂y =  6.00492   []
	// u = x + 3y     value  7.00000   ∂z/∂u =  0.00182   [∂u/∂x = 1 ∂u/∂y = 3]
	// a = f(u)       value  0.99909   ∂z/∂a =  2.00000   [∂a/∂u = f′(u)]
	// v = 5x         value  5.00000   ∂z/∂v =  0.00218   [∂v/∂x = 5]
	// b = g(v)       value  0.99991   ∂z/∂b = 12.00000   [∂b/∂v = g′(v)]
	// c = h(y)       value  2.00000   ∂z/∂c =  5.99946   [∂c/∂y = h′(y)]
	// z = 2a + 6·b·c value 13.99709   ∂z/∂z =  1.00000   [∂z/∂a = 2 ∂z/∂b = 6c ∂z/∂c = 6b]
	// path [x u a z]: product of local derivatives 0.00182
	// path [x v b z]: product of local derivatives 0.01089
	// ∂z/∂x = 2f′(x + 3y) + 30g′(5x)h(y) = 0.01272
	// ∂z/∂y = 6f′(x + 3y) + 6g(5x)h′(y) = 6.00492
}

// The batch delta rule on views the caller owns: a 1-2-1 network with
// g = identity (g′ = 1), two examples (the rows), the squared error. By hand:
// H¹ = X (W¹)ᵀ = [[1, −1], [2, −2]], O = H¹ (W²)ᵀ = [[0], [0]],
// ∂C/∂O = 2(O − Y) = [[−2], [2]], Δ² = ∂C/∂O / 2 = [[−1], [1]],
// Δ¹ = Δ² W² = [[−0.5, −0.5], [0.5, 0.5]], ∂C̄/∂W² = (Δ²)ᵀ H¹ = [1, −1],
// ∂C̄/∂W¹ = (Δ¹)ᵀ X = [[0.5], [0.5]], ∂C̄/∂b = the sums of the Δ's rows = 0.
func ExampleBatchDeltaRule() {
	m := func(r, c int, v ...float64) backprop.Matrix[float64] {
		return backprop.Matrix[float64]{Rows: r, Cols: c, Stride: c, Data: v}
	}
	one := func(d, a []float64) {} // d ⊙ g′(a) with g′ = 1
	p := &backprop.Pass[float64]{
		W:      []backprop.Matrix[float64]{{}, m(2, 1, 1, -1), m(1, 2, 0.5, 0.5)},
		GPrime: []func(d, a []float64){nil, one, one},
		H:      []backprop.Matrix[float64]{m(2, 1, 1, 2), m(2, 2, 1, -1, 2, -2), m(2, 1, 0, 0)},
		A:      []backprop.Matrix[float64]{{}, m(2, 2, 1, -1, 2, -2), m(2, 1, 0, 0)},
		DCDO:   m(2, 1, -2, 2),
		Delta:  []backprop.Matrix[float64]{{}, m(2, 2, 0, 0, 0, 0), m(2, 1, 0, 0)},
		GW:     []backprop.Matrix[float64]{{}, m(2, 1, 0, 0), m(1, 2, 0, 0)},
		GB:     [][]float64{nil, {0, 0}, {0}},
	}
	backprop.BatchDeltaRule(backprop.Gemm64, p, 1, 0) // α = 1, β = 0: store the gradient
	fmt.Println("Δ² =", p.Delta[2].Data, " Δ¹ =", p.Delta[1].Data)
	fmt.Println("∂C̄/∂W² =", p.GW[2].Data, " ∂C̄/∂W¹ =", p.GW[1].Data)
	fmt.Println("∂C̄/∂b² =", p.GB[2], " ∂C̄/∂b¹ =", p.GB[1])
	// Output:
	// Δ² = [-1 1]  Δ¹ = [-0.5 -0.5 0.5 0.5]
	// ∂C̄/∂W² = [1 -1]  ∂C̄/∂W¹ = [0.5 0.5]
	// ∂C̄/∂b² = [0]  ∂C̄/∂b¹ = [0 0]
}
