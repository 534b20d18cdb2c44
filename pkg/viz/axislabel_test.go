package viz

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"gonum.org/v1/plot"
)

// logPanel is a panel of one curve from 1e−5 to 2 with a long y label, on a log y axis (or a
// linear one), and a log x axis with xlabel.
func logPanel(t *testing.T, logY bool, xlabel string) *plot.Plot {
	t.Helper()
	s := Series{Name: "", X: []float64{1, 10, 100, 1000}, Y: []float64{2, 0.1, 1e-3, 1e-5}}
	p, err := CurvesPanel("", xlabel, "C(w) − C(w*), the excess cost (log scale)", []Series{s}, logY, true)
	if err != nil {
		t.Fatal(err)
	}
	p.X.Scale, p.X.Tick.Marker = plot.LogScale{}, DecadeTicks{}
	return p
}

func render(t *testing.T, f *Figure) image.Image {
	t.Helper()
	b, err := f.PNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// inked reports whether the pixel at (x, y) is not white.
func inked(img image.Image, x, y int) bool {
	r, g, b, _ := img.At(x, y).RGBA()
	return r < 0xf000 || g < 0xf000 || b < 0xf000
}

// firstInkedRow is the first row of img with a pixel that is not white.
func firstInkedRow(img image.Image) int {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if inked(img, x, y) {
				return y
			}
		}
	}
	return b.Max.Y
}

// TestLogAxisLabel: a panel with a log y axis starts as high up as the same panel with a linear
// one (gonum/plot measures the centred y label as if it stood at (Min+Max)/2 = 1, 94% of the
// way up the log axis, and used to leave 30 pixels blank above the panel), and the label is
// drawn, once.
func TestLogAxisLabel(t *testing.T) {
	linear := Single("", logPanel(t, false, "step"), ShortHeight)
	logarithmic := Single("", logPanel(t, true, "step"), ShortHeight)
	lin, log := firstInkedRow(render(t, linear)), firstInkedRow(render(t, logarithmic))
	if log > lin+3 {
		t.Errorf("the log panel starts at row %d, the linear one at row %d: a blank band over the log panel", log, lin)
	}
	svg, err := logarithmic.SVG()
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"C(w) − C(w*), the excess cost (log scale)", "step"} {
		if n := strings.Count(string(svg), ">"+label+"<"); n != 1 {
			t.Errorf("label %q drawn %d times, want once", label, n)
		}
	}
}

// TestLongLogAxisLabel: an x label longer than its log axis is drawn whole: the data area
// shrinks until the label's right end fits, as on a linear axis (the last columns of the
// figure stay white).
func TestLongLogAxisLabel(t *testing.T) {
	long := strings.Repeat("gradient evaluations ", 8) + "(log scale)"
	f := Grid("", 2, ShortHeight, logPanel(t, true, "step"), logPanel(t, true, long))
	img := render(t, f)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		if inked(img, b.Max.X-1, y) || inked(img, b.Max.X-2, y) {
			t.Fatalf("ink in the last columns of the figure at row %d: the x label %q is cut off", y, long)
		}
	}
}
