package browser

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/internal/notebook"
	"github.com/stepnet/stepnet/pkg/step"
)

// page is one HTML page to load and the walks whose widgets it must show.
type page struct {
	name  string // the subtest's name
	path  string // absolute path of the HTML file
	walks []*step.Walk
}

// notebookCase is a committed notebook whose HTML export must carry the
// widget of one step.Demo walk: the lesson's own `step.Demo(pass, seed)` cell.
type notebookCase struct {
	notebook string // file name in notebooks/
	pass     string
	seed     uint64
}

// notebookCases are the notebooks whose widgets are checked by default. The
// first is the one issue 3 names: the backprop lesson, exported with
// `jupyter nbconvert --to html`, shows step.Demo("backward", 1).
var notebookCases = []notebookCase{
	{"08-backpropagation.ipynb", "backward", 1},
	{"07-chain-rule.ipynb", "chain", 0},
}

// repoRoot returns the checkout the test runs in (tests/browser is two
// levels down).
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// requireOrSkip fails the test when STEPNET_REQUIRE_BROWSER=1 (make test sets
// it) and skips it otherwise.
func requireOrSkip(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("STEPNET_REQUIRE_BROWSER") == "1" {
		t.Fatal(msg + "; STEPNET_REQUIRE_BROWSER=1 requires it")
	}
	t.Skip(msg + "; skipping")
}

// exportNotebook runs `jupyter nbconvert --to html` on notebooks/<name> into
// a temporary folder and returns the path of the HTML file: the page a
// teacher would put on a course site.
func exportNotebook(t *testing.T, name string) string {
	t.Helper()
	src := filepath.Join(repoRoot(t), "notebooks", name)
	if _, err := os.Stat(src); err != nil {
		t.Fatalf("%v: the notebook is generated and committed by `make notebooks LESSON=%s`", err, filepath.Base(name)[:2])
	}
	jupyter, err := notebook.Jupyter() // found as the notebook tests find it ($STEPNET_JUPYTER, Debian's, the PATH)
	if err != nil {
		requireOrSkip(t, "no jupyter to export "+name+" (scripts/setup.sh installs Debian's jupyter-nbconvert)")
	}
	dir := t.TempDir()
	cmd := exec.Command(jupyter, "nbconvert", "--to", "html", "--output-dir", dir, src)
	out, err := cmd.CombinedOutput()
	if err != nil {
		if strings.Contains(string(out), "No such file or directory") || strings.Contains(string(out), "is not a Jupyter command") {
			requireOrSkip(t, "jupyter nbconvert is missing: "+strings.TrimSpace(string(out)))
		}
		t.Fatalf("jupyter nbconvert --to html %s: %v\n%s", src, err, out)
	}
	html := filepath.Join(dir, strings.TrimSuffix(filepath.Base(name), ".ipynb")+".html") // nbconvert writes DIR/BASE.html
	if _, err := os.Stat(html); err != nil {
		t.Fatalf("jupyter nbconvert wrote no %s: %v\n%s", html, err, out)
	}
	return html
}

// notebookPage exports the notebook of c and returns it with the walk its
// widget must show.
func notebookPage(t *testing.T, c notebookCase) page {
	t.Helper()
	want, err := step.Demo(c.pass, c.seed)
	if err != nil {
		t.Fatal(err)
	}
	return page{name: c.notebook, path: exportNotebook(t, c.notebook), walks: []*step.Walk{want}}
}

// writtenPage writes a page of its own with the widget of every demo walk
// (seed 1), so that several widgets share one page, between two paragraphs.
func writtenPage(t *testing.T) page {
	t.Helper()
	var walks []*step.Walk
	html := "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>widget</title></head><body>\n<p>Text before.</p>\n"
	for _, p := range step.DemoPasses {
		w, err := step.Demo(p, 1)
		if err != nil {
			t.Fatal(err)
		}
		html += w.HTML()
		walks = append(walks, w)
	}
	html += "<p>Text after.</p></body></html>\n"
	path := filepath.Join(t.TempDir(), "widget.html")
	if err := os.WriteFile(path, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	return page{name: "written-page", path: path, walks: walks}
}

// overridePage is the page named by STEPNET_WIDGET_HTML, which must show
// the step.Demo walk named by STEPNET_WIDGET_PASS (default backward) for
// STEPNET_WIDGET_SEED (default 1); ok is false when the variable is unset.
func overridePage(t *testing.T) (p page, ok bool) {
	t.Helper()
	file := os.Getenv("STEPNET_WIDGET_HTML")
	if file == "" {
		return page{}, false
	}
	pass, seed := "backward", uint64(1)
	if s := os.Getenv("STEPNET_WIDGET_PASS"); s != "" {
		pass = s
	}
	if s := os.Getenv("STEPNET_WIDGET_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("STEPNET_WIDGET_SEED=%q: %v", s, err)
		}
		seed = n
	}
	want, err := step.Demo(pass, seed)
	if err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(abs); err != nil {
		t.Fatalf("STEPNET_WIDGET_HTML: %v", err)
	}
	return page{name: "STEPNET_WIDGET_HTML", path: abs, walks: []*step.Walk{want}}, true
}
