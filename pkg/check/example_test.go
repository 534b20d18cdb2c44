package check_test

import (
	"fmt"
	"math"
	"strings"

	"github.com/stepnet/stepnet/pkg/check"
)

func ExampleSigmoid() {
	mySigmoid := func(a float64) float64 { return 1 / (1 + math.Exp(-a)) }
	fmt.Println(check.Sigmoid(mySigmoid).Summary())
	// Output: ✓ 01 Sigmoid            11/11 cases pass
}

func ExampleSoftmax() {
	// A softmax that forgets to subtract max(o): exp(1000) overflows.
	naive := func(o []float64) []float64 {
		p := make([]float64, len(o))
		sum := 0.0
		for j, v := range o {
			p[j] = math.Exp(v)
			sum += p[j]
		}
		for j := range p {
			p[j] /= sum
		}
		return p
	}
	r := check.Softmax(naive)
	pass, total := r.Count()
	fmt.Printf("%d of %d cases pass\n", pass, total)
	fmt.Println(r.Hints()[0])
	// Output:
	// 7 of 10 cases pass
	// got NaN (not a number) at index 0: softmax overflows for o = 1000 (exp(1000) = +Inf, and Inf/Inf is NaN) or underflows for o = −1000 (0/0): subtract max(o) first, pⱼ = exp(oⱼ − m) / Σₖ exp(oₖ − m) with m = max(o)
}

func ExampleReport_HTML() {
	notYet := func(a float64) float64 { panic(check.TODO) }
	html := check.ReLU(notYet).HTML() // a notebook cell displays this string
	fmt.Println(strings.Contains(html, "not implemented yet: write ReLU, as its stub in lessons/01-single-neuron/exercises/exercises.go describes"))
	// Output: true
}
