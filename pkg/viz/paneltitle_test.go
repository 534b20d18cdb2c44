package viz

import (
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// TestPanelTitlesInARow: the titles of the panels of one row stand on one line, though one
// panel needs more room above its data area than the other (a large marker at its top edge,
// for which gonum/plot lowers the other panel's canvas, title and all, when it aligns the data
// areas: the titles of lesson 09's normalisation figure stood a few points apart).
func TestPanelTitlesInARow(t *testing.T) {
	panel := func(title string, radius vg.Length) *plot.Plot {
		p := plot.New()
		p.Title.Text = title
		s, err := plotter.NewScatter(plotter.XYs{{X: 0, Y: 0}, {X: 1, Y: 1}})
		if err != nil {
			t.Fatal(err)
		}
		s.GlyphStyle.Radius = radius
		p.Add(s)
		return p
	}
	f := Grid("", 2, vg.Points(200), panel("tall marker", vg.Points(12)), panel("small marker", vg.Points(1)))
	titleY := func(f *Figure) map[string]vg.Length {
		var rec recorder.Canvas
		f.Draw(draw.Canvas{Canvas: &rec, Rectangle: vg.Rectangle{Max: vg.Point{X: f.Width, Y: f.Height}}})
		ys := map[string]vg.Length{}
		for _, a := range rec.Actions {
			if s, ok := a.(*recorder.FillString); ok && (s.String == "tall marker" || s.String == "small marker") {
				ys[s.String] = s.Point.Y
			}
		}
		return ys
	}
	ys := titleY(f)
	if len(ys) != 2 {
		t.Fatalf("drew the titles %v, want both", ys)
	}
	if ys["tall marker"] != ys["small marker"] {
		t.Errorf("the titles of one row stand at %v and %v, want one line", ys["tall marker"], ys["small marker"])
	}
	// Drawing leaves the caller's panels as they were.
	for _, row := range f.Panels {
		for _, p := range row {
			if p.Title.Text == "" {
				t.Error("drawing the figure took a panel's title away")
			}
		}
	}
}
