package main

import (
	"bytes"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestSetupOK: the setup cell's last line is the one the English notebooks
// always printed, and French with -lang fr ($STEPNET_LANG=fr in a French
// notebook).
func TestSetupOK(t *testing.T) {
	defer lang.Set(lang.Get())
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"-lang", "en"}, "setup: ok, stepnet packages from the checkout around this notebook\n"},
		{[]string{"-lang", "en", "-root", "/src/stepnet"}, "setup: ok, stepnet packages from STEPNET_ROOT (/src/stepnet)\n"},
		{[]string{"-lang", "fr"}, "installation : ok, les paquets stepnet viennent du dépôt autour de ce notebook\n"},
		{[]string{"-lang", "fr", "-root", "/src/stepnet"}, "installation : ok, les paquets stepnet viennent de STEPNET_ROOT (/src/stepnet)\n"},
	}
	for _, c := range cases {
		var out, errs bytes.Buffer
		if err := setupOK(c.args, &out, &errs); err != nil || out.String() != c.want {
			t.Errorf("setupok %q: %q, %v, want %q", c.args, out.String(), err, c.want)
		}
	}
	var out, errs bytes.Buffer
	if err := setupOK([]string{"-lang", "de"}, &out, &errs); err == nil {
		t.Errorf("setupok -lang de: no error, printed %q", out.String())
	}
	if err := setupOK([]string{"extra"}, &out, &errs); err == nil {
		t.Error("setupok extra: no error")
	}
}
