package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version describes this build from the build information Go embeds: the
// module version, the commit (marked when the tree had changes) and its
// time.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dealbot (no build information) " + runtime.Version()
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	v := "dealbot " + info.Main.Version
	if rev := settings["vcs.revision"]; rev != "" {
		v += " commit " + rev
		if settings["vcs.modified"] == "true" {
			v += " (modified)"
		}
	}
	if t := settings["vcs.time"]; t != "" {
		v += ", committed " + t
	}
	return v + ", " + info.GoVersion
}

func runVersion(stdout io.Writer) error {
	_, err := fmt.Fprintln(stdout, version())
	return err
}
