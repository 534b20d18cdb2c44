package explore

import (
	"encoding/json"
	"fmt"
	"html"
	"strings"

	"github.com/stepnet/stepnet/internal/widget"
	"github.com/stepnet/stepnet/pkg/lang"
)

// IDToken is the placeholder that Defs and the frames' SVG use for the
// block's id: a builder writes id="IDTOKEN-grid" and href="#IDTOKEN-grid",
// and HTML replaces every IDTOKEN with the id of the block, so that two
// blocks in one page never share a definition.
const IDToken = "IDTOKEN"

// Explorable is a figure computed at a grid of parameter values or time
// steps: one Frame per point of the grid, shown one at a time with sliders,
// Previous / Next and, for time steps, Play.
type Explorable struct {
	Title string // what the figure shows
	Note  string // one sentence under the title: what to look at (optional)

	// Params are the sliders. The frames are the points of the grid of
	// their values, the last parameter varying fastest: with w₁ and w₂ of 5
	// values each, frame 7 is w₁'s value 1 and w₂'s value 2. No Params: one
	// axis over the frames, moved by Previous / Next (and Play).
	Params []Param
	Frames []Frame

	// Key are the frames shown, side by side with their captions, where
	// JavaScript does not run (an untrusted notebook, a web viewer of
	// .ipynb files). Nil: the first, the middle and the last frame.
	Key []int

	Start int  // the frame shown first (with JavaScript)
	Play  bool // a Play / Pause button (and the space bar): for time steps
	Delay int  // milliseconds per frame while playing (0: 500)

	// Defs is SVG shared by every frame (inside <defs>): a data set, a
	// background, a marker, referred to with <use href="#IDTOKEN-…"/>.
	Defs string
}

// Param is one slider: its name (η, N, epoch, w₁…) and a label per value.
type Param struct {
	Name   string
	Labels []string
}

// Frame is the figure at one point of the grid.
type Frame struct {
	SVG     string   // the picture: one <svg> element
	Caption string   // one sentence about this frame
	Numbers []Number // the quantities that change, shown beside the picture
}

// Number is one quantity shown beside a frame: "regime", "slow, monotone".
type Number struct {
	Name, Value string
}

// Check reports what is wrong with an explorable: no frames, a grid of
// parameters whose size is not the number of frames, a key or start frame
// out of range.
func (e *Explorable) Check() error {
	if e == nil || len(e.Frames) == 0 {
		return fmt.Errorf("explore: an explorable needs at least one frame")
	}
	n := 1
	for _, p := range e.Params {
		if len(p.Labels) == 0 {
			return fmt.Errorf("explore: parameter %q has no values", p.Name)
		}
		n *= len(p.Labels)
	}
	if len(e.Params) > 0 && n != len(e.Frames) {
		return fmt.Errorf("explore: %d frames, but the parameters' grid has %d points", len(e.Frames), n)
	}
	for _, k := range e.Key {
		if k < 0 || k >= len(e.Frames) {
			return fmt.Errorf("explore: key frame %d of %d frames", k, len(e.Frames))
		}
	}
	if e.Start < 0 || e.Start >= len(e.Frames) {
		return fmt.Errorf("explore: start frame %d of %d frames", e.Start, len(e.Frames))
	}
	return nil
}

// HTML renders the explorable as one self-contained block of HTML for a
// notebook cell or any web page: inline CSS, inline SVG, a little
// JavaScript (internal/widget, the step-through's), nothing fetched. An
// explorable that fails Check renders as a one-line message saying why.
func (e *Explorable) HTML() string {
	title := ""
	if e != nil {
		title = e.Title
	}
	// "stepnet-…" as the step-throughs': the notebook tests mask the
	// counter at the end when they compare the two kernels' outputs.
	return e.HTMLWithID(widget.NewID("stepnet", title))
}

// HTMLWithID is HTML with a chosen id prefix (letters, digits and '-';
// anything else becomes '-'), for output that must not change from run to
// run.
func (e *Explorable) HTMLWithID(id string) string {
	id = widget.CleanID(id, "explore")
	if err := e.Check(); err != nil {
		return "<div class=\"xp-error\">" + esc(err.Error()) + "</div>\n"
	}
	key := e.keyFrames()
	var b strings.Builder
	dims := make([]string, len(e.Params))
	for p, par := range e.Params {
		dims[p] = fmt.Sprint(len(par.Labels))
	}
	fmt.Fprintf(&b, "<div class=\"xp explore\" id=\"%s\" tabindex=\"0\" data-start=\"%d\"", id, e.Start)
	if len(dims) > 0 {
		fmt.Fprintf(&b, " data-dims=\"%s\"", strings.Join(dims, ","))
	}
	if e.Delay > 0 {
		fmt.Fprintf(&b, " data-delay=\"%d\"", e.Delay)
	}
	fmt.Fprintf(&b, " role=\"group\" aria-label=\"%s\">\n", esc(e.Title))
	b.WriteString(css)
	fmt.Fprintf(&b, "<div class=\"xp-head\">%s</div>\n", esc(e.Title))
	if e.Note != "" {
		fmt.Fprintf(&b, "<div class=\"xp-note\">%s</div>\n", esc(e.Note))
	}
	if e.Defs != "" {
		fmt.Fprintf(&b, "<svg width=\"0\" height=\"0\" style=\"position:absolute\" aria-hidden=\"true\"><defs>%s</defs></svg>\n",
			strings.ReplaceAll(e.Defs, IDToken, id))
	}
	e.writeControls(&b, id)
	fmt.Fprintf(&b, "<div class=\"xp-static\">%s</div>\n", esc(lang.F("explore.static", len(key), len(e.Frames))))
	b.WriteString("<div class=\"xp-frames\">\n")
	isKey := map[int]bool{}
	for _, k := range key {
		isKey[k] = true
	}
	for k, f := range e.Frames {
		e.writeFrame(&b, id, k, f, isKey[k])
	}
	b.WriteString("</div>\n")
	fmt.Fprintf(&b, "<div class=\"xp-live\" id=\"%s-live\" aria-live=\"polite\"></div>\n", id)
	b.WriteString(widget.Script(id))
	b.WriteString("</div>\n")
	return b.String()
}

// keyFrames returns Key, or the first, middle and last frame.
func (e *Explorable) keyFrames() []int {
	if e.Key != nil {
		return e.Key
	}
	n := len(e.Frames)
	switch {
	case n == 1:
		return []int{0}
	case n == 2:
		return []int{0, 1}
	}
	return []int{0, n / 2, n - 1}
}

// writeControls writes the sliders and buttons, hidden until the script
// runs.
func (e *Explorable) writeControls(b *strings.Builder, id string) {
	fmt.Fprintf(b, "<div class=\"xp-ctl\" hidden=\"hidden\" style=\"display:none\">\n")
	c := e.coords(e.Start)
	for p, par := range e.Params {
		labels, _ := json.Marshal(par.Labels)
		fmt.Fprintf(b, "<label class=\"xp-param\">%s <input type=\"range\" class=\"xp-range\" id=\"%s-r%d\" min=\"0\" max=\"%d\" step=\"1\" value=\"%d\" data-labels=\"%s\" aria-label=\"%s\"/> "+
			"<output class=\"xp-val\" id=\"%s-v%d\">%s</output></label>\n",
			esc(par.Name), id, p, len(par.Labels)-1, c[p], esc(string(labels)), esc(par.Name), id, p, esc(par.Labels[c[p]]))
	}
	fmt.Fprintf(b, "<span class=\"xp-buttons\"><button type=\"button\" class=\"xp-prev\" id=\"%s-prev\" aria-label=\"%s\">&#9664;</button>", id, esc(lang.T("explore.prev")))
	if e.Play {
		fmt.Fprintf(b, "<button type=\"button\" class=\"xp-play\" id=\"%s-play\" aria-pressed=\"false\">&#9654; %s</button>", id, esc(lang.T("widget.play")))
	}
	fmt.Fprintf(b, "<button type=\"button\" class=\"xp-next\" id=\"%s-next\" aria-label=\"%s\">&#9654;</button> "+
		"<span class=\"xp-count\" id=\"%s-count\"></span></span>\n</div>\n", id, esc(lang.T("explore.next")), id)
}

// coords returns the parameters' value indices of frame k.
func (e *Explorable) coords(k int) []int {
	c := make([]int, len(e.Params))
	for p := len(e.Params) - 1; p >= 0; p-- {
		n := len(e.Params[p].Labels)
		c[p] = k % n
		k /= n
	}
	return c
}

// Label returns the parameter values of frame k as "η = 1.5, N = 4" (or
// "frame k+1" without parameters).
func (e *Explorable) Label(k int) string {
	if len(e.Params) == 0 {
		return lang.F("explore.frame", k+1)
	}
	var parts []string
	for p, i := range e.coords(k) {
		parts = append(parts, e.Params[p].Name+" = "+e.Params[p].Labels[i])
	}
	return strings.Join(parts, ", ")
}

// writeFrame writes frame k: the picture, then beside it the parameters'
// values, the numbers and the caption. Frames outside the key are hidden
// (for the page without JavaScript).
func (e *Explorable) writeFrame(b *strings.Builder, id string, k int, f Frame, key bool) {
	label := e.Label(k)
	live := label
	for _, n := range f.Numbers {
		live += "; " + n.Name + " " + n.Value
	}
	if f.Caption != "" {
		live += ". " + f.Caption
	}
	hide := ""
	if !key {
		hide = " hidden=\"hidden\" style=\"display:none\""
	}
	fmt.Fprintf(b, "<div class=\"xp-frame\" id=\"%s-f%d\" data-frame=\"%d\" data-live=\"%s\"%s>\n", id, k, k, esc(live), hide)
	b.WriteString("<div class=\"xp-pic\">")
	b.WriteString(strings.ReplaceAll(f.SVG, IDToken, id))
	b.WriteString("</div>\n<div class=\"xp-side\">\n")
	fmt.Fprintf(b, "<div class=\"xp-label\">%s</div>\n", esc(label))
	if len(f.Numbers) > 0 {
		b.WriteString("<table class=\"xp-nums\">")
		for _, n := range f.Numbers {
			fmt.Fprintf(b, "<tr><th>%s</th><td data-name=\"%s\">%s</td></tr>", esc(n.Name), esc(n.Name), esc(n.Value))
		}
		b.WriteString("</table>\n")
	}
	if f.Caption != "" {
		fmt.Fprintf(b, "<div class=\"xp-caption\">%s</div>\n", esc(f.Caption))
	}
	b.WriteString("</div>\n</div>\n")
}

// esc escapes text for HTML (and XML).
func esc(s string) string { return html.EscapeString(s) }

// css: a light card whatever the notebook's theme (dark Jupyter themes
// included: every colour is set, none inherited); without JavaScript the
// key frames wrap side by side, with it one frame sits beside its numbers.
const css = `<style>
.xp.explore{font-family:sans-serif;border:1px solid #888;padding:6px 10px;max-width:72em;color:#111;background:#fff;position:relative}
.xp.explore .xp-head{font-weight:bold;margin-bottom:2px}
.xp.explore .xp-note{font-size:0.9em;color:#333;margin-bottom:4px}
.xp.explore .xp-ctl{margin:4px 0;display:flex;flex-wrap:wrap;gap:4px 16px;align-items:center}
.xp.explore .xp-param{font-family:serif;font-style:italic;font-size:1.1em;white-space:nowrap}
.xp.explore .xp-range{vertical-align:middle;width:14em;accent-color:#0072b2}
.xp.explore .xp-val{font-family:monospace;font-style:normal;font-size:0.9em;display:inline-block;min-width:4em}
.xp.explore button{font-size:1em;padding:2px 10px;margin-right:4px;color:#111;background:#eee;border:1px solid #777;border-radius:3px}
.xp.explore button:disabled{color:#888}
.xp.explore .xp-count{font-size:0.85em;color:#333}
.xp.explore .xp-frames{display:flex;flex-wrap:wrap;gap:10px}
.xp.explore .xp-frame{flex:1 1 22em;border-top:1px solid #ccc;padding-top:4px}
.xp.explore.xp-on .xp-frame{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start;flex:1 1 100%}
.xp.explore .xp-pic svg{max-width:100%;height:auto;background:#fff}
.xp.explore .xp-side{flex:1 1 14em;min-width:12em;font-size:0.95em}
.xp.explore .xp-label{font-weight:bold;font-family:monospace}
.xp.explore div,.xp.explore label,.xp.explore output,.xp.explore span{color:#111}
.xp.explore .xp-nums{border-collapse:collapse;margin:4px 0;border:none;background:#fff}
.xp.explore .xp-nums tr{background:#fff;border:none}
.xp.explore .xp-nums th{text-align:left;font-weight:normal;padding:1px 8px 1px 0;color:#333;background:#fff;border:none;vertical-align:top}
.xp.explore .xp-nums td{text-align:left;font-family:monospace;padding:1px 0;color:#111;background:#fff;border:none}
.xp.explore .xp-caption{color:#222}
.xp.explore.xp-on .xp-static{display:none}
.xp.explore .xp-static{font-size:0.8em;color:#555}
.xp.explore .xp-live{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
</style>
`
