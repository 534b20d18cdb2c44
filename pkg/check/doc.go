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
// When no catalogued mistake matches, the grader compares the answer with
// the reference structurally and names the kind of difference: the sign
// flipped, a constant factor (×2, ×½, ×N: summed instead of averaged, 1/N
// once too often), transposed, the values shifted by one index, one
// element wrong (which one), equal to another quantity of the same
// computation (h² where hᴸ is asked, aᴸ, gradients computed with g where g′
// is needed, hˡ instead of hˡ⁻¹), or where the first NaN is; the formula
// follows. A catalogued mistake that explains every case of the exercise
// wins over one that matches a single case by coincidence. Report.Hints
// lists the distinct hints ordered by cause (a named mistake, then a
// diagnosed difference or what stopped the function, then the formula, and
// "not run" last), most frequent first; Summary puts the first one on its
// line.
//
// # The grader as a debugger
//
// When Layer, Forward or Backward fails, Report.Debug holds the student's
// pass beside the reference's, cut into the lecture's equations by
// pkg/step (h⁰ = x, aˡ = Wˡ hˡ⁻¹ + bˡ, hˡ = g(aˡ); C, ∂C/∂o, δᴸ, ∂C/∂Wᴸ, δˡ,
// …), up to the first equation whose numbers differ, with the hint; Text
// and HTML show it under the cases.
//
// # A student's function never crashes the grader
//
// Each call runs in its own goroutine. A panic is a failed case that shows the
// panic's message and the student's line ("panic: runtime error: index out of
// range [2] with length 2 (at exercises/exercises.go:31)"); a NaN, a nil
// result or a result of the wrong length or shape is a failed case that says
// so; a call that has used CaseCPU (2 s) of CPU time without returning is a
// failed case ("timeout: … an endless loop?"), as is one still waiting after
// Timeout (20 s of wall-clock time: a time.Sleep), and the grader then skips
// that function's other cases: Go cannot stop a goroutine, so the loop keeps
// running until the program ends. In-process, a panic inside a goroutine the
// student starts cannot be caught, nor can os.Exit, log.Fatal, a stack
// overflow or running out of memory: the HTML report says so. stepnet grade
// runs each exercise in its own sandboxed process (internal/grade), where
// those fail one exercise; it uses Exercises (every exercise with its
// points), Seed (each student's own random cases) and Observe.
//
// # Stubs
//
// The exercise stubs in lessons/NN-slug/exercises panic with TODO:
//
//	func Sigmoid(a float64) float64 {
//		panic(check.TODO) // replace this line with your code
//	}
//
// A grader meeting TODO reports "not implemented yet: write Sigmoid, as its
// stub in lessons/01-single-neuron/exercises/exercises.go describes" and no
// case: the stub states the task, and the formula (the report's Task) is
// shown only once the student has an answer to compare. `make exercises` grades every stub
// (tests/exercises); the reference solutions live apart, in solutions/.
//
// # Determinism
//
// The random cases come from fixed seeds: a report is the same on every run
// and every machine, so a student can compare his output with a neighbour's.
// Setting Seed (stepnet grade -secret does, per student) changes the random
// cases and keeps the table cases.
package check
