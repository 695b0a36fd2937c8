package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// walkInputs calls fn for every regular file under paths (files are taken as
// given, directories recursively in lexical order, hidden entries skipped).
// Problems with a path are passed to bad and the walk goes on.
func walkInputs(paths []string, fn func(path string) error, bad func(path string, err error)) error {
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			bad(p, err)
			continue
		}
		if !fi.IsDir() {
			if err := fn(p); err != nil {
				return err
			}
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				bad(path, err)
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("walking %s: %w", p, err)
		}
		sort.Strings(files)
		for _, f := range files {
			if err := fn(f); err != nil {
				return err
			}
		}
	}
	return nil
}
