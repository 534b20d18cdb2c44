package step

import (
	"fmt"
	"hash/fnv"
	"html"
	"strings"
	"sync/atomic"
)

// widgets counts the widgets made by this program, so that two widgets of
// the same walk still get different ids.
var widgets atomic.Int64

// HTML renders the walk as one self-contained block of HTML for a notebook
// cell (for GoNB: gonbui.DisplayHTML(w.HTML())) or any web page: inline CSS,
// an inline SVG diagram per step and a little JavaScript, nothing fetched.
//
// With JavaScript, the block shows one step at a time with Previous / Next
// buttons (or the ← → keys) and "step k of n"; the state lives in the page.
// Without JavaScript (an untrusted notebook, a web renderer of .ipynb files)
// every step is shown, in order, as a static list, and the buttons stay
// hidden. Highlights use line thickness, not colour alone, so that the block
// reads in black and white.
//
// Every element id starts with a prefix unique to the widget, so several
// widgets can live in one page.
func (w *Walk) HTML() string {
	return w.HTMLWithID(w.newID())
}

// newID returns "stepnet-" + a hash of the walk + a counter: the same walk
// in the same place of a program gives the same id, two widgets of one
// program never share one.
func (w *Walk) newID() string {
	h := fnv.New32a()
	h.Write([]byte(w.Table()))
	return fmt.Sprintf("stepnet-%08x-%d", h.Sum32(), widgets.Add(1))
}

// HTMLWithID is HTML with a chosen id prefix (letters, digits and '-'
// only; anything else is replaced by '-'). Use it when the output must be
// byte-identical from run to run.
func (w *Walk) HTMLWithID(id string) string {
	id = cleanID(id)
	var b strings.Builder
	n := len(w.Steps)
	fmt.Fprintf(&b, "<div class=\"stepnet\" id=\"%s\" tabindex=\"0\">\n", id)
	b.WriteString(css)
	fmt.Fprintf(&b, "<div class=\"stepnet-head\">%s</div>\n", esc(w.Title))
	fmt.Fprintf(&b, "<div class=\"stepnet-nav\" id=\"%s-nav\" hidden=\"hidden\" style=\"display:none\">"+
		"<button type=\"button\" class=\"stepnet-prev\" id=\"%s-prev\">&#9664; Previous</button> "+
		"<span class=\"stepnet-count\" id=\"%s-count\">step 1 of %d</span> "+
		"<button type=\"button\" class=\"stepnet-next\" id=\"%s-next\">Next &#9654;</button></div>\n",
		id, id, id, n, id)
	for k := 1; k <= n; k++ {
		w.writeStep(&b, id, k)
	}
	fmt.Fprintf(&b, "<script>//<![CDATA[\n%s//]]></script>\n", strings.Replace(script, "ID", id, 1))
	b.WriteString("</div>\n")
	return b.String()
}

// writeStep writes step k: its title, equation, operands, explanation and
// diagram.
func (w *Walk) writeStep(b *strings.Builder, id string, k int) {
	s := w.Steps[k-1]
	fmt.Fprintf(b, "<div class=\"stepnet-step\" id=\"%s-s%d\" data-step=\"%d\">\n", id, k, k)
	b.WriteString("<div class=\"stepnet-text\">\n")
	fmt.Fprintf(b, "<div class=\"stepnet-title\">Step %d of %d: %s</div>\n", k, len(w.Steps), esc(s.Title))
	fmt.Fprintf(b, "<div class=\"stepnet-eq\" id=\"%s-eq%d\">%s</div>\n", id, k, esc(s.Equation))
	if len(s.Given) > 0 {
		b.WriteString("<div class=\"stepnet-given\">with ")
		for i, g := range s.Given {
			if i > 0 {
				b.WriteString("<br/>")
			}
			b.WriteString(esc(g))
		}
		b.WriteString("</div>\n")
	}
	if s.Explain != "" {
		fmt.Fprintf(b, "<div class=\"stepnet-explain\">%s</div>\n", esc(s.Explain))
	}
	b.WriteString("</div>\n")
	b.WriteString(w.svg(s))
	b.WriteString("</div>\n")
}

// TableHTML renders the walk as an HTML table, one row per step (number,
// title, equation, operands), for printing.
func (w *Walk) TableHTML() string {
	var b strings.Builder
	b.WriteString("<table class=\"stepnet-table\" style=\"border-collapse:collapse\">\n")
	fmt.Fprintf(&b, "<caption style=\"font-weight:bold;text-align:left\">%s</caption>\n", esc(w.Title))
	cell := "style=\"border:1px solid #888;padding:2px 6px;text-align:left;vertical-align:top\""
	fmt.Fprintf(&b, "<tr><th %s>#</th><th %s>step</th><th %s>equation</th><th %s>with</th></tr>\n", cell, cell, cell, cell)
	for k, s := range w.Steps {
		given := make([]string, len(s.Given))
		for i, g := range s.Given {
			given[i] = esc(g)
		}
		fmt.Fprintf(&b, "<tr><td %s>%d</td><td %s>%s</td><td %s><code>%s</code></td><td %s><code>%s</code></td></tr>\n",
			cell, k+1, cell, esc(s.Title), cell, esc(s.Equation), cell, strings.Join(given, "<br/>"))
	}
	b.WriteString("</table>\n")
	return b.String()
}

// esc escapes text for HTML (and XML).
func esc(s string) string { return html.EscapeString(s) }

// cleanID keeps letters, digits and '-' of an id ("stepnet" when empty).
func cleanID(id string) string {
	out := []rune(id)
	for i, r := range out {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			out[i] = '-'
		}
	}
	if len(out) == 0 {
		return "stepnet"
	}
	return string(out)
}

// css lays a step out as text beside its diagram. Without it (a sanitiser
// may drop it) the block still reads top to bottom.
const css = `<style>
.stepnet{font-family:sans-serif;border:1px solid #888;padding:6px 10px;max-width:64em;color:#000;background:#fff}
.stepnet-head{font-weight:bold;margin-bottom:4px}
.stepnet-nav{margin:4px 0}
.stepnet-nav button{font-size:1em;padding:2px 10px}
.stepnet-step{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start;border-top:1px solid #ccc;padding:6px 0}
.stepnet-text{flex:1 1 24em;min-width:16em}
.stepnet-title{font-weight:bold}
.stepnet-eq{font-family:monospace;font-size:1.1em;margin:4px 0;white-space:pre-wrap}
.stepnet-given{font-family:monospace;font-size:0.9em;color:#333}
.stepnet-explain{margin-top:4px}
</style>
`

// script turns the static list into a step-through: it hides every step
// but the current one and shows the buttons. It finds its widget by id
// (the first one not yet set up, should the same block appear twice), and
// retries for a moment in case the block is not in the page yet.
const script = `(function () {
  var id = "ID";
  function setup(tries) {
    var all = document.querySelectorAll('[id="' + id + '"]'), root = null;
    for (var i = 0; i < all.length; i++) {
      if (!all[i].getAttribute("data-ready")) { root = all[i]; break; }
    }
    if (!root) {
      if (tries > 0) { setTimeout(function () { setup(tries - 1); }, 100); }
      return;
    }
    root.setAttribute("data-ready", "1");
    var steps = root.querySelectorAll(".stepnet-step"), n = steps.length, k = 0;
    var nav = root.querySelector(".stepnet-nav"), count = root.querySelector(".stepnet-count");
    var prev = root.querySelector(".stepnet-prev"), next = root.querySelector(".stepnet-next");
    function show() {
      for (var i = 0; i < n; i++) { steps[i].style.display = (i === k) ? "" : "none"; }
      count.textContent = "step " + (k + 1) + " of " + n;
      prev.disabled = (k === 0);
      next.disabled = (k === n - 1);
    }
    prev.onclick = function () { if (k > 0) { k--; show(); } };
    next.onclick = function () { if (k < n - 1) { k++; show(); } };
    root.onkeydown = function (e) {
      if (e.key === "ArrowRight") { next.onclick(); }
      if (e.key === "ArrowLeft") { prev.onclick(); }
    };
    nav.hidden = false;
    nav.style.display = "";
    show();
  }
  setup(50);
})();
`
