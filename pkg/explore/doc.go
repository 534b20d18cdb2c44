// Package explore makes explorables: figures with a parameter you can move.
//
// Go computes the figure at every point of a grid of parameter values or
// time steps (η, the number of hidden units N, the scale σ of the
// initialisation, the epoch, the weights of a neuron…) and HTML renders
// all of it as one self-contained block of HTML: the frames as inline SVG,
// a slider per parameter, Previous / Next, Play / Pause for time steps, and
// beside the picture the numbers that change (the regime of η, the loss,
// the number of steps). Nothing is fetched and nothing goes back to the
// kernel: the frames are in the page and a little JavaScript (the same as
// pkg/step's step-through, internal/widget) shows one at a time, so the
// block works in Jupyter on GoNB and on gophernotes, in the HTML that
// "jupyter nbconvert --to html" writes, and on a static page.
//
// In a notebook cell, one line (pkg/must stops the cell with the error's
// one line if the builder fails; show is the lessons' display call):
//
//	show.HTML(must.Explorable(explore.LeCun(1)).HTML()) // η from 0.1 to 3 on LeCun's linear network
//
// In a program, the error is yours: x, err := explore.LeCun(1), then
// x.HTML() is the block to write into a page.
//
// # What a student does with one
//
// Drag the slider (or click in the block and press ← and →; Home and End
// jump to the ends), or press Play (or the space bar) to watch the epochs go
// by. A line that screen readers announce (aria-live) says the parameter's
// value, the numbers and the caption of each new frame.
//
// # Without JavaScript
//
// An untrusted notebook (opened from disk, not run: "jupyter trust" marks it
// trusted) and the web viewers of .ipynb files run no script. The block then
// shows a strip of a few key frames (Explorable.Key), each with its
// parameter values, its numbers and its caption, and no controls.
//
// # In French
//
// Every text of a block (title, note, the panels' titles and labels, the
// numbers' names, the captions, the buttons and the counter) is a message of
// pkg/lang (msg_explore.go), written in the language that is current when the
// builder runs: with STEPNET_LANG=fr, or after lang.Set("fr"), the lessons'
// explorables speak French; the notation and the numbers do not change.
//
// # Making one
//
// An Explorable is plain data: a title, the Params (one slider each, a label
// per value), one Frame per point of their grid (the last parameter varying
// fastest), each Frame an <svg> element, a caption and its Numbers. What
// repeats from frame to frame (a data set, the level sets of a cost, the
// axes) goes once into Defs and is drawn with <use href="#IDTOKEN-name"/>:
// IDTOKEN becomes the block's id, unique in the page. The SVG is written by
// hand, coordinates rounded to 0.1 px and straight stretches of lines
// dropped, maps (a cost, a network's output over the plane) as small PNG
// images inside the SVG: a block of 30 frames weighs about 100 KB.
//
// # The lessons' explorables
//
// Each is computed by the lecture packages, never by a copy of their maths:
//
//	Neuron(seed)          01  w₁, w₂, w₀ sliders: the half-plane and g(wᵀx + w₀)  (pkg/neuron)
//	Training(set, seed)   03, 10  decision regions, hidden units, loss, Play over epochs  (pkg/train)
//	LeCun(seed)           04, 05  η from 0.1 to 3: path, error, regime  (pkg/gd)
//	Quadratic()           05  the 1-D quadratic's four regimes  (pkg/gd)
//	Minibatch(seed)       06  batch size: paths over the cost's level sets  (pkg/gd)
//	Backward(seed)        08  the backward pass, gradients on the edges  (pkg/backprop)
//	Initialisation(seed)  09  activation and σ: histograms of hˡ  (pkg/mlp)
//	Approximation(seed)   11  N = 1…32 units fitted to f  (pkg/approx)
//	Bumps()               11  steps → bumps → f, the slope k  (pkg/approx)
//	Representations(seed) 12  hˡ(x) on the spirals while training  (pkg/train)
//
// Builders lists them with their lesson and the call of the lesson's cell;
// "go test ./pkg/explore" checks that each block stays under 400 KB and
// that every lesson shows exactly its builders' explorables.
package explore
