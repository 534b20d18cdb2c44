package viz

import (
	"fmt"
	"image"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// Lesson 14: the feature maps of a convolutional network.

// MapImage is one square image of a feature-map figure: Side×Side values,
// row by row.
type MapImage struct {
	Side   int
	Values []float64
}

// FeatureMapRow is one example in FeatureMaps: a caption, its input image
// and, for each stage of the network, that stage's feature maps.
type FeatureMapRow struct {
	Caption string
	Input   MapImage
	Stages  [][]MapImage
}

// mapImage draws a feature map with its largest value darkest and 0 white
// (the maps after ReLU are ≥ 0): ink on paper, as the digits, and readable
// printed in black and white. A thin grey frame shows where the map is,
// even when it is 0 everywhere (then it is white inside).
func mapImage(m MapImage) image.Image {
	top := 0.0
	for _, v := range m.Values {
		top = math.Max(top, math.Abs(v))
	}
	const z = 4 // each value a block of z×z pixels, as pixelImage
	n := m.Side*z + 2
	img := image.NewGray(image.Rect(0, 0, n, n))
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if x == 0 || y == 0 || x == n-1 || y == n-1 {
				img.SetGray(x, y, color.Gray{0xa0})
				continue
			}
			b := 1.0
			if top > 0 {
				b = 1 - math.Abs(m.Values[((y-1)/z)*m.Side+(x-1)/z])/top
			}
			img.SetGray(x, y, color.Gray{uint8(255*b + 0.5)})
		}
	}
	return img
}

// FeatureMaps draws, for each example, its input and the feature maps of
// each stage in a row of their own (each map scaled to its own maximum):
// the first stage's maps still look like the digit, lit where their stroke
// is; the later ones are coarser and more abstract.
func FeatureMaps(title, subtitle string, rows []FeatureMapRow) (*Figure, error) {
	if len(rows) == 0 {
		return nil, fmt.Errorf("feature maps: no examples to draw")
	}
	cols := 1
	for _, r := range rows {
		for _, st := range r.Stages {
			cols = max(cols, len(st))
		}
	}
	f := &Figure{Title: title, Subtitle: subtitle, Width: TextWidth}
	for i, r := range rows {
		images := []MapImage{r.Input}
		for s, st := range r.Stages {
			if len(st) == 0 {
				return nil, fmt.Errorf("feature maps: example %d, stage %d has no maps", i, s+1)
			}
			images = append(images, st...)
		}
		for k, m := range images {
			if m.Side <= 0 || len(m.Values) != m.Side*m.Side {
				return nil, fmt.Errorf("feature maps: example %d, image %d: %d values for %d×%d", i, k, len(m.Values), m.Side, m.Side)
			}
		}
		// Row 0 holds the input; each stage starts a row of its own.
		t := tiles{cols: cols}
		t.images = append(t.images, mapImage(r.Input))
		t.rows = 1
		for range cols - 1 {
			t.images = append(t.images, nil)
		}
		for _, st := range r.Stages {
			for c := 0; c < cols; c++ {
				if c < len(st) {
					t.images = append(t.images, mapImage(st[c]))
				} else {
					t.images = append(t.images, nil)
				}
			}
			t.rows++
		}
		p := newPlot(r.Caption, "", "")
		hideAxes(p)
		p.Add(t)
		f.Panels = append(f.Panels, []*plot.Plot{p})
	}
	cell := float64(TextWidth/vg.Centimeter) / float64(cols)
	f.Height = vg.Length(math.Min(24, float64(len(rows))*(cell*float64(1+len(rows[0].Stages))+1.2)+2.5)) * vg.Centimeter
	return f, nil
}
