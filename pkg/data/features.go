package data

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/guard"
)

// HandFeatureNames names the columns HandFeatures computes, in order.
var HandFeatureNames = func() []string {
	var names []string
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			names = append(names, fmt.Sprintf("ink in zone (%d,%d)", i, j))
		}
	}
	for b := 0; b < 7; b++ {
		names = append(names, fmt.Sprintf("ink in row band %d", b))
	}
	for b := 0; b < 7; b++ {
		names = append(names, fmt.Sprintf("ink in column band %d", b))
	}
	return append(names, "total ink", "centre of ink, x", "centre of ink, y", "width of the ink", "height of the ink",
		"left–right symmetry", "top–bottom symmetry")
}()

// HandFeatures computes, for each image (a row of images, rows×cols pixels
// in [0, 1]), the kind of features an engineer would design before deep
// learning: the mean ink of a 4×4 grid of zones (16), of 7 horizontal and 7
// vertical bands (14), the total ink, the centre of the ink (x, y), the
// width and height of the ink's bounding box, and how symmetric the digit is
// left–right and top–bottom (1 − mean |difference| with the mirror image): 37
// numbers per image, named by HandFeatureNames. Lesson 00 compares a linear
// classifier on them with the same classifier on raw pixels and on learned
// features.
func HandFeatures(images *mat.Dense, rows, cols int) (*mat.Dense, error) {
	n, d, err := guard.Matrix(images, "the images")
	if err != nil {
		return nil, fmt.Errorf("data: hand features: %w", err)
	}
	if rows <= 0 || cols <= 0 || rows*cols != d || rows < 4 || cols < 4 {
		return nil, fmt.Errorf("data: hand features: images of %d×%d pixels do not make rows of %d values (at least 4×4)", rows, cols, d)
	}
	F := mat.NewDense(n, len(HandFeatureNames), nil)
	for e := 0; e < n; e++ {
		handFeatures(F.RawRowView(e), images.RawRowView(e), rows, cols)
	}
	return F, nil
}

func handFeatures(f, px []float64, rows, cols int) {
	at := func(y, x int) float64 { return px[y*cols+x] }
	k := 0
	mean := func(y0, y1, x0, x1 int) float64 {
		s := 0.0
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				s += at(y, x)
			}
		}
		return s / float64(max(1, (y1-y0)*(x1-x0)))
	}
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			f[k] = mean(i*rows/4, (i+1)*rows/4, j*cols/4, (j+1)*cols/4)
			k++
		}
	}
	for b := 0; b < 7; b++ {
		f[k] = mean(b*rows/7, (b+1)*rows/7, 0, cols)
		k++
	}
	for b := 0; b < 7; b++ {
		f[k] = mean(0, rows, b*cols/7, (b+1)*cols/7)
		k++
	}
	total, cx, cy := 0.0, 0.0, 0.0
	minX, maxX, minY, maxY := cols, -1, rows, -1
	for y := 0; y < rows; y++ {
		for x := 0; x < cols; x++ {
			v := at(y, x)
			total += v
			cx += v * float64(x)
			cy += v * float64(y)
			if v > 0.5 {
				minX, maxX, minY, maxY = min(minX, x), max(maxX, x), min(minY, y), max(maxY, y)
			}
		}
	}
	if total > 0 {
		cx, cy = cx/total/float64(cols-1), cy/total/float64(rows-1)
	}
	width, height := 0.0, 0.0
	if maxX >= 0 {
		width, height = float64(maxX-minX+1)/float64(cols), float64(maxY-minY+1)/float64(rows)
	}
	lr, tb := 0.0, 0.0
	for y := 0; y < rows; y++ {
		for x := 0; x < cols; x++ {
			lr += abs(at(y, x) - at(y, cols-1-x))
			tb += abs(at(y, x) - at(rows-1-y, x))
		}
	}
	N := float64(rows * cols)
	copy(f[k:], []float64{total / N, cx, cy, width, height, 1 - lr/N, 1 - tb/N})
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
