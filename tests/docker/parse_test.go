package docker

import (
	"strings"
	"testing"
)

func TestParseJoinsContinuationsAndDropsComments(t *testing.T) {
	src := `# syntax=docker/dockerfile:1
ARG BASE=debian:bookworm
FROM ${BASE}
# a comment
RUN apt-get update \
 # a comment inside the continued RUN, dropped as Docker does
 && apt-get install -y tini
COPY --chown=1000:100 a b /dst/
CMD ["jupyter", "notebook"]
user 1000
`
	ins, err := Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ARG", "FROM", "RUN", "COPY", "CMD", "USER"}
	if len(ins) != len(want) {
		t.Fatalf("got %d instructions, want %d: %+v", len(ins), len(want), ins)
	}
	for i, w := range want {
		if ins[i].Cmd != w {
			t.Errorf("instruction %d is %s, want %s", i, ins[i].Cmd, w)
		}
	}
	if got := ins[2].Args[0]; got != "apt-get update  && apt-get install -y tini" {
		t.Errorf("RUN joined to %q", got)
	}
	if ins[2].Line != 5 {
		t.Errorf("RUN starts on line %d, want 5", ins[2].Line)
	}
	if v, ok := ins[3].Flag("chown"); !ok || v != "1000:100" {
		t.Errorf("COPY --chown = %q, %v", v, ok)
	}
	if strings.Join(ins[3].Args, " ") != "a b /dst/" {
		t.Errorf("COPY args %q", ins[3].Args)
	}
	if !ins[4].JSON || strings.Join(ins[4].Args, "|") != "jupyter|notebook" {
		t.Errorf("CMD %+v", ins[4])
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"FROM x\nRUNN echo\n", `line 2: unknown instruction "RUNN"`},
		{"RUN echo\nFROM x\n", "line 1: RUN before the first FROM"},
		{"ARG A\n", "no FROM"},
		{"FROM x\nRUN echo \\\n", "ends inside a continued instruction"},
		{"FROM x\nCMD [\"a\",\n", "line 2: CMD looks like JSON form but does not parse"},
		{"FROM x\nCMD [\"a\", b]\n", "line 2: CMD looks like JSON form but does not parse"},
		{"FROM x\nRUN <<EOF\necho\nEOF\n", "heredoc"},
		{"FROM x\nEXPOSE\n", "line 2: EXPOSE has no arguments"},
	} {
		_, err := Parse(strings.NewReader(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", c.src, err, c.want)
		}
	}
	// A shell here-string or a redirection is not a heredoc.
	if _, err := Parse(strings.NewReader("FROM x\nRUN cat <<< hi && a<<b\n")); err != nil {
		t.Errorf("here-string refused: %v", err)
	}
}

func TestParseEscapeDirective(t *testing.T) {
	ins, err := Parse(strings.NewReader("# escape=`\nFROM x\nRUN a `\n b\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := ins[1].Args[0]; got != "a  b" {
		t.Errorf("RUN joined with ` to %q", got)
	}
}

func TestIgnore(t *testing.T) {
	ig, err := ParseIgnore(strings.NewReader("# c\n.git\n**/*.test\n/plots\nbin\n!bin/keep\n"))
	if err != nil {
		t.Fatal(err)
	}
	for rel, want := range map[string]bool{
		".git":             true,
		".git/config":      true, // inside an excluded folder
		"a.test":           true,
		"pkg/train.test":   true,
		"plots/x.png":      true,
		"pkg/plots":        false, // patterns are anchored at the context root
		"cmd/stepnet":      false,
		"bin/keep":         false, // re-included by the later "!" line
		"bin/other":        true,
		"scripts/setup.sh": false,
	} {
		if got, by := ig.Excluded(rel); got != want {
			t.Errorf("Excluded(%q) = %v (by %q), want %v", rel, got, by, want)
		}
	}
}
