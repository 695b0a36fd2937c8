package main

import (
	"context"
	"fmt"
	"io/fs"
	"runtime"

	"github.com/textgraph/textgraph/extract/model"
)

// version is the textgraph release; the build may override it with -ldflags.
var version = "0.1.0-dev"

func newVersionCommand() *Command {
	return &Command{
		Name:  "version",
		Short: "print the version and the embedded models",
		Run: func(ctx context.Context, env *Env, args []string) error {
			fmt.Fprintf(env.Stdout, "textgraph %s (%s, %s/%s)\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			if b, err := fs.ReadFile(model.FS(), "MANIFEST"); err == nil {
				fmt.Fprintf(env.Stdout, "\nembedded models:\n%s", b)
			} else {
				names, _ := fs.Glob(model.FS(), "*.gz")
				fmt.Fprintf(env.Stdout, "embedded models: %v\n", names)
			}
			return nil
		},
	}
}
