package grade

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzNotebookPackage feeds the extraction of a student's exercise functions
// any bytes a collected notebook file can hold (a class folder comes from
// sixty students' JupyterHub homes): it must give a package or say the
// notebook is broken (or nil for a notebook without exercises), never panic.
func FuzzNotebookPackage(f *testing.F) {
	for _, s := range []string{
		`{"cells":[{"cell_type":"code","source":"func myNeuron(x []float64) float64 { return 0 }\n"}]}`,
		`{"cells":[{"cell_type":"code","source":["%%\n","check.Neuron(myNeuron)\n"]}]}`,
		`{"cells":[{"cell_type":"code","source":["import \"fmt\"\n","func f() {\n"]}]}`,
		`{"cells":[{"cell_type":"code","source":7}]}`,
		`{"cells":null}`, `{}`, `[]`, ``, `{"cells":[{"cell_type":"code","source":"%%\n%%\n!ls\n"}]}`,
	} {
		f.Add([]byte(s))
	}
	root := f.TempDir()
	path := filepath.Join(root, "01-single-neuron.ipynb")
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		notebookPackage(root, path)
	})
}
