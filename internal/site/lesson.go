package site

import (
	"encoding/base64"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/stepnet/stepnet/internal/notebook"
	"github.com/stepnet/stepnet/pkg/lang"
)

// page is one lesson of the site, read from its executed notebook.
type page struct {
	Slug     string // "08-backpropagation"
	Number   string // "08"
	Title    string // the notebook's first heading, without its number: "Delta backpropagation"
	Cells    int
	Figures  int // image outputs
	Widgets  int // HTML outputs (step-throughs, explorables, grader reports)
	Body     string
	Sheet    string // the printed sheet from the edition's folder: "plots/08-backpropagation.pdf" ("" when none)
	Notebook string // the notebook in the checkout: "notebooks/fr/08-backpropagation.ipynb"
	Exs      []exercise

	exIntro string // the exercises package's doc comment, as HTML
}

var headingNumber = regexp.MustCompile(`^\s*\d+\s*[·.:-]\s*`)

// readLesson renders notebook nbPath into a page; the figures are written
// under figDir (figRel is the same folder relative to the page).
func readLesson(nbPath, figDir, figRel string) (*page, error) {
	nb, err := notebook.Read(nbPath)
	if err != nil {
		return nil, err
	}
	slug := strings.TrimSuffix(filepath.Base(nbPath), ".ipynb")
	p := &page{Slug: slug, Number: strings.SplitN(slug, "-", 2)[0], Title: slug, Cells: len(nb.Cells)}
	var b strings.Builder
	for ci, c := range nb.Cells {
		switch c.Kind {
		case "markdown":
			if p.Title == slug {
				for _, line := range strings.Split(c.Source, "\n") {
					if strings.HasPrefix(line, "# ") {
						p.Title = headingNumber.ReplaceAllString(strings.TrimPrefix(line, "# "), "")
						break
					}
				}
			}
			h, err := Markdown(c.Source)
			if err != nil {
				return nil, fmt.Errorf("%s: cell %d: %v", nbPath, ci+1, err)
			}
			fmt.Fprintf(&b, "<div class=\"cell cell-markdown\">\n%s</div>\n", h)
		case "code":
			if c.ID == notebook.SetupID || strings.HasPrefix(c.Source, "// Setup:") {
				fmt.Fprintf(&b, "<details class=\"setup\"><summary>%s</summary>\n<pre><code>%s</code></pre></details>\n", html.EscapeString(lang.T("site.setup")), html.EscapeString(c.Source))
				continue
			}
			fmt.Fprintf(&b, "<div class=\"cell cell-code\"><div class=\"label\">Go</div><pre><code>%s</code></pre></div>\n", html.EscapeString(c.Source))
			for oi, o := range c.Outputs {
				s, kind, err := renderOutput(o, figDir, figRel, fmt.Sprintf("cell%02d-%d", ci+1, oi+1))
				if err != nil {
					return nil, fmt.Errorf("%s: cell %d: output %d: %v", nbPath, ci+1, oi+1, err)
				}
				switch kind {
				case "image":
					p.Figures++
				case "html":
					p.Widgets++
				}
				b.WriteString(s)
			}
		}
	}
	p.Body = b.String()
	return p, nil
}

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*[A-Za-z]")

// renderOutput renders one output of a code cell: the richest of its
// representations (HTML as it is, so that step-throughs and explorables
// run; images as files; text as text). kind is "image", "html" or "text".
func renderOutput(o map[string]any, figDir, figRel, name string) (string, string, error) {
	// Outputs are kept out of MathJax's way: a "$" printed by a cell is a dollar.
	wrap := func(class, s string) string {
		return "<div class=\"output tex2jax_ignore " + class + "\">\n" + s + "\n</div>\n"
	}
	switch o["output_type"] {
	case "stream":
		return wrap("output-stream", "<pre>"+html.EscapeString(notebook.Text(o["text"]))+"</pre>"), "text", nil
	case "error":
		tb, _ := o["traceback"].([]any)
		var lines []string
		for _, l := range tb {
			if s, ok := l.(string); ok {
				lines = append(lines, ansi.ReplaceAllString(s, ""))
			}
		}
		text := fmt.Sprintf("%v: %v\n%s", o["ename"], o["evalue"], strings.Join(lines, "\n"))
		return wrap("output-error", "<pre>"+html.EscapeString(text)+"</pre>"), "text", nil
	case "display_data", "execute_result":
	default:
		return "", "", nil
	}
	data, _ := o["data"].(map[string]any)
	if s, ok := data["text/html"]; ok {
		return wrap("output-html", notebook.Text(s)), "html", nil
	}
	for _, f := range []struct{ mime, ext string }{{"image/svg+xml", "svg"}, {"image/png", "png"}, {"image/jpeg", "jpg"}} {
		s, ok := data[f.mime]
		if !ok {
			continue
		}
		var b []byte
		if f.ext == "svg" {
			b = []byte(notebook.Text(s))
		} else {
			var err error
			if b, err = base64.StdEncoding.DecodeString(strings.TrimSpace(notebook.Text(s))); err != nil {
				return "", "", fmt.Errorf("%s: %v", f.mime, err)
			}
		}
		if err := os.MkdirAll(figDir, 0o755); err != nil {
			return "", "", err
		}
		file := name + "." + f.ext
		if err := os.WriteFile(filepath.Join(figDir, file), b, 0o644); err != nil {
			return "", "", err
		}
		alt := "figure"
		if t, ok := data["text/plain"]; ok {
			alt = strings.TrimSpace(notebook.Text(t))
		}
		return wrap("output-image", fmt.Sprintf("<img src=\"%s/%s\" alt=\"%s\" loading=\"lazy\">", figRel, file, html.EscapeString(alt))), "image", nil
	}
	if s, ok := data["text/markdown"]; ok {
		h, err := Markdown(notebook.Text(s))
		if err != nil {
			return "", "", err
		}
		return wrap("output-markdown", h), "html", nil
	}
	if s, ok := data["text/plain"]; ok {
		return wrap("output-text", "<pre>"+html.EscapeString(notebook.Text(s))+"</pre>"), "text", nil
	}
	keys := make([]string, 0, len(data))
	for k := range data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return wrap("output-text", "<p class=\"small\">(an output of type "+html.EscapeString(strings.Join(keys, ", "))+", not shown here)</p>"), "text", nil
}
