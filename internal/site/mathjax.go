package site

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// The MathJax the site carries: one pinned version of the npm package,
// checked against the integrity the registry publishes for it (the
// "integrity" field of `npm view mathjax@3.2.2 dist`), never fetched by the
// pages themselves. Only two files of the package are copied: the bundle
// with every TeX extension and SVG output (glyphs drawn as paths, so no web
// font is loaded, which also works from file://) and its licence.
const (
	MathJaxVersion   = "3.2.2"
	MathJaxIntegrity = "sha512-Bt+SSVU8eBG27zChVewOicYs7Xsdt40qm4+UpHyX7k0/O9NliPc+x77k1/FEsPsjKPZGJvtRZM1vO+geW0OhGw=="
	mathJaxBundle    = "es5/tex-svg-full.js"
)

// mathJaxTarball is the file name `npm pack` gives the package.
var mathJaxTarball = "mathjax-" + MathJaxVersion + ".tgz"

// MathJaxPackage returns the path of the pinned MathJax tarball in cacheDir,
// running `npm pack mathjax@VERSION` there when it is missing, and checks
// its integrity (a file that does not match is an error, and is removed so
// that the next build fetches it again).
func MathJaxPackage(cacheDir string, log io.Writer) (string, error) {
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(cacheDir, mathJaxTarball)
	if _, err := os.Stat(path); err != nil {
		npm, lerr := exec.LookPath("npm")
		if lerr != nil {
			return "", fmt.Errorf("MathJax %s is not in %s and npm is missing to fetch it (Debian: apt-get install npm; `make site` does it)", MathJaxVersion, cacheDir)
		}
		fmt.Fprintf(log, "site: npm pack mathjax@%s (once; cached in %s)\n", MathJaxVersion, cacheDir)
		cmd := exec.Command(npm, "pack", "mathjax@"+MathJaxVersion, "--silent")
		cmd.Dir = cacheDir
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			return "", fmt.Errorf("npm pack mathjax@%s: %v\n%s", MathJaxVersion, err, stderr.String())
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if got := Integrity(b); got != MathJaxIntegrity {
		os.Remove(path)
		return "", fmt.Errorf("%s: integrity %s, want the pinned %s (file removed)", path, got, MathJaxIntegrity)
	}
	return path, nil
}

// Integrity is npm's integrity string of a tarball: "sha512-" and the
// base64 of its SHA-512.
func Integrity(b []byte) string {
	sum := sha512.Sum512(b)
	return "sha512-" + base64.StdEncoding.EncodeToString(sum[:])
}

// copyMathJax writes the bundle and the licence of the tarball into dir.
func copyMathJax(tarball, dir string) (int64, error) {
	f, err := os.Open(tarball)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return 0, fmt.Errorf("%s: %v", tarball, err)
	}
	want := map[string]string{"package/" + mathJaxBundle: filepath.Base(mathJaxBundle), "package/LICENSE": "LICENSE"}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	var size int64
	tr := tar.NewReader(gz)
	for len(want) > 0 {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return 0, fmt.Errorf("%s: %v", tarball, err)
		}
		name, ok := want[h.Name]
		if !ok {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return 0, err
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return 0, err
		}
		size += int64(len(b))
		delete(want, h.Name)
	}
	if len(want) > 0 {
		var missing []string
		for k := range want {
			missing = append(missing, k)
		}
		return 0, fmt.Errorf("%s lacks %s", tarball, strings.Join(missing, ", "))
	}
	return size, nil
}

// mathJaxHead is what a lesson page's <head> carries to typeset $…$ and
// $$…$$ with the site's own copy (rel is the path up to the site's root).
func mathJaxHead(rel string) string {
	return `<script>window.MathJax = {
  tex: {inlineMath: [["$", "$"]], displayMath: [["$$", "$$"]], processEscapes: true},
  options: {enableMenu: false, ignoreHtmlClass: "tex2jax_ignore"},
  svg: {fontCache: "global"}
};</script>
<script defer src="` + rel + `mathjax/` + filepath.Base(mathJaxBundle) + `" id="MathJax-script"></script>
`
}
