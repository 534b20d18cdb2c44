package mlp_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
)

func ExampleNetwork_Forward() {
	// A 2-2-1 network: W¹ = [1 −1; 0.5 2], b¹ = (0, −1), ReLU; W² = [1 −2], b² = 0.5.
	net, _ := mlp.NewFromWeights(
		[]*mat.Dense{mat.NewDense(2, 2, []float64{1, -1, 0.5, 2}), mat.NewDense(1, 2, []float64{1, -2})},
		[][]float64{{0, -1}, {0.5}},
		[]neuron.Activation{neuron.ReLU, neuron.Identity})
	tr, _ := net.Forward([]float64{2, 1})
	for l := 1; l < len(tr.H); l++ {
		fmt.Printf("a%d = %v  h%d = %v\n", l, mat.Formatted(tr.A[l].T()), l, mat.Formatted(tr.H[l].T()))
	}
	// Output:
	// a1 = [1  2]  h1 = [1  2]
	// a2 = [-2.5]  h2 = [-2.5]
}

func ExampleSoftmax() {
	p := mlp.Softmax([]float64{1000, 1001, 1002}) // exp(1000) alone would overflow
	fmt.Printf("p = %.3f, decision c = %d\n", p, mlp.Argmax(p))
	// Output: p = [0.090 0.245 0.665], decision c = 2
}

func ExampleNetwork_Initialize() {
	net, _ := mlp.New([]int{784, 30, 10}, neuron.Sigmoid, neuron.Sigmoid)
	net.Initialize(mlp.Xavier, 0, 1)
	fmt.Println(net, "with", net.NumParams(), "parameters")
	// Output: 784-30-10 sigmoid,sigmoid with 23860 parameters
}

func ExampleOneHot() {
	Y, _ := mlp.OneHot([]int{2, 0, 1}, 3)
	fmt.Printf("%v\n", mat.Formatted(Y))
	// Output:
	// ⎡0  0  1⎤
	// ⎢1  0  0⎥
	// ⎣0  1  0⎦
}

func ExampleConfusion() {
	// Five examples of three classes: the true labels and the decisions.
	labels := []int{0, 0, 1, 1, 2}
	pred := []int{0, 1, 1, 1, 0}
	C, _ := mlp.Confusion(labels, pred, 3)
	fmt.Println(mat.Formatted(C))
	// Output:
	// ⎡1  1  0⎤
	// ⎢0  2  0⎥
	// ⎣1  0  0⎦
}

// k hidden units name at most R(k, d) regions of a d-dimensional input:
// k with a local code, 1 + k + C(k, 2) in the plane, 2ᵏ when d ≥ k.
func ExampleMaxRegions() {
	for _, k := range []int{3, 10, 20} {
		plane, _ := mlp.MaxRegions(k, 2)
		all, _ := mlp.MaxRegions(k, k)
		fmt.Printf("k = %2d: local %2d, plane %3d, d ≥ k %7d\n", k, k, plane, all)
	}
	// Output:
	// k =  3: local  3, plane   7, d ≥ k       8
	// k = 10: local 10, plane  56, d ≥ k    1024
	// k = 20: local 20, plane 211, d ≥ k 1048576
}

// One unit as a classifier: the best threshold on its values.
func ExampleUnitAccuracy() {
	acc, theta, sign, _ := mlp.UnitAccuracy([]float64{0.1, 0.4, 0.35, 0.8}, []int{0, 0, 1, 1})
	fmt.Printf("%.2f right with class 1 where h > %.3f (sign %+d)\n", acc, theta, sign)
	// Output: 0.75 right with class 1 where h > 0.225 (sign +1)
}
