package lang

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// Tags lists the languages of the kit, English first: every message of the
// catalogue has a text in each.
var Tags = []string{"en", "fr"}

// EnvVar is the environment variable that chooses the language a program
// starts in: "en" or "fr". Unset or empty means English.
const EnvVar = "STEPNET_LANG"

// current is the index in Tags of the language messages are written in.
var current atomic.Int32

func init() {
	if tag, err := Env(); err == nil {
		current.Store(int32(index(tag)))
	}
}

// index returns the position of tag in Tags, or −1.
func index(tag string) int {
	for i, t := range Tags {
		if t == tag {
			return i
		}
	}
	return -1
}

// check returns an error naming tag when it is not one of Tags.
func check(tag, where string) error {
	if index(tag) < 0 {
		return Errorf("lang.unknown", where, clip(tag), strings.Join(Tags, ", "))
	}
	return nil
}

// Env returns the language the environment variable STEPNET_LANG asks for:
// "en" when it is unset or empty, its value when that is "en" or "fr", and an
// error naming the value otherwise (the package then starts in English;
// cmd/stepnet reports the error and stops).
func Env() (string, error) {
	v := os.Getenv(EnvVar)
	if v == "" {
		return Tags[0], nil
	}
	if err := check(v, "$"+EnvVar); err != nil {
		return Tags[0], err
	}
	return v, nil
}

// Set makes tag ("en" or "fr") the language of every message, figure,
// step-through and grader report built from now on in this program. Any
// other tag is an error and changes nothing.
func Set(tag string) error {
	if err := check(tag, "lang.Set"); err != nil {
		return err
	}
	current.Store(int32(index(tag)))
	return nil
}

// Get returns the current language: "en" or "fr".
func Get() string {
	if i := int(current.Load()); i < len(Tags) {
		return Tags[i]
	}
	return "en" // Tags was changed by the caller (it is a variable)
}

// Usage describes the choice of language for a command's -lang flag, in the
// current language.
func Usage() string { return F("lang.usage", EnvVar) }

// T returns the text of the message key in the current language. A key that
// is not in the catalogue gives "[missing message key]" (TestKeysInCode
// finds every key the code names, so this never reaches a student).
func T(key string) string { return text(int(current.Load()), key) }

// F formats the message key in the current language with args, as
// fmt.Sprintf formats its format string: every language of a key has the
// same verbs in the same order (TestSameVerbs).
func F(key string, args ...interface{}) string {
	if !Has(key) {
		return missing(key, args)
	}
	return fmt.Sprintf(T(key), args...)
}

// Errorf returns an error whose text is the message key in the current
// language formatted with args, as fmt.Errorf: a %w verb wraps its error.
func Errorf(key string, args ...interface{}) error {
	if !Has(key) {
		return errors.New(missing(key, args))
	}
	return fmt.Errorf(T(key), args...)
}

// missing is the text of a key not in the catalogue, with its arguments.
func missing(key string, args []interface{}) string {
	s := "[missing message " + clip(key) + "]"
	if len(args) > 0 {
		s += " " + clip(fmt.Sprint(args...))
	}
	return s
}

// clip shortens what a caller passed before an error quotes it: a tag or key
// of a megabyte is not echoed whole.
func clip(s string) string {
	const max = 64
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes)", s[:cut], len(s))
}

// In returns the text of the message key in the language tag, whatever the
// current language: what a page that shows both languages needs.
func In(tag, key string) (string, error) {
	if err := check(tag, "lang.In"); err != nil {
		return "", err
	}
	if _, ok := catalogue[key]; !ok {
		return "", Errorf("lang.nokey", clip(key))
	}
	return text(index(tag), key), nil
}

// Has reports whether key is in the catalogue.
func Has(key string) bool {
	_, ok := catalogue[key]
	return ok
}

// Keys returns every key of the catalogue, sorted.
func Keys() []string {
	keys := make([]string, 0, len(catalogue))
	for k := range catalogue {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func text(i int, key string) string {
	m, ok := catalogue[key]
	if !ok {
		return "[missing message " + clip(key) + "]"
	}
	if i == 1 {
		return m.Fr
	}
	return m.En
}
