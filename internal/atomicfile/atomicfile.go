// Package atomicfile writes files so that a reader, or a run stopped by
// Ctrl-C, an error or a power cut, never finds half a file: the data goes to
// a temporary file in the same folder, which is flushed to the disk (fsync)
// before it is renamed over the path; then the folder is flushed too, so that
// the rename itself survives a power cut. Without the first fsync, a file
// system may commit the rename before the data and leave an empty model.
package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
)

// Write calls write on a temporary file next to path and, if it succeeds,
// gives the file mode perm, flushes it to the disk, closes it and renames it
// to path, then flushes the folder. On any error the temporary file is
// removed and path is left as it was.
func Write(path string, perm os.FileMode, write func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = write(f)
	if err == nil {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync() // the data on the disk before the rename can be
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(dir)
}

// syncDir flushes the folder's entries (the rename). A file system that
// cannot sync a folder (some network and Windows ones) says EINVAL or
// similar: the file itself is already safe then, so that is not an error.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

// WriteFile writes data to path with Write.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return Write(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}
