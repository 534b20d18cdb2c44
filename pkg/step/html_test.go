package step

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
)

// element is a parsed element of the widget: enough of a DOM for the tests.
type element struct {
	name     string
	attr     map[string]string
	children []*element
	text     string // all the text inside, children's included
}

// parse reads HTML written as well-formed XML (as HTML writes it) into
// a tree; it fails on an unclosed or mismatched tag.
func parse(t *testing.T, src string) *element {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader("<page>" + src + "</page>"))
	d.Strict = true
	root := &element{name: "root"}
	stack := []*element{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the HTML is not well-formed: %v", err)
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &element{name: tok.Name.Local, attr: map[string]string{}}
			for _, a := range tok.Attr {
				e.attr[a.Name.Local] = a.Value
			}
			top.children = append(top.children, e)
			stack = append(stack, e)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			for _, e := range stack {
				e.text += string(tok)
			}
		}
	}
	if len(stack) != 1 {
		t.Fatalf("%d elements left open", len(stack)-1)
	}
	return root
}

// all returns the elements under e (e included) for which keep is true.
func (e *element) all(keep func(*element) bool) []*element {
	var out []*element
	if keep(e) {
		out = append(out, e)
	}
	for _, c := range e.children {
		out = append(out, c.all(keep)...)
	}
	return out
}

func hasClass(c string) func(*element) bool {
	return func(e *element) bool {
		for _, f := range strings.Fields(e.attr["class"]) {
			if f == c {
				return true
			}
		}
		return false
	}
}

func TestHTMLWellFormedAndSelfContained(t *testing.T) {
	w, err := Forward(seededNet(t), []float64{0.5, -1})
	if err != nil {
		t.Fatal(err)
	}
	src := w.HTML()
	parse(t, src)
	low := strings.ToLower(src)
	for _, bad := range []string{"http:", "https:", "src=", "href=", "url(", "@import", "<link", "<iframe", "fetch(", "xmlhttprequest"} {
		if strings.Contains(low, bad) {
			t.Errorf("the widget contains %q: it must fetch nothing", bad)
		}
	}
	// The only "//" are the two comments that hide CDATA from JavaScript.
	if n := strings.Count(src, "//"); n != 2 {
		t.Errorf("%d occurrences of //, want 2 (//<![CDATA[ and //]]>)", n)
	}
}

// TestHTMLWithoutScript: with the script removed, as an untrusted notebook
// shows it, every step is there, in order, visible, with its equation; the
// buttons are hidden.
func TestHTMLWithoutScript(t *testing.T) {
	w, err := Forward(seededNet(t), []float64{0.5, -1})
	if err != nil {
		t.Fatal(err)
	}
	doc := parse(t, w.HTMLWithID("w"))
	for _, s := range doc.all(func(e *element) bool { return e.name == "script" }) {
		s.children, s.text = nil, ""
	}
	steps := doc.all(hasClass("stepnet-step"))
	if len(steps) != len(w.Steps) {
		t.Fatalf("%d steps in the page, want %d", len(steps), len(w.Steps))
	}
	for k, s := range steps {
		if s.attr["data-step"] != fmt.Sprint(k+1) {
			t.Errorf("step %d is numbered %q", k+1, s.attr["data-step"])
		}
		if _, hidden := s.attr["hidden"]; hidden || strings.Contains(s.attr["style"], "none") {
			t.Errorf("step %d is hidden without JavaScript", k+1)
		}
		eq := s.all(hasClass("stepnet-eq"))
		if len(eq) != 1 || eq[0].text != w.Steps[k].Equation {
			t.Errorf("step %d shows %v, want %q", k+1, eq, w.Steps[k].Equation)
		}
		if !strings.Contains(s.text, w.Steps[k].Explain) {
			t.Errorf("step %d lacks its explanation", k+1)
		}
		if len(s.all(func(e *element) bool { return e.name == "svg" })) != 1 {
			t.Errorf("step %d has no diagram", k+1)
		}
	}
	nav := doc.all(hasClass("stepnet-nav"))
	if len(nav) != 1 || nav[0].attr["hidden"] == "" || !strings.Contains(nav[0].attr["style"], "display:none") {
		t.Errorf("the buttons must be hidden until the script runs: %+v", nav)
	}
}

// TestHTMLHighlight: step 2 (a¹) draws W¹'s 6 edges thick and layer 1's
// 3 neurons with a heavy outline; nothing else.
func TestHTMLHighlight(t *testing.T) {
	w, err := Forward(seededNet(t), []float64{0.5, -1})
	if err != nil {
		t.Fatal(err)
	}
	doc := parse(t, w.HTMLWithID("w"))
	svg := doc.all(hasClass("stepnet-step"))[1].all(func(e *element) bool { return e.name == "svg" })[0]
	thick := func(e *element) bool { return e.attr["stroke-width"] == "2.5" || e.attr["stroke-width"] == "4" }
	var lines, circles int
	for _, e := range svg.all(thick) {
		switch e.name {
		case "line":
			lines++
		case "circle":
			circles++
		}
	}
	if lines != 6 || circles != 3 {
		t.Errorf("step 2 highlights %d edges and %d nodes, want 6 and 3", lines, circles)
	}
	// The numbers of a¹ are written in layer 1's nodes (3 significant digits).
	if !strings.Contains(svg.text, numDigits(w.Steps[1].Value.At(0, 0), 3)) {
		t.Errorf("step 2's diagram does not show a¹₁ = %v", w.Steps[1].Value.At(0, 0))
	}
}

// TestHTMLIDsAreUnique: two widgets in one page, even of the same walk,
// share no id.
func TestHTMLIDsAreUnique(t *testing.T) {
	w1, _ := Forward(seededNet(t), []float64{0.5, -1})
	w2, _ := Forward(handNet(t), []float64{2, 1})
	page := w1.HTML() + w1.HTML() + w2.HTML()
	seen := map[string]bool{}
	for _, e := range parse(t, page).all(func(e *element) bool { return e.attr["id"] != "" }) {
		id := e.attr["id"]
		if seen[id] {
			t.Errorf("id %q appears twice", id)
		}
		seen[id] = true
	}
	if len(seen) < 3*4 {
		t.Errorf("only %d ids in three widgets", len(seen))
	}
	if first, second := w1.HTMLWithID("a"), w1.HTMLWithID("a"); first != second {
		t.Error("HTMLWithID is not deterministic")
	}
	if !strings.Contains(w1.HTMLWithID("x\"><b"), `id="x---b"`) {
		t.Error("an id with quotes is not cleaned")
	}
}

func TestTables(t *testing.T) {
	w, _ := Forward(seededNet(t), []float64{0.5, -1})
	doc := parse(t, w.TableHTML())
	rows := doc.all(func(e *element) bool { return e.name == "tr" })
	if len(rows) != 1+len(w.Steps) {
		t.Fatalf("%d rows, want a header and %d steps", len(rows), len(w.Steps))
	}
	text := w.Table()
	for k, s := range w.Steps {
		if !strings.Contains(rows[k+1].text, s.Equation) {
			t.Errorf("HTML table row %d lacks %q", k+1, s.Equation)
		}
		if !strings.Contains(text, s.Equation) {
			t.Errorf("text table lacks %q", s.Equation)
		}
	}
}
