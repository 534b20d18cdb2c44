package check

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"time"

	"gonum.org/v1/gonum/mat"
)

// TODO is what an exercise stub panics with: `panic(check.TODO)`. A grader
// that meets it reports "not implemented yet" and the task, not a crash.
var TODO = errors.New("not implemented yet")

// Timeout is how long the grader waits for one call of the student's
// function. A call that takes longer (an endless loop) is a failed case, and
// the grader stops calling that function: its goroutine cannot be stopped
// and keeps running until the program ends.
var Timeout = 2 * time.Second

// outcome is what one call of the student's function gave.
type outcome struct {
	val     any
	err     string // panic or timeout, in words; "" when the call returned
	todo    bool   // the function panicked with TODO
	timeout bool
}

// call runs f in its own goroutine and waits at most Timeout for it. A panic
// is recovered and described with the line of the student's code it came
// from.
func call(f func() any) outcome {
	done := make(chan outcome, 1)
	go func() {
		returned := false
		defer func() {
			if returned {
				return
			}
			r := recover()
			if r == nil {
				done <- outcome{err: "the function stopped without returning (runtime.Goexit?)"}
				return
			}
			if e, ok := r.(error); ok && errors.Is(e, TODO) {
				done <- outcome{todo: true, err: "not implemented yet"}
				return
			}
			msg := fmt.Sprintf("panic: %v", r)
			if where := panicSite(); where != "" {
				msg += " (at " + where + ")"
			}
			done <- outcome{err: msg}
		}()
		v := f()
		returned = true
		done <- outcome{val: v}
	}()
	timer := time.NewTimer(Timeout)
	defer timer.Stop()
	select {
	case o := <-done:
		return o
	case <-timer.C:
		return outcome{timeout: true, err: fmt.Sprintf("timeout: no answer after %v (an endless loop?)", Timeout)}
	}
}

// panicSite returns file:line of the first frame of the panicking stack that
// is neither the Go runtime, gonum, nor this package: the student's line.
func panicSite() string {
	pc := make([]uintptr, 32)
	n := runtime.Callers(3, pc)
	frames := runtime.CallersFrames(pc[:n])
	for {
		fr, more := frames.Next()
		fn := fr.Function
		skip := strings.HasPrefix(fn, "runtime.") || strings.Contains(fn, "gonum.org/") ||
			(strings.Contains(fr.File, "/pkg/check/") && !strings.HasSuffix(fr.File, "_test.go")) || fn == ""
		if !skip {
			file := fr.File
			if i := strings.LastIndex(file, "/"); i >= 0 {
				if j := strings.LastIndex(file[:i], "/"); j >= 0 {
					file = file[j+1:]
				}
			}
			return fmt.Sprintf("%s:%d", file, fr.Line)
		}
		if !more {
			return ""
		}
	}
}

// try runs a known (reference or wrong) formula, turning a panic into nil.
func try(f func() any) (v any) {
	defer func() {
		if recover() != nil {
			v = nil
		}
	}()
	return f()
}

// wrong is a known mistake: what it gives on a case, and the hint naming it.
type wrong struct {
	hint string
	f    func() any
}

// tcase is one case of a grader.
type tcase struct {
	input string     // shown to the student
	call  func() any // the student's function on fresh copies of the input
	want  any        // the reference's answer
	tol   float64    // absolute tolerance, relative for |want| > 1; 1e-7 when 0
	// wrongs are tried in order when the case fails; the first one whose
	// answer equals the student's names the mistake.
	wrongs []wrong
	hint   string // when no known mistake matches: the formula to check
	// panicHint replaces hint when the student's function panicked (for
	// example a gonum shape mismatch).
	panicHint string
	// judge, when set, decides instead of comparing with want: it returns
	// "" for a pass, or what is wrong.
	judge func(got any) string
	// gotText, when set, formats the student's answer instead of format.
	gotText func(got any) string
	// wantText, when set, is shown instead of format(want).
	wantText string
}

// grader collects the cases of one exercise.
type grader struct {
	r       *Report
	stopped string // set after a timeout or TODO: later cases are skipped
}

func newGrader(lesson, exercise, task string) *grader {
	return &grader{r: &Report{Lesson: lesson, Exercise: exercise, Task: task}}
}

// nilFunc reports a nil student function.
func (g *grader) nilFunc() *Report {
	g.r.Cases = append(g.r.Cases, Case{Input: "(none)", Got: "nil function", Want: "a function",
		Hint: "pass your function to the grader, e.g. check." + g.r.Exercise + "(my" + g.r.Exercise + ")"})
	return g.r
}

// run runs one case and appends it to the report.
func (g *grader) run(c tcase) {
	if g.r.NotImplemented {
		return
	}
	want := c.wantText
	if want == "" {
		want = format(c.want)
	}
	if g.stopped != "" {
		g.r.Cases = append(g.r.Cases, Case{Input: c.input, Got: "not run", Want: want, Hint: g.stopped})
		return
	}
	o := call(c.call)
	if o.todo {
		g.r.NotImplemented = true
		g.r.Cases = nil
		return
	}
	cs := Case{Input: c.input, Want: want}
	switch {
	case o.timeout:
		cs.Got = o.err
		cs.Hint = "the function never returned: look for a loop whose condition never becomes false"
		g.stopped = "not run: the function did not return for an earlier case"
	case o.err != "":
		cs.Got = o.err
		cs.Hint = c.hint
		if c.panicHint != "" {
			cs.Hint = c.panicHint
		}
		if strings.Contains(o.err, "index out of range") {
			cs.Hint = "an index went past the end of a slice or matrix: check the loop bounds and the sizes you make. " + cs.Hint
		}
		if strings.Contains(o.err, "nil pointer") {
			cs.Hint = "a nil matrix or slice was used: create it with make(...) or mat.NewDense(r, c, nil) first. " + cs.Hint
		}
	default:
		if c.gotText != nil {
			cs.Got = c.gotText(o.val)
		} else {
			cs.Got = format(o.val)
		}
		var why string
		if c.judge != nil {
			why = c.judge(o.val)
		} else {
			why = compare(o.val, c.want, tolOr(c.tol))
		}
		cs.Pass = why == ""
		if !cs.Pass {
			cs.Hint = c.hint
			for _, w := range c.wrongs {
				if v := try(w.f); v != nil && same(o.val, v, tolOr(c.tol)) {
					cs.Hint = w.hint
					break
				}
			}
			if cs.Hint == "" {
				cs.Hint = why
			} else if why != "wrong value" && !strings.HasPrefix(cs.Hint, why) {
				cs.Hint = why + ": " + cs.Hint
			}
		}
	}
	g.r.Cases = append(g.r.Cases, cs)
}

func tolOr(t float64) float64 {
	if t == 0 {
		return 1e-7
	}
	return t
}

// near reports whether got is within tol of want (relative for |want| > 1).
func near(got, want, tol float64) bool {
	if math.IsNaN(got) || math.IsNaN(want) {
		return false
	}
	if math.IsInf(want, 0) || math.IsInf(got, 0) {
		return got == want
	}
	return math.Abs(got-want) <= tol*math.Max(1, math.Abs(want))
}

// closeOrBothNaN is near, with NaN equal to NaN: used to recognise a known
// mistake that also gives NaN.
func closeOrBothNaN(got, want, tol float64) bool {
	if math.IsNaN(got) && math.IsNaN(want) {
		return true
	}
	return near(got, want, tol)
}

// compare returns "" when got equals want within tol, or what differs.
func compare(got, want any, tol float64) string {
	switch w := want.(type) {
	case float64:
		g, ok := got.(float64)
		if !ok {
			return fmt.Sprintf("got a %T, want a float64", got)
		}
		if math.IsNaN(g) {
			return "got NaN (not a number)"
		}
		if !near(g, w, tol) {
			if math.IsInf(g, 0) {
				return fmt.Sprintf("got %v (an overflow)", g)
			}
			return "wrong value"
		}
	case int:
		g, ok := got.(int)
		if !ok {
			return fmt.Sprintf("got a %T, want an int", got)
		}
		if g != w {
			return "wrong value"
		}
	case []float64:
		g, ok := got.([]float64)
		if !ok {
			return fmt.Sprintf("got a %T, want a []float64", got)
		}
		if g == nil && w != nil {
			return "got nil, want a slice"
		}
		if len(g) != len(w) {
			return fmt.Sprintf("got %d values, want %d", len(g), len(w))
		}
		for i := range w {
			if math.IsNaN(g[i]) {
				return fmt.Sprintf("got NaN (not a number) at index %d", i)
			}
			if !near(g[i], w[i], tol) {
				if math.IsInf(g[i], 0) {
					return fmt.Sprintf("got %v at index %d (an overflow)", g[i], i)
				}
				return "wrong value"
			}
		}
	case [][]float64:
		g, ok := got.([][]float64)
		if !ok {
			return fmt.Sprintf("got a %T, want a [][]float64", got)
		}
		if len(g) != len(w) {
			return fmt.Sprintf("got %d vectors, want %d", len(g), len(w))
		}
		for l := range w {
			if why := compare(g[l], w[l], tol); why != "" {
				return fmt.Sprintf("vector %d: %s", l, why)
			}
		}
	case *mat.Dense:
		g, ok := got.(*mat.Dense)
		if !ok {
			return fmt.Sprintf("got a %T, want a *mat.Dense", got)
		}
		if g == nil || g.IsEmpty() {
			return "got a nil or empty matrix"
		}
		gr, gc := g.Dims()
		wr, wc := w.Dims()
		if gr != wr || gc != wc {
			return fmt.Sprintf("got a %d×%d matrix, want %d×%d", gr, gc, wr, wc)
		}
		for i := 0; i < wr; i++ {
			for j := 0; j < wc; j++ {
				if math.IsNaN(g.At(i, j)) {
					return fmt.Sprintf("got NaN at (%d, %d)", i, j)
				}
				if !near(g.At(i, j), w.At(i, j), tol) {
					return "wrong value"
				}
			}
		}
	case []*mat.Dense:
		g, ok := got.([]*mat.Dense)
		if !ok {
			return fmt.Sprintf("got a %T, want a []*mat.Dense", got)
		}
		if len(g) != len(w) {
			return fmt.Sprintf("got %d matrices, want %d", len(g), len(w))
		}
		for l := range w {
			if why := compare(g[l], w[l], tol); why != "" {
				return fmt.Sprintf("matrix %d: %s", l, why)
			}
		}
	case string:
		g, ok := got.(string)
		if !ok || g != w {
			return "wrong value"
		}
	default:
		return fmt.Sprintf("internal: cannot compare %T", want)
	}
	return ""
}

// same reports whether the student's answer equals a known mistake's answer,
// NaN counting as equal to NaN.
func same(got, wrongVal any, tol float64) bool {
	switch w := wrongVal.(type) {
	case float64:
		g, ok := got.(float64)
		return ok && closeOrBothNaN(g, w, tol)
	case []float64:
		g, ok := got.([]float64)
		if !ok || len(g) != len(w) {
			return false
		}
		for i := range w {
			if !closeOrBothNaN(g[i], w[i], tol) {
				return false
			}
		}
		return true
	case *mat.Dense:
		g, ok := got.(*mat.Dense)
		if !ok || g == nil || g.IsEmpty() || w == nil {
			return false
		}
		gr, gc := g.Dims()
		wr, wc := w.Dims()
		if gr != wr || gc != wc {
			return false
		}
		for i := 0; i < wr; i++ {
			for j := 0; j < wc; j++ {
				if !closeOrBothNaN(g.At(i, j), w.At(i, j), tol) {
					return false
				}
			}
		}
		return true
	case [][]float64:
		g, ok := got.([][]float64)
		if !ok || len(g) != len(w) {
			return false
		}
		for l := range w {
			if !same(g[l], w[l], tol) {
				return false
			}
		}
		return true
	case []*mat.Dense:
		g, ok := got.([]*mat.Dense)
		if !ok || len(g) != len(w) {
			return false
		}
		for l := range w {
			if !same(g[l], w[l], tol) {
				return false
			}
		}
		return true
	case grads:
		g, ok := got.(grads)
		return ok && same(g.dW, w.dW, tol) && same(g.db, w.db, tol)
	default:
		return compare(got, wrongVal, tol) == ""
	}
}

// format writes a value compactly, with enough digits to see a difference.
func format(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case float64:
		return fnum(x)
	case []float64:
		if x == nil {
			return "nil"
		}
		parts := make([]string, len(x))
		for i, f := range x {
			parts[i] = fnum(f)
		}
		return "[" + strings.Join(parts, " ") + "]"
	case [][]float64:
		parts := make([]string, len(x))
		for i, s := range x {
			parts[i] = format(s)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *mat.Dense:
		if x == nil || x.IsEmpty() {
			return "nil matrix"
		}
		r, c := x.Dims()
		rows := make([]string, r)
		row := make([]float64, c)
		for i := 0; i < r; i++ {
			mat.Row(row, i, x)
			rows[i] = format(row)
		}
		return fmt.Sprintf("%d×%d [%s]", r, c, strings.Join(rows, " "))
	case []*mat.Dense:
		parts := make([]string, len(x))
		for i, m := range x {
			parts[i] = format(m)
		}
		return strings.Join(parts, "; ")
	case string:
		return x
	case grads:
		return formatGrads(x)
	}
	return fmt.Sprint(v)
}

// fnum writes a number with 6 significant digits.
func fnum(f float64) string {
	if f == 0 {
		return "0"
	}
	return fmt.Sprintf("%.6g", f)
}

// clone returns a copy of s, so that a student's function that writes into
// its input changes nothing the grader uses.
func clone(s []float64) []float64 {
	if s == nil {
		return nil
	}
	return append([]float64(nil), s...)
}

// cloneM returns a copy of m.
func cloneM(m *mat.Dense) *mat.Dense {
	if m == nil {
		return nil
	}
	return mat.DenseCopyOf(m)
}

// cloneMs returns copies of the matrices.
func cloneMs(ms []*mat.Dense) []*mat.Dense {
	out := make([]*mat.Dense, len(ms))
	for i, m := range ms {
		out[i] = cloneM(m)
	}
	return out
}

// cloneSS returns copies of the slices.
func cloneSS(ss [][]float64) [][]float64 {
	out := make([][]float64, len(ss))
	for i, s := range ss {
		out[i] = clone(s)
	}
	return out
}
