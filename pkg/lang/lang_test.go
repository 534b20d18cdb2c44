package lang

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestSet(t *testing.T) {
	defer Set(Get())
	for _, tag := range Tags {
		if err := Set(tag); err != nil {
			t.Fatalf("Set(%q): %v", tag, err)
		}
		if Get() != tag {
			t.Errorf("after Set(%q), Get() = %q", tag, Get())
		}
	}
	if err := Set("fr"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "de", "FR", "fr-FR", " fr", "english"} {
		err := Set(bad)
		if err == nil {
			t.Errorf("Set(%q) accepted", bad)
			continue
		}
		if want := strconv.Quote(bad); !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "en, fr") {
			t.Errorf("Set(%q) = %q: want the tag %s and the choices en, fr", bad, err, want)
		}
		if Get() != "fr" {
			t.Errorf("Set(%q) changed the language to %q", bad, Get())
		}
	}
}

func TestEnv(t *testing.T) {
	for _, c := range []struct {
		value, want string
		ok          bool
	}{{"", "en", true}, {"en", "en", true}, {"fr", "fr", true}, {"de", "en", false}, {"FR", "en", false}} {
		t.Setenv(EnvVar, c.value)
		got, err := Env()
		if got != c.want || (err == nil) != c.ok {
			t.Errorf("STEPNET_LANG=%q: Env() = %q, %v; want %q, ok %v", c.value, got, err, c.want, c.ok)
		}
		if err != nil && !strings.Contains(err.Error(), "STEPNET_LANG") {
			t.Errorf("STEPNET_LANG=%q: the error %q does not name the variable", c.value, err)
		}
	}
}

func TestText(t *testing.T) {
	defer Set(Get())
	Set("en")
	if got := F("lang.usage", "X"); !strings.HasPrefix(got, "the language") || !strings.HasSuffix(got, "$X, else en") {
		t.Errorf("F in English = %q", got)
	}
	Set("fr")
	if got := F("lang.usage", "X"); !strings.HasPrefix(got, "la langue") || !strings.HasSuffix(got, "$X, sinon en") {
		t.Errorf("F in French = %q", got)
	}
	if err := Set("de"); err == nil || err.Error() != `lang.Set : langue inconnue "de" : choisir parmi en, fr` {
		t.Errorf("Set(\"de\") in French: %v", err)
	}
	if got := T("no.such.key"); got != "[missing message no.such.key]" {
		t.Errorf("T of a missing key = %q", got)
	}
	if got, err := In("en", "lang.nokey"); err != nil || got != "lang.In: no message %q in the catalogue" {
		t.Errorf(`In("en", …) = %q, %v`, got, err)
	}
	if _, err := In("de", "lang.nokey"); err == nil || !strings.Contains(err.Error(), `"de"`) {
		t.Errorf(`In("de", …): %v`, err)
	}
	if _, err := In("fr", "no.such.key"); err == nil || !strings.Contains(err.Error(), `"no.such.key"`) {
		t.Errorf(`In(…, "no.such.key"): %v`, err)
	}
}

// TestBothLanguages: every message has an English and a French text.
func TestBothLanguages(t *testing.T) {
	if len(catalogue) == 0 {
		t.Fatal("the catalogue is empty")
	}
	for k, m := range catalogue {
		if strings.TrimSpace(m.En) == "" || strings.TrimSpace(m.Fr) == "" {
			t.Errorf("%s: en %q, fr %q: both must be written", k, m.En, m.Fr)
		}
	}
	for i, term := range Glossary {
		if term.En == "" || term.Fr == "" {
			t.Errorf("Glossary[%d] = %+v: both must be written", i, term)
		}
	}
}

// verbs returns the fmt verbs of s in order, each with its flags, width,
// precision and argument index ("%d", "%.3g", "%[2]s"); "%%" is no verb.
func verbs(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.*[]", s[j]) >= 0 {
			j++
		}
		if j == len(s) {
			out = append(out, s[i:])
			break
		}
		if s[j] != '%' {
			out = append(out, s[i:j+1])
		}
		i = j
	}
	return out
}

func TestVerbs(t *testing.T) {
	got := verbs("a %d, %.3g%% and %[2]s, %v%")
	want := []string{"%d", "%.3g", "%[2]s", "%v", "%"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("verbs = %q, want %q", got, want)
	}
}

// TestSameVerbs: the two texts of a message take the same arguments.
func TestSameVerbs(t *testing.T) {
	for k, m := range catalogue {
		if en, fr := verbs(m.En), verbs(m.Fr); !reflect.DeepEqual(en, fr) {
			t.Errorf("%s: English verbs %q, French %q", k, en, fr)
		}
	}
}

// TestKeysInCode parses every Go file of the module: each key given to
// lang.T, lang.F, lang.Errorf or lang.In is in the catalogue, and each key of
// the catalogue is named in the code.
func TestKeysInCode(t *testing.T) {
	root := filepath.Join("..", "..")
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root: %v", err)
	}
	named := map[string]bool{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n == "node_modules" || n == "testdata" || (strings.HasPrefix(n, ".") && n != "." && n != "..") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		inLang := f.Name.Name == "lang"
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name string
			switch fn := call.Fun.(type) {
			case *ast.SelectorExpr:
				if x, ok := fn.X.(*ast.Ident); ok && x.Name == "lang" {
					name = fn.Sel.Name
				}
			case *ast.Ident:
				if inLang {
					name = fn.Name
				}
			}
			arg := -1
			switch name {
			case "T", "F", "Errorf":
				arg = 0
			case "In":
				arg = 1
			}
			if arg < 0 || len(call.Args) <= arg {
				return true
			}
			lit, ok := call.Args[arg].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				// Inside the package, T, F and Errorf pass their key on.
				if !strings.HasSuffix(path, "_test.go") && !inLang {
					t.Errorf("%s: lang.%s with a key that is not a string literal: keys are written out whole", fset.Position(call.Pos()), name)
				}
				return true
			}
			key, _ := strconv.Unquote(lit.Value)
			if strings.HasSuffix(path, "_test.go") {
				return true // tests name missing keys on purpose
			}
			named[key] = true
			if !Has(key) {
				t.Errorf("%s: lang.%s(%q): no such message in the catalogue", fset.Position(call.Pos()), name, key)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range Keys() {
		if !named[k] {
			t.Errorf("message %q is named nowhere in the code: remove it or use it", k)
		}
	}
}
