// Package imgdiff compares two images pixel by pixel, for the tests that
// hold figures to a reference: pkg/viz's goldens, and the figures of the two
// notebook flavours.
package imgdiff

import "image"

// Result is what Compare found.
type Result struct {
	Total  int         // pixels compared
	Differ int         // pixels with a channel that differs by more than the tolerance
	First  image.Point // the first such pixel (row by row), from the top left
	Worst  int         // the largest difference of a channel, in 8-bit steps (0…255)
}

// Compare compares two images of one size channel by channel (R, G, B and A
// as the colour model gives them, in 8-bit steps): a pixel differs when one
// of its channels differs by more than tol.
func Compare(a, b image.Image, tol int) Result {
	ra, rb := a.Bounds(), b.Bounds()
	res := Result{Total: ra.Dx() * ra.Dy()}
	for y := 0; y < ra.Dy(); y++ {
		for x := 0; x < ra.Dx(); x++ {
			d := channelDiff(a.At(ra.Min.X+x, ra.Min.Y+y), b.At(rb.Min.X+x, rb.Min.Y+y))
			if d > tol {
				if res.Differ == 0 {
					res.First = image.Pt(x, y)
				}
				res.Differ++
			}
			res.Worst = max(res.Worst, d)
		}
	}
	return res
}

// channelDiff is the largest difference of two colours over R, G, B and A, in 8-bit steps.
func channelDiff(p, q interface{ RGBA() (r, g, b, a uint32) }) int {
	r1, g1, b1, a1 := p.RGBA()
	r2, g2, b2, a2 := q.RGBA()
	d := 0
	for _, v := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}, {a1, a2}} {
		x, y := int(v[0]>>8), int(v[1]>>8)
		d = max(d, x-y, y-x)
	}
	return d
}
