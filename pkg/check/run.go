package check

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TODO is what an exercise stub panics with: `panic(check.TODO)`. A grader
// that meets it reports "not implemented yet" and the task, not a crash.
var TODO = errors.New("not implemented yet")

// The budgets of a student's function. They are CPU time, not wall-clock
// time, so that a correct solution passes on a machine loaded by other work:
// a call is stopped when the process has used CaseCPU of CPU since the call
// began (on systems without a process CPU clock, such as WebAssembly, wall
// time is used instead).
var (
	// CaseCPU is the CPU time one call of the student's function may use.
	// A call that uses more (an endless loop) is a failed case, and the
	// grader stops calling that function: its goroutine cannot be stopped
	// and keeps running until the program ends.
	CaseCPU = 2 * time.Second
	// ExerciseCPU is the CPU time all the calls of one exercise may use
	// together; the cases after it is spent are not run.
	ExerciseCPU = 20 * time.Second
	// Timeout is a generous wall-clock backstop for a call that uses no CPU
	// but never returns (time.Sleep, a channel nobody writes to, a lock).
	Timeout = 20 * time.Second
)

// Seed changes the random cases of every grader: 0 (the default) gives the
// cases published with the kit, the same on every machine; stepnet grade
// -secret draws each student's own cases from a seed derived from the
// student's name and the teacher's secret. The table cases do not change.
var Seed uint64

// Observe, when set, is told of every case twice: when it starts (done is
// false and only c.Input is set) and when it ends. The sandbox of stepnet
// grade sets it to stream the cases to the grading process, so that a
// crash of the student's program keeps the cases graded before it and says
// during which case it happened.
var Observe func(r *Report, c Case, done bool)

// outcome is what one call of the student's function gave.
type outcome struct {
	val     any
	err     string // panic or timeout, in words; "" when the call returned
	todo    bool   // the function panicked with TODO
	timeout bool
	blocked bool          // a timeout that used almost no CPU: the call waited
	cpu     time.Duration // CPU time of the process during the call
}

// call runs f in its own goroutine and waits until it returns, uses more than
// CaseCPU (or budget, if smaller) of CPU, or Timeout passes. A panic is
// recovered and described with the line of the student's code it came from.
func call(f func() any, budget time.Duration) outcome {
	done := make(chan outcome, 1)
	cpu0, wall0 := processCPU(), time.Now()
	go func() {
		returned := false
		defer func() {
			if returned {
				return
			}
			r := recover()
			if r == nil {
				done <- outcome{err: lang.T("check.goexit")}
				return
			}
			if e, ok := r.(error); ok && errors.Is(e, TODO) {
				done <- outcome{todo: true, err: lang.T("check.notimplemented")}
				return
			}
			msg := fmt.Sprintf("panic: %v", r)
			if where := panicSite(); where != "" {
				msg += " " + lang.F("check.at", where)
			}
			done <- outcome{err: msg}
		}()
		v := f()
		returned = true
		done <- outcome{val: v}
	}()
	limit := CaseCPU
	if budget < limit {
		limit = budget
	}
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case o := <-done:
			o.cpu = processCPU() - cpu0
			return o
		case <-tick.C:
			cpu, wall := processCPU()-cpu0, time.Since(wall0)
			if cpu > limit {
				return outcome{timeout: true, cpu: cpu, err: lang.F("check.timeout.cpu", cpu.Seconds())}
			}
			if wall > Timeout {
				if cpu > wall/20 { // a sleeping call uses well under 1 %
					return outcome{timeout: true, cpu: cpu, err: lang.F("check.timeout.busy", Timeout, cpu.Seconds())}
				}
				return outcome{timeout: true, blocked: true, cpu: cpu, err: lang.F("check.timeout.blocked", Timeout, cpu.Seconds())}
			}
		}
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
	// others are other quantities of the same computation (the trace of
	// the reference: hˡ of every layer, aˡ, g′(a), …): an answer equal to
	// one of them is named by the diagnosis. n is the number of terms
	// averaged over (N examples), when there is one.
	others []quantity
	n      int
	// diag, when set, replaces the structural diagnosis.
	diag func(got any) string
}

// diagnose returns what kind of difference separates the student's answer
// from the reference, or "".
func (c tcase) diagnose(got any) string {
	if c.diag != nil {
		return c.diag(got)
	}
	return diagnose(got, c.want, tolOr(c.tol), c.others, c.n)
}

// grader collects the cases of one exercise.
type grader struct {
	r       *Report
	stopped string        // set after a timeout or TODO: later cases are skipped
	cpu     time.Duration // CPU time used by the student's calls so far
	// matched[k] lists, for case k, the hints of the known mistakes whose
	// answer equals the student's; returned[k] is whether case k returned
	// a value. finish uses them to find one mistake that explains every case.
	matched  [][]string
	returned []bool
	why      []string // what compare said for each failed case
	base     []string // the formula hint of each case
	calls    []func() any
}

func newGrader(lesson, exercise, task string) *grader {
	return &grader{r: &Report{Lesson: lesson, Exercise: exercise, Task: task, InProcess: Observe == nil}}
}

// nilFunc reports a nil student function.
func (g *grader) nilFunc() *Report {
	g.r.Cases = append(g.r.Cases, Case{Input: lang.T("check.nil.input"), Got: lang.T("check.nil.got"), Want: lang.T("check.nil.want"), Kind: KindCrash,
		Hint: lang.F("check.nil.hint", g.r.Exercise, g.r.Exercise)})
	return g.r
}

// add appends a case to the report and tells the observer.
func (g *grader) add(cs Case, matched []string, returned bool, why, base string) {
	g.r.Cases = append(g.r.Cases, cs)
	g.matched = append(g.matched, matched)
	g.returned = append(g.returned, returned)
	g.why = append(g.why, why)
	g.base = append(g.base, base)
	if Observe != nil {
		Observe(g.r, cs, true)
	}
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
	g.calls = append(g.calls, c.call)
	if g.stopped != "" {
		g.add(Case{Input: c.input, Got: lang.T("check.notrun"), Want: want, Hint: g.stopped, Kind: KindNotRun}, nil, false, "", "")
		return
	}
	if Observe != nil {
		Observe(g.r, Case{Input: c.input}, false)
	}
	o := call(c.call, ExerciseCPU-g.cpu)
	g.cpu += o.cpu
	if o.todo {
		g.r.NotImplemented = true
		g.r.Cases = nil
		g.matched, g.returned, g.why, g.base = nil, nil, nil, nil
		if Observe != nil {
			Observe(g.r, Case{Input: c.input, Got: lang.T("check.notimplemented"), Kind: KindTODO}, true)
		}
		return
	}
	cs := Case{Input: c.input, Want: want}
	switch {
	case o.timeout:
		cs.Got = o.err
		cs.Kind = KindTimeout
		cs.Hint = lang.F("check.hint.loop", o.err)
		if o.blocked {
			cs.Hint = lang.F("check.hint.blocked", o.err)
		}
		g.stopped = lang.T("check.stopped.timeout")
		g.add(cs, nil, false, "", "")
		return
	case o.err != "":
		cs.Got = o.err
		cs.Kind = KindCrash
		cs.Hint = c.hint
		if c.panicHint != "" {
			cs.Hint = c.panicHint
		}
		if strings.Contains(o.err, "index out of range") {
			cs.Hint = lang.T("check.hint.index") + " " + cs.Hint
		}
		if strings.Contains(o.err, "nil pointer") {
			cs.Hint = lang.T("check.hint.nil") + " " + cs.Hint
		}
		g.add(cs, nil, false, "", "")
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
		var matched []string
		for _, w := range c.wrongs {
			if v := try(w.f); v != nil && same(o.val, v, tolOr(c.tol)) {
				matched = append(matched, w.hint)
			}
		}
		if !cs.Pass {
			cs.Hint, cs.Kind = c.hint, KindFormula
			if len(matched) > 0 {
				cs.Hint, cs.Kind = matched[0], KindMistake
			} else if d := c.diagnose(o.val); d != "" {
				cs.Hint, cs.Kind = d, KindDiagnosis
				if c.hint != "" {
					cs.Hint = d + "; " + c.hint
				}
			}
			cs.Hint = withWhy(why, cs.Hint)
		}
		g.add(cs, matched, true, why, c.hint)
	}
	if g.cpu >= ExerciseCPU && g.stopped == "" {
		g.stopped = lang.F("check.stopped.budget", ExerciseCPU)
	}
}

// finishDebug is finish, then the debugger for the first failed case that
// returned a value: build gets the case's index and hint.
func (g *grader) finishDebug(build func(k int, hint string) *Debugger) *Report {
	g.finish()
	for k, c := range g.r.Cases {
		if k < len(g.returned) && g.returned[k] && !c.Pass {
			g.r.Debug = build(k, c.Hint)
			break
		}
	}
	return g.r
}

// withWhy puts what compare found (a NaN, a wrong length) before the hint.
func withWhy(why, hint string) string {
	if hint == "" {
		return why
	}
	if why != "" && why != lang.T("check.wrong") && !strings.HasPrefix(hint, why) {
		return lang.F("check.why", why, hint)
	}
	return hint
}

// finish looks for one known mistake that explains every case the
// student's function returned from (its answer equals the mistake's on the
// failed cases, and on the passed ones the mistake agrees with the
// reference): that mistake's hint then goes on every failed case, rather
// than whichever mistake happens to coincide on one case. It returns the
// report.
func (g *grader) finish() *Report {
	if g.r.NotImplemented || len(g.matched) != len(g.r.Cases) {
		return g.r
	}
	count := map[string]int{}
	n := 0
	for k, c := range g.r.Cases {
		if !g.returned[k] {
			continue
		}
		n++
		seen := map[string]bool{}
		for _, h := range g.matched[k] {
			if !seen[h] {
				seen[h] = true
				count[h]++
			}
		}
		_ = c
	}
	best := ""
	for k := range g.r.Cases {
		for _, h := range g.matched[k] {
			if count[h] == n && best == "" {
				best = h
			}
		}
	}
	if best == "" {
		return g.r
	}
	for k := range g.r.Cases {
		c := &g.r.Cases[k]
		if g.returned[k] && !c.Pass {
			c.Hint, c.Kind = withWhy(g.why[k], best), KindMistake
		}
	}
	return g.r
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
			return lang.F("check.cmp.type", got, "float64")
		}
		if math.IsNaN(g) {
			return lang.T("check.cmp.nan")
		}
		if !near(g, w, tol) {
			if math.IsInf(g, 0) {
				return lang.F("check.cmp.inf", g)
			}
			return lang.T("check.wrong")
		}
	case int:
		g, ok := got.(int)
		if !ok {
			return lang.F("check.cmp.typean", got, "int")
		}
		if g != w {
			return lang.T("check.wrong")
		}
	case []float64:
		g, ok := got.([]float64)
		if !ok {
			return lang.F("check.cmp.type", got, "[]float64")
		}
		if g == nil && w != nil {
			return lang.T("check.cmp.nilslice")
		}
		if len(g) != len(w) {
			return lang.F("check.cmp.len", len(g), len(w))
		}
		for i := range w {
			if math.IsNaN(g[i]) {
				return lang.F("check.cmp.nanat", i)
			}
			if !near(g[i], w[i], tol) {
				if math.IsInf(g[i], 0) {
					return lang.F("check.cmp.infat", g[i], i)
				}
				return lang.T("check.wrong")
			}
		}
	case [][]float64:
		g, ok := got.([][]float64)
		if !ok {
			return lang.F("check.cmp.type", got, "[][]float64")
		}
		if len(g) != len(w) {
			return lang.F("check.cmp.vectors", len(g), len(w))
		}
		for l := range w {
			if why := compare(g[l], w[l], tol); why != "" {
				return lang.F("check.cmp.vector", l, why)
			}
		}
	case *mat.Dense:
		g, ok := got.(*mat.Dense)
		if !ok {
			return lang.F("check.cmp.type", got, "*mat.Dense")
		}
		if g == nil || g.IsEmpty() {
			return lang.T("check.cmp.nilmatrix")
		}
		gr, gc := g.Dims()
		wr, wc := w.Dims()
		if gr != wr || gc != wc {
			return lang.F("check.cmp.shape", gr, gc, wr, wc)
		}
		for i := 0; i < wr; i++ {
			for j := 0; j < wc; j++ {
				if math.IsNaN(g.At(i, j)) {
					return lang.F("check.cmp.nanij", i, j)
				}
				if !near(g.At(i, j), w.At(i, j), tol) {
					return lang.T("check.wrong")
				}
			}
		}
	case []*mat.Dense:
		g, ok := got.([]*mat.Dense)
		if !ok {
			return lang.F("check.cmp.type", got, "[]*mat.Dense")
		}
		if len(g) != len(w) {
			return lang.F("check.cmp.matrices", len(g), len(w))
		}
		for l := range w {
			if why := compare(g[l], w[l], tol); why != "" {
				return lang.F("check.cmp.matrix", l, why)
			}
		}
	case []int:
		g, ok := got.([]int)
		if !ok {
			return lang.F("check.cmp.type", got, "[]int")
		}
		if g == nil && w != nil {
			return lang.T("check.cmp.nilslice")
		}
		if len(g) != len(w) {
			return lang.F("check.cmp.len", len(g), len(w))
		}
		for i := range w {
			if g[i] != w[i] {
				return lang.T("check.cmp.wrongvalue")
			}
		}
	case string:
		g, ok := got.(string)
		if !ok || g != w {
			return lang.T("check.wrong")
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
		n, more := len(x), ""
		if n > maxShown {
			n, more = maxShown, lang.F("check.format.values", len(x))
		}
		parts := make([]string, n)
		for i, f := range x[:n] {
			parts[i] = fnum(f)
		}
		return "[" + strings.Join(parts, " ") + more + "]"
	case [][]float64:
		n, more := len(x), ""
		if n > maxShown {
			n, more = maxShown, lang.F("check.format.vectors", len(x))
		}
		parts := make([]string, n)
		for i, s := range x[:n] {
			parts[i] = format(s)
		}
		return "[" + strings.Join(parts, ", ") + more + "]"
	case *mat.Dense:
		if x == nil || x.IsEmpty() {
			return lang.T("check.format.nilmatrix")
		}
		r, c := x.Dims()
		n, more := r, ""
		if n > maxShown {
			n, more = maxShown, " …"
		}
		rows := make([]string, n)
		row := make([]float64, c)
		for i := 0; i < n; i++ {
			mat.Row(row, i, x)
			rows[i] = format(row)
		}
		return fmt.Sprintf("%d×%d [%s%s]", r, c, strings.Join(rows, " "), more)
	case []*mat.Dense:
		n, more := len(x), ""
		if n > maxShown {
			n, more = maxShown, lang.F("check.format.matrices", len(x))
		}
		parts := make([]string, n)
		for i, m := range x[:n] {
			parts[i] = format(m)
		}
		return strings.Join(parts, "; ") + more
	case []int:
		if x == nil {
			return "nil"
		}
		n, more := len(x), ""
		if n > maxShown {
			n, more = maxShown, lang.F("check.format.values", len(x))
		}
		parts := make([]string, n)
		for i, v := range x[:n] {
			parts[i] = fmt.Sprint(v)
		}
		return "[" + strings.Join(parts, " ") + more + "]"
	case string:
		return x
	case grads:
		return formatGrads(x)
	}
	return fmt.Sprint(v)
}

// maxShown is how many values of a slice a report shows: a student's
// function that returns 2·10⁷ values must not make a 400 MB report.
const maxShown = 24

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
