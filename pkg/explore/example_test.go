package explore_test

import (
	"fmt"

	"github.com/stepnet/stepnet/pkg/explore"
)

// The 1-D quadratic C(w) = ½w² from w₀ = 2: one frame per η, the regime
// named in each.
func ExampleQuadratic() {
	x, err := explore.Quadratic()
	if err != nil {
		panic(err)
	}
	fmt.Println(len(x.Frames), "frames,", x.Params[0].Name, "from", x.Params[0].Labels[0], "to", x.Params[0].Labels[len(x.Params[0].Labels)-1])
	for _, k := range []int{3, 9, 15, 21} {
		f := x.Frames[k]
		fmt.Printf("%s: %s, %s = %s\n", x.Label(k), f.Numbers[2].Value, f.Numbers[3].Name, f.Numbers[3].Value)
	}
	// Output:
	// 22 frames, η from 0.1 to 2.2
	// η = 0.4: η < ηₒₚₜ: slow, monotone convergence, w after 10 steps = 0.01209
	// η = 1: η = ηₒₚₜ: the minimum in one step, w after 10 steps = 0
	// η = 1.6: ηₒₚₜ < η ≤ 2ηₒₚₜ: oscillates, converges below 2ηₒₚₜ, w after 10 steps = 0.01209
	// η = 2.2: η > 2ηₒₚₜ: diverges, w after 10 steps = 12.38
}

// An explorable of your own: two frames, one slider.
func ExampleExplorable() {
	x := &explore.Explorable{
		Title:  "a square that grows",
		Params: []explore.Param{{Name: "side", Labels: []string{"10", "20"}}},
		Frames: []explore.Frame{
			{SVG: `<svg width="40" height="40"><rect width="10" height="10"/></svg>`, Numbers: []explore.Number{{Name: "area", Value: "100"}}},
			{SVG: `<svg width="40" height="40"><rect width="20" height="20"/></svg>`, Numbers: []explore.Number{{Name: "area", Value: "400"}}},
		},
	}
	fmt.Println(x.Check())
	fmt.Println(x.Label(1))
	html := x.HTMLWithID("square")
	fmt.Println(len(html) > 0)
	// Output:
	// <nil>
	// side = 20
	// true
}
