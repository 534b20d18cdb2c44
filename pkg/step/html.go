package step

import (
	"fmt"
	"html"
	"strings"

	"github.com/stepnet/stepnet/internal/widget"
	"github.com/stepnet/stepnet/pkg/lang"
)

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
	return widget.NewID("stepnet", w.Table())
}

// HTMLWithID is HTML with a chosen id prefix (letters, digits and '-'
// only; anything else is replaced by '-'). Use it when the output must be
// byte-identical from run to run.
func (w *Walk) HTMLWithID(id string) string {
	if w == nil {
		return "<div class=\"stepnet\">" + esc(lang.T("step.nil")) + "</div>\n"
	}
	id = widget.CleanID(id, "stepnet")
	var b strings.Builder
	n := len(w.Steps)
	// The classes xp-… are those of internal/widget, whose script (shared
	// with pkg/explore's explorables) turns the list into a step-through.
	fmt.Fprintf(&b, "<div class=\"stepnet xp\" id=\"%s\" tabindex=\"0\" data-unit=\"%s\">\n", id, esc(lang.T("step.unit")))
	b.WriteString(css)
	fmt.Fprintf(&b, "<div class=\"stepnet-head\">%s</div>\n", esc(w.Title))
	fmt.Fprintf(&b, "<div class=\"stepnet-nav xp-ctl\" id=\"%s-nav\" hidden=\"hidden\" style=\"display:none\">"+
		"<button type=\"button\" class=\"stepnet-prev xp-prev\" id=\"%s-prev\">&#9664; %s</button> "+
		"<span class=\"stepnet-count xp-count\" id=\"%s-count\">%s</span> "+
		"<button type=\"button\" class=\"stepnet-next xp-next\" id=\"%s-next\">%s &#9654;</button>"+
		"<span class=\"xp-live\" id=\"%s-live\" aria-live=\"polite\" style=\"position:absolute;left:-9999px\"></span></div>\n",
		id, id, esc(lang.T("step.prev")), id, esc(lang.F("step.count", n)), id, esc(lang.T("step.next")), id)
	for k := 1; k <= n; k++ {
		w.writeStep(&b, id, k)
	}
	b.WriteString(widget.Script(id))
	b.WriteString("</div>\n")
	return b.String()
}

// writeStep writes step k: its title, equation, operands, explanation and
// diagram.
func (w *Walk) writeStep(b *strings.Builder, id string, k int) {
	s := w.Steps[k-1]
	live := lang.F("step.of", k, len(w.Steps), s.Title) + ". " + s.Equation
	fmt.Fprintf(b, "<div class=\"stepnet-step xp-frame\" id=\"%s-s%d\" data-step=\"%d\" data-live=\"%s\">\n", id, k, k, esc(live))
	b.WriteString("<div class=\"stepnet-text\">\n")
	fmt.Fprintf(b, "<div class=\"stepnet-title\">%s</div>\n", esc(lang.F("step.of", k, len(w.Steps), s.Title)))
	fmt.Fprintf(b, "<div class=\"stepnet-eq\" id=\"%s-eq%d\">%s</div>\n", id, k, esc(s.Equation))
	if len(s.Given) > 0 {
		b.WriteString("<div class=\"stepnet-given\">" + esc(lang.T("step.with")) + " ")
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
	if w == nil {
		return "<p>" + esc(lang.T("step.nil")) + "</p>\n"
	}
	var b strings.Builder
	b.WriteString("<table class=\"stepnet-table\" style=\"border-collapse:collapse\">\n")
	fmt.Fprintf(&b, "<caption style=\"font-weight:bold;text-align:left\">%s</caption>\n", esc(w.Title))
	cell := "style=\"border:1px solid #888;padding:2px 6px;text-align:left;vertical-align:top\""
	fmt.Fprintf(&b, "<tr><th %s>#</th><th %s>%s</th><th %s>%s</th><th %s>%s</th></tr>\n", cell, cell, esc(lang.T("step.head.step")), cell, esc(lang.T("step.head.equation")), cell, esc(lang.T("step.with")))
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
