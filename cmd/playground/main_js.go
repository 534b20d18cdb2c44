//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"github.com/stepnet/stepnet/internal/playground"
	"github.com/stepnet/stepnet/pkg/data"
)

// model is the page's one model; configure replaces it.
var model *playground.Model

func main() {
	api := js.Global().Get("Object").New()
	api.Set("configure", js.FuncOf(configure))
	api.Set("train", js.FuncOf(train))
	api.Set("curves", js.FuncOf(curves))
	api.Set("render", js.FuncOf(render))
	api.Set("regions", js.FuncOf(regions))
	api.Set("unit", js.FuncOf(unit))
	api.Set("inspect", js.FuncOf(inspect))
	api.Set("point", js.FuncOf(point))
	api.Set("choices", js.FuncOf(func(js.Value, []js.Value) any { return toJSON(playground.Choices) }))
	js.Global().Set("stepnetPlayground", api)
	if ready := js.Global().Get("stepnetPlaygroundReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// toJSON returns v as a JSON string for the page (JSON.parse on its side).
func toJSON(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprintf(`{"error":%q}`, err.Error())
	}
	return string(b)
}

func errJSON(err error) any { return toJSON(map[string]string{"error": err.Error()}) }

// configure(query) builds the model of a URL query and returns its data
// and shape: {query, config, sizes, units, box, train: {x, labels}, test, classes}.
func configure(_ js.Value, args []js.Value) any {
	if len(args) < 1 {
		return errJSON(fmt.Errorf("configure(query): no query"))
	}
	c, err := playground.Parse(args[0].String())
	if err != nil {
		return errJSON(err)
	}
	m, err := playground.New(c)
	if err != nil {
		return errJSON(err)
	}
	model = m
	type set struct {
		X      [][2]float64 `json:"x"`
		Labels []int        `json:"labels"`
	}
	pts := func(s *data.Set) set {
		out := set{Labels: s.Labels}
		for i := 0; i < s.Len(); i++ {
			out.X = append(out.X, [2]float64{s.X.At(i, 0), s.X.At(i, 1)})
		}
		return out
	}
	colours := make([]string, len(playground.Classes))
	for i, c := range playground.Classes {
		colours[i] = fmt.Sprintf("rgb(%d,%d,%d)", c[0], c[1], c[2])
	}
	return toJSON(map[string]any{
		"query": c.Encode(), "config": c, "sizes": m.Net.Sizes(), "units": m.Units(), "box": m.Box,
		"classes": m.Train.Classes, "colours": colours,
		"train": pts(m.Train),
		"test":  pts(m.Test),
		"cost":  m.TrainCost[0], "testCost": m.TestCost[0],
	})
}

// train(n) trains n epochs and returns {epoch, cost, testCost, error}.
func train(_ js.Value, args []js.Value) any {
	if model == nil {
		return errJSON(fmt.Errorf("no model"))
	}
	n := 1
	if len(args) > 0 {
		n = args[0].Int()
	}
	var err error
	for i := 0; i < n && err == nil; i++ {
		err = model.Step()
	}
	r := map[string]any{"epoch": model.Epoch, "cost": model.TrainCost[model.Epoch], "testCost": model.TestCost[model.Epoch]}
	if err != nil {
		r["error"] = err.Error()
	}
	return toJSON(r)
}

// curves() returns {train: [...], test: [...]}, the costs after each epoch.
func curves(js.Value, []js.Value) any {
	if model == nil {
		return errJSON(fmt.Errorf("no model"))
	}
	return toJSON(map[string]any{"train": model.TrainCost, "test": model.TestCost})
}

// render(side) runs the network over a side×side grid.
func render(_ js.Value, args []js.Value) any {
	if model == nil || len(args) < 1 {
		return "no model"
	}
	if err := model.Render(args[0].Int()); err != nil {
		return err.Error()
	}
	return ""
}

// regions(dst) copies the decision regions' RGBA pixels into the
// Uint8ClampedArray dst.
func regions(_ js.Value, args []js.Value) any {
	if model == nil || len(args) < 1 {
		return 0
	}
	return js.CopyBytesToJS(args[0], model.Regions())
}

// unit(l, i, dst) copies hidden unit i of layer l's map into dst.
func unit(_ js.Value, args []js.Value) any {
	if model == nil || len(args) < 3 {
		return 0
	}
	px, err := model.Unit(args[0].Int(), args[1].Int())
	if err != nil {
		return 0
	}
	return js.CopyBytesToJS(args[2], px)
}

// point(u, v) returns the plane's point [x1, x2] at (u, v) of the picture.
func point(_ js.Value, args []js.Value) any {
	if model == nil || len(args) < 2 {
		return errJSON(fmt.Errorf("no model"))
	}
	x1, x2 := model.Point(args[0].Float(), args[1].Float())
	return toJSON([]float64{x1, x2})
}

// inspect(x1, x2, class) returns the step-throughs, δˡ and gradient check
// of the current network on the point; class −1 takes the nearest
// training point's class.
func inspect(_ js.Value, args []js.Value) any {
	if model == nil || len(args) < 3 {
		return errJSON(fmt.Errorf("inspect(x1, x2, class): no model or too few arguments"))
	}
	x := []float64{args[0].Float(), args[1].Float()}
	class := args[2].Int()
	if class < 0 {
		class = model.Nearest(x)
	}
	in, err := model.Inspect(x, class, fmt.Sprintf("pg-e%d", model.Epoch))
	if err != nil {
		return errJSON(err)
	}
	return toJSON(map[string]any{"inspection": in, "epoch": model.Epoch, "classes": model.Train.Classes})
}
