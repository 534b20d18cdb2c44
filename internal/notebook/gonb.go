package notebook

import (
	"slices"
	"strings"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Module is stepnet's module path: the setup cell points it at the checkout the notebook lives in.
const Module = "github.com/stepnet/stepnet"

// GonbVersion is the GoNB release the kit is pinned to (scripts/setup.sh installs the same one).
const GonbVersion = "v0.11.1"

// GonbSetup is the source of the one setup cell of every GoNB notebook: one line that runs
// scripts/gonb-setup.sh of the checkout the notebook is in (STEPNET_ROOT if set, else the folder
// above the notebook's: Jupyter starts the kernel in the notebook's folder, notebooks/, and GoNB
// publishes it as GONB_DIR). The script points the stepnet module of GoNB's cell module at that
// checkout and pins gonbui to GonbVersion (the script checks that it is the same).
const GonbSetup = `!*"${STEPNET_ROOT:-$GONB_DIR/..}/scripts/gonb-setup.sh" # run this cell first: it lets the cells import stepnet`

// GonbSetupFrench is the setup cell of the French GoNB notebooks (notebooks/fr/, one folder deeper,
// so the checkout is two folders up): it first sets STEPNET_LANG=fr in the kernel's environment
// (GoNB's %env), which every cell's program inherits, so that pkg/lang starts in French in each of
// them (a lang.Set call in a cell would not outlive that cell's program), then runs the same script.
const GonbSetupFrench = "%env " + lang.EnvVar + "=" + French + "\n" + // %env takes no comment: its words would be its arguments
	`!*"${STEPNET_ROOT:-$GONB_DIR/../..}/scripts/gonb-setup.sh" # exécutez d'abord cette cellule : elle met les cellules en français et leur permet d'importer stepnet`

// gonbShow maps the lessons' display calls to GoNB's.
var gonbShow = map[string]string{
	"PNG":      "gonbui.DisplayPNG(",
	"SVG":      "gonbui.DisplaySVG(",
	"HTML":     "gonbui.DisplayHTML(",
	"Markdown": "gonbui.DisplayMarkdown(",
}

// MustPackage is the import path of the cells' layer over the kit (pkg/must).
const MustPackage = Module + "/pkg/must"

// GonbCatch is the statement the GoNB flavour puts first in the body of every cell that imports
// pkg/must: a failed must.X call then ends the cell with its error in one line, where a panic would
// print a stack trace (each GoNB cell is a program of its own). gophernotes needs no such line: its
// kernel shows a panic's value, the error, as the cell's error, and the session goes on.
const GonbCatch = "defer must.Catch() // a failed must.X(...) prints its error in one line and ends the cell"

// GonbSource turns a lesson's code cell into GoNB's syntax: the lesson already uses GoNB's
// "declarations, %%, body" form, so only the show.X display calls change, to gonbui.DisplayX, with
// gonbui's import added on the cell's first line and "defer gonbui.Sync()" as the body's first
// statement: GoNB reads displays from a pipe that it closes when the program ends, so a figure sent
// just before the end can be lost unless the program waits for GoNB to have taken it (Sync). A cell
// that imports pkg/must gets GonbCatch as the next statement.
func GonbSource(src string) string {
	decls, _, hasBody := splitCell(src)
	_, paths := gophernotesImports(decls)
	catch := hasBody && slices.Contains(paths, MustPackage)
	show := showRE.MatchString(src)
	if !show && !catch {
		return src
	}
	if show {
		src = showRE.ReplaceAllStringFunc(src, func(m string) string {
			return gonbShow[strings.TrimSuffix(strings.TrimPrefix(m, "show."), "(")]
		})
	}
	var first []string
	if show {
		first = append(first, "defer gonbui.Sync() // wait until GoNB has shown everything")
	}
	if catch {
		first = append(first, GonbCatch)
	}
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		if strings.TrimRight(l, " \t") == "%%" {
			lines[i] = "%%\n" + strings.Join(first, "\n")
			break
		}
	}
	src = strings.Join(lines, "\n")
	if show {
		src = `import "github.com/janpfeifer/gonb/gonbui"` + "\n" + src
	}
	return src
}
