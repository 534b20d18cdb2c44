// Package atomicfile writes files so that a reader, or a run stopped by
// Ctrl-C or an error, never finds half a file: the data goes to a temporary
// file in the same folder, renamed over the path only once complete.
package atomicfile

import (
	"io"
	"os"
	"path/filepath"
)

// Write calls write on a temporary file next to path and, if it and the
// file's Close succeed, gives the file mode perm and renames it to path. On
// any error the temporary file is removed and path is left as it was.
func Write(path string, perm os.FileMode, write func(w io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, perm)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// WriteFile writes data to path with Write.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
