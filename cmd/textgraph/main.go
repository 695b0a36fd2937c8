// Command textgraph turns news articles into a knowledge graph in which every
// edge can be traced to the sentence that supports it.
//
// Usage:
//
//	textgraph <command> [flags] [arguments]
//
// Run `textgraph help` for the list of commands and `textgraph help CMD` for
// one command's flags.
//
// Exit codes: 0 success; 1 failure; 2 usage error; 3 some inputs were bad and
// skipped (the rest was processed).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"

	"github.com/spf13/pflag"
)

// Command is one subcommand: its name, help and flags, and the function that
// runs it. Flags are registered on a FlagSet of the command's own.
type Command struct {
	Name  string
	Usage string // the argument synopsis after the name
	Short string // one line for the command list
	Long  string // the rest of `textgraph help NAME`
	Flags func(fs *pflag.FlagSet)
	Run   func(ctx context.Context, env *Env, args []string) error
}

// Env is what a command may touch: its streams. Tests replace them.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// StderrIsTerminal enables progress output.
	StderrIsTerminal bool
}

// usageError marks a command-line mistake (exit code 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// errPartial reports that some inputs were skipped (exit code 3).
var errPartial = errors.New("some inputs were skipped")

func commands() []*Command {
	return []*Command{
		newBuildCommand(),
		newExtractCommand(),
		newLoadCommand(),
		newExportCommand(),
		newQueryCommand(),
		newServeCommand(),
		newEntitiesCommand(),
		newParseCommand(),
		newTrainCommand(),
		newEvalCommand(),
		newVersionCommand(),
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, StderrIsTerminal: isTerminal(os.Stderr)}
	os.Exit(run(ctx, env, os.Args[1:]))
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// run dispatches args to a command and maps its error to an exit code. It is
// the only place that decides exit codes.
func run(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		printCommands(env.Stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		if len(args) > 1 {
			c := lookup(args[1])
			if c == nil {
				fmt.Fprintf(env.Stderr, "textgraph: unknown command %q\n", args[1])
				return 2
			}
			printHelp(env.Stdout, c)
			return 0
		}
		printCommands(env.Stdout)
		return 0
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(env.Stderr, "textgraph: unknown command %q (run 'textgraph help')\n", name)
		return 2
	}
	fs := pflag.NewFlagSet(c.Name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if c.Flags != nil {
		c.Flags(fs)
	}
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			printHelp(env.Stdout, c)
			return 0
		}
		fmt.Fprintf(env.Stderr, "textgraph %s: %v\n", c.Name, err)
		fmt.Fprintf(env.Stderr, "run 'textgraph help %s' for usage\n", c.Name)
		return 2
	}
	err := c.Run(ctx, env, fs.Args())
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errPartial):
		fmt.Fprintf(env.Stderr, "textgraph %s: %v\n", c.Name, err)
		return 3
	}
	fmt.Fprintf(env.Stderr, "textgraph %s: %v\n", c.Name, err)
	var ue usageError
	if errors.As(err, &ue) {
		return 2
	}
	return 1
}

func lookup(name string) *Command {
	for _, c := range commands() {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func printCommands(w io.Writer) {
	fmt.Fprintln(w, "textgraph turns news articles into a knowledge graph with provenance.")
	fmt.Fprintln(w, "\nUsage: textgraph <command> [flags] [arguments]\n\nCommands:")
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].Name < cs[j].Name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-9s %s\n", c.Name, c.Short)
	}
	fmt.Fprintln(w, "\nRun 'textgraph help <command>' for a command's flags.")
}

func printHelp(w io.Writer, c *Command) {
	fmt.Fprintf(w, "Usage: textgraph %s %s\n\n%s\n", c.Name, c.Usage, c.Short)
	if c.Long != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.Long))
	}
	fs := pflag.NewFlagSet(c.Name, pflag.ContinueOnError)
	if c.Flags != nil {
		c.Flags(fs)
	}
	if fs.HasFlags() {
		fmt.Fprintf(w, "\nFlags:\n%s", fs.FlagUsages())
	}
}
