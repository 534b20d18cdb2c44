package data

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// An 8×8 image with a filled 2×4 bar in rows 2–3, columns 0–3, worked out
// by hand.
func TestHandFeaturesByHand(t *testing.T) {
	px := make([]float64, 64)
	for y := 2; y < 4; y++ {
		for x := 0; x < 4; x++ {
			px[y*8+x] = 1
		}
	}
	F, err := HandFeatures(mat.NewDense(1, 64, px), 8, 8)
	if err != nil {
		t.Fatal(err)
	}
	f := F.RawRowView(0)
	if len(f) != len(HandFeatureNames) || len(f) != 37 {
		t.Fatalf("%d features, %d names", len(f), len(HandFeatureNames))
	}
	want := map[string]float64{
		"ink in zone (1,0)": 1, // rows 2–3, columns 0–1: all ink
		"ink in zone (1,1)": 1, // rows 2–3, columns 2–3
		"ink in zone (0,0)": 0, //
		"ink in zone (1,2)": 0, // columns 4–5
		"total ink":         8.0 / 64,
		"centre of ink, x":  1.5 / 7, // mean column 1.5 of 0…7
		"centre of ink, y":  2.5 / 7,
		"width of the ink":  4.0 / 8,
		"height of the ink": 2.0 / 8,
		// the mirror image left–right puts the bar at columns 4–7: 16 pixels differ
		"left–right symmetry": 1 - 16.0/64,
		// top–bottom: rows 4–5, also 16 pixels differ
		"top–bottom symmetry": 1 - 16.0/64,
	}
	for i, name := range HandFeatureNames {
		if w, ok := want[name]; ok && math.Abs(f[i]-w) > 1e-12 {
			t.Errorf("%s = %v, want %v", name, f[i], w)
		}
	}
}

func TestHandFeaturesBadInput(t *testing.T) {
	for name, c := range map[string]struct {
		m          *mat.Dense
		rows, cols int
	}{
		"nil":         {nil, 8, 8},
		"empty":       {&mat.Dense{}, 8, 8},
		"wrong sizes": {mat.NewDense(1, 64, nil), 8, 7},
		"too small":   {mat.NewDense(1, 9, nil), 3, 3},
		"NaN":         {mat.NewDense(1, 64, append([]float64{math.NaN()}, make([]float64, 63)...)), 8, 8},
	} {
		if _, err := HandFeatures(c.m, c.rows, c.cols); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
