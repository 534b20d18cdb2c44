package lang

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/internal/badinput"
)

// TestBadInput: what a careless user passes to lang (a tag as the shell or a
// browser spells it, an unknown key, a message's arguments miscounted): an
// error for a tag or key that does not exist, never a panic, and a refused
// Set leaves the language as it was.
func TestBadInput(t *testing.T) {
	defer Set("en")
	v := badinput.Vals
	E := badinput.Err
	OK := badinput.OK
	// set: Set must refuse tag and keep the language it had.
	set := func(tag string) func() ([]any, error) {
		return func() ([]any, error) {
			if err := Set("fr"); err != nil {
				return nil, err
			}
			err := Set(tag)
			if err != nil && Get() != "fr" {
				t.Errorf("Set(%q) failed but changed the language to %q", tag, Get())
			}
			if err != nil && !strings.Contains(err.Error(), "lang.Set") {
				t.Errorf("Set(%q): the error does not name lang.Set: %v", tag, err)
			}
			return v(Get()), err
		}
	}
	env := func(val string) func() ([]any, error) {
		return func() ([]any, error) {
			old, had := os.LookupEnv(EnvVar)
			os.Setenv(EnvVar, val)
			defer func() {
				if had {
					os.Setenv(EnvVar, old)
				} else {
					os.Unsetenv(EnvVar)
				}
			}()
			tag, err := Env()
			if tag != "en" && err != nil {
				t.Errorf("Env with %s=%q: %q and an error, want en", EnvVar, val, tag)
			}
			if err != nil && !strings.Contains(err.Error(), EnvVar) {
				t.Errorf("Env: the error does not name $%s: %v", EnvVar, err)
			}
			return v(tag), err
		}
	}
	nonEmpty := func(name, s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(name + " is empty")
		}
		return nil
	}
	cases := []badinput.Case{
		E("Set empty", set("")),
		E("Set FR (upper case)", set("FR")),
		E("Set fr-FR", set("fr-FR")),
		E("Set fr_FR.UTF-8 (as $LANG spells it)", set("fr_FR.UTF-8")),
		E("Set ' fr' (a space)", set(" fr")),
		E("Set 'fr\\n'", set("fr\n")),
		E("Set fr with a NUL", set("fr\x00")),
		E("Set de", set("de")),
		E("Set français", set("français")),
		E("Set invalid UTF-8", set("\xff\xfe")),
		E("Set 1 MB tag (not echoed whole)", func() ([]any, error) {
			r, err := set(strings.Repeat("x", 1<<20))()
			if err != nil && len(err.Error()) > 1000 {
				t.Errorf("the error quotes %d bytes", len(err.Error()))
			}
			return r, err
		}),
		E("Set %s%d (a format in the tag)", set("%s%d%v")),
		OK("Set en (a real tag)", set("en")),
		E("Env FR", env("FR")),
		E("Env fr_FR.UTF-8", env("fr_FR.UTF-8")),
		E("Env C", env("C")),
		OK("Env empty (English)", env("")),
		E("In unknown tag", func() ([]any, error) { s, err := In("de", "lang.usage"); return v(s), err }),
		E("In empty tag", func() ([]any, error) { s, err := In("", "lang.usage"); return v(s), err }),
		E("In unknown key", func() ([]any, error) { s, err := In("fr", "no.such.key"); return v(s), err }),
		E("In empty key", func() ([]any, error) { s, err := In("en", ""); return v(s), err }),
		E("In key with a format verb", func() ([]any, error) { s, err := In("en", "%s"); return v(s), err }),
		E("In 1 MB key (not echoed whole)", func() ([]any, error) {
			s, err := In("en", strings.Repeat("k", 1<<20))
			if err != nil && len(err.Error()) > 1000 {
				t.Errorf("the error quotes %d bytes", len(err.Error()))
			}
			return v(s), err
		}),
		OK("T unknown key says it is missing", func() ([]any, error) {
			s := T("no.such.key")
			if !strings.Contains(s, "no.such.key") {
				t.Errorf("T of an unknown key: %q does not name the key", s)
			}
			return v(s), nonEmpty("T", s)
		}),
		OK("T empty key", func() ([]any, error) { s := T(""); return v(s), nonEmpty("T", s) }),
		OK("F with no arguments for its verbs", func() ([]any, error) { s := F("lang.unknown"); return v(s), nonEmpty("F", s) }),
		OK("F with too many arguments", func() ([]any, error) { s := F("lang.nokey", "a", "b", 3, nil); return v(s), nonEmpty("F", s) }),
		OK("F with nil arguments", func() ([]any, error) { s := F("lang.unknown", nil, nil, nil); return v(s), nonEmpty("F", s) }),
		OK("F unknown key with arguments", func() ([]any, error) {
			s := F("no.such.key", 1, 2)
			if strings.Contains(s, "%!") {
				t.Errorf("F of an unknown key: %q", s)
			}
			return v(s), nonEmpty("F", s)
		}),
		OK("Errorf unknown key (an error all the same)", func() ([]any, error) {
			err := Errorf("no.such.key", 1)
			if err == nil || !strings.Contains(err.Error(), "no.such.key") || strings.Contains(err.Error(), "%!") {
				t.Errorf("Errorf of an unknown key: %v", err)
			}
			return nil, nil
		}),
		OK("Has empty key", func() ([]any, error) { return v(Has("")), nil }),
		OK("Usage in French", func() ([]any, error) {
			if err := Set("fr"); err != nil {
				return nil, err
			}
			defer Set("en")
			s := Usage()
			return v(s), nonEmpty("Usage", s)
		}),
		OK("Keys is a copy (changing it changes nothing)", func() ([]any, error) {
			k := Keys()
			if len(k) == 0 {
				return nil, errors.New("no keys")
			}
			first := k[0]
			k[0] = "spoiled"
			if Keys()[0] != first {
				t.Errorf("Keys shares its slice: %q", Keys()[0])
			}
			return v(len(k)), nil
		}),
		OK("Get after a caller cut Tags short", func() ([]any, error) {
			saved := Tags
			defer func() { Tags = saved }()
			if err := Set("fr"); err != nil {
				return nil, err
			}
			defer Set("en")
			Tags = Tags[:1]
			return v(Get(), T("lang.usage")), nil
		}),
		OK("Get after a caller emptied Tags", func() ([]any, error) {
			saved := Tags
			defer func() { Tags = saved }()
			Tags = nil
			return v(Get()), nil
		}),
	}
	badinput.Run(t, cases)
}
