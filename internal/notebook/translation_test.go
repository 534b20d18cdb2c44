package notebook

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// english is a lesson with two code cells; the translations below start from it.
const english = "<!-- figures: 1 -->\n# Two cells\n\nSome text.\n\n```go\n" +
	"import (\n\t\"fmt\"\n\t\"strings\"\n\n\t\"github.com/stepnet/stepnet/pkg/must\"\n)\n\n" +
	"// the learning rate\nconst eta = 0.5\n\n%%\n" +
	"steps := 3 // three steps\n" +
	"fmt.Printf(\"eta = %.2f, %d steps\\n\", eta, steps)\n" +
	"fmt.Println(\"loss:\", strings.Repeat(\"-\", 4), []string{\"batch\"})\n" +
	"label := fmt.Sprint(\"done\")\n" +
	"fmt.Println(label)\n" +
	"show.PNG(must.LessonFigure(\"05\", \"regimes\"))\n" +
	"```\n\n" + englishFigure + "\n## Next\n\n```go\nimport \"fmt\"\n\n%%\nfmt.Println(`raw`, 2)\n```\n"

// englishFigure is a cell that draws: its title, subtitle, axis labels, legend and panel names are
// labels; the graph's output node, the nodes' names, an activation's name and the numbers are code.
const englishFigure = "```go\nimport (\n\t\"fmt\"\n\n\t\"github.com/stepnet/stepnet/pkg/must\"\n" +
	"\t\"github.com/stepnet/stepnet/pkg/neuron\"\n\t\"github.com/stepnet/stepnet/pkg/viz\"\n)\n\n%%\n" +
	"sq := neuron.Activation{Name: \"square\", G: func(u float64) float64 { return u * u }}\n" +
	"nodes := []viz.GraphNode{{Name: \"x\", Value: 0.2}, {Name: \"z\", Formula: \"x²\", Value: sq.G(0.2), Col: 1}}\n" +
	"edges := []viz.GraphEdge{{From: 0, To: 1, Local: 0.4}}\n" +
	"fig := must.Figure(viz.ComputationGraph(fmt.Sprintf(\"z = x² at x = %.1f\", nodes[0].Value), \"arrows: local derivatives\", nodes, edges, \"z\"))\n" +
	"fig.Title = \"The chain rule\" // one node in, one out\n" +
	"fig.Panels[0][0].X.Label.Text, fig.Panels[0][0].Y.Label.Text = \"column\", \"row\"\n" +
	"errs := []viz.Series{{Name: \"error after \" + sq.Name, X: []float64{0, 1}, Y: []float64{2, 1}}}\n" +
	"regions := must.Figure(viz.CompareRegions(\"Two criteria\", nets, []string{\"MSE\", \"cross-entropy\"}, X, labels))\n" +
	"show.PNG(must.Bytes(fig.PNG()))\n```\n"

// french translates english's prose, comments, printed labels and figure labels, as a translator would.
const french = "<!-- figures: 1 -->\n# Deux cellules\n\nUn peu de texte,\nsur deux lignes.\n\n```go\n" +
	"import (\n\t\"fmt\"\n\t\"strings\"\n\n\t\"github.com/stepnet/stepnet/pkg/must\"\n)\n\n" +
	"// le pas d'apprentissage\nconst eta = 0.5\n\n%%\n" +
	"steps := 3 /* trois pas */\n" +
	"fmt.Printf(\"η = %.2f, %-6d pas\\n\", eta, steps)\n" +
	"fmt.Println(\"coût :\", strings.Repeat(\"-\", 4), []string{\"batch\"})\n" +
	"label := fmt.Sprint(\"fini\")\n" +
	"fmt.Println(label)\n" +
	"show.PNG(must.LessonFigure(\"05\", \"regimes\"))\n" +
	"```\n\n" + frenchFigure + "\n## Ensuite\n\nUne cellule de texte en plus.\n\n```go\nimport \"fmt\"\n\n%%\nfmt.Println(`brut`, 2)\n```\n"

// frenchFigure translates englishFigure's labels.
const frenchFigure = "```go\nimport (\n\t\"fmt\"\n\n\t\"github.com/stepnet/stepnet/pkg/must\"\n" +
	"\t\"github.com/stepnet/stepnet/pkg/neuron\"\n\t\"github.com/stepnet/stepnet/pkg/viz\"\n)\n\n%%\n" +
	"sq := neuron.Activation{Name: \"square\", G: func(u float64) float64 { return u * u }}\n" +
	"nodes := []viz.GraphNode{{Name: \"x\", Value: 0.2}, {Name: \"z\", Formula: \"x²\", Value: sq.G(0.2), Col: 1}}\n" +
	"edges := []viz.GraphEdge{{From: 0, To: 1, Local: 0.4}}\n" +
	"fig := must.Figure(viz.ComputationGraph(fmt.Sprintf(\"z = x² en x = %.1f\", nodes[0].Value), \"flèches : dérivées locales\", nodes, edges, \"z\"))\n" +
	"fig.Title = \"La règle de dérivation en chaîne\" // un nœud en entrée, un en sortie\n" +
	"fig.Panels[0][0].X.Label.Text, fig.Panels[0][0].Y.Label.Text = \"colonne\", \"ligne\"\n" +
	"errs := []viz.Series{{Name: \"erreur après \" + sq.Name, X: []float64{0, 1}, Y: []float64{2, 1}}}\n" +
	"regions := must.Figure(viz.CompareRegions(\"Deux critères\", nets, []string{\"EQM\", \"entropie croisée\"}, X, labels))\n" +
	"show.PNG(must.Bytes(fig.PNG()))\n```\n"

func parseTranslation(t *testing.T, text string) *Lesson {
	t.Helper()
	l, err := Parse("05-x", "lessons/05-x/lesson.fr.md", text)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestCompareCodeAccepts(t *testing.T) {
	en, err := Parse("05-x", "lessons/05-x/lesson.md", english)
	if err != nil {
		t.Fatal(err)
	}
	if err := CompareCode(en, parseTranslation(t, english)); err != nil {
		t.Errorf("the lesson against itself: %v", err)
	}
	if err := CompareCode(en, parseTranslation(t, french)); err != nil {
		t.Errorf("a translation of comments, prose, printed labels and figure labels: %v", err)
	}
}

// TestCompareCodeRefuses changes the French lesson's code in ways that change what it runs: each must
// be refused, with a message that names the cell, the line and the token.
func TestCompareCodeRefuses(t *testing.T) {
	en, err := Parse("05-x", "lessons/05-x/lesson.md", english)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, from, to string
		want           []string
	}{
		{"a changed number", "const eta = 0.5", "const eta = 0.05",
			[]string{"code cell 1 (lessons/05-x/lesson.fr.md:8)", "lesson.fr.md:16 has 0.05", "lesson.md:15 has 0.5"}},
		{"a renamed variable", "steps := 3 /* trois pas */", "pas := 3",
			[]string{"code cell 1", "lesson.fr.md:19 has pas", "lesson.md:18 has steps"}},
		{"a changed precision", "%.2f, %-6d pas", "%.3f, %-6d pas",
			[]string{"code cell 1", `has label"%.3f%d"`, `has label"%.2f%d"`}},
		{"a format verb dropped", "%.2f, %-6d pas", "%.2f pas", []string{`has label"%.2f"`}},
		{"another conversion", "%.2f, %-6d pas", "%.2f, %-6v pas", []string{`has label"%.2f%v"`}},
		{"a flag that changes the number", "%.2f, %-6d pas", "%+.2f, %-6d pas", []string{`has label"%+.2f%d"`}},
		{"a translated argument of a call that is not a print", `strings.Repeat("-", 4)`, `strings.Repeat("=", 4)`,
			[]string{`lesson.fr.md:21 has "="`}},
		{"a translated figure name", `"regimes")`, `"régimes")`, []string{`has "régimes"`, `has "regimes"`}},
		{"a translated slice element inside a print", `[]string{"batch"}`, `[]string{"lot"}`, []string{`has "lot"`}},
		{"a label moved out of a print", `label := fmt.Sprint("fini")`, `label := "fini"`, []string{"lesson.fr.md:22 has \"fini\""}},
		{"a statement added", "fmt.Println(label)", "fmt.Println(label)\nfmt.Println(eta)", []string{"code cell 1", "has fmt"}},
		{"a missing code cell", "```go\nimport \"fmt\"\n\n%%\nfmt.Println(`brut`, 2)\n```\n", "",
			[]string{"lessons/05-x/lesson.fr.md has 2 code cells, lessons/05-x/lesson.md has 3", "code cell 3 is lessons/05-x/lesson.md:"}},
		{"a code cell too many", "Une cellule de texte en plus.", "```go\nimport \"fmt\"\n\n%%\nfmt.Println(1)\n```",
			[]string{"has 4 code cells", "has 3", "code cell 3 (lessons/05-x/lesson.fr.md:"}},
		// beside the figure labels of code cell 2, what the figure computes with stays code
		{"a translated output node", `edges, "z"))`, `edges, "sortie"))`,
			[]string{"code cell 2 (lessons/05-x/lesson.fr.md:28)", `lesson.fr.md:40 has "sortie"`, `lesson.md:39 has "z"`}},
		{"a translated node name", `{Name: "z", Formula`, `{Name: "sortie", Formula`, []string{"code cell 2", `lesson.fr.md:38 has "sortie"`}},
		{"a translated formula of a node", `Formula: "x²"`, `Formula: "x au carré"`, []string{"code cell 2", `has "x au carré"`, `has "x²"`}},
		{"a translated activation name", `{Name: "square", G:`, `{Name: "carré", G:`, []string{"code cell 2", `lesson.fr.md:37 has "carré"`}},
		{"a changed number beside a legend", "Y: []float64{2, 1}}}", "Y: []float64{2, 0.5}}}",
			[]string{"code cell 2", "lesson.fr.md:43 has 0.5", "lesson.md:42 has 1"}},
		{"a renamed variable beside a title", `"Deux critères", nets,`, `"Deux critères", réseaux,`, []string{"lesson.fr.md:44 has réseaux", "has nets"}},
		{"a changed index beside a title", "%.1f\", nodes[0]", "%.1f\", nodes[1]", []string{"lesson.fr.md:40 has 1", "lesson.md:39 has 0"}},
		{"a format verb added to a title", `"La règle de dérivation en chaîne"`, `"La règle %d"`,
			[]string{"lesson.fr.md:41 has label\"%d\"", "lesson.md:40 has label\"\""}},
		{"a changed figure count", "<!-- figures: 1 -->", "<!-- figures: 2 -->", []string{"declares <!-- figures: 2 -->"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(french, c.from) {
				t.Fatalf("the case does not apply: %q is not in the translation", c.from)
			}
			err := CompareCode(en, parseTranslation(t, strings.Replace(french, c.from, c.to, 1)))
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestLoadTranslation(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"01-a/lesson.md", "01-a/lesson.fr.md", "02-b/lesson.md"} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(english), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	en, err := LoadDir(dir)
	if err != nil || len(en) != 2 || en[0].Lang != "" {
		t.Fatalf("LoadDir: %v %+v", err, en)
	}
	fr, err := LoadDirLang(dir, French)
	if err != nil || len(fr) != 1 || fr[0].Slug != "01-a" || fr[0].Lang != French {
		t.Fatalf("LoadDirLang(fr): %v %+v", err, fr)
	}
	nb := GoNBFrench.Build(fr[0], nil)
	if p := GoNBFrench.Path("notebooks", "01-a"); p != "notebooks/fr/01-a.ipynb" {
		t.Errorf("Path = %s", p)
	}
	if got := nb.Metadata["stepnet"].(map[string]any)["generated_from"]; got != "lessons/01-a/lesson.fr.md" {
		t.Errorf("generated_from = %v", got)
	}
	setup := nb.Cells[1]
	if setup.ID != SetupID || !strings.HasPrefix(setup.Source, "%env STEPNET_LANG=fr\n") || !strings.Contains(setup.Source, `$GONB_DIR/../..}/scripts/gonb-setup.sh"`) {
		t.Errorf("setup cell of the French notebook: %q", setup.Source)
	}
	// The code cells are the English notebook's, character for character.
	ennb := GoNB.Build(en[0], nil)
	for i, c := range nb.Cells {
		if c.Kind == Code && c.ID != SetupID && c.Source != ennb.Cells[i].Source {
			t.Errorf("cell %d: %q, the English notebook has %q", i+1, c.Source, ennb.Cells[i].Source)
		}
	}
}

// TestGlossaryInLessonsReadme checks that the glossary table of lessons/README.md is pkg/lang's
// Glossary, row for row: one list of the course's words, shown to lesson authors.
func TestGlossaryInLessonsReadme(t *testing.T) {
	b, err := os.ReadFile("../../lessons/README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	start := strings.Index(text, "### Glossary\n")
	if start < 0 {
		t.Fatal("lessons/README.md has no ### Glossary section")
	}
	var rows []string
	for _, l := range strings.Split(text[start:], "\n")[1:] {
		if strings.HasPrefix(l, "#") {
			break
		}
		if strings.HasPrefix(l, "| ") && !strings.HasPrefix(l, "| English |") {
			rows = append(rows, l)
		}
	}
	var want []string
	for _, term := range lang.Glossary {
		want = append(want, "| "+term.En+" | "+term.Fr+" |")
	}
	for i := 0; i < max(len(rows), len(want)); i++ {
		var got, w string
		if i < len(rows) {
			got = rows[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if got != w {
			t.Errorf("glossary row %d of lessons/README.md is %q, pkg/lang's Glossary has %q", i+1, got, w)
		}
	}
}

// TestJupyterEnvEmptiesLang: a kernel started by Execute has STEPNET_LANG empty whatever the shell
// set (exec keeps the last of two values), so that a notebook's outputs are in its own language.
func TestJupyterEnvEmptiesLang(t *testing.T) {
	t.Setenv(lang.EnvVar, "fr")
	got := "unset"
	for _, kv := range jupyterEnv() {
		if strings.HasPrefix(kv, lang.EnvVar+"=") {
			got = strings.TrimPrefix(kv, lang.EnvVar+"=")
		}
	}
	if got != "" {
		t.Errorf("the kernel's %s is %q, want empty", lang.EnvVar, got)
	}
}

// TestFigureTextsWriteSubscripts: Liberation Sans has no ₚ or ₜ, so a figure writes an index as
// "η_{opt}" (viz.Subscripts draws it below the line); "η_opt" would show its underscore. Every text
// a lesson's cell hands a figure, in English and in French, writes its indexes that way.
func TestFigureTextsWriteSubscripts(t *testing.T) {
	bare := regexp.MustCompile(`_[^{]`)
	for _, lang := range []string{"", French} {
		ls, err := LoadDirLang("../../lessons", lang)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, l := range ls {
			for i, c := range l.Cells {
				if c.Kind != Code {
					continue
				}
				for _, s := range FigureTexts(c.Source) {
					n++
					if bare.MatchString(s) {
						t.Errorf("%s: a figure shows %q: write an index as _{…}", l.Where(i), s)
					}
				}
			}
		}
		if n < 20 {
			t.Errorf("lang %q: only %d figure texts found in the lessons' cells", lang, n)
		}
	}
}

func TestFigureTexts(t *testing.T) {
	src := "name := fmt.Sprintf(\"η = %.2f\", eta)\nfig := viz.Single(\"Below η_{opt}\", p)\nfig.Title = \"t\"\ns := viz.Series{Name: \"error\", X: xs}\n"
	got := strings.Join(FigureTexts(src), "|")
	if want := "Below η_{opt}|t|error"; got != want {
		t.Errorf("FigureTexts = %q, want %q", got, want)
	}
}
