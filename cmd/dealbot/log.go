package main

import (
	"io"
	"log/slog"
	"sync"
)

// quietCommands print a result a script may read: they log warnings and
// errors only, unless DEALBOT_LOG_LEVEL asks for more.
var quietCommands = map[string]bool{"ask": true, "sources": true, "digest": true, "eval": true}

// newLogger is the one log of an invocation, in DEALBOT_LOG_FORMAT, to a
// sink that the console can move onto its terminal so that log lines never
// print over the prompt.
func newLogger(env config, cmd string, w io.Writer) (*slog.Logger, *logSink, error) {
	fallback := slog.LevelInfo
	if quietCommands[cmd] {
		fallback = slog.LevelWarn
	}
	level, err := env.logLevel(fallback)
	if err != nil {
		return nil, nil, err
	}
	asJSON, err := env.logJSON()
	if err != nil {
		return nil, nil, err
	}
	sink := &logSink{w: w, base: w}
	opts := &slog.HandlerOptions{Level: level}
	if asJSON {
		return slog.New(slog.NewJSONHandler(sink, opts)), sink, nil
	}
	return slog.New(slog.NewTextHandler(sink, opts)), sink, nil
}

// logSink is where log lines go; the console redirects it while it owns
// the terminal.
type logSink struct {
	mu   sync.Mutex
	w    io.Writer
	base io.Writer
}

func (s *logSink) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// redirect sends log lines to w, or back where they went first when w is
// nil.
func (s *logSink) redirect(w io.Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if w == nil {
		w = s.base
	}
	s.w = w
}
