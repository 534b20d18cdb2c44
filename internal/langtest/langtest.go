// Package langtest checks, in the tests of the packages whose errors come
// from pkg/lang's catalogue, that an error reads as it should in English
// and in French.
package langtest

import (
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// ErrorCase is a call that must fail, and the text of its error in English
// (En: the line the package always wrote) and in French (Fr). It is an
// unnamed struct type, so that the tables of cases can be written
// {call, English, French}.
type ErrorCase = struct {
	Got    func() error
	En, Fr string
}

// Errors runs every case in English, then in French, then in English again
// (the catalogue must switch back), and reports each error whose text is
// not the one of the current language. It leaves the language as it found
// it.
func Errors(t testing.TB, cases []ErrorCase) {
	t.Helper()
	defer lang.Set(lang.Get())
	for _, tag := range []string{"en", "fr", "en"} {
		lang.Set(tag)
		for i, c := range cases {
			want := c.En
			if tag == "fr" {
				want = c.Fr
			}
			if err := c.Got(); err == nil || err.Error() != want {
				t.Errorf("in %s: case %d: %v, want %q", tag, i, err, want)
			}
		}
	}
}
