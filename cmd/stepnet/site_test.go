package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestSiteUsage(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := siteRun([]string{"-nope"}, &out, &errOut); err == nil {
		t.Fatal("stepnet site -nope: no error")
	} else if _, ok := err.(usageError); !ok {
		t.Fatalf("stepnet site -nope: %v is not a usage error", err)
	}
	if err := siteRun([]string{"extra"}, &out, &errOut); err == nil || !strings.Contains(err.Error(), "extra") {
		t.Fatalf("stepnet site extra: %v", err)
	}
	err := siteRun([]string{"-root", t.TempDir(), "-out", t.TempDir(), "-plots=false", "-wasm=false"}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "notebooks") {
		t.Fatalf("a root without notebooks/: %v", err)
	}
}
