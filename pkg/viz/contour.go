package viz

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// contourLines returns the level curves f(x, y) = level over the box, as
// polylines, by marching squares on an n×n grid. (gonum/plot's own Contour
// draws its paths in map order, which would make two SVGs of the same figure
// differ; this one walks the grid in order and is deterministic.)
func contourLines(f func(x, y float64) float64, xmin, xmax, ymin, ymax float64, n int, level float64) []plotter.XYs {
	xs := make([]float64, n+1)
	ys := make([]float64, n+1)
	for i := range xs {
		xs[i] = xmin + (xmax-xmin)*float64(i)/float64(n)
		ys[i] = ymin + (ymax-ymin)*float64(i)/float64(n)
	}
	z := make([][]float64, n+1) // z[j][i] = f(xs[i], ys[j])
	for j := range z {
		z[j] = make([]float64, n+1)
		for i := range z[j] {
			z[j][i] = f(xs[i], ys[j]) - level
		}
	}
	// Edges are numbered: horizontal edge (i, j)→(i+1, j) is 2·(j(n+1)+i),
	// vertical edge (i, j)→(i, j+1) is 2·(j(n+1)+i)+1.
	hEdge := func(i, j int) int { return 2 * (j*(n+1) + i) }
	vEdge := func(i, j int) int { return 2*(j*(n+1)+i) + 1 }
	point := map[int]plotter.XY{}
	cross := func(e int) (plotter.XY, bool) {
		if p, ok := point[e]; ok {
			return p, true
		}
		k := e / 2
		i, j := k%(n+1), k/(n+1)
		var a, b float64
		var p plotter.XY
		if e%2 == 0 {
			a, b = z[j][i], z[j][i+1]
			if (a < 0) == (b < 0) {
				return p, false
			}
			t := a / (a - b)
			p = plotter.XY{X: xs[i] + t*(xs[i+1]-xs[i]), Y: ys[j]}
		} else {
			a, b = z[j][i], z[j+1][i]
			if (a < 0) == (b < 0) {
				return p, false
			}
			t := a / (a - b)
			p = plotter.XY{X: xs[i], Y: ys[j] + t*(ys[j+1]-ys[j])}
		}
		point[e] = p
		return p, true
	}
	// Each cell crossed by the level gives one or two segments between edges.
	type seg struct{ a, b int }
	var segs []seg
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			edges := []int{hEdge(i, j), vEdge(i+1, j), hEdge(i, j+1), vEdge(i, j)} // bottom, right, top, left
			var hit []int
			for _, e := range edges {
				if _, ok := cross(e); ok {
					hit = append(hit, e)
				}
			}
			switch len(hit) {
			case 2:
				segs = append(segs, seg{hit[0], hit[1]})
			case 4: // saddle: decide with the centre value
				c := (z[j][i] + z[j][i+1] + z[j+1][i] + z[j+1][i+1]) / 4
				if (c < 0) == (z[j][i] < 0) {
					segs = append(segs, seg{hit[0], hit[1]}, seg{hit[2], hit[3]})
				} else {
					segs = append(segs, seg{hit[0], hit[3]}, seg{hit[1], hit[2]})
				}
			}
		}
	}
	// Chain segments sharing an edge into polylines, in grid order.
	byEdge := map[int][]int{}
	for k, s := range segs {
		byEdge[s.a] = append(byEdge[s.a], k)
		byEdge[s.b] = append(byEdge[s.b], k)
	}
	used := make([]bool, len(segs))
	next := func(e int) (int, bool) {
		for _, k := range byEdge[e] {
			if !used[k] {
				used[k] = true
				if segs[k].a == e {
					return segs[k].b, true
				}
				return segs[k].a, true
			}
		}
		return 0, false
	}
	var lines []plotter.XYs
	for k, s := range segs {
		if used[k] {
			continue
		}
		used[k] = true
		fwd := []int{s.a, s.b}
		for e, ok := next(s.b); ok; e, ok = next(e) {
			fwd = append(fwd, e)
		}
		var back []int
		for e, ok := next(s.a); ok; e, ok = next(e) {
			back = append(back, e)
		}
		var xy plotter.XYs
		for i := len(back) - 1; i >= 0; i-- {
			xy = append(xy, point[back[i]])
		}
		for _, e := range fwd {
			xy = append(xy, point[e])
		}
		lines = append(lines, xy)
	}
	return lines
}

// addContours draws the level curves of f over the square [lo, hi]², level k
// in black with the dash pattern of series k, so that levels stay apart in
// black and white.
func addContours(p *plot.Plot, f func(x, y float64) float64, lo, hi float64, levels []float64) {
	for k, level := range levels {
		for _, xy := range contourLines(f, lo, hi, lo, hi, 100, level) {
			l, err := plotter.NewLine(xy)
			if err != nil {
				continue
			}
			l.LineStyle = draw.LineStyle{Color: Black, Width: vg.Points(1), Dashes: Dashes[k%len(Dashes)]}
			p.Add(l)
		}
	}
}
