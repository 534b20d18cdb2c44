package exercises

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/check"
	"github.com/stepnet/stepnet/pkg/lang"
)

// stubDocs returns the doc comment of every exported function of the
// lessons' exercise files, by name.
func stubDocs(t *testing.T) map[string]string {
	files, err := filepath.Glob(filepath.Join("..", "..", "lessons", "*", "exercises", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no exercise files: %v", err)
	}
	docs := map[string]string{}
	fset := token.NewFileSet()
	for _, f := range files {
		file, err := parser.ParseFile(fset, f, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Name.IsExported() && fn.Doc != nil {
				docs[fn.Name.Name] = fn.Doc.Text()
			}
		}
	}
	return docs
}

var stars = regexp.MustCompile(`(^|\s)(★{1,3})\s*$`)

// Every stub ends its doc comment with its difficulty, ★ to ★★★, and the
// table of tests/exercises/README.md gives the same mark.
func TestStubsCarryTheirDifficulty(t *testing.T) {
	docs := stubDocs(t)
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range check.Exercises() {
		doc, ok := docs[e.Name]
		if !ok {
			t.Errorf("%s: no documented stub in lessons/%s/exercises", e.Name, e.Lesson)
			continue
		}
		m := stars.FindStringSubmatch(strings.TrimSpace(doc))
		if m == nil {
			t.Errorf("%s: the stub's doc comment must end with its difficulty, ★ to ★★★:\n%s", e.Name, doc)
			continue
		}
		// the README row that names the function gives the same mark
		found := false
		for _, line := range strings.Split(string(readme), "\n") {
			if strings.Contains(line, "`"+e.Name+"(") || strings.Contains(line, "`"+e.Name+"`") {
				cells := strings.Split(line, "|")
				if len(cells) > 3 && strings.TrimSpace(cells[3]) == m[2] {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%s: the exercise table of tests/exercises/README.md must give it %s", e.Name, m[2])
		}
	}
}

// giveaways are, for the exercises whose point is to find a formula, pieces
// of the answer as the graders' hints and the lessons' solutions write it:
// neither the stub nor the report's task line may contain them (one list
// for both languages: the formulas are the same in French).
var giveaways = map[string][]string{
	"Sigmoid":            {"1 / (1 + e⁻ᵃ)", "1/(1+e"},
	"SigmoidDeriv":       {"g(a)(1 − g(a))", "g(a)·(1 − g(a))"},
	"TanhDeriv":          {"1 − tanh²"},
	"GaussianDeriv":      {"−2a"},
	"OutputDelta":        {"2(o"},
	"HiddenDelta":        {"(Wˡ⁺¹)ᵀ δˡ⁺¹", "Σᵢ wᵢⱼˡ⁺¹ δᵢˡ⁺¹"},
	"WeightGradient":     {"δᵢˡ hⱼˡ⁻¹", "δˡ (hˡ⁻¹)ᵀ"},
	"Backward":           {"2(o", "(Wˡ⁺¹)ᵀ δˡ⁺¹", "δˡ (hˡ⁻¹)ᵀ"},
	"GDStep":             {"2λw"},
	"MomentumStep":       {"μv − η"},
	"LearningRateRegime": {"1/h", "2η_opt"},
	"Softmax":            {"m = max(o)", "oⱼ − max"},
	"MSE":                {"(1/N) Σᵢ Σⱼ"},
	"MinibatchEpoch":     {"min((k+1)"},
	"ChainDzDx":          {"∂z/∂a · ∂a/∂x", "∂z/∂a ∂a/∂x", "30g′"},
	"ChainDzDy":          {"6g(5x)h′(y)", "2·3·f′"},
	"ChainLocal":         {"5g′(5x)", "= 6h(y)"},
	"InitStd":            {"1/√"},
	"EtaMax":             {"2/λ"},
	"SoftmaxCEDelta":     {"p − y"},
	"L2Minimum":          {"2λI"},
	"Regions":            {"C(k,"},
	"Conv2D":             {"s·i+u−p", "(H + 2p − k)/s"},
	"ConvWeightGradient": {"s·i+u−p"},
	"ConvParams":         {"C·k·k", "k·k·C"},
}

// The stubs state the task without the formula to type in: none contains
// the assignments of the answer as the graders' hints write them.
func TestStubsDoNotGiveTheFormula(t *testing.T) {
	docs := stubDocs(t)
	for name, pieces := range giveaways {
		if _, ok := docs[name]; !ok {
			t.Errorf("%s: no documented stub", name)
		}
		for _, giveaway := range pieces {
			if strings.Contains(docs[name], giveaway) {
				t.Errorf("%s: the stub gives the answer away (%q):\n%s", name, giveaway, docs[name])
			}
		}
	}
}

// A failing report opens with the grader's task (check.task.NAME): it states
// the task as the stub does, without the formula, in both languages, or one
// wrong attempt would show the answer.
func TestTasksDoNotGiveTheFormula(t *testing.T) {
	for name, pieces := range giveaways {
		for _, tag := range []string{"en", "fr"} {
			task, err := lang.In(tag, "check.task."+name)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			for _, giveaway := range pieces {
				if strings.Contains(task, giveaway) {
					t.Errorf("%s (%s): the task line gives the answer away (%q): %s", name, tag, giveaway, task)
				}
			}
		}
	}
}

// Every lesson with a "Try it" section has the teacher's answer key in
// solutions/NN-slug/try-it.md, linked from solutions/README.md, with a
// section for each numbered item of the lesson.
func TestEveryTryItHasAKey(t *testing.T) {
	lessons, err := filepath.Glob(filepath.Join("..", "..", "lessons", "*", "lesson.md"))
	if err != nil || len(lessons) == 0 {
		t.Fatalf("no lessons: %v", err)
	}
	index, err := os.ReadFile(filepath.Join("..", "..", "solutions", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	item := regexp.MustCompile(`(?m)^\*\*(\d+)\. `)
	for _, l := range lessons {
		src, err := os.ReadFile(l)
		if err != nil {
			t.Fatal(err)
		}
		i := strings.Index(string(src), "\n## Try it\n")
		if i < 0 {
			continue
		}
		slug := filepath.Base(filepath.Dir(l))
		key, err := os.ReadFile(filepath.Join("..", "..", "solutions", slug, "try-it.md"))
		if err != nil {
			t.Errorf("%s has a Try it section but no solutions/%s/try-it.md", slug, slug)
			continue
		}
		if !strings.Contains(string(index), "("+slug+"/try-it.md)") {
			t.Errorf("solutions/README.md does not link %s/try-it.md", slug)
		}
		section := string(src[i:])
		if j := strings.Index(section[1:], "\n## "); j >= 0 {
			section = section[:j+1]
		}
		for _, m := range item.FindAllStringSubmatch(section, -1) {
			if !regexp.MustCompile(`(?m)^## ` + m[1] + `\. `).Match(key) {
				t.Errorf("solutions/%s/try-it.md has no section \"## %s. …\" for the lesson's item %s", slug, m[1], m[1])
			}
		}
	}
}

// The points table of tests/exercises/README.md is check.Exercises(): every
// exercise with its points in its lesson's row, and the total.
func TestPointsTableIsTheCode(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, line := range strings.Split(string(readme), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) == 4 && regexp.MustCompile(`^ \d\d $`).MatchString(cells[1]) {
			rows[strings.TrimSpace(cells[1])] = cells[2]
		}
	}
	total := 0.0
	for _, e := range check.Exercises() {
		total += e.Points
		row := rows[e.Lesson[:2]]
		if !regexp.MustCompile(`(^|[ ,])` + e.Name + ` ` + strconv.FormatFloat(e.Points, 'g', -1, 64) + `(,|\s*$)`).MatchString(row) {
			t.Errorf("the points table's row %s must say %s %g: %q", e.Lesson[:2], e.Name, e.Points, row)
		}
	}
	if !strings.Contains(string(readme), "| | total "+strconv.FormatFloat(total, 'g', -1, 64)+" |") {
		t.Errorf("the points table's total must be %g", total)
	}
	if !strings.Contains(string(readme), "`Total ("+strconv.FormatFloat(total, 'g', -1, 64)+")`") {
		t.Errorf("the gradebook's columns must name `Total (%g)`", total)
	}
}
