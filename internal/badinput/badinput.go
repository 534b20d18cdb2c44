// Package badinput runs the "bad input" tables of stepnet's packages: calls a
// hostile or careless user makes (nil, typed-nil and empty matrices, ragged
// slices, NaN and ±Inf, absurd sizes), each of which must end in an error or
// in a result without NaN, never in a panic, a hang, or NaN with a nil error.
//
// A table is a []Case; Run calls each case on its own goroutine with a time
// limit, recovers a panic, walks every returned value (structs, pointers,
// slices, maps, gonum matrices, unexported fields too) for NaN, and reports
// the tally the issue asks for: errors, correct results, panics, silent NaN.
package badinput

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

// Case is one bad call. Call returns what the function returned (results
// in any form) and its error. WantErr: the call must fail (most cases); when
// false a nil error is also accepted (a well-defined answer, e.g. the softmax
// of (+Inf, +Inf) is (½, ½)), but never with a NaN among the results.
type Case struct {
	Name    string
	Call    func() ([]any, error)
	WantErr bool
	// AllowInf accepts ±Inf in the results of a nil error (a cost reported as
	// +Inf on purpose); NaN is never accepted.
	AllowInf bool
}

// Tally is what a table gave.
type Tally struct {
	Calls, Errors, Results, Panics, Hangs, SilentNaN, MissingErr int
	// Broken counts errors whose message is broken: a format verb without
	// its argument ("%!d(MISSING)") or a key missing from pkg/lang.
	Broken int
}

func (t Tally) String() string {
	s := fmt.Sprintf("%d bad calls: %d errors, %d correct results, %d panics, %d hangs, %d silent NaN/Inf, %d accepted without error",
		t.Calls, t.Errors, t.Results, t.Panics, t.Hangs, t.SilentNaN, t.MissingErr)
	if t.Broken > 0 {
		s += fmt.Sprintf(", %d broken error messages", t.Broken)
	}
	return s
}

// Timeout bounds one call: an absurd size must be refused at once.
var Timeout = 20 * time.Second

// Run runs the cases as subtests and logs the tally (go test -v shows it;
// the line starts with "bad input:").
func Run(t *testing.T, cases []Case) Tally {
	t.Helper()
	var tally Tally
	for _, c := range cases {
		tally.Calls++
		t.Run(c.Name, func(t *testing.T) {
			kind, msg := run(c)
			switch kind {
			case "panic":
				tally.Panics++
				t.Errorf("panic: %s", msg)
			case "hang":
				tally.Hangs++
				t.Errorf("no return within %v", Timeout)
			case "nan":
				tally.SilentNaN++
				t.Errorf("nil error but %s", msg)
			case "broken":
				tally.Broken++
				t.Errorf("a broken error message (a format verb without its argument, or a missing message): %s", msg)
			case "noerr":
				tally.MissingErr++
				t.Errorf("nil error, want an error")
			case "error":
				tally.Errors++
				if testing.Verbose() {
					t.Logf("error: %s", msg)
				}
			default:
				tally.Results++
			}
		})
	}
	t.Logf("bad input: %v", tally)
	return tally
}

func run(c Case) (kind, msg string) {
	type outcome struct {
		vals []any
		err  error
		p    any
	}
	done := make(chan outcome, 1)
	go func() {
		var o outcome
		defer func() {
			if p := recover(); p != nil {
				o.p = p
			}
			done <- o
		}()
		o.vals, o.err = c.Call()
	}()
	select {
	case o := <-done:
		if o.p != nil {
			return "panic", fmt.Sprint(o.p)
		}
		if o.err != nil {
			if strings.TrimSpace(o.err.Error()) == "" {
				return "nan", "an empty error message"
			}
			// A format verb without its argument ("%!d(MISSING)", "%!(EXTRA …)")
			// or a key missing from pkg/lang's catalogue: the message is broken.
			for _, broken := range []string{"%!", "[missing message"} {
				if strings.Contains(o.err.Error(), broken) {
					return "broken", o.err.Error()
				}
			}
			return "error", o.err.Error()
		}
		for i, v := range o.vals {
			if where := findBad(reflect.ValueOf(v), fmt.Sprintf("result %d", i), 0, map[uintptr]bool{}, c.AllowInf); where != "" {
				return "nan", where
			}
		}
		if c.WantErr {
			return "noerr", ""
		}
		return "ok", ""
	case <-time.After(Timeout):
		return "hang", ""
	}
}

// findBad returns where the first NaN (or ±Inf unless allowInf) is, "" if none.
func findBad(v reflect.Value, path string, depth int, seen map[uintptr]bool, allowInf bool) string {
	if depth > 12 || !v.IsValid() {
		return ""
	}
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || (!allowInf && math.IsInf(f, 0)) {
			return fmt.Sprintf("%s is %v", path, f)
		}
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return ""
		}
		seen[v.Pointer()] = true
		return findBad(v.Elem(), path, depth+1, seen, allowInf)
	case reflect.Interface:
		if v.IsNil() {
			return ""
		}
		return findBad(v.Elem(), path, depth+1, seen, allowInf)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if w := findBad(v.Field(i), path+"."+v.Type().Field(i).Name, depth+1, seen, allowInf); w != "" {
				return w
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice {
			if v.IsNil() || seen[v.Pointer()] && v.Len() > 0 {
				return ""
			}
		}
		for i := 0; i < v.Len(); i++ {
			if w := findBad(v.Index(i), fmt.Sprintf("%s[%d]", path, i), depth+1, seen, allowInf); w != "" {
				return w
			}
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if w := findBad(it.Value(), fmt.Sprintf("%s[%v]", path, it.Key()), depth+1, seen, allowInf); w != "" {
				return w
			}
		}
	}
	return ""
}

// Vals is a shorthand for a Call's results: badinput.Vals(a, b).
func Vals(v ...any) []any { return v }

// Err is a case that must end in an error.
func Err(name string, call func() ([]any, error)) Case {
	return Case{Name: name, Call: call, WantErr: true}
}

// OK is a case that may also succeed, but never with NaN among its results.
func OK(name string, call func() ([]any, error)) Case {
	return Case{Name: name, Call: call}
}

// InLanguage runs a package's bad-input test in another language of the
// message catalogue, set with set (lang.Set: pkg/lang's own table uses this
// package, so it is passed in) and set back to English after: every error
// must still read (no format verb without its argument, no missing
// message) and nothing may change but the words.
func InLanguage(t *testing.T, set func(tag string) error, tag string, test func(*testing.T)) {
	t.Helper()
	if err := set(tag); err != nil {
		t.Fatal(err)
	}
	defer set("en")
	test(t)
}
