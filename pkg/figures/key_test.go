package figures

import (
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// textCanvas records where each string is drawn.
type textCanvas struct {
	*vgimg.Canvas
	at map[string][]vg.Point
}

func (c *textCanvas) FillString(f font.Face, pt vg.Point, s string) {
	c.at[s] = append(c.at[s], pt)
	c.Canvas.FillString(f, pt, s)
}

// TestSharedLegendsAboveThePanels: in these figures the data can fill every
// corner of a panel (spread points, level curves, a line anywhere), so their
// legend is the figure's key, drawn above every panel, and no panel has a
// legend of its own that could hide data.
func TestSharedLegendsAboveThePanels(t *testing.T) {
	want := map[string][]string{
		"01/half-plane":      {"wᵀx + w₀ = 0", "class 0", "class 1"},
		"04/cost-surface":    {"minimum", "η = 0.555"},
		"10/hidden-units":    {"class 0", "class 1", "unit 1", "unit 2", "unit 3"},
		"11/fits":            {"target f", "network F"},
		"12/depth-vs-width":  {"class 0", "class 1"},
		"12/representations": {"class 0", "class 1"},
	}
	for name, names := range want {
		e, err := Find(name[:2], name[3:])
		if err != nil {
			t.Fatal(err)
		}
		fig, err := e.Build(DefaultSeed)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, k := range fig.Key {
			got = append(got, k.Name)
		}
		if !slices.Equal(got, names) {
			t.Errorf("%s: key %q, want %q", name, got, names)
		}
		c := &textCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(fig.Width, fig.Height), vgimg.UseDPI(30)), at: map[string][]vg.Point{}}
		fig.Draw(draw.New(c))
		var panelTop vg.Length // the highest panel title
		for _, row := range fig.Panels {
			for _, p := range row {
				if p == nil {
					continue
				}
				if r := p.Legend.Rectangle(draw.Canvas{}); r.Size().X != 0 || r.Size().Y != 0 {
					t.Errorf("%s: panel %q has a legend of its own", name, p.Title.Text)
				}
				first, _, _ := strings.Cut(p.Title.Text, "\n") // drawn line by line
				for _, pt := range c.at[first] {
					panelTop = max(panelTop, pt.Y)
				}
			}
		}
		if panelTop == 0 {
			t.Fatalf("%s: no panel title drawn", name)
		}
		for _, n := range names {
			pts := c.at[n]
			if len(pts) != 1 {
				t.Errorf("%s: %q drawn %d times, want once (in the key)", name, n, len(pts))
				continue
			}
			if pts[0].Y <= panelTop {
				t.Errorf("%s: %q drawn at y = %v, not above the panel titles (y = %v)", name, n, pts[0].Y, panelTop)
			}
		}
	}
}
