package docker

import (
	"bufio"
	"io"
	"path"
	"regexp"
	"strings"
)

// Ignore is a .dockerignore file: patterns in order, a later one wins, "!" re-includes.
type Ignore struct {
	patterns []ignorePattern
}

type ignorePattern struct {
	re      *regexp.Regexp
	include bool // a "!pattern" line
	text    string
}

// ParseIgnore reads .dockerignore syntax: one pattern a line, # comments, paths relative to the
// build context (a leading / is dropped), * and ? within a path element, ** for any depth.
func ParseIgnore(r io.Reader) (*Ignore, error) {
	var ig Ignore
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		include := strings.HasPrefix(line, "!")
		p := path.Clean(strings.TrimPrefix(strings.TrimPrefix(line, "!"), "/"))
		re, err := regexp.Compile("^" + globToRegexp(p) + "$")
		if err != nil {
			return nil, err
		}
		ig.patterns = append(ig.patterns, ignorePattern{re, include, line})
	}
	return &ig, sc.Err()
}

func globToRegexp(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		switch {
		case strings.HasPrefix(p[i:], "**/"):
			b.WriteString("(.*/)?")
			i += 2
		case strings.HasPrefix(p[i:], "**"):
			b.WriteString(".*")
			i++
		case p[i] == '*':
			b.WriteString("[^/]*")
		case p[i] == '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(p[i : i+1]))
		}
	}
	return b.String()
}

// Excluded reports whether the context path rel (slash separated, relative) is left out of the
// build context, and by which pattern: a path is out when it or one of its parent folders matches.
func (ig *Ignore) Excluded(rel string) (bool, string) {
	rel = path.Clean(rel)
	out, by := false, ""
	for _, p := range ig.patterns {
		for q := rel; ; q = path.Dir(q) {
			if p.re.MatchString(q) {
				out, by = !p.include, p.text
				break
			}
			if q == "." || q == "/" || !strings.Contains(q, "/") {
				break
			}
		}
	}
	return out, by
}
