// Package playground is the state of the site's playground page, in plain Go
// so that it is tested natively: a toy 2-D data set from pkg/data, a network
// from pkg/mlp trained epoch by epoch with pkg/gd, the decision regions and
// each hidden unit's output over a grid of the plane (a forward pass of
// pkg/mlp, coloured as RGBA pixels for a canvas), and, for a clicked point,
// the step-throughs of pkg/step and the gradient check of pkg/backprop.
//
// Nothing here re-implements the lecture's mathematics: the page is those
// packages compiled to WebAssembly (cmd/playground) with a little JavaScript
// that only draws what they computed.
//
// The configuration travels in the page's URL: Config.Encode and Parse.
// Every random choice comes from Config.Seed, and epoch e's shuffle from
// EpochSeed(Seed, e), so that the network after e epochs is the same however
// the epochs were grouped, in the browser or natively.
package playground
