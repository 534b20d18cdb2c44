// Package step cuts a computation of the lecture into steps that a student
// can walk through one equation at a time: the forward pass of a network,
// its backward pass (the delta rule), the chain-rule example
// z = 2f(x+3y) + 6g(5x)h(y), and a few steps of gradient descent.
//
// # Steps
//
// A Walk is a list of Steps over a Diagram. Each step has a title, the
// lecture's equation written with its numbers, the operands it used, one
// sentence of explanation and the part of the diagram it touches:
//
//	Step 2 of 5: Activities of layer 1
//	  a¹ = W¹ h⁰ + b¹ = [0.8652, -1.61, -0.7153]
//	  with W¹ = [[0.9925, -0.3689], [-1.095, 1.063], [0.3632, 0.8969]]
//	       h⁰ = [0.5, -1]
//	       b¹ = [0, 0, 0]
//
// Four walks follow the lecture's slides:
//
//   - Forward (or FromForward, from an mlp.Trace): 1 + 2L steps, as on
//     "MLP: Forward propagation": h⁰ = x, then for l = 1…L the activities
//     aˡ = Wˡ hˡ⁻¹ + bˡ and the outputs hˡ = g(aˡ).
//   - Backprop (or Backward, from mlp and backprop traces): 2 + 2L steps, as
//     on "Gradient computation in MLPs": the loss C, ∂C/∂o, the output error
//     δᴸ = ∂C/∂o ⊙ g′(aᴸ) and ∂C/∂Wᴸ = δᴸ (hᴸ⁻¹)ᵀ, then for l = L−1 … 1
//     δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ g′(aˡ) and ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ.
//   - ChainRule, from backprop.ChainRule: z = 2f(x+3y) + 6g(5x)h(y) node by
//     node forward, then ∂z/∂node backward, then the slide's formulas.
//   - Descent: a few steps w ← w − η ∂C/∂w with the cost C(w) before each.
//
// Demo builds each of them ("forward", "backward", "chain", "gd") on the
// lessons' small 2-3-2 network (DemoNetwork): the same walk in a notebook,
// in "stepnet step" and in the tests.
//
// Numbers are written with 4 significant digits (Num), vectors as [a, b, c]
// and matrices row by row as [[a, b], [c, d]] (Vec, Mat). Step.Value keeps
// the exact quantity, as in the trace the step comes from.
//
// # Rendering
//
// The same walk renders three ways; the package computes nothing it shows,
// it only reads traces:
//
//   - Text and StepText for a terminal ("stepnet step" shows one step per
//     Enter);
//   - HTML, one self-contained block for a notebook cell or a web page:
//     Previous / Next buttons, "step k of n", one equation at a time beside
//     a drawing of the network whose touched neurons and weights are drawn
//     thick, with the values written in the nodes. The state lives in the
//     page (a little JavaScript, no kernel round-trip, nothing fetched), so
//     it also works in the HTML that "jupyter nbconvert --to html" exports.
//     Where scripts do not run (an untrusted notebook, a web viewer of
//     .ipynb files) the block shows every step in order, as a static list;
//   - Table and TableHTML, every step on one line, for printing.
//
// In a GoNB notebook cell:
//
//	w, err := step.Backprop(net, x, y, mlp.SquaredError) // or step.Demo("backward", 1)
//	if err != nil {
//		panic(err)
//	}
//	gonbui.DisplayHTML(w.HTML())
//
// HTML gives each widget fresh element ids; HTMLWithID fixes them, for
// output that must not change from run to run.
//
// # Bad input and the limits
//
// The builders return an error, never panic, for a nil or broken network, a
// nil trace, NaN or ±Inf in x or y, η or λ not finite, and networks too large
// to read step by step: MaxWalkLayers (64) layers, MaxWalkNeurons (1024)
// neurons a layer, Descent at most MaxDescentSteps (20) steps. NetworkDiagram
// cuts what it cannot draw and says so in the column's title. A descent that
// diverges (the cost above gd.BlowUp × max(C(w₀), 1), where gd.Train stops)
// ends the walk with a step that says so, and sets Walk.Diverged. The
// renderers accept a nil walk ("no walk (nil)").
package step
