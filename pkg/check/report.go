package check

import (
	"fmt"
	"html"
	"sort"
	"strings"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Case is one run of the student's function: the input it was given, what it
// returned, what the reference gives, and, when it failed, a hint.
type Case struct {
	Input string // the input, in the lecture's notation ("a = 2", "o = [1000 1000]")
	Got   string // what the student's function returned (or its panic, "timeout", …)
	Want  string // what the reference in pkg/ returns
	Pass  bool
	Hint  string // for a failed case: the formula, or the usual mistake it looks like
	// Kind says where the hint of a failed case comes from, which orders
	// the hints: KindMistake (a catalogued mistake), KindDiagnosis (the kind
	// of difference found by comparing with the reference), KindTimeout and
	// KindCrash (what stopped the function), KindFormula (the formula
	// restated), KindNotRun (skipped because of an earlier case).
	Kind string `json:",omitempty"`
}

// The kinds of a failed case's hint, most telling first.
const (
	KindMistake   = "mistake"
	KindDiagnosis = "diagnosis"
	KindTimeout   = "timeout"
	KindCrash     = "crash"
	KindFormula   = "formula"
	KindNotRun    = "not run"
	KindTODO      = "todo"
)

// kindRank orders hints by cause: a named mistake first, "not run" last.
func kindRank(k string) int {
	switch k {
	case KindMistake:
		return 0
	case KindDiagnosis, KindTimeout, KindCrash:
		return 1
	case KindNotRun:
		return 3
	}
	return 2
}

// Report is the result of grading one exercise.
type Report struct {
	Lesson   string // "01-single-neuron"
	Exercise string // "Sigmoid": the name of the Go function to write
	Task     string // the task in the lecture's notation
	Cases    []Case
	// NotImplemented is true when the function still panics with TODO (the
	// stub as shipped): the report then holds no case.
	NotImplemented bool
	// Notes are extra lines shown under the cases (for example the error
	// reached by a fit).
	Notes []string
	// Debug, for a failed forward or backward exercise, is the student's
	// pass beside the reference's, step by step up to the first equation
	// that differs (see Debugger); nil otherwise.
	Debug *Debugger `json:",omitempty"`
	// InProcess is set when the student's function ran in the grader's
	// own process (a notebook cell, go test): what that cannot guard
	// against is then said under the report.
	InProcess bool `json:"-"`
}

// Passed reports whether the exercise is solved: it is implemented and every
// case passes.
func (r *Report) Passed() bool {
	if r.NotImplemented || len(r.Cases) == 0 {
		return false
	}
	for _, c := range r.Cases {
		if !c.Pass {
			return false
		}
	}
	return true
}

// Count returns the number of passing cases and the number of cases.
func (r *Report) Count() (pass, total int) {
	for _, c := range r.Cases {
		if c.Pass {
			pass++
		}
	}
	return pass, len(r.Cases)
}

// Hints returns the distinct hints of the failed cases ordered by cause: a
// catalogued mistake first, then a diagnosed difference, a timeout or a
// crash, then the formula restated, and "not run" (a consequence of an
// earlier case) last; within one cause the most frequent first, ties in
// order of appearance.
func (r *Report) Hints() []string {
	count := map[string]int{}
	rank := map[string]int{}
	var order []string
	for _, c := range r.Cases {
		if c.Pass || c.Hint == "" {
			continue
		}
		if count[c.Hint] == 0 {
			order = append(order, c.Hint)
			rank[c.Hint] = kindRank(c.Kind)
		}
		count[c.Hint]++
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if rank[a] != rank[b] {
			return rank[a] < rank[b]
		}
		return count[a] > count[b]
	})
	return order
}

// Mark returns "✓" for a solved exercise and "✗" otherwise.
func (r *Report) Mark() string {
	if r.Passed() {
		return "✓"
	}
	return "✗"
}

// todo says what a student who has not started an exercise writes: the
// function, and where its task is stated. Not the grader's Task: that
// states the formula, which the stub leaves for the student to find.
func (r *Report) todo() string {
	return lang.F("check.stub", r.Exercise, r.Lesson)
}

// Summary returns one line: the mark, the lesson number, the exercise, how
// many cases pass and, for an unsolved exercise, what to do next.
func (r *Report) Summary() string {
	head := fmt.Sprintf("%s %s %-18s", r.Mark(), lessonNumber(r.Lesson), r.Exercise)
	if r.NotImplemented {
		return head + " " + lang.F("check.notyet", r.todo())
	}
	pass, total := r.Count()
	line := head + " " + lang.F("check.summary.cases", pass, total)
	if r.Passed() {
		return line
	}
	if hints := r.Hints(); len(hints) > 0 {
		line += ": " + hints[0]
	}
	return line
}

// Text returns the whole report as plain text: the task, every case with ✓
// or ✗, got and want, and the hints of the failed cases.
func (r *Report) Text() string {
	var b strings.Builder
	pass, total := r.Count()
	fmt.Fprintf(&b, "%s %s %s\n", r.Mark(), r.Exercise, lang.F("check.lesson", r.Lesson))
	if r.NotImplemented {
		fmt.Fprintf(&b, "  %s\n", lang.F("check.notyet", r.todo()))
		fmt.Fprintf(&b, "  %s\n", lang.T("check.todo"))
		return b.String()
	}
	fmt.Fprintf(&b, "  %s\n", lang.F("check.task", r.Task))
	fmt.Fprintf(&b, "  %s\n", lang.F("check.cases", pass, total))
	for _, c := range r.Cases {
		mark := "✓"
		if !c.Pass {
			mark = "✗"
		}
		fmt.Fprintf(&b, "  %s %s\n", mark, c.Input)
		fmt.Fprintf(&b, "      %s\n", lang.F("check.text.got", c.Got))
		if !c.Pass {
			fmt.Fprintf(&b, "      %s\n", lang.F("check.text.want", c.Want))
			if c.Hint != "" {
				fmt.Fprintf(&b, "      %s\n", lang.F("check.text.hint", c.Hint))
			}
		}
	}
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "  %s\n", lang.F("check.text.note", n))
	}
	if r.Debug != nil {
		b.WriteString(r.Debug.Text())
	}
	if !r.Passed() {
		if hints := r.Hints(); len(hints) > 0 {
			fmt.Fprintf(&b, "  %s\n", lang.F("check.fixfirst", hints[0]))
		}
	}
	return b.String()
}

// String is Text, so that fmt.Println(report) prints the whole report.
func (r *Report) String() string { return r.Text() }

// HTML returns the report as a self-contained HTML fragment (inline styles,
// no script): a notebook cell displays it, and it reads the same printed in
// black and white because every row also carries ✓ or ✗.
func (r *Report) HTML() string {
	var b strings.Builder
	e := html.EscapeString
	pass, total := r.Count()
	border, bg := "#b71c1c", "#fdecea"
	if r.Passed() {
		border, bg = "#1b5e20", "#e8f5e9"
	}
	fmt.Fprintf(&b, `<div style="font-family:sans-serif;border:2px solid %s;border-radius:6px;padding:8px 12px;margin:4px 0;max-width:60em">`, border)
	fmt.Fprintf(&b, `<div style="font-size:1.15em;font-weight:bold;background:%s;padding:4px 6px">%s %s <span style="font-weight:normal;font-size:0.8em">%s</span></div>`,
		bg, e(r.Mark()), e(r.Exercise), e(lang.F("check.lesson", r.Lesson)))
	if r.NotImplemented {
		fmt.Fprintf(&b, `<div style="margin:6px 0"><b>✗</b> %s<br><small>%s</small></div></div>`, e(lang.F("check.notyet", r.todo())), e(lang.T("check.todo")))
		return b.String()
	}
	fmt.Fprintf(&b, `<div style="margin:6px 0"><b>%s</b> %s</div>`, e(lang.T("check.html.task")), e(r.Task))
	fmt.Fprintf(&b, `<div style="margin:6px 0"><b>%s</b></div>`, e(lang.F("check.cases", pass, total)))
	if hints := r.Hints(); len(hints) > 0 {
		fmt.Fprintf(&b, `<div style="margin:6px 0;padding:4px 6px;border-left:4px solid %s"><b>%s</b> %s</div>`, border, e(lang.T("check.html.fixfirst")), e(hints[0]))
	}
	th := `<th style="text-align:left;padding:2px 6px;border-bottom:1px solid #888">`
	b.WriteString(`<table style="border-collapse:collapse;font-size:0.9em">`)
	fmt.Fprintf(&b, `<tr>%s</th>%s%s</th>%s%s</th>%s%s</th>%s%s</th></tr>`, th, th, e(lang.T("check.html.input")), th, e(lang.T("check.html.got")), th, e(lang.T("check.html.want")), th, e(lang.T("check.html.hint")))
	for _, c := range r.Cases {
		mark, color, rowbg := "✓ "+lang.T("check.html.pass"), "#1b5e20", "#f4fbf4"
		if !c.Pass {
			mark, color, rowbg = "✗ "+lang.T("check.html.fail"), "#b71c1c", "#fff5f5"
		}
		td := `<td style="padding:2px 6px;border-bottom:1px solid #ddd;vertical-align:top;font-family:monospace">`
		fmt.Fprintf(&b, `<tr style="background:%s"><td style="padding:2px 6px;border-bottom:1px solid #ddd;color:%s;font-weight:bold;white-space:nowrap">%s</td>`, rowbg, color, mark)
		fmt.Fprintf(&b, "%s%s</td>%s%s</td>%s%s</td>", td, e(c.Input), td, e(c.Got), td, e(c.Want))
		fmt.Fprintf(&b, `<td style="padding:2px 6px;border-bottom:1px solid #ddd;vertical-align:top">%s</td></tr>`, e(c.Hint))
	}
	b.WriteString(`</table>`)
	for _, n := range r.Notes {
		fmt.Fprintf(&b, `<div style="margin:4px 0"><i>%s</i> %s</div>`, e(lang.T("check.html.note")), e(n))
	}
	if r.Debug != nil {
		b.WriteString(r.Debug.HTML())
	}
	if r.InProcess {
		fmt.Fprintf(&b, `<div style="margin:6px 0;font-size:0.8em;color:#555">%s</div>`, e(InProcessNote()))
	}
	b.WriteString(`</div>`)
	return b.String()
}

// InProcessNote says what a grade computed in the student's own process
// (a notebook cell) guards against and what it cannot, in the current
// language.
func InProcessNote() string { return lang.T("check.inprocess") }

// lessonNumber returns "03" for "03-regression-classification".
func lessonNumber(lesson string) string {
	if i := strings.IndexByte(lesson, '-'); i > 0 {
		return lesson[:i]
	}
	return lesson
}

// Reports is the result of grading several exercises.
type Reports []*Report

// Passed returns how many exercises are solved.
func (rs Reports) Passed() int {
	n := 0
	for _, r := range rs {
		if r.Passed() {
			n++
		}
	}
	return n
}

// Summary returns one line per exercise and a last line "9/16 exercises pass".
func (rs Reports) Summary() string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Summary())
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "%s\n", lang.F("check.exercises", rs.Passed(), len(rs)))
	return b.String()
}

// HTML returns the summary table followed by every report.
func (rs Reports) HTML() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<div style="font-family:sans-serif"><h3>%s</h3>`, html.EscapeString(lang.F("check.exercises", rs.Passed(), len(rs))))
	for _, r := range rs {
		b.WriteString(r.HTML())
	}
	b.WriteString(`</div>`)
	return b.String()
}
