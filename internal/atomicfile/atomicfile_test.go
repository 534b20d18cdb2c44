package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFile: the data arrives whole, with the mode asked for, and no
// temporary file is left in the folder.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := WriteFile(path, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "hello" {
		t.Fatalf("read %q, %v; want hello", b, err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", st.Mode().Perm())
	}
	if names, _ := os.ReadDir(dir); len(names) != 1 {
		t.Errorf("%d files in the folder, want 1", len(names))
	}
}

// TestWriteFailsCleanly: when the writer fails half-way, the old file is
// untouched and the temporary one is gone.
func TestWriteFailsCleanly(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "model.json")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := Write(path, 0o600, func(w io.Writer) error {
		io.WriteString(w, "half")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("path holds %q, want the old content", b)
	}
	if names, _ := os.ReadDir(dir); len(names) != 1 {
		t.Errorf("%d files in the folder, want 1 (the temporary one removed)", len(names))
	}
}

func TestWriteNoFolder(t *testing.T) {
	if err := WriteFile(filepath.Join(t.TempDir(), "missing", "x"), nil, 0o644); err == nil {
		t.Error("writing into a missing folder: no error")
	}
}

// TestWriteModeBeforeRename: the mode is set on the open file, so a file
// written 0600 is never readable by others, even for an instant. (The fsync
// of the file before the rename and of the folder after it were checked with
// strace: fchmod, fsync(file), renameat, fsync(folder).)
func TestWriteModeBeforeRename(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.json")
	err := Write(path, 0o600, func(w io.Writer) error {
		f := w.(*os.File)
		st, err := f.Stat()
		if err != nil {
			return err
		}
		if st.Mode().Perm()&0o077 != 0 {
			t.Errorf("the temporary file is %v while written", st.Mode().Perm())
		}
		_, err = io.WriteString(w, "x")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", st.Mode().Perm())
	}
}
