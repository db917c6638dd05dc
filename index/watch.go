package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// maxDelay bounds how long a stream of changes (a large copy) can hold a
// reload back.
const maxDelay = 2 * time.Second

// Watch follows the corpus folder and its subfolders until ctx ends: after
// files are added, changed, renamed or deleted, and the folder has been
// quiet for the debounce time (at most maxDelay after the first change), it
// reloads. Searches go on meanwhile and see each document either before or
// after its change (see Sync). Hidden files, editor backups ("~")
// and swap files do not trigger a reload. Without a folder Watch returns
// at once.
func (l *Library) Watch(ctx context.Context) error {
	if l.opts.Dir == "" {
		return nil
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch %s: %w", l.opts.Dir, err)
	}
	defer w.Close()
	l.watchFolders(w)
	l.opts.Log.Info("watching the corpus folder", slog.String("dir", l.opts.Dir))

	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var first time.Time // of the changes not yet reloaded; zero when none
	schedule := func() {
		now := time.Now()
		if first.IsZero() {
			first = now
		}
		wait := min(l.opts.Debounce, maxDelay-now.Sub(first))
		timer.Reset(max(wait, 0))
	}
	// What changed between the last reload and the watches being set
	// made no event: look once.
	schedule()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if ignored(ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
					l.watchFolders(w) // files may land in it before the next reload
				}
			}
			schedule()
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				l.opts.Log.Warn("too many changes at once; reloading the whole folder")
				schedule()
				continue
			}
			l.opts.Log.Warn("watching the corpus folder", slog.Any("err", err))
		case <-timer.C:
			first = time.Time{}
			if _, err := l.Reload(ctx, nil); err != nil && ctx.Err() == nil {
				l.opts.Log.Error("reload failed; serving the previous coverage", slog.Any("err", err))
			}
			l.watchFolders(w)
		}
	}
}

// watchFolders adds a watch for every folder of the tree not yet watched
// (fsnotify watches one folder, not its subfolders) and drops the watches
// of folders gone.
func (l *Library) watchFolders(w *fsnotify.Watcher) {
	current := map[string]bool{}
	for _, dir := range l.folders() {
		current[dir] = true
		if err := w.Add(dir); err != nil {
			l.opts.Log.Warn("cannot watch a folder", slog.String("dir", dir), slog.Any("err", err))
		}
	}
	for _, dir := range w.WatchList() {
		if !current[dir] {
			w.Remove(dir) // may be gone already: nothing to do then
		}
	}
}

// ignored reports whether a changed path is an editor's or a writer's
// scratch file: hidden, a backup ("name~") or a swap file.
func ignored(path string) bool {
	base := filepath.Base(path)
	return isHidden(path) || strings.HasSuffix(base, "~") || strings.HasSuffix(base, ".swp") || strings.HasSuffix(base, ".swx")
}

func isHidden(path string) bool {
	return strings.HasPrefix(filepath.Base(path), ".")
}
