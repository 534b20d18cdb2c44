package viz

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/stepnet/stepnet/internal/guard"
)

// Digits draws the images in the given rows of X (one image per row,
// side×side pixels in [0, 1], row by row, as MNIST's data.MNIST.Images), ink
// in black on white, cols to a line, each under its caption: the digits of a
// data set with their labels, or a network's mistakes with what it read.
func Digits(title string, X mat.Matrix, rows []int, captions []string, cols int) (*Figure, error) {
	n, c, err := guard.Matrix(X, "X")
	if err != nil {
		return nil, fmt.Errorf("digits: %w", err)
	}
	side := int(math.Round(math.Sqrt(float64(c))))
	if side*side != c {
		return nil, fmt.Errorf("digits: X has %d columns, not the pixels of a square image", c)
	}
	if len(rows) == 0 || len(rows) != len(captions) {
		return nil, fmt.Errorf("digits: %d rows and %d captions; want the same number, at least 1", len(rows), len(captions))
	}
	if cols <= 0 {
		return nil, fmt.Errorf("digits: %d images to a line; want at least 1", cols)
	}
	var panels [][]*plot.Plot
	for k, i := range rows {
		if i < 0 || i >= n {
			return nil, fmt.Errorf("digits: row %d of X does not exist (X has %d rows)", i, n)
		}
		if k%cols == 0 {
			panels = append(panels, make([]*plot.Plot, cols))
		}
		p := newPlot(captions[k], "", "")
		hideAxes(p)
		p.Title.TextStyle.Font = font.From(sansFont, vg.Points(9)) // small: a caption under a title
		img := pixelImage(side, func(j int) float64 { return 1 - X.At(i, j) })
		p.Add(plotter.NewImage(img, 0, 0, float64(side), float64(side)))
		panels[k/cols][k%cols] = p
	}
	tile := TextWidth / vg.Length(cols)
	return &Figure{
		Title:  title,
		Panels: panels,
		Width:  TextWidth,
		Height: vg.Length(len(panels))*(tile+0.55*vg.Centimeter) + 1.2*vg.Centimeter,
	}, nil
}
