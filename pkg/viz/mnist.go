package viz

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/stepnet/stepnet/internal/guard"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
)

// Lesson 13: MNIST.

// weightImage draws one row of W¹ as a side×side image: each pixel is the
// weight from that input pixel, white for the most positive weight, black
// for the most negative, mid-grey for 0.
func weightImage(w []float64, side int) image.Image {
	m := 0.0
	for _, v := range w {
		m = math.Max(m, math.Abs(v))
	}
	return pixelImage(side, func(k int) float64 {
		if m == 0 {
			return 0.5
		}
		return 0.5 + 0.5*w[k]/m
	})
}

// pixelImage draws a side×side grey image whose pixel k (row by row) has the
// brightness bright(k) in [0, 1]. Each pixel becomes a block of 4×4, so that
// a renderer which smooths scaled images still shows crisp pixels.
func pixelImage(side int, bright func(k int) float64) image.Image {
	const z = 4
	img := image.NewGray(image.Rect(0, 0, side*z, side*z))
	for k := 0; k < side*side; k++ {
		g := color.Gray{uint8(255*math.Max(0, math.Min(1, bright(k))) + 0.5)}
		for dy := 0; dy < z; dy++ {
			for dx := 0; dx < z; dx++ {
				img.SetGray((k%side)*z+dx, (k/side)*z+dy, g)
			}
		}
	}
	return img
}

// FirstLayerWeights shows the first count rows of W¹ (one per hidden unit,
// each with side×side weights, one per input pixel) as images: what each
// hidden unit looks for in a digit. White: a positive weight (ink there
// excites the unit), black: a negative one, grey: 0.
func FirstLayerWeights(W1 mat.Matrix, side, count int) (*Figure, error) {
	r, c, err := guard.Matrix(W1, "W¹")
	if err != nil {
		return nil, fmt.Errorf("first-layer weights: %w", err)
	}
	if c != side*side {
		return nil, fmt.Errorf("first-layer weights: W¹ is %d×%d, want %d columns (%d×%d pixels)", r, c, side*side, side, side)
	}
	count = min(count, r)
	if count <= 0 {
		return nil, fmt.Errorf("first-layer weights: nothing to draw (W¹ has %d rows, count %d)", r, count)
	}
	cols := int(math.Ceil(math.Sqrt(float64(count))))
	rows := (count + cols - 1) / cols
	t := tiles{cols: cols, rows: rows}
	row := make([]float64, c)
	for i := 0; i < count; i++ {
		mat.Row(row, i, W1)
		t.images = append(t.images, weightImage(row, side))
	}
	p := newPlot("", "", "")
	hideAxes(p)
	p.Add(t)
	f := &Figure{
		Title:    lang.T("viz.weights.title"),
		Subtitle: lang.F("viz.weights.subtitle", side, side),
		Panels:   [][]*plot.Plot{{p}},
		Width:    TextWidth,
		Height:   vg.Length(math.Min(22, 2.2*float64(rows)+2.5)) * vg.Centimeter,
	}
	return f, nil
}

// tiles draws images in a grid of square cells, centred on the canvas; a
// nil image leaves its cell empty.
type tiles struct {
	cols, rows int
	images     []image.Image
}

func (t tiles) Plot(c draw.Canvas, _ *plot.Plot) {
	w, h := c.Max.X-c.Min.X, c.Max.Y-c.Min.Y
	cell := min(w/vg.Length(t.cols), h/vg.Length(t.rows))
	gap := cell * 0.08
	x0 := c.Min.X + (w-cell*vg.Length(t.cols))/2
	y0 := c.Max.Y - (h-cell*vg.Length(t.rows))/2
	for i, img := range t.images {
		if img == nil { // an empty cell
			continue
		}
		col, row := i%t.cols, i/t.cols
		min := vg.Point{X: x0 + cell*vg.Length(col) + gap/2, Y: y0 - cell*vg.Length(row+1) + gap/2}
		c.DrawImage(vg.Rectangle{Min: min, Max: vg.Point{X: min.X + cell - gap, Y: min.Y + cell - gap}}, img)
	}
}

// confusion draws a k×k confusion matrix: cell (true i, predicted j) shaded
// by the fraction of class i predicted as j, with the count written in it.
type confusion struct {
	counts [][]int
}

func (cm confusion) DataRange() (xmin, xmax, ymin, ymax float64) {
	k := float64(len(cm.counts))
	return -0.5, k - 0.5, -0.5, k - 0.5
}

func (cm confusion) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	k := len(cm.counts)
	sty := text.Style{Font: font.From(sansFont, vg.Points(7.5)), XAlign: draw.XCenter, YAlign: draw.YCenter, Handler: p.TextHandler}
	for i, row := range cm.counts {
		total := 0
		for _, n := range row {
			total += n
		}
		for j, n := range row {
			frac := 0.0
			if total > 0 {
				frac = float64(n) / float64(total)
			}
			// True class i is drawn at row k−1−i so that class 0 is at the top.
			y := float64(k - 1 - i)
			r := vg.Rectangle{Min: vg.Point{X: tx(float64(j) - 0.5), Y: ty(y - 0.5)}, Max: vg.Point{X: tx(float64(j) + 0.5), Y: ty(y + 0.5)}}
			fill := Tint(Blue, 1-0.9*math.Sqrt(frac))
			if i != j && n > 0 {
				fill = Tint(Vermillion, 1-0.9*math.Sqrt(frac))
			}
			c.SetColor(fill)
			c.Fill(r.Path())
			if n > 0 {
				sty.Color = Black
				if frac > 0.45 {
					sty.Color = color.White
				}
				c.FillText(sty, vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: (r.Min.Y + r.Max.Y) / 2}, strconv.Itoa(n))
			}
		}
	}
}

// ConfusionMatrix counts, for each true class i (rows) and predicted class j
// (columns), the examples of class i the network classified as j: the true
// classes labels first, the network's decisions pred second, as mlp.Confusion.
// The diagonal holds the right answers; every other cell is a kind of mistake.
func ConfusionMatrix(labels, pred []int, k int) (*Figure, error) {
	if len(labels) != len(pred) || len(labels) == 0 {
		return nil, fmt.Errorf("confusion matrix: %d labels and %d predictions; want the same number, at least 1", len(labels), len(pred))
	}
	if k < 1 || k > MaxClasses {
		return nil, fmt.Errorf("confusion matrix: k = %d classes, want 1…%d (viz.MaxClasses)", k, MaxClasses)
	}
	C, err := mlp.Confusion(labels, pred, k) // the counts; the figure draws them
	if err != nil {
		return nil, err
	}
	counts := make([][]int, k)
	right := 0
	for i := range counts {
		counts[i] = make([]int, k)
		for j := range counts[i] {
			counts[i][j] = int(C.At(i, j))
		}
		right += counts[i][i]
	}
	p := newPlot("", lang.T("viz.confusion.x"), lang.T("viz.confusion.y"))
	p.Add(confusion{counts: counts})
	var xt, yt []plot.Tick
	for i := 0; i < k; i++ {
		xt = append(xt, plot.Tick{Value: float64(i), Label: strconv.Itoa(i)})
		yt = append(yt, plot.Tick{Value: float64(k - 1 - i), Label: strconv.Itoa(i)})
	}
	p.X.Tick.Marker = plot.ConstantTicks(xt)
	p.Y.Tick.Marker = plot.ConstantTicks(yt)
	f := &Figure{
		Title:    lang.F("viz.confusion.title", right, len(pred), 100*float64(right)/float64(len(pred))),
		Subtitle: lang.T("viz.confusion.subtitle"),
		Panels:   [][]*plot.Plot{{p}},
		Width:    TextWidth,
		Height:   15 * vg.Centimeter,
	}
	return f, nil
}

// LearningCurves draws the cost (left) and the accuracy (right) against the
// epoch, for the training and the test set: where the test curve stops
// improving while the training one still does, the network starts to learn
// its training examples by heart.
func LearningCurves(cost, accuracy []Series) (*Figure, error) {
	if len(cost) == 0 || len(accuracy) == 0 {
		return nil, fmt.Errorf("learning curves: %d cost and %d accuracy curves; want at least one of each", len(cost), len(accuracy))
	}
	left, err := CurvesPanel(lang.T("viz.curves.cost"), lang.T("viz.epoch"), lang.T("viz.costC"), cost, false, true)
	if err != nil {
		return nil, err
	}
	right, err := CurvesPanel(lang.T("viz.curves.accuracy"), lang.T("viz.epoch"), lang.T("viz.curves.accuracyy"), accuracy, false, true)
	if err != nil {
		return nil, err
	}
	right.Legend.Top, right.Legend.Left = false, false
	left.X.Tick.Marker = IntegerTicks{}
	right.X.Tick.Marker = IntegerTicks{}
	return Grid(lang.T("viz.curves.title"), 2, ShortHeight, left, right), nil
}
