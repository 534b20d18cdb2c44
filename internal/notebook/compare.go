package notebook

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	"image/png"
	"regexp"
	"strings"

	"github.com/stepnet/stepnet/internal/imgdiff"
)

// PixelTolerance is how far apart (0–255, per colour channel) two pixels of the same figure may be in
// the two flavours of a notebook. Both kernels run the same compiled code of pkg/viz (GoNB in a
// program, gophernotes in a plugin), so the figures come out identical; the tolerance only keeps a
// rounding difference in an anti-aliased edge from failing the comparison.
const PixelTolerance = 2

// widgetIDRE matches the ids of pkg/step's widgets: a hash of the walk, then a counter of the widgets
// the process made. GoNB runs each cell as a new program (the counter starts again), gophernotes
// keeps one process (it goes on), so the counter is not compared.
var widgetIDRE = regexp.MustCompile(`(stepnet-[0-9a-f]{8})-[0-9]+`)

// MaskWidgetIDs replaces the counter of every widget id in html by N: what two runs of the same cell
// may write differently.
func MaskWidgetIDs(html string) string { return widgetIDRE.ReplaceAllString(html, "$1-N") }

// richOutput is one figure or HTML block of a cell.
type richOutput struct {
	mime string // image/png, image/svg+xml or text/html
	data string // base64 for PNG, text otherwise
}

// richOutputs lists the figures (PNG, SVG) and HTML outputs of a cell, in order. GoNB's own HTML
// (a compile error report) is not a lesson's output and is left out.
func richOutputs(c NBCell) []richOutput {
	var out []richOutput
	for _, o := range c.Outputs {
		data, _ := o["data"].(map[string]any)
		switch {
		case data["image/png"] != nil:
			out = append(out, richOutput{"image/png", strings.TrimSpace(Text(data["image/png"]))})
		case data["image/svg+xml"] != nil:
			out = append(out, richOutput{"image/svg+xml", Text(data["image/svg+xml"])})
		case data["text/html"] != nil:
			html := Text(data["text/html"])
			if strings.Contains(html, "gonb-err-location") {
				continue
			}
			out = append(out, richOutput{"text/html", html})
		}
	}
	return out
}

// CompareOutputs checks that two executed notebooks of one lesson, a and b (the GoNB and the
// gophernotes flavour, cell for cell: the same cells but for their syntax), show the same figures and
// HTML: per code cell, the same number and kinds of outputs; PNGs whose pixels agree within
// PixelTolerance; SVGs and HTML equal as text (HTML with pkg/step's widget counters ignored). The
// setup cell is skipped. Each problem names the cell (1-based) and the lesson line, from a's cells.
func CompareOutputs(a, b *Notebook) []string {
	return compareCodeCells(a, b, func(ca, cb NBCell) []string {
		ra, rb := richOutputs(ca), richOutputs(cb)
		if len(ra) != len(rb) {
			return []string{fmt.Sprintf("%s against %s", describe(ra), describe(rb))}
		}
		var problems []string
		for k := range ra {
			if ra[k].mime != rb[k].mime {
				problems = append(problems, fmt.Sprintf("output %d is %s against %s", k+1, ra[k].mime, rb[k].mime))
				continue
			}
			if err := sameOutput(ra[k], rb[k]); err != nil {
				problems = append(problems, fmt.Sprintf("%s %d: %v", ra[k].mime, k+1, err))
			}
		}
		return problems
	})
}

// compareCodeCells runs compare on each pair of code cells of a and b but the setup cell, and
// returns its problems, each after the cell's number (1-based) and lesson line, from a's cells.
func compareCodeCells(a, b *Notebook, compare func(ca, cb NBCell) []string) []string {
	if len(a.Cells) != len(b.Cells) {
		return []string{fmt.Sprintf("%d cells against %d", len(a.Cells), len(b.Cells))}
	}
	var problems []string
	for i := range a.Cells {
		ca, cb := a.Cells[i], b.Cells[i]
		if ca.Kind != Code || ca.ID == SetupID {
			continue
		}
		at := fmt.Sprintf("cell %d", i+1)
		if ca.Where != "" {
			at += " (" + ca.Where + ")"
		}
		for _, p := range compare(ca, cb) {
			problems = append(problems, at+": "+p)
		}
	}
	return problems
}

// describe says what a cell shows: "2 outputs (image/png, text/html)".
func describe(rs []richOutput) string {
	kinds := make([]string, len(rs))
	for i, r := range rs {
		kinds[i] = r.mime
	}
	return fmt.Sprintf("%d outputs (%s)", len(rs), strings.Join(kinds, ", "))
}

// sameOutput compares two outputs of one kind.
func sameOutput(a, b richOutput) error {
	switch a.mime {
	case "image/png":
		return samePNG(a.data, b.data)
	case "text/html":
		ha, hb := MaskWidgetIDs(a.data), MaskWidgetIDs(b.data)
		if ha != hb {
			return fmt.Errorf("the HTML differs: %s", firstDiffOf(ha, hb, "the first", "the second"))
		}
	default:
		if a.data != b.data {
			return fmt.Errorf("the text differs: %s", firstDiffOf(a.data, b.data, "the first", "the second"))
		}
	}
	return nil
}

// samePNG decodes two base64 PNGs and compares their pixels.
func samePNG(a, b string) error {
	ia, err := decodePNG(a)
	if err != nil {
		return err
	}
	ib, err := decodePNG(b)
	if err != nil {
		return err
	}
	if ia.Bounds().Size() != ib.Bounds().Size() {
		return fmt.Errorf("%v pixels against %v", ia.Bounds().Size(), ib.Bounds().Size())
	}
	if r := imgdiff.Compare(ia, ib, PixelTolerance); r.Differ > 0 {
		return fmt.Errorf("%d of %d pixels differ by more than %d/255 (the first at %v, the most by %d/255)",
			r.Differ, r.Total, PixelTolerance, r.First, r.Worst)
	}
	return nil
}

func decodePNG(s string) (image.Image, error) {
	raw, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(s), ""))
	if err != nil {
		return nil, fmt.Errorf("not base64: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("not a PNG: %v", err)
	}
	return img, nil
}

// timingRE and pathRE match what may differ between two runs of the same cell: a duration ("1.2 s",
// "35 ms", "80µs") and an absolute path (a cache file, a temporary folder).
var (
	timingRE = regexp.MustCompile(`\d+(\.\d+)?\s*(ns|µs|us|ms|s|min)\b`)
	pathRE   = regexp.MustCompile(`/[\w.-]+(/[\w.-]+)+`)
)

// printedText returns what a cell printed (its stdout and stderr streams, in order) with durations
// and absolute paths masked, and the order of its outputs as runs of "text" and "display".
func printedText(c NBCell) (text string, order []string) {
	var b strings.Builder
	for _, o := range c.Outputs {
		kind := "display"
		if o["output_type"] == "stream" {
			kind = "text"
			b.WriteString(Text(o["text"]))
		} else if o["output_type"] == "error" {
			kind = "error"
		}
		if len(order) == 0 || order[len(order)-1] != kind {
			order = append(order, kind)
		}
	}
	return pathRE.ReplaceAllString(timingRE.ReplaceAllString(b.String(), "<time>"), "<path>"), order
}

// CompareText checks that two executed notebooks of one lesson (the GoNB and the gophernotes
// flavour, cell for cell) print the same text in every code cell but the setup cell, durations and
// absolute paths aside, and print it in the same order relative to their figures. The same code on
// the same packages must print the same numbers; a difference means a kernel computes differently
// (an interpreter quirk, another matrix engine) or an output raced another.
func CompareText(a, b *Notebook) []string {
	return compareCodeCells(a, b, func(ca, cb NBCell) []string {
		ta, oa := printedText(ca)
		tb, ob := printedText(cb)
		switch {
		case ta != tb:
			return []string{"the printed text differs: " + firstDiffOf(ta, tb, "the first", "the second")}
		case strings.Join(oa, ",") != strings.Join(ob, ","):
			return []string{fmt.Sprintf("outputs in the order %s against %s", strings.Join(oa, ", "), strings.Join(ob, ", "))}
		}
		return nil
	})
}
