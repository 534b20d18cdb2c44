package grade

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stepnet/stepnet/pkg/check"
)

// The class of the tests: a correct student, one with classic mistakes,
// one who hands in a notebook, one whose functions misbehave in every way
// the sandbox knows (each in its own exercise, so that the others are still
// graded), and one with a package that does not compile.

const malloryGo = `package exercises

import (
	"fmt"
	"log"
	"math"
	"os"
	"time"

	"github.com/stepnet/stepnet/pkg/mlp"
)

func Sigmoid(a float64) float64 {
	if a > 2 {
		os.Exit(0) // the fourth case is a = 2.5
	}
	return 1 / (1 + math.Exp(-a))
}

func SigmoidDeriv(a float64) float64 { log.Fatal("I give up"); return 0 }

func Tanh(a float64) float64 { return Tanh(a) + 1 }

func TanhDeriv(a float64) float64 {
	done := make(chan float64)
	go func() { var s []float64; done <- s[3] }()
	return <-done
}

func Gaussian(a float64) float64 {
	x := make([]float64, 10e9/8) // 10 GB
	x[len(x)-1] = a
	return x[len(x)-1]
}

func GaussianDeriv(a float64) float64 { time.Sleep(time.Hour); return 0 }

func ReLU(a float64) float64 {
	for i := 0; i < 200000; i++ {
		fmt.Println("debugging ReLU, debugging ReLU, debugging ReLU")
	}
	return math.Max(0, a)
}

func ReLUDeriv(a float64) float64 {
	for {
	}
}

func NeuronOutput(w []float64, w0 float64, x []float64, g func(float64) float64) float64 {
	os.WriteFile("OUTSIDE", []byte("owned"), 0o644)
	a := w0
	for j := range w {
		a += w[j] * x[j]
	}
	return g(a)
}

func Softmax(o []float64) []float64 { return mlp.Softmax(o) }
`

const bobGo = `package exercises

import "math"

// The sign of the exponent.
func Sigmoid(a float64) float64 { return 1 / (1 + math.Exp(a)) }

func ReLU(a float64) float64 { return math.Abs(a) }

// No max(o) subtracted.
func Softmax(o []float64) []float64 {
	p := make([]float64, len(o))
	s := 0.0
	for j, v := range o {
		p[j] = math.Exp(v)
		s += p[j]
	}
	for j := range p {
		p[j] /= s
	}
	return p
}
`

// carol hands in her lesson notebooks: GoNB cells with %% bodies that call
// the graders.
func carolNotebook(t *testing.T) []byte {
	cells := []string{
		"!*rm -f go.work && go work init && go work use . /kit",
		"import (\n\t\"math\"\n\t\"github.com/stepnet/stepnet/pkg/check\"\n)\n\n// mySigmoid is g(a).\nfunc mySigmoid(a float64) float64 { return 1 / (1 + math.Exp(-a)) }\n\n%%\nshow.HTML(check.Sigmoid(mySigmoid).HTML())",
		"// a first attempt, fixed below\nfunc myReLU(a float64) float64 { return 0 }",
		"func myReLU(a float64) float64 { return a }\n\n%%\nshow.HTML(check.ReLU(myReLU).HTML())",
		"import \"math\"\n\nfunc softy(o []float64) []float64 {\n\tm := o[0]\n\tfor _, v := range o { m = math.Max(m, v) }\n\tp := make([]float64, len(o))\n\ts := 0.0\n\tfor j, v := range o { p[j] = math.Exp(v - m); s += p[j] }\n\tfor j := range p { p[j] /= s }\n\treturn p\n}\n\n%%\nfmt.Println(check.Softmax(softy))",
	}
	type cell struct {
		CellType string   `json:"cell_type"`
		Source   []string `json:"source"`
		Metadata struct{} `json:"metadata"`
		Outputs  []any    `json:"outputs"`
	}
	var nb struct {
		Cells []cell `json:"cells"`
	}
	nb.Cells = append(nb.Cells, cell{CellType: "markdown", Source: []string{"# Lesson 01\n"}})
	for _, c := range cells {
		lines := strings.SplitAfter(c, "\n")
		nb.Cells = append(nb.Cells, cell{CellType: "code", Source: lines, Outputs: []any{}})
	}
	b, err := json.Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func makeClass(t *testing.T, kit string) string {
	dir := t.TempDir()
	for _, lesson := range []string{"01-single-neuron", "03-regression-classification"} {
		b, err := os.ReadFile(filepath.Join(kit, "solutions", lesson, "solutions.go"))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "alice", lesson, "exercises", "exercises.go"), b)
	}
	writeFile(t, filepath.Join(dir, "bob", "exercises.go"), []byte(bobGo))
	writeFile(t, filepath.Join(dir, "carol", "01-single-neuron.ipynb"), carolNotebook(t))
	writeFile(t, filepath.Join(dir, "mallory", "work", "ex.go"), []byte(strings.Replace(malloryGo, "OUTSIDE", filepath.Join(dir, "outside.txt"), 1)))
	// dave: lesson 01 compiles, lesson 03 does not
	writeFile(t, filepath.Join(dir, "dave", "01", "ex.go"), []byte("package exercises\n\nimport \"math\"\n\nfunc Sigmoid(a float64) float64 { return 1 / (1 + math.Exp(-a)) }\n"))
	writeFile(t, filepath.Join(dir, "dave", "03", "ex.go"), []byte("package exercises\n\nfunc Softmax(o []float64) []float64 { return o + 1 }\n"))
	return dir
}

// points returns the earned points of one exercise of a student.
func points(t *testing.T, s *Student, name string) (float64, *ExerciseResult) {
	t.Helper()
	for i := range s.Exercises {
		if s.Exercises[i].Exercise.Name == name {
			return s.Exercises[i].Points, &s.Exercises[i]
		}
	}
	t.Fatalf("%s: no exercise %s", s.Name, name)
	return 0, nil
}

func TestClass(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a harness per student")
	}
	kit, err := KitRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	class := makeClass(t, kit)
	// CaseWall is generous: on a loaded machine (make test runs notebooks beside
	// it) the students who flood the output or loop must still be stopped by
	// their own limit, not by the wall clock (TestClass failed so at load 10).
	o := Options{Kit: kit, Only: "01,Softmax", CaseCPU: 500 * time.Millisecond, ExerciseCPU: 3 * time.Second, CaseWall: 6 * time.Second, Secret: "teacher's secret"}
	var progress bytes.Buffer
	o.Progress = &progress
	students, err := GradeClass(class, o)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]*Student{}
	for _, s := range students {
		by[s.Name] = s
		if s.Err != "" {
			t.Errorf("%s not graded: %s", s.Name, s.Err)
		}
	}
	if !strings.Contains(progress.String(), "5/5 students") {
		t.Errorf("no progress bar: %q", progress.String())
	}
	// alice: every exercise, all points (lesson 01's ten, 11 points, and Softmax's 2)
	if a := by["alice"]; a.Total() != 13 || !a.AllPass() {
		t.Errorf("alice: %.2f points, want 13:\n%s", a.Total(), a.Reports().Summary())
	}
	type want struct {
		student, exercise string
		points            float64
		says              string // in the exercise's summary line
	}
	for _, w := range []want{
		{"bob", "Sigmoid", 1.0 / 11, "the sign of the exponent"},
		{"bob", "ReLU", 5.0 / 11, "for a ≤ 0, g(a) = 0"},
		{"bob", "Softmax", 0.7 * 2, "softmax overflows"},
		{"bob", "Tanh", 0, "not implemented yet"},
		{"carol", "Sigmoid", 1, ""},
		{"carol", "ReLU", 5.0 / 11, "that is a itself"}, // the later cell replaced the first attempt
		{"carol", "Softmax", 2, ""},
		{"mallory", "Sigmoid", 3.0 / 11, "os.Exit(0)"},
		{"mallory", "SigmoidDeriv", 0, "log.Fatal"},
		{"mallory", "Tanh", 0, "endless recursion"},
		{"mallory", "TanhDeriv", 0, "in a goroutine the function started"},
		{"mallory", "Gaussian", 0, "out of memory"},
		{"mallory", "GaussianDeriv", 0, "time.Sleep"},
		{"mallory", "ReLU", 0, "printed more than 1 MiB"},
		{"mallory", "ReLUDeriv", 0, "an endless loop?"},
		{"mallory", "NeuronOutput", 0, "writes files (os.WriteFile at ex.go:51)"},
		{"mallory", "Softmax", 2, ""},
		{"dave", "Sigmoid", 1, ""},
		{"dave", "Softmax", 0, "does not compile"},
	} {
		p, x := points(t, by[w.student], w.exercise)
		line := x.Report.Summary()
		if math.Abs(p-w.points) > 1e-9 {
			t.Errorf("%s %s: %.4f points, want %.4f: %s", w.student, w.exercise, p, w.points, line)
		}
		if w.says != "" && !strings.Contains(line+" "+x.Problem, w.says) {
			t.Errorf("%s %s: the summary does not say %q:\n%s\n(problem: %s)", w.student, w.exercise, w.says, line, x.Problem)
		}
		if w.says == "" && !x.Report.Passed() {
			t.Errorf("%s %s must pass: %s", w.student, w.exercise, line)
		}
	}
	// the documented timings: a sleeping call is stopped after -case-wall,
	// an endless loop after -case-cpu of CPU time
	_, sleep := points(t, by["mallory"], "GaussianDeriv")
	if sleep.Wall < o.CaseWall || sleep.Wall > o.CaseWall+5*time.Second {
		t.Errorf("the sleeping exercise took %v, want about -case-wall = %v", sleep.Wall, o.CaseWall)
	}
	_, loop := points(t, by["mallory"], "ReLUDeriv")
	// (on a loaded machine the loop may get so little CPU that the
	// wall-clock backstop stops it first: both are timeouts)
	if loop.CPU > o.ExerciseCPU+time.Second || !strings.Contains(loop.Report.Summary(), "timeout") {
		t.Errorf("the looping exercise used %v of CPU, want at most -exercise-cpu %v, and a timeout: %s", loop.CPU, o.ExerciseCPU, loop.Report.Summary())
	}
	if _, err := os.Stat(filepath.Join(class, "outside.txt")); err == nil && by["mallory"].Landlock {
		t.Error("with Landlock, the file written outside the exercise's folder must not exist")
	}
	// "not run" never above the cause that stopped the run
	_, sl := points(t, by["mallory"], "GaussianDeriv")
	if h := sl.Report.Hints(); len(h) == 0 || strings.HasPrefix(h[0], "not run") {
		t.Errorf("the first hint of a stopped exercise must be its cause: %q", h)
	}
	// each student's random cases differ (the secret), the table cases do not
	_, ab := points(t, by["alice"], "Softmax")
	_, bb := points(t, by["bob"], "Softmax")
	if ab.Report.Cases[0].Input != bb.Report.Cases[0].Input || ab.Report.Cases[9].Input == bb.Report.Cases[9].Input {
		t.Errorf("table cases must be shared and random cases drawn per student: %q %q / %q %q",
			ab.Report.Cases[0].Input, bb.Report.Cases[0].Input, ab.Report.Cases[9].Input, bb.Report.Cases[9].Input)
	}

	// the gradebook: every student, a column per exercise and the total
	out := t.TempDir()
	if err := WriteClass(out, students, "test"); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(out, "gradebook.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 6 || rows[0][0] != "Username" || rows[0][1] != "01 Sigmoid (1)" || rows[0][len(rows[0])-1] != "Total (13)" || len(rows[0]) != 13 {
		t.Errorf("gradebook header/rows: %q (%d rows)", rows[0], len(rows))
	}
	if rows[1][0] != "alice" || rows[1][12] != "13.00" {
		t.Errorf("alice's row: %q", rows[1])
	}
	for _, name := range []string{"class.html", "hints.svg", "feedback/mallory.html", "feedback/carol.html"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || len(b) == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	page, _ := os.ReadFile(filepath.Join(out, "feedback", "mallory.html"))
	for _, s := range []string{"os.Exit(0)", "endless recursion", "out of memory", "github.com/stepnet/stepnet/pkg/mlp: calling the reference"} {
		if !bytes.Contains(page, []byte(s)) {
			t.Errorf("mallory's feedback page does not say %q", s)
		}
	}
	_ = check.Exercises
}
