package main

import (
	"fmt"
	"os"
	"sync"
)

// pipeline identifies this build of dealbot to the index, which keeps the
// files it was built from (index.LibraryOptions.Pipeline): a warm restart
// of the same build neither parses nor tags them again, and another build
// does, since its parser or tagger may differ. The commit alone is not
// enough (a build of a modified tree), so the executable's size and time
// count too; "" (no executable found) reads every file.
var pipeline = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	st, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%s, %s, %d bytes, %s", version(), exe, st.Size(), st.ModTime().UTC().Format("2006-01-02T15:04:05.000000000Z"))
})
