package badinput

import (
	"errors"
	"math"
	"testing"
)

// TestClassify: each outcome is told apart (a table that cannot fail would
// be no test).
func TestClassify(t *testing.T) {
	for _, c := range []struct {
		c    Case
		want string
	}{
		{Case{Call: func() ([]any, error) { return nil, errors.New("x is nil") }, WantErr: true}, "error"},
		{Case{Call: func() ([]any, error) { return nil, errors.New("x is %!d(MISSING)") }, WantErr: true}, "broken"},
		{Case{Call: func() ([]any, error) { return nil, errors.New("x%!(EXTRA int=1)") }, WantErr: true}, "broken"},
		{Case{Call: func() ([]any, error) { return nil, errors.New("[missing message a.b]") }, WantErr: true}, "broken"},
		{Case{Call: func() ([]any, error) { return nil, errors.New(" ") }, WantErr: true}, "nan"},
		{Case{Call: func() ([]any, error) { panic("boom") }}, "panic"},
		{Case{Call: func() ([]any, error) { return Vals([]float64{1, math.NaN()}), nil }}, "nan"},
		{Case{Call: func() ([]any, error) { return Vals(math.Inf(1)), nil }}, "nan"},
		{Case{Call: func() ([]any, error) { return Vals(math.Inf(1)), nil }, AllowInf: true}, "ok"},
		{Case{Call: func() ([]any, error) { return Vals(1.0), nil }, WantErr: true}, "noerr"},
		{Case{Call: func() ([]any, error) { return Vals(1.0), nil }}, "ok"},
	} {
		if kind, msg := run(c.c); kind != c.want {
			t.Errorf("got %s (%s), want %s", kind, msg, c.want)
		}
	}
}
