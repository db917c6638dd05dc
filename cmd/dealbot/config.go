package main

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"strings"

	"github.com/joho/godotenv"
)

// config is every setting dealbot reads, from the environment and from a
// .env file in the working directory (the real environment wins).
type config struct {
	IndexDir string // DEALBOT_INDEX_DIR: persistent index; "" means a temporary one
	LogLevel string // DEALBOT_LOG_LEVEL: debug, info, warn, error
}

func loadEnv() config {
	if err := godotenv.Load(); err != nil && !errors.Is(err, fs.ErrNotExist) {
		slog.Warn("could not read .env", slog.Any("err", err))
	}
	return configFrom(os.Getenv)
}

func configFrom(get func(string) string) config {
	return config{
		IndexDir: get("DEALBOT_INDEX_DIR"),
		LogLevel: get("DEALBOT_LOG_LEVEL"),
	}
}

func (c config) logLevel() slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return slog.LevelInfo
	}
	return l
}

// eachLine calls fn for every line of r, trimmed, skipping blank lines.
func eachLine(r io.Reader, fn func(string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if err := fn(line); err != nil {
			return err
		}
	}
	return sc.Err()
}
