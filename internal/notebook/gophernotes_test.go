package notebook

import (
	"strings"
	"testing"
)

// TestGophernotesSource checks the translation of GoNB's cell form, written out by hand.
func TestGophernotesSource(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"declarations only",
			"import \"github.com/stepnet/stepnet/pkg/neuron\"\n\nfunc f() float64 { return neuron.Sigmoid.G(0) }",
			"import \"../../pkg/neuron\"\n\nfunc f() float64 { return neuron.Sigmoid.G(0) }"},
		{"body in a block, imports rewritten, aliases kept, strings in the body untouched",
			"import (\n\t\"fmt\"\n\n\tnn \"github.com/stepnet/stepnet/pkg/neuron\"\n\t\"gonum.org/v1/gonum/mat\"\n)\n\n%%\nx := mat.NewVecDense(1, nil)\nfmt.Println(\"github.com/stepnet/stepnet/pkg/neuron\", nn.Sigmoid, x)",
			"import (\n\t\"fmt\"\n\n\tnn \"../../pkg/neuron\"\n\t\"gonum.org/v1/gonum/mat\"\n)\n\n{\n\tx := mat.NewVecDense(1, nil)\n\tfmt.Println(\"github.com/stepnet/stepnet/pkg/neuron\", nn.Sigmoid, x)\n}"},
		{"show calls, nested parentheses, blank line kept empty, show in a string or comment untouched",
			"%%\nshow.PNG(mustPNG(f(1), g(2)))\n\n// show.HTML(s) in a comment\nshow.HTML(\"show.SVG(x)\")",
			"{\n\tDisplay(display.PNG(mustPNG(f(1), g(2))))\n\n\t// show.HTML(s) in a comment\n\tDisplay(display.HTML(\"show.SVG(x)\"))\n}"},
		{"a multi-line raw string keeps its lines",
			"%%\ns := `a\nb`\nshow.Markdown(s)",
			"{\n\ts := `a\nb`\n\tDisplay(display.Markdown(s))\n}"},
		{"a return of the body's own: the block holds a function literal",
			"%%\nif true {\n\treturn\n}\nf := func() int { return 1 }\n_ = f",
			"{\n\tfunc() {\n\t\tif true {\n\t\t\treturn\n\t\t}\n\t\tf := func() int { return 1 }\n\t\t_ = f\n\t}()\n}"},
		{"a return only inside a function literal: a plain block",
			"%%\nf := func() int { return 1 }\n_ = f",
			"{\n\tf := func() int { return 1 }\n\t_ = f\n}"},
	}
	for _, c := range cases {
		if got := GophernotesSource(c.src); got != c.want {
			t.Errorf("%s:\n got: %q\nwant: %q", c.name, got, c.want)
		}
	}
}

// TestGophernotesSetup: the setup cell imports, once, the packages outside the standard library
// that any cell imports, sorted, stepnet's by file path.
func TestGophernotesSetup(t *testing.T) {
	l, err := Parse("00-x", "lessons/00-x/lesson.md", "# T\n\n```go\nimport (\n\t\"fmt\"\n\t\"github.com/stepnet/stepnet/pkg/viz\"\n)\n%%\nfmt.Println(viz.DefaultSeed)\n```\n\n"+
		"```go\nimport \"gonum.org/v1/gonum/mat\"\nimport m \"math\"\nimport \"github.com/stepnet/stepnet/pkg/neuron\"\n\nfunc f() {}\n```\n\n"+
		"```go\nimport \"github.com/stepnet/stepnet/pkg/viz\"\n%%\nimport_ := 1\n_ = import_\n```\n")
	if err != nil {
		t.Fatal(err)
	}
	got := GophernotesSetup(l)
	want := "import (\n\t\"fmt\"\n\n\t_ \"../../pkg/neuron\"\n\t_ \"../../pkg/viz\"\n\t_ \"gonum.org/v1/gonum/mat\"\n)\n"
	if !strings.Contains(got, want) {
		t.Errorf("setup cell:\n%s\nwant it to contain:\n%s", got, want)
	}
	nb := Gophernotes.Build(l, nil)
	if nb.Cells[1].ID != SetupID || nb.Cells[1].Source != got {
		t.Errorf("cell 2 is not the setup cell: %+v", nb.Cells[1])
	}
	if k := nb.Metadata["kernelspec"].(map[string]any)["name"]; k != "gophernotes" {
		t.Errorf("kernelspec name %v", k)
	}
	if p := Gophernotes.Path("notebooks", "00-x"); p != "notebooks/gophernotes/00-x.ipynb" {
		t.Errorf("Path = %s", p)
	}
}
