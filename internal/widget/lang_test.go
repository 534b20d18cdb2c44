package widget

import (
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/lang"
)

// TestScriptLanguage: the script writes its counter and its Play / Pause
// button in the current language, and is the English script as written when
// the language is English.
func TestScriptLanguage(t *testing.T) {
	defer lang.Set(lang.Get())
	lang.Set("en")
	en := Script("x")
	if want := "<script>//<![CDATA[\n" + strings.Replace(script, "ID", "x", 1) + "//]]></script>\n"; en != want {
		t.Error("the English script is not the script as written")
	}
	lang.Set("fr")
	fr := Script("x")
	for _, want := range []string{`(k + 1) + " sur " + n`, `"\u25B6 Lecture"`, `"\u275A\u275A Pause"`, `|| "image"`} {
		if !strings.Contains(fr, want) {
			t.Errorf("the French script has no %s", want)
		}
	}
	for _, bad := range []string{`" of "`, `Play"`, `"frame"`} {
		if strings.Contains(fr, bad) {
			t.Errorf("the French script still has %s", bad)
		}
	}
	if got := jsText(`a "b" \ <c>`); got != `a \"b\" \\ \u003cc>` {
		t.Errorf("jsText = %s", got)
	}
}
