package main

import (
	"bufio"
	"cmp"
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

	SlackBotToken      string // SLACK_BOT_TOKEN: xoxb-…, for the Web API
	SlackSigningSecret string // SLACK_SIGNING_SECRET: verifies HTTP requests; selects HTTP mode
	SlackAppToken      string // SLACK_APP_TOKEN: xapp-…; selects Socket Mode
	SlackAPIURL        string // SLACK_API_URL: Web API base; "" means https://slack.com/api/
	Addr               string // DEALBOT_ADDR: HTTP listen address in HTTP mode
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

		SlackBotToken:      get("SLACK_BOT_TOKEN"),
		SlackSigningSecret: get("SLACK_SIGNING_SECRET"),
		SlackAppToken:      get("SLACK_APP_TOKEN"),
		SlackAPIURL:        get("SLACK_API_URL"),
		Addr:               cmp.Or(get("DEALBOT_ADDR"), ":3000"),
	}
}

// mode is how dealbot meets its users.
type mode string

const (
	modeSocket  mode = "socket"  // Slack over Socket Mode (SLACK_APP_TOKEN)
	modeHTTP    mode = "http"    // Slack over HTTP (SLACK_SIGNING_SECRET)
	modeConsole mode = "console" // no Slack credentials: the local console
)

func (c config) mode() mode {
	switch {
	case c.SlackAppToken != "":
		return modeSocket
	case c.SlackSigningSecret != "":
		return modeHTTP
	default:
		return modeConsole
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
