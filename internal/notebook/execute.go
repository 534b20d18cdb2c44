package notebook

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/stepnet/stepnet/pkg/lang"
)

// Jupyter returns the jupyter command to run: $STEPNET_JUPYTER if set, else Debian's /usr/bin/jupyter
// (which runs on Debian's /usr/bin/python3, where nbconvert and nbclient are installed, whatever
// python3 comes first on PATH), else jupyter from PATH.
func Jupyter() (string, error) {
	if j := os.Getenv("STEPNET_JUPYTER"); j != "" {
		return j, nil
	}
	if _, err := os.Stat("/usr/bin/jupyter"); err == nil {
		return "/usr/bin/jupyter", nil
	}
	j, err := exec.LookPath("jupyter")
	if err != nil {
		return "", fmt.Errorf("jupyter is not installed: run scripts/setup.sh")
	}
	return j, nil
}

// KernelInstalled tells whether Jupyter knows a kernel of that name ("gonb").
func KernelInstalled(jupyter, kernel string) error {
	cmd := exec.Command(jupyter, "kernelspec", "list", "--json")
	cmd.Env = jupyterEnv()
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("%s kernelspec list: %v", jupyter, err)
	}
	var specs struct {
		Kernelspecs map[string]any `json:"kernelspecs"`
	}
	if err := json.Unmarshal(out, &specs); err != nil {
		return fmt.Errorf("%s kernelspec list: %v", jupyter, err)
	}
	if _, ok := specs.Kernelspecs[kernel]; !ok {
		return fmt.Errorf("the %s kernel is not installed: run scripts/setup.sh", kernel)
	}
	return nil
}

// jupyterEnv is the environment for jupyter: silences a debugger warning of Debian's Python 3.11,
// and empties STEPNET_LANG, so that the kernels start in English whatever the shell says: a
// notebook's language is its own (the French notebooks' setup cell sets it), and its committed
// outputs do not depend on who executed it.
func jupyterEnv() []string {
	return append(os.Environ(), "PYDEVD_DISABLE_FILE_VALIDATION=1", lang.EnvVar+"=")
}

// Execute runs the notebook at path on its kernel with nbconvert, headless, and returns the executed
// notebook, written to outDir as well. The kernel starts in the notebook's folder (so the setup cell
// finds the checkout around it); errors in cells do not stop the run (Problems reports them).
// cellTimeout bounds each cell.
func Execute(ctx context.Context, jupyter, path, outDir string, cellTimeout time.Duration) (*Notebook, error) {
	name := strings.TrimSuffix(filepath.Base(path), ".ipynb")
	cmd := exec.CommandContext(ctx, jupyter, "nbconvert",
		"--to", "notebook", "--execute", "--allow-errors",
		fmt.Sprintf("--ExecutePreprocessor.timeout=%d", int(cellTimeout.Seconds())),
		"--output-dir", outDir, "--output", name, path)
	cmd.Env = jupyterEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("jupyter nbconvert --execute %s: %v\n%s", path, err, tail(stderr.String(), 20))
	}
	nb, err := Read(filepath.Join(outDir, name+".ipynb"))
	if err != nil {
		return nil, err
	}
	nb.Log = stderr.String()
	return nb, nil
}

// LogTail returns the last n lines of the notebook's execution log that are not Jupyter's own
// chatter, indented, for a message about a failed notebook ("" when there are none).
func (nb *Notebook) LogTail(n int) string {
	var keep []string
	for _, l := range strings.Split(nb.Log, "\n") {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "[NbConvertApp]") || strings.Contains(l, "Debugger warning") ||
			strings.HasPrefix(l, "0.00s - ") {
			continue
		}
		keep = append(keep, "    "+l)
	}
	if len(keep) > n {
		keep = keep[len(keep)-n:]
	}
	return strings.Join(keep, "\n")
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// Figures counts the image outputs (PNG or SVG) of an executed notebook.
func (nb *Notebook) Figures() int {
	n := 0
	for _, c := range nb.Cells {
		for _, o := range c.Outputs {
			data, _ := o["data"].(map[string]any)
			if data["image/png"] != nil || data["image/svg+xml"] != nil {
				n++
			}
		}
	}
	return n
}

// Problems lists what is wrong with an executed notebook: a code cell that did not run, an error
// output, a stderr stream reporting a panic or a failed program ("exit status": GoNB reports a
// runtime panic only there), fewer figures than the lesson declares. Each names the notebook's cell
// and, through where (the cells of the notebook built from the lesson, or nil), the lesson's line.
func Problems(name string, nb *Notebook, want *Notebook, figures int) []string {
	var out []string
	at := func(i int) string {
		s := fmt.Sprintf("%s: cell %d", name, i+1)
		if want != nil && i < len(want.Cells) {
			s += " (" + want.Cells[i].Where + ")"
		}
		return s
	}
	for i, c := range nb.Cells {
		if c.Kind != Code {
			continue
		}
		if c.ExecutionCount == nil {
			out = append(out, at(i)+": not executed")
		}
		for _, o := range c.Outputs {
			switch o["output_type"] {
			case "error":
				if ce := compileErrors(c.Outputs); ce != "" {
					out = append(out, fmt.Sprintf("%s: does not compile:\n%s", at(i), firstLines(ce, 8)))
				} else {
					out = append(out, fmt.Sprintf("%s: error:\n%s", at(i), firstLines(Text(o["ename"])+": "+Text(o["evalue"]), 8)))
				}
			case "stream":
				t := Text(o["text"])
				if o["name"] == "stderr" && (strings.Contains(t, "panic:") || strings.Contains(t, "exit status")) {
					out = append(out, fmt.Sprintf("%s: the program failed:\n%s", at(i), firstLines(ansiRE.ReplaceAllString(t, ""), 8)))
				}
			}
		}
	}
	if got := nb.Figures(); got < figures {
		out = append(out, fmt.Sprintf("%s: %d figures (PNG or SVG outputs), the lesson declares %d", name, got, figures))
	}
	return out
}

var (
	ansiRE = regexp.MustCompile(`\x1b\[[0-9;]*m`)
	tagRE  = regexp.MustCompile(`<[^>]*>`)
)

// compileErrors digs the compiler's messages out of the HTML GoNB shows for a cell that does not
// compile: "Cell[4]: Line 2" followed by "./main.go:10:6: undefined: x" becomes "line 2: undefined: x".
func compileErrors(outs []map[string]any) string {
	var msgs []string
	for _, o := range outs {
		data, _ := o["data"].(map[string]any)
		html := Text(data["text/html"])
		if !strings.Contains(html, "gonb-err-location") {
			continue
		}
		cellLine := ""
		for _, l := range strings.Split(html, "\n") {
			switch {
			case strings.Contains(l, `class="gonb-cell-line-info"`):
				t := tagRE.ReplaceAllString(l, "")
				if k := strings.Index(t, "Line "); k >= 0 {
					cellLine = "line " + strings.TrimSpace(t[k+len("Line "):]) + ": "
				}
			case strings.Contains(l, `class="gonb-err-location"`):
				t := strings.TrimSpace(tagRE.ReplaceAllString(l, ""))
				if k := strings.Index(t, ": "); k >= 0 && strings.HasPrefix(t, "./main.go:") {
					t = strings.TrimSpace(t[k+2:])
				}
				msgs = append(msgs, cellLine+t)
				cellLine = ""
			}
		}
	}
	return strings.Join(msgs, "\n")
}

// firstLines keeps the first n non-empty lines of s, indented.
func firstLines(s string, n int) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if len(keep) == n {
			keep = append(keep, "    …")
			break
		}
		keep = append(keep, "    "+l)
	}
	return strings.Join(keep, "\n")
}

// CellSeconds returns how long each code cell took to run, from the timings nbclient records in the
// cells' metadata (0 when missing).
func (nb *Notebook) CellSeconds() []float64 {
	out := make([]float64, len(nb.Cells))
	for i, c := range nb.Cells {
		ex, _ := c.Metadata["execution"].(map[string]any)
		start, e1 := time.Parse(time.RFC3339Nano, Text(ex["iopub.execute_input"]))
		end, e2 := time.Parse(time.RFC3339Nano, Text(ex["shell.execute_reply"]))
		if e1 == nil && e2 == nil {
			out[i] = end.Sub(start).Seconds()
		}
	}
	return out
}

// SlowestCell returns the index of the cell that ran longest and its seconds (0, 0 for a notebook
// without timings).
func (nb *Notebook) SlowestCell() (int, float64) {
	slow, slowest := 0, 0.0
	for i, s := range nb.CellSeconds() {
		if s > slowest {
			slow, slowest = i, s
		}
	}
	return slow, slowest
}

// TakeOutputs copies the outputs, execution counts and language_info of an executed notebook into nb
// (the notebook built from the lesson), cell by cell; the two must have the same cells. A figure's or
// an HTML block's text/plain copy is dropped (gophernotes adds one: a PNG's bytes as decimal numbers,
// hundreds of kilobytes per figure that no reader wants).
func (nb *Notebook) TakeOutputs(ex *Notebook) error {
	if len(ex.Cells) != len(nb.Cells) {
		return fmt.Errorf("the executed notebook has %d cells, want %d", len(ex.Cells), len(nb.Cells))
	}
	for i := range nb.Cells {
		if ex.Cells[i].Source != nb.Cells[i].Source {
			return fmt.Errorf("cell %d of the executed notebook differs from the generated one", i+1)
		}
		nb.Cells[i].ExecutionCount, nb.Cells[i].Outputs = ex.Cells[i].ExecutionCount, ex.Cells[i].Outputs
		for _, out := range nb.Cells[i].Outputs {
			dropPlainCopy(out)
		}
	}
	if li, ok := ex.Metadata["language_info"]; ok {
		nb.Metadata["language_info"] = li
	}
	return nil
}

// richTypes are the outputs a notebook shows instead of their text/plain copy.
var richTypes = []string{"image/png", "image/svg+xml", "text/html", "text/markdown"}

// dropPlainCopy removes the text/plain entry of a display output that also has a rich type.
func dropPlainCopy(out map[string]any) {
	data, ok := out["data"].(map[string]any)
	if !ok {
		return
	}
	for _, t := range richTypes {
		if _, ok := data[t]; ok {
			delete(data, "text/plain")
			return
		}
	}
}
