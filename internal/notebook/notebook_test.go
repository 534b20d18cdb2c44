package notebook

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

const sample = `<!-- figures: 2 -->
# Title

Intro text.

` + "```text" + `
# not a heading: inside a fence
` + "```" + `

## Section

` + "```go" + `
import "fmt"

%%
fmt.Println(1)
show.PNG(b)
` + "```" + `
after the code
<!-- cell -->
second part
`

func TestParseCells(t *testing.T) {
	l, err := Parse("00-x", "lessons/00-x/lesson.md", sample)
	if err != nil {
		t.Fatal(err)
	}
	if l.Figures != 2 {
		t.Errorf("Figures = %d, want 2", l.Figures)
	}
	// Read off the sample by hand: the title cell keeps the ```text block (its "#" line is no
	// heading), "## Section" starts a cell, the go block is one cell, <!-- cell --> cuts the rest.
	want := []Cell{
		{Markdown, "# Title\n\nIntro text.\n\n```text\n# not a heading: inside a fence\n```", 2},
		{Markdown, "## Section", 10},
		{Code, "import \"fmt\"\n\n%%\nfmt.Println(1)\nshow.PNG(b)", 13},
		{Markdown, "after the code", 19},
		{Markdown, "second part", 21},
	}
	if len(l.Cells) != len(want) {
		t.Fatalf("%d cells, want %d: %+v", len(l.Cells), len(want), l.Cells)
	}
	for i, w := range want {
		if l.Cells[i] != w {
			t.Errorf("cell %d = %+v, want %+v", i+1, l.Cells[i], w)
		}
	}
	if got := l.Where(2); got != "lessons/00-x/lesson.md:13" {
		t.Errorf("Where = %q", got)
	}
}

func TestParseRejects(t *testing.T) {
	fence := func(body string) string { return "# T\n\n```go\n" + body + "\n```\n" }
	cases := []struct{ text, want string }{
		{"# T\n```go\n%%\nx := 1\n", "lesson.md:2: the ```go block is never closed"},
		{fence("%%\na()\n%%\nb()"), "a second %% line"},
		{fence("!*go get x"), "kernel commands"},
		{fence("%env A 1\n%%\nf()"), "kernel commands"},
		{fence("import \"github.com/janpfeifer/gonb/gonbui\"\n%%\ngonbui.DisplayHTML(s)"), "do not import a kernel's package"},
		{fence("func main() {}"), "no func main"},
		{fence("%%\nshow.JPEG(b)"), "show.JPEG is not a display call"},
		{fence("%%\nfmt.Println(\"above\")\nshow.PNG(b)\nfmt.Printf(\"%d\", n)"), "line 4 of the block prints after the show.PNG of line 3"},
		{fence("%%\nshow.HTML(h)\nfmt.Fprintln(os.Stdout, 1)"), "prints after the show.HTML"},
		{fence(""), "empty ```go block"},
		{"<!-- figure: 1 -->\n# T", "unknown directive"},
		{"<!-- figures: 1 -->\n<!-- figures: 2 -->\n# T", "a second <!-- figures: N --> line"},
		{"\n\n", "the lesson is empty"},
	}
	for _, c := range cases {
		_, err := Parse("00-x", "lessons/00-x/lesson.md", c.text)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%q) = %v, want an error with %q", c.text, err, c.want)
		}
	}
}

func TestGonbSource(t *testing.T) {
	in := "%%\nshow.PNG(b)\nshow.HTML(s)\nshow.SVG(v)\nshow.Markdown(m)\nnoshow.PNG(x)"
	want := "import \"github.com/janpfeifer/gonb/gonbui\"\n%%\ndefer gonbui.Sync() // wait until GoNB has shown everything\ngonbui.DisplayPNG(b)\ngonbui.DisplayHTML(s)\n" +
		"gonbui.DisplaySVG(v)\ngonbui.DisplayMarkdown(m)\nnoshow.PNG(x)"
	if got := GonbSource(in); got != want {
		t.Errorf("GonbSource:\n%s\nwant\n%s", got, want)
	}
	if got := GonbSource("%%\nfmt.Println(1)"); got != "%%\nfmt.Println(1)" {
		t.Errorf("a cell without show changed: %q", got)
	}
}

// A cell that imports pkg/must starts with must.Catch on GoNB (after gonbui.Sync, so that Catch
// runs first); a cell that only declares, or does not import must, gets nothing.
func TestGonbSourceCatch(t *testing.T) {
	in := "import (\n\t\"github.com/stepnet/stepnet/pkg/must\"\n)\n\n%%\nshow.PNG(must.LessonFigure(\"05\", \"regimes\"))"
	want := "import \"github.com/janpfeifer/gonb/gonbui\"\nimport (\n\t\"github.com/stepnet/stepnet/pkg/must\"\n)\n\n%%\n" +
		"defer gonbui.Sync() // wait until GoNB has shown everything\n" + GonbCatch + "\ngonbui.DisplayPNG(must.LessonFigure(\"05\", \"regimes\"))"
	if got := GonbSource(in); got != want {
		t.Errorf("GonbSource:\n%s\nwant\n%s", got, want)
	}
	in = "import \"github.com/stepnet/stepnet/pkg/must\"\n%%\nx := must.Float(1, nil)"
	if got, want := GonbSource(in), "import \"github.com/stepnet/stepnet/pkg/must\"\n%%\n"+GonbCatch+"\nx := must.Float(1, nil)"; got != want {
		t.Errorf("GonbSource:\n%s\nwant\n%s", got, want)
	}
	for _, in := range []string{
		"import \"github.com/stepnet/stepnet/pkg/must\"\n\nfunc f() float64 { return must.Float(1, nil) }",
		"import \"github.com/stepnet/stepnet/pkg/mustard\"\n%%\nmustard.X()",
	} {
		if got := GonbSource(in); got != in {
			t.Errorf("GonbSource changed %q:\n%s", in, got)
		}
	}
}

// The setup cell's script pins the GoNB release that the generator and scripts/setup.sh pin.
func TestGonbSetupScript(t *testing.T) {
	b, err := os.ReadFile("../../scripts/gonb-setup.sh")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "gonb="+GonbVersion+"\n") || !strings.Contains(string(b), "module="+Module+"\n") {
		t.Errorf("scripts/gonb-setup.sh does not pin gonb=%s and module=%s", GonbVersion, Module)
	}
	if !strings.Contains(GonbSetup, "/scripts/gonb-setup.sh") || strings.Count(GonbSetup, "\n") != 0 {
		t.Errorf("the setup cell is not one line running the script: %q", GonbSetup)
	}
}

func TestBuildAndMarshal(t *testing.T) {
	l, err := Parse("00-x", "lessons/00-x/lesson.md", "# T\n\n```go\n%%\nfmt.Println(\"<é>\")\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	nb := GoNB.Build(l, nil)
	var ids []string
	for _, c := range nb.Cells {
		ids = append(ids, c.ID)
	}
	if got := strings.Join(ids, " "); got != "c01 setup c02" {
		t.Fatalf("cell ids %q, want the setup cell right before the first code cell", got)
	}
	b, err := nb.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	// The layout Jupyter writes: sorted keys, one-space indent, source as a list of lines, no
	// escaping of <, > or non-ASCII.
	for _, want := range []string{
		"{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"id\": \"c01\",\n   \"metadata\": {},\n   \"source\": [\n    \"# T\"\n   ]\n  },",
		"   \"execution_count\": null,\n   \"id\": \"c02\",\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n    \"%%\\n\",\n    \"fmt.Println(\\\"<é>\\\")\"\n   ]",
		"\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n",
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("notebook lacks %q:\n%s", want, b)
		}
	}
	back, err := Unmarshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := Compare("x.ipynb", nb, back); err != nil {
		t.Errorf("a notebook differs from itself after a round trip: %v", err)
	}
	b2, _ := back.Marshal()
	if string(b2) != string(b) {
		t.Errorf("round trip changed the bytes:\n%s\n---\n%s", b, b2)
	}
}

func TestCompareNamesTheCell(t *testing.T) {
	l, _ := Parse("00-x", "lessons/00-x/lesson.md", "# T\n\n```go\n%%\nf(1)\n```\n")
	want := GoNB.Build(l, nil)
	got := GoNB.Build(l, nil)
	got.Cells[2].Source = "%%\nf(2)"
	err := Compare("notebooks/00-x.ipynb", want, got)
	if err == nil || !strings.Contains(err.Error(), `notebooks/00-x.ipynb: cell 3 differs from lessons/00-x/lesson.md:4: line 2 is "f(2)" in the notebook, "f(1)" in the lesson`) {
		t.Errorf("Compare = %v", err)
	}
	got.Cells = got.Cells[:2]
	if err := Compare("n", want, got); err == nil || !strings.Contains(err.Error(), "n has 2 cells, its lesson makes 3") {
		t.Errorf("Compare = %v", err)
	}
}

func TestKeepOutputs(t *testing.T) {
	l, _ := Parse("00-x", "p", "# A\n\n```go\n%%\nf(1)\n```\n\n```go\n%%\nf(2)\n```\n")
	old := GoNB.Build(l, nil)
	old.Cells[2].ExecutionCount, old.Cells[2].Outputs = json.Number("2"), []map[string]any{{"output_type": "stream"}}
	old.Cells[3].ExecutionCount = json.Number("3")
	l2, _ := Parse("00-x", "p", "# A changed\n\n```go\n%%\nf(1)\n```\n\n```go\n%%\nf(3)\n```\n")
	nb := GoNB.Build(l2, old)
	if nb.Cells[2].ExecutionCount != json.Number("2") || len(nb.Cells[2].Outputs) != 1 {
		t.Errorf("the unchanged cell lost its outputs: %+v", nb.Cells[2])
	}
	if nb.Cells[3].ExecutionCount != nil {
		t.Errorf("the changed cell kept its old execution count")
	}
}

func TestProblems(t *testing.T) {
	ex, err := Unmarshal([]byte(`{"nbformat": 4, "metadata": {}, "cells": [
	 {"cell_type": "markdown", "source": "# T"},
	 {"cell_type": "code", "execution_count": 1, "source": "", "outputs": [
	  {"output_type": "display_data", "data": {"image/png": "iVBOR"}},
	  {"output_type": "stream", "name": "stderr", "text": ["warning: fine\n"]}]},
	 {"cell_type": "code", "execution_count": 2, "source": "", "outputs": [
	  {"output_type": "stream", "name": "stderr", "text": ["panic: boom\n", "\n", "exit status 2\n"]}]},
	 {"cell_type": "code", "execution_count": 3, "source": "", "outputs": [
	  {"output_type": "display_data", "data": {"text/html": ["<span class=\"gonb-cell-line-info\">Cell[3]: Line 2</span>\n", "<span class=\"gonb-err-location\">./main.go:10:6: </span> undefined: y\n"]}},
	  {"output_type": "error", "ename": "ERROR", "evalue": "failed to run go build", "traceback": []}]},
	 {"cell_type": "code", "execution_count": null, "source": "", "outputs": []}
	]}`))
	if err != nil {
		t.Fatal(err)
	}
	if ex.Figures() != 1 {
		t.Errorf("Figures = %d, want 1", ex.Figures())
	}
	got := strings.Join(Problems("n.ipynb", ex, nil, 2), "\n")
	for _, want := range []string{
		"n.ipynb: cell 3: the program failed:\n    panic: boom\n    exit status 2",
		"n.ipynb: cell 4: does not compile:\n    line 2: undefined: y",
		"n.ipynb: cell 5: not executed",
		"n.ipynb: 1 figures (PNG or SVG outputs), the lesson declares 2",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Problems lacks %q; got:\n%s", want, got)
		}
	}
	if strings.Contains(got, "cell 2") {
		t.Errorf("a stderr warning without panic is not a problem; got:\n%s", got)
	}
}

func TestShowOnlyInTheBody(t *testing.T) {
	for _, src := range []string{
		"func f() { show.PNG(b) }",
		"func f() { show.PNG(b) }\n%%\nf()",
	} {
		_, err := Parse("00-x", "p", "# T\n```go\n"+src+"\n```\n")
		if err == nil || !strings.Contains(err.Error(), "show.PNG before the %% line") {
			t.Errorf("Parse(%q) = %v, want the show-before-%%%% error", src, err)
		}
	}
	if _, err := Parse("00-x", "p", "# T\n```go\nfunc f() []byte { return nil }\n%%\nshow.PNG(f())\n```\n"); err != nil {
		t.Errorf("show in the body: %v", err)
	}
}

// TestLessonsWithoutErrorPlumbing: a lesson's cells wrap the kit's calls in pkg/must; an
// if err != nil { panic(err) } is for the few places where a lesson shows what an error is
// (issue 13: at most 20 in all the lessons, from 371).
func TestLessonsWithoutErrorPlumbing(t *testing.T) {
	ls, err := LoadDir("../../lessons")
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) == 0 {
		t.Fatal("no lessons in ../../lessons")
	}
	total, per := 0, map[string]int{}
	for _, l := range ls {
		for _, c := range l.Cells {
			if c.Kind == Code {
				n := strings.Count(c.Source, "panic(err)")
				total += n
				per[l.Slug] += n
			}
		}
	}
	if total > 20 {
		t.Errorf("the lessons' cells hold %d panic(err), want at most 20 (wrap the call in pkg/must: must.Net(mlp.New(...)), must.OK(...)); per lesson: %v", total, per)
	}
}

// A lesson's exercise heading is followed by the generated grading
// instructions, in the lesson's language, with its number and folder.
func TestGradingInstructions(t *testing.T) {
	text := "# T\n\n```go\n%%\nfmt.Println(1)\n```\n\n## Exercises\n\nWrite Sigmoid.\n\n```go\n%%\nfmt.Println(2)\n```\n"
	l, err := Parse("08-backprop", "lessons/08-backprop/lesson.md", text)
	if err != nil {
		t.Fatal(err)
	}
	nb := GoNB.Build(l, nil)
	var ids []string
	for _, c := range nb.Cells {
		ids = append(ids, c.ID)
	}
	at := -1
	for i, c := range nb.Cells {
		if c.ID == GradingID {
			at = i
		}
	}
	if at < 1 || !strings.HasPrefix(nb.Cells[at-1].Source, "## Exercises") || nb.Cells[at].Kind != Markdown {
		t.Fatalf("the grading cell must follow the exercise heading: %v", ids)
	}
	g := nb.Cells[at].Source
	for _, s := range []string{"-only 08", "lessons/08-backprop/exercises", "make exercises", "stepnet grade -class", "sandbox", "random cases of your own"} {
		if !strings.Contains(g, s) {
			t.Errorf("the grading text lacks %q:\n%s", s, g)
		}
	}
	l.Lang = French
	l.Cells[2].Source = strings.Replace(l.Cells[2].Source, "Exercises", "Exercices", 1)
	fr := GoNBFrench.Build(l, nil)
	found := false
	for _, c := range fr.Cells {
		if c.ID == GradingID && strings.Contains(c.Source, "Ce qu'ajoute la note de l'enseignant") && strings.Contains(c.Source, "-only 08") {
			found = true
		}
	}
	if !found {
		t.Error("the French notebook must have the French grading text")
	}
	none, _ := Parse("00-x", "lessons/00-x/lesson.md", "# T\n\n## Try it\n\ntext\n")
	for _, c := range GoNB.Build(none, nil).Cells {
		if c.ID == GradingID {
			t.Error("a lesson without an exercise section gets no grading text")
		}
	}
}
