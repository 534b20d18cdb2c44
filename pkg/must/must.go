package must

import (
	"fmt"
	"os"
)

// Failure is the panic value with which a wrapper stops a cell: the error of
// the call it wrapped.
type Failure struct {
	Err error
}

// Error is the wrapped error's message, the one line a student sees.
func (f Failure) Error() string { return f.Err.Error() }

// Unwrap returns the wrapped error, for errors.Is and errors.As.
func (f Failure) Unwrap() error { return f.Err }

// Fail stops the cell with err (a Failure panic). A nil err does nothing.
func Fail(err error) {
	if err != nil {
		panic(Failure{Err: err})
	}
}

// OK stops the cell if err is not nil: for a call that returns only an error,
// must.OK(net.Initialize(mlp.Xavier, 0, 1)).
func OK(err error) { Fail(err) }

// Catch, deferred as the first statement of a cell's body, ends the cell
// after a failed wrapper with its error in one line on the standard error,
// instead of a panic's stack trace. The GoNB notebooks have it in every cell
// that imports must (the generator writes it); any other panic goes on.
func Catch() {
	r := recover()
	if r == nil {
		return
	}
	if f, ok := r.(Failure); ok {
		fmt.Fprintln(os.Stderr, f.Error())
		return
	}
	panic(r)
}
