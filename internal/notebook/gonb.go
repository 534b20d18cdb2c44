package notebook

import "strings"

// Module is stepnet's module path: the setup cell points it at the checkout the notebook lives in.
const Module = "github.com/stepnet/stepnet"

// GonbVersion is the GoNB release the kit is pinned to (scripts/setup.sh installs the same one).
const GonbVersion = "v0.11.1"

// GonbSetup is the source of the one setup cell of every GoNB notebook. GoNB compiles each cell in a
// module of its own in a temporary folder ("!*" lines run there). The cell finds the stepnet checkout
// (STEPNET_ROOT if set, else the module holding the folder the kernel started in, which Jupyter sets to
// the notebook's folder and GoNB publishes as GONB_DIR), points the stepnet module at it with a
// replace directive, takes its go.sum, and pins gonbui to the GoNB release the kernel runs.
// go get's chatter is printed only when it fails. Without STEPNET_ROOT the message names no path, so
// that the committed outputs are the same on every machine.
const GonbSetup = `// Setup: run this cell first. It lets the cells below import this checkout's stepnet packages.
!*R="${STEPNET_ROOT:-$(cd "$GONB_DIR" && dirname "$(go env GOMOD)")}"; \
if ! grep -qs '^module ` + Module + `$' "$R/go.mod"; then \
  echo "setup: no stepnet checkout around $GONB_DIR: open the notebook from the checkout's notebooks/ folder, or set STEPNET_ROOT" >&2; exit 1; fi; \
go mod edit -replace=` + Module + `="$R" -require=` + Module + `@v0.0.0-00010101000000-000000000000 \
  -require=github.com/janpfeifer/gonb@` + GonbVersion + ` && cat "$R/go.sum" >> go.sum && \
out=$(go get github.com/janpfeifer/gonb@` + GonbVersion + ` 2>&1) || { echo "$out" >&2; exit 1; }; \
if [ -n "$STEPNET_ROOT" ]; then echo "setup: ok, stepnet packages from STEPNET_ROOT ($R)"; \
else echo "setup: ok, stepnet packages from the checkout around this notebook"; fi`

// gonbShow maps the lessons' display calls to GoNB's.
var gonbShow = map[string]string{
	"PNG":      "gonbui.DisplayPNG(",
	"SVG":      "gonbui.DisplaySVG(",
	"HTML":     "gonbui.DisplayHTML(",
	"Markdown": "gonbui.DisplayMarkdown(",
}

// GonbSource turns a lesson's code cell into GoNB's syntax: the lesson already uses GoNB's
// "declarations, %%, body" form, so only the show.X display calls change, to gonbui.DisplayX, with
// gonbui's import added on the cell's first line and "defer gonbui.Sync()" as the body's first
// statement: GoNB reads displays from a pipe that it closes when the program ends, so a figure sent
// just before the end can be lost unless the program waits for GoNB to have taken it (Sync).
func GonbSource(src string) string {
	if !showRE.MatchString(src) {
		return src
	}
	src = showRE.ReplaceAllStringFunc(src, func(m string) string {
		return gonbShow[strings.TrimSuffix(strings.TrimPrefix(m, "show."), "(")]
	})
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if strings.TrimRight(l, " \t") == "%%" {
			lines[i] = "%%\ndefer gonbui.Sync() // wait until GoNB has shown everything"
			break
		}
	}
	return `import "github.com/janpfeifer/gonb/gonbui"` + "\n" + strings.Join(lines, "\n")
}
