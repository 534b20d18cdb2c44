package playground

import "testing"

// FuzzParse feeds Parse any query a link can carry: it must return a
// configuration or an error, never panic, and a configuration it accepts
// must survive Encode and Parse unchanged (the link a teacher shares opens
// the same playground).
func FuzzParse(f *testing.F) {
	for _, q := range []string{
		"", "?", Default().Encode(), "#" + Default().Encode(),
		"data=spirals&hidden=8,8&activation=tanh&eta=0.03&batch=10&seed=7",
		"hidden=", "hidden=0", "hidden=99999999999999999999", "eta=NaN", "eta=1e309", "points=-1",
		"data=moons&&&seed=18446744073709551615", "l2=%zz", "x=y", "hidden=8,,8",
	} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		c, err := Parse(q)
		if err != nil {
			return
		}
		again, err := Parse(c.Encode())
		if err != nil {
			t.Fatalf("Parse(%q) gave %+v, whose link %q does not parse: %v", q, c, c.Encode(), err)
		}
		if again.Encode() != c.Encode() {
			t.Fatalf("Parse(%q): the link %q reads back as %q", q, c.Encode(), again.Encode())
		}
	})
}
