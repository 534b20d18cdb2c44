package grade

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/stepnet/stepnet/internal/atomicfile"
	"github.com/stepnet/stepnet/pkg/check"
)

// The gradebook is a CSV file, comma-separated, UTF-8, one header line then
// one row per student:
//
//	Username, 00 DenseParams (1), 01 Sigmoid (1), …, 14 ConvParams (1), Total (N)
//
// N is the sum of the graded exercises' points (the table in tests/exercises/README.md).
//
// Username is the student's folder name (on JupyterHub, the user name);
// every other column is the points earned, with a dot and two decimals.
// Moodle imports it with Grades → Import → CSV file: map Username to the
// user field "Username" (or "ID number"), and each exercise column, or only
// Total, to a grade item whose maximum is the number in parentheses.

// columnName is an exercise's gradebook column.
func columnName(e check.Exercise) string {
	return fmt.Sprintf("%s %s (%g)", e.Lesson[:2], e.Name, e.Points)
}

// WriteCSV writes the gradebook of the students.
func WriteCSV(w io.Writer, students []*Student) error {
	cw := csv.NewWriter(w)
	if len(students) == 0 {
		cw.Flush()
		return cw.Error()
	}
	head := []string{"Username"}
	max := 0.0
	for _, e := range students[0].Exercises {
		head = append(head, columnName(e.Exercise))
		max += e.Exercise.Points
	}
	head = append(head, fmt.Sprintf("Total (%g)", max))
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, s := range students {
		row := []string{s.Name}
		for _, e := range s.Exercises {
			row = append(row, fmt.Sprintf("%.2f", e.Points))
		}
		row = append(row, fmt.Sprintf("%.2f", s.Total()))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

const pageHead = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%s</title>
<style>body{font-family:sans-serif;max-width:70em;margin:1em auto;padding:0 1em}table.t{border-collapse:collapse}table.t td,table.t th{border-bottom:1px solid #ccc;padding:2px 8px;text-align:left}</style></head><body>
`

// FeedbackHTML is a student's feedback page: the points of each exercise,
// what to fix first, then every report (each case; for a failed forward or
// backward pass, the step-through beside the reference's).
func FeedbackHTML(s *Student) string {
	var b strings.Builder
	e := html.EscapeString
	fmt.Fprintf(&b, pageHead, e("stepnet: "+s.Name))
	max := 0.0
	for _, x := range s.Exercises {
		max += x.Exercise.Points
	}
	fmt.Fprintf(&b, "<h1>%s: %.2f / %g points</h1>\n", e(s.Name), s.Total(), max)
	fmt.Fprintf(&b, "<p>%d of %d exercises pass.", s.Passed(), len(s.Exercises))
	if s.Seed != 0 {
		b.WriteString(" Besides the practice cases you can see in the kit, each grader also drew random cases for you alone.")
	}
	b.WriteString("</p>\n")
	if s.Err != "" {
		fmt.Fprintf(&b, "<p><b>Not graded:</b> %s</p>\n", e(s.Err))
	}
	b.WriteString(`<table class="t"><tr><th></th><th>exercise</th><th>points</th><th>cases</th><th>what to fix first</th></tr>` + "\n")
	for _, x := range s.Exercises {
		pass, total := x.Report.Count()
		fix := ""
		if !x.Report.Passed() {
			if x.Report.NotImplemented {
				fix = "not implemented yet"
			} else if h := x.Report.Hints(); len(h) > 0 {
				fix = h[0]
			}
		}
		fmt.Fprintf(&b, "<tr><td>%s</td><td><a href=\"#%s\">%s %s</a></td><td>%.2f / %g</td><td>%d/%d</td><td>%s</td></tr>\n",
			x.Report.Mark(), e(x.Exercise.Name), e(x.Exercise.Lesson[:2]), e(x.Exercise.Name), x.Points, x.Exercise.Points, pass, total, e(fix))
	}
	b.WriteString("</table>\n")
	for _, x := range s.Exercises {
		fmt.Fprintf(&b, "<h2 id=\"%s\">%s</h2>\n", e(x.Exercise.Name), e(x.Exercise.Name))
		if x.From != "" {
			fmt.Fprintf(&b, "<p><small>from %s; %.3f s of CPU</small></p>\n", e(x.From), x.CPU.Seconds())
		}
		b.WriteString(x.Report.HTML())
		if x.Output != "" {
			fmt.Fprintf(&b, "<details><summary>what it printed (the beginning)</summary><pre>%s</pre></details>\n", e(x.Output))
		}
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// hintCount is how many students' exercise had a given first hint.
type hintCount struct {
	exercise, hint string
	n              int
}

// topHints returns, for each exercise, its most frequent first hints across
// the students (at most per of them), most frequent first.
func topHints(students []*Student, per int) []hintCount {
	count := map[[2]string]int{}
	for _, s := range students {
		for _, x := range s.Exercises {
			if x.Report.Passed() {
				continue
			}
			if x.Report.NotImplemented {
				continue // not a hint: counted apart (notImplemented)
			}
			hs := x.Report.Hints()
			if len(hs) == 0 {
				continue
			}
			h := hs[0]
			count[[2]string{x.Exercise.Name, h}]++
		}
	}
	byEx := map[string][]hintCount{}
	for k, n := range count {
		byEx[k[0]] = append(byEx[k[0]], hintCount{k[0], k[1], n})
	}
	var out []hintCount
	for _, e := range check.Exercises() {
		hs := byEx[e.Name]
		sort.Slice(hs, func(i, j int) bool {
			if hs[i].n != hs[j].n {
				return hs[i].n > hs[j].n
			}
			return hs[i].hint < hs[j].hint
		})
		if len(hs) > per {
			hs = hs[:per]
		}
		out = append(out, hs...)
	}
	return out
}

var numbers = regexp.MustCompile(`[-+]?\d+(\.\d+)?(e[-+]?\d+)?`)

// shortHint trims a hint for a figure's label.
func shortHint(h string) string {
	if i := strings.Index(h, ": "); i > 0 && i < 40 && strings.HasPrefix(h, "got ") {
		h = h[i+2:]
	}
	r := []rune(h)
	if len(r) > 70 {
		h = string(r[:69]) + "…"
	}
	return h
}

// HintsFigure draws which hints fired most, per exercise: one horizontal
// bar per (exercise, hint), its length the number of students, in format
// "svg" or "png".
func HintsFigure(students []*Student, format string) ([]byte, error) {
	hs := topHints(students, 3)
	p := plot.New()
	p.Title.Text = "What the class got wrong: the first hint of each failed exercise"
	p.X.Label.Text = "students"
	if len(hs) == 0 {
		hs = []hintCount{{"(none)", "every exercise passes", 0}}
	}
	vals := make(plotter.Values, len(hs))
	labels := make([]string, len(hs))
	for i, h := range hs {
		k := len(hs) - 1 - i // first on top
		vals[k] = float64(h.n)
		labels[k] = h.exercise + ": " + shortHint(h.hint)
	}
	bars, err := plotter.NewBarChart(vals, vg.Points(9))
	if err != nil {
		return nil, err
	}
	bars.Horizontal = true
	bars.Color = plotter.DefaultLineStyle.Color
	p.Add(bars)
	p.NominalY(labels...)
	p.Y.Tick.Label.Font.Size = vg.Points(7)
	top := 1.0
	for _, v := range vals {
		top = math.Max(top, v)
	}
	p.X.Min, p.X.Max = 0, top+0.5
	p.X.Tick.Marker = integerTicks{}
	height := vg.Points(float64(60 + 13*len(hs)))
	w, err := p.WriterTo(vg.Points(720), height, format)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// integerTicks marks whole numbers of students.
type integerTicks struct{}

func (integerTicks) Ticks(min, max float64) []plot.Tick {
	step := math.Max(1, math.Ceil((max-min)/10))
	var ts []plot.Tick
	for v := math.Ceil(min); v <= max; v += step {
		ts = append(ts, plot.Tick{Value: v, Label: fmt.Sprint(v)})
	}
	return ts
}

// notImplemented counts, per exercise, the students who did not write it.
func notImplemented(students []*Student) map[string]int {
	n := map[string]int{}
	for _, s := range students {
		for _, x := range s.Exercises {
			if x.Report.NotImplemented {
				n[x.Exercise.Name]++
			}
		}
	}
	return n
}

// ClassHTML is the teacher's page: the points of every student, and the
// hints figure (hints.svg beside it).
func ClassHTML(students []*Student, timing string) string {
	var b strings.Builder
	e := html.EscapeString
	fmt.Fprintf(&b, pageHead, "stepnet: class grades")
	fmt.Fprintf(&b, "<h1>Class grades: %d students</h1>\n<p>%s. The gradebook is <a href=\"gradebook.csv\">gradebook.csv</a>; each student's feedback is in feedback/.</p>\n", len(students), e(timing))
	b.WriteString("<h2>What the class got wrong</h2>\n<p><img src=\"hints.svg\" alt=\"the most frequent first hints per exercise\" style=\"max-width:100%\"></p>\n")
	b.WriteString(`<table class="t"><tr><th>exercise</th><th>students</th><th>first hint</th></tr>` + "\n")
	for _, h := range topHints(students, 3) {
		fmt.Fprintf(&b, "<tr><td>%s</td><td>%d</td><td>%s</td></tr>\n", e(h.exercise), h.n, e(h.hint))
	}
	b.WriteString("</table>\n")
	if ni := notImplemented(students); len(ni) > 0 {
		b.WriteString("<p>Not implemented (not in the figure): ")
		first := true
		for _, e := range check.Exercises() {
			if n := ni[e.Name]; n > 0 {
				if !first {
					b.WriteString(", ")
				}
				first = false
				fmt.Fprintf(&b, "%s %d", e.Name, n)
			}
		}
		b.WriteString(" students.</p>\n")
	}
	b.WriteString("<h2>Points</h2>\n<table class=\"t\"><tr><th>student</th><th>total</th><th>passed</th>")
	if len(students) > 0 {
		for _, x := range students[0].Exercises {
			fmt.Fprintf(&b, "<th title=\"%s\">%s</th>", e(x.Exercise.Name), e(x.Exercise.Lesson[:2]+" "+x.Exercise.Name))
		}
	}
	b.WriteString("</tr>\n")
	for _, s := range students {
		fmt.Fprintf(&b, "<tr><td><a href=\"feedback/%s.html\">%s</a></td><td>%.2f</td><td>%d/%d</td>", e(fileName(s.Name)), e(s.Name), s.Total(), s.Passed(), len(s.Exercises))
		for _, x := range s.Exercises {
			fmt.Fprintf(&b, "<td>%s %.2f</td>", x.Report.Mark(), x.Points)
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>\n</body></html>\n")
	return b.String()
}

// fileName makes a student's name safe as a file name.
func fileName(name string) string {
	return regexp.MustCompile(`[^A-Za-z0-9._-]+`).ReplaceAllString(name, "_")
}

// WriteClass writes gradebook.csv, class.html, hints.svg and
// feedback/<student>.html into out.
func WriteClass(out string, students []*Student, timing string) error {
	if err := os.MkdirAll(filepath.Join(out, "feedback"), 0o755); err != nil {
		return err
	}
	var csvb bytes.Buffer
	if err := WriteCSV(&csvb, students); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(out, "gradebook.csv"), csvb.Bytes(), 0o644); err != nil {
		return err
	}
	svg, err := HintsFigure(students, "svg")
	if err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(out, "hints.svg"), svg, 0o644); err != nil {
		return err
	}
	if err := atomicfile.WriteFile(filepath.Join(out, "class.html"), []byte(ClassHTML(students, timing)), 0o644); err != nil {
		return err
	}
	for _, s := range students {
		if err := atomicfile.WriteFile(filepath.Join(out, "feedback", fileName(s.Name)+".html"), []byte(FeedbackHTML(s)), 0o644); err != nil {
			return err
		}
	}
	return nil
}
