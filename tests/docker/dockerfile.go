package docker

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Instruction is one Dockerfile instruction after line continuations are joined.
type Instruction struct {
	Line  int      // line number of its first line, from 1
	Cmd   string   // upper case: FROM, RUN, COPY...
	Flags []string // leading --name=value options (COPY --chown=..., RUN --mount=...)
	Args  []string // JSON form: the array; shell form: the words (RUN, CMD, ENTRYPOINT, SHELL: one string)
	JSON  bool     // written in JSON (exec) form
	Raw   string   // the joined text after the instruction name
}

// known is every instruction Docker's builder accepts.
var known = map[string]bool{
	"ADD": true, "ARG": true, "CMD": true, "COPY": true, "ENTRYPOINT": true, "ENV": true,
	"EXPOSE": true, "FROM": true, "HEALTHCHECK": true, "LABEL": true, "MAINTAINER": true,
	"ONBUILD": true, "RUN": true, "SHELL": true, "STOPSIGNAL": true, "USER": true,
	"VOLUME": true, "WORKDIR": true,
}

// shellForm are the instructions whose shell form is one command string, not a list of words.
var shellForm = map[string]bool{"RUN": true, "CMD": true, "ENTRYPOINT": true, "SHELL": true}

// Parse reads a Dockerfile: comments and blank lines are dropped, a line ending in the escape
// character (\ unless a `# escape=` directive says otherwise) continues on the next line (comment
// lines inside a continued instruction are dropped, as Docker does), and every instruction must be
// a known one. Heredocs (<<EOF) are refused: this parser does not read them.
func Parse(r io.Reader) ([]Instruction, error) {
	sc := bufio.NewScanner(r)
	escape := `\`
	var out []Instruction
	var cur strings.Builder
	start, n := 0, 0
	directives := true
	for sc.Scan() {
		n++
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		if directives {
			if d, ok := strings.CutPrefix(trimmed, "#"); ok && strings.Contains(d, "=") {
				k, v, _ := strings.Cut(strings.TrimSpace(d), "=")
				switch strings.ToLower(strings.TrimSpace(k)) {
				case "escape":
					escape = strings.TrimSpace(v)
					if escape != `\` && escape != "`" {
						return nil, fmt.Errorf("line %d: escape directive %q: only \\ or ` are allowed", n, escape)
					}
					continue
				case "syntax", "check":
					continue
				}
			}
			directives = false
		}
		if strings.HasPrefix(trimmed, "#") || (trimmed == "" && cur.Len() == 0) {
			continue // a comment, also inside a continued instruction; or a blank line between instructions
		}
		if cur.Len() == 0 {
			start = n
		}
		if strings.HasSuffix(strings.TrimRight(line, " \t"), escape) {
			body := strings.TrimRight(line, " \t")
			cur.WriteString(strings.TrimSuffix(body, escape))
			continue
		}
		cur.WriteString(line)
		ins, err := parseInstruction(start, cur.String())
		if err != nil {
			return nil, err
		}
		out = append(out, ins)
		cur.Reset()
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if cur.Len() != 0 {
		return nil, fmt.Errorf("line %d: the file ends inside a continued instruction", start)
	}
	if err := checkOrder(out); err != nil {
		return nil, err
	}
	return out, nil
}

// parseInstruction splits "COPY --chown=a:b src dst" into its name, flags and arguments.
func parseInstruction(line int, text string) (Instruction, error) {
	text = strings.TrimSpace(text)
	name, rest, _ := strings.Cut(text, " ")
	if i := strings.IndexAny(name, "\t"); i >= 0 {
		name, rest = name[:i], name[i+1:]+" "+rest
	}
	ins := Instruction{Line: line, Cmd: strings.ToUpper(name), Raw: strings.TrimSpace(rest)}
	if !known[ins.Cmd] {
		return ins, fmt.Errorf("line %d: unknown instruction %q", line, name)
	}
	rest = ins.Raw
	if strings.Contains(rest, "<<") && (ins.Cmd == "RUN" || ins.Cmd == "COPY" || ins.Cmd == "ADD") && heredoc(rest) {
		return ins, fmt.Errorf("line %d: %s with a heredoc: this parser does not read heredocs", line, ins.Cmd)
	}
	for strings.HasPrefix(rest, "--") {
		flag, after, _ := strings.Cut(rest, " ")
		ins.Flags = append(ins.Flags, flag)
		rest = strings.TrimSpace(after)
	}
	if strings.HasPrefix(rest, "[") {
		var arr []string
		if err := json.Unmarshal([]byte(rest), &arr); err == nil {
			ins.Args, ins.JSON = arr, true
			return ins, nil
		} else if shellForm[ins.Cmd] {
			return ins, fmt.Errorf("line %d: %s looks like JSON form but does not parse: %v", line, ins.Cmd, err)
		}
	}
	if rest == "" && ins.Cmd != "RUN" {
		return ins, fmt.Errorf("line %d: %s has no arguments", line, ins.Cmd)
	}
	if shellForm[ins.Cmd] {
		ins.Args = []string{rest}
	} else {
		ins.Args = strings.Fields(rest)
	}
	return ins, nil
}

// heredoc reports whether s has a heredoc marker (<<WORD or <<-WORD), not a shell's "<<<" or "a<<b".
func heredoc(s string) bool {
	for _, f := range strings.Fields(s) {
		if m, ok := strings.CutPrefix(f, "<<"); ok && !strings.HasPrefix(m, "<") {
			m = strings.TrimPrefix(m, "-")
			m = strings.Trim(m, `"'`)
			if m != "" && strings.ToUpper(m) == m {
				return true
			}
		}
	}
	return false
}

// checkOrder: only ARG may come before the first FROM.
func checkOrder(ins []Instruction) error {
	for _, in := range ins {
		switch in.Cmd {
		case "FROM":
			return nil
		case "ARG":
		default:
			return fmt.Errorf("line %d: %s before the first FROM (only ARG may come first)", in.Line, in.Cmd)
		}
	}
	return fmt.Errorf("no FROM instruction")
}

// Flag returns the value of --name=value among in.Flags, and whether it is there.
func (in Instruction) Flag(name string) (string, bool) {
	for _, f := range in.Flags {
		k, v, _ := strings.Cut(strings.TrimPrefix(f, "--"), "=")
		if k == name {
			return v, true
		}
	}
	return "", false
}
