// Package must is the notebook cells' layer over the kit: it turns a call
// that returns a value and an error into the value, so that a cell is as
// short as its idea:
//
//	net := must.Net(mlp.New([]int{2, 3, 2}, neuron.Sigmoid, neuron.Sigmoid))
//	must.OK(net.Initialize(mlp.Xavier, 0, 1))
//	o := must.Trace(net.Forward([]float64{0.5, -1})).Output()
//	show.PNG(must.LessonFigure("05", "regimes")) // a figure of the lesson catalogue
//	show.HTML(must.Explorable(explore.LeCun(1)).HTML()) // a figure with a slider (pkg/explore)
//
// The packages of the kit keep returning errors: a wrong shape, an empty data
// set or η ≤ 0 is an error that names the layer, the symbol and both values,
// and a program (stepnet's command line, a test, a student's own main)
// handles it. A cell has nothing better to do with an error than to stop and
// say it, so this package does that, once, for every cell.
//
// # One wrapper per type, no generics
//
// Go passes the results of a call straight to a function whose parameters
// match them, so must.Float(n.Output(x)) gives Float the float64 and the
// error of Output. There is one wrapper per result type (Float, Floats, Net,
// Trace, Set, History, …, and OK for a call that returns only an error), and
// no generic Must[T]: gophernotes, the second notebook kernel, interprets
// cells with gomacro, which has no generics.
//
// # What a student sees on a mistake
//
// A wrapper that receives an error stops the cell with a panic whose value
// is a Failure; the panic never leaves the cell:
//
//   - on GoNB each cell is compiled and run as a program, and the notebook
//     generator writes "defer must.Catch()" as the first statement of every
//     cell that imports must: Catch prints the error in one line and the cell
//     ends there (no stack trace);
//   - on gophernotes the cells run in one interpreter for the whole session
//     (os.Exit would end the kernel): the kernel shows the panic value, the
//     error's one line, as the cell's error, and the session goes on.
//
// For example, a neuron with two weights fed three inputs:
//
//	neuron: w has 2 weights but x has 3 values
//
// A panic that is not a Failure (an index out of range in a cell's own code)
// is left alone: Catch passes it on with its stack trace, which is what helps
// with a bug.
//
// The kit's own packages never import must: it is for cells only.
package must
