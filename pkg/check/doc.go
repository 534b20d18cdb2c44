// Package check grades the students' exercises: it runs a student's function
// on table cases and seeded random cases, compares each answer with the
// reference in pkg/ (neuron, mlp, backprop, gd, approx), and says what is
// wrong in the lecture's words.
//
// # One grader per exercise
//
// Each exercise has a grader named after the function the student writes,
// which takes that function and returns a *Report:
//
//	r := check.Softmax(mySoftmax)
//	fmt.Println(r.Summary()) // ✗ 03 Softmax 7/10 cases pass: softmax overflows for o = 1000 …
//	fmt.Println(r.Text())    // every case: input, got, want, ✓/✗, hint
//	html := r.HTML()         // the same as a self-contained HTML table
//
// In a notebook cell the student defines the function and displays the
// report. With GoNB:
//
//	func mySoftmax(o []float64) []float64 { … }
//
//	%%
//	gonbui.DisplayHTML(check.Softmax(mySoftmax).HTML())
//
// With gophernotes, a cell whose last expression is the report displays it
// as HTML (the report has an HTML() string method); display.HTML(r.HTML())
// works too. The graders' signatures are plain Go (float64, []float64,
// *mat.Dense, func values): no generics, so cell code may call them on
// either kernel.
//
// # What a report says
//
// Every case shows its input in the lecture's notation, what the student's
// function returned and what the reference returns. A failed case carries a
// hint. To find it, the grader also runs the usual wrong formulas on the same
// input (g′ left out, Wᵀ for W, the bias forgotten, a softmax that overflows,
// the step going up the gradient, the last partial batch dropped, …); when
// the student's answer equals one of them, the hint names that mistake:
//
//	✗ o = [1000 1000]
//	    got  [NaN NaN]
//	    want [0.5 0.5]
//	    hint: softmax overflows for o = 1000 (exp(1000) = +Inf, and Inf/Inf
//	          is NaN) …: subtract max(o) first
//
// Otherwise the hint recalls the formula. Report.Hints lists the distinct
// hints, most frequent first; Summary puts the first one on its line.
//
// # A student's function never crashes the grader
//
// Each call runs in its own goroutine. A panic is a failed case that shows the
// panic's message and the student's line ("panic: runtime error: index out of
// range [2] with length 2 (at exercises/exercises.go:31)"); a NaN, a nil
// result or a result of the wrong length or shape is a failed case that says
// so; a call that has not returned after Timeout (2 s) is a failed case
// ("timeout: … an endless loop?") and the grader then skips that function's
// other cases: Go cannot stop a goroutine, so the loop keeps running until
// the program ends. (A panic inside a goroutine the student starts himself
// cannot be caught; nor can os.Exit.)
//
// # Stubs
//
// The exercise stubs in lessons/NN-slug/exercises panic with TODO:
//
//	func Sigmoid(a float64) float64 {
//		panic(check.TODO) // replace this line with your code
//	}
//
// A grader meeting TODO reports "not implemented yet: write the sigmoid
// g(a) = 1 / (1 + e⁻ᵃ)" and no case. `make exercises` grades every stub
// (tests/exercises); the reference solutions live apart, in solutions/.
//
// # Determinism
//
// The random cases come from fixed seeds: a report is the same on every run
// and every machine, so a student can compare his output with a neighbour's.
package check
