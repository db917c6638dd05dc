package main

import (
	"bufio"
	"cmp"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/joho/godotenv"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/pgstore"
)

// config is every setting dealbot reads, from the environment and from a
// .env file in the working directory (the real environment wins). Each
// field holds the value as given; check says at once which are wrong, and
// the methods below turn them into what the parts need.
type config struct {
	IndexDir        string // DEALBOT_INDEX_DIR: persistent index; "" means a temporary one
	IndexDirDefault bool   // IndexDir is the user's cache directory, not a choice: fall back to a temporary index when it can't be used
	LogLevel        string // DEALBOT_LOG_LEVEL: debug, info, warn, error
	LogFormat       string // DEALBOT_LOG_FORMAT: text or json

	SlackBotToken      string // SLACK_BOT_TOKEN: xoxb-…, for the Web API
	SlackSigningSecret string // SLACK_SIGNING_SECRET: verifies HTTP requests; selects HTTP mode
	SlackAppToken      string // SLACK_APP_TOKEN: xapp-…; selects Socket Mode
	SlackAPIURL        string // SLACK_API_URL: Web API base; "" means https://slack.com/api/
	Addr               string // DEALBOT_ADDR: listen address; "" means :3000 in HTTP mode and none otherwise
	RateLimit          string // DEALBOT_RATE_LIMIT: questions a minute per Slack user; 0 or off: no limit
	ShutdownGrace      string // DEALBOT_SHUTDOWN_GRACE: how long a shutdown waits for replies in flight

	// Coverage that grows (see coverage.go).
	CorpusDir    string   // DEALBOT_CORPUS_DIR: folder of .md, .txt and .html documents, watched
	Embedded     string   // DEALBOT_EMBEDDED as given: true or false
	NoEmbedded   bool     // DEALBOT_EMBEDDED=false: leave the embedded coverage out
	Feeds        []string // DEALBOT_FEEDS: RSS/Atom URLs, comma-separated
	FeedKeywords []string // DEALBOT_FEED_KEYWORDS: comma-separated; an item must mention one
	FeedInterval string   // DEALBOT_FEED_INTERVAL: time between polls, e.g. 30m
	AllowHosts   []string // DEALBOT_ALLOW_HOSTS: private hosts or CIDRs that feeds and add may fetch
	StateDir     string   // DEALBOT_STATE_DIR: where dealbot keeps its state files (default: see stateDirFrom)

	// Several replicas (see database.go).
	DatabaseURL string // DEALBOT_DATABASE_URL: postgres://…; "" keeps state in files and coverage in folders
	TeamID      string // DEALBOT_TEAM_ID: the Slack team whose coverage is kept in the database; "" for one workspace a database

	DigestChannels []string // DEALBOT_DIGEST_CHANNELS: channel ids; none means no digest
	DigestTime     string   // DEALBOT_DIGEST_TIME: HH:MM, local to DigestTZ
	DigestTZ       string   // DEALBOT_DIGEST_TZ: IANA zone name

	envFileErr error       // why .env could not be read, logged once the log is set up
	db         *pgstore.DB // opened by run from DatabaseURL; nil without one
}

// loadEnv reads .env into the environment (what is already set wins) and
// returns the settings as given.
func loadEnv() config {
	err := godotenv.Load()
	if errors.Is(err, fs.ErrNotExist) {
		err = nil
	}
	c := configFrom(os.Getenv)
	c.envFileErr = err
	return c
}

func configFrom(get func(string) string) config {
	indexDir, indexDefault := indexDirFrom(get)
	return config{
		IndexDir:        indexDir,
		IndexDirDefault: indexDefault,
		LogLevel:        get("DEALBOT_LOG_LEVEL"),
		LogFormat:       get("DEALBOT_LOG_FORMAT"),

		SlackBotToken:      get("SLACK_BOT_TOKEN"),
		SlackSigningSecret: get("SLACK_SIGNING_SECRET"),
		SlackAppToken:      get("SLACK_APP_TOKEN"),
		SlackAPIURL:        get("SLACK_API_URL"),
		Addr:               get("DEALBOT_ADDR"),
		RateLimit:          get("DEALBOT_RATE_LIMIT"),
		ShutdownGrace:      get("DEALBOT_SHUTDOWN_GRACE"),

		CorpusDir:    get("DEALBOT_CORPUS_DIR"),
		Embedded:     get("DEALBOT_EMBEDDED"),
		NoEmbedded:   isFalse(get("DEALBOT_EMBEDDED")),
		Feeds:        splitList(get("DEALBOT_FEEDS")),
		FeedKeywords: splitList(get("DEALBOT_FEED_KEYWORDS")),
		FeedInterval: get("DEALBOT_FEED_INTERVAL"),
		AllowHosts:   splitList(get("DEALBOT_ALLOW_HOSTS")),
		StateDir:     stateDirFrom(get),

		DatabaseURL: strings.TrimSpace(get("DEALBOT_DATABASE_URL")),
		TeamID:      strings.TrimSpace(get("DEALBOT_TEAM_ID")),

		DigestChannels: splitList(get("DEALBOT_DIGEST_CHANNELS")),
		DigestTime:     cmp.Or(get("DEALBOT_DIGEST_TIME"), "09:00"),
		DigestTZ:       cmp.Or(get("DEALBOT_DIGEST_TZ"), "UTC"),
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

// digestSchedule is the validated digest configuration.
type digestSchedule struct {
	hour, minute int
	loc          *time.Location
}

// digestSchedule checks the digest settings and says which one is wrong.
func (c config) digestSchedule() (digestSchedule, error) {
	var s digestSchedule
	at, err := time.Parse("15:04", cmp.Or(c.DigestTime, "09:00"))
	if err != nil {
		return s, badSetting("DEALBOT_DIGEST_TIME", c.DigestTime, "give a 24-hour HH:MM time", "09:00")
	}
	s.hour, s.minute = at.Hour(), at.Minute()
	if s.loc, err = time.LoadLocation(cmp.Or(c.DigestTZ, "UTC")); err != nil {
		return s, badSetting("DEALBOT_DIGEST_TZ", c.DigestTZ, "give an IANA time zone", "Asia/Tokyo")
	}
	for _, ch := range c.DigestChannels {
		if !handlers.ValidChannelID(ch) {
			return s, badSetting("DEALBOT_DIGEST_CHANNELS", ch, "give channel ids (not names), comma-separated", "C0123ABCD,C0456EFGH")
		}
	}
	return s, nil
}

// logLevel is DEALBOT_LOG_LEVEL, or fallback when it is unset.
func (c config) logLevel(fallback slog.Level) (slog.Level, error) {
	if c.LogLevel == "" {
		return fallback, nil
	}
	var l slog.Level
	if err := l.UnmarshalText([]byte(c.LogLevel)); err != nil {
		return fallback, badSetting("DEALBOT_LOG_LEVEL", c.LogLevel, "give debug, info, warn or error", "info")
	}
	return l, nil
}

// logJSON is DEALBOT_LOG_FORMAT: text (the default) or json.
func (c config) logJSON() (bool, error) {
	switch strings.ToLower(strings.TrimSpace(c.LogFormat)) {
	case "", "text":
		return false, nil
	case "json":
		return true, nil
	}
	return false, badSetting("DEALBOT_LOG_FORMAT", c.LogFormat, "give text or json", "json")
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

// isFalse reports whether a setting says no: false, 0, no or off.
func isFalse(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "false", "0", "no", "off":
		return true
	}
	return false
}

// splitList splits a comma-separated setting, dropping blank items.
func splitList(v string) []string {
	var out []string
	for _, item := range strings.Split(v, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// feedInterval is DEALBOT_FEED_INTERVAL, 30 minutes when unset.
func (c config) feedInterval() (time.Duration, error) {
	if c.FeedInterval == "" {
		return 30 * time.Minute, nil
	}
	d, err := time.ParseDuration(c.FeedInterval)
	if err != nil || d < time.Minute {
		return 0, badSetting("DEALBOT_FEED_INTERVAL", c.FeedInterval, "give a duration of a minute or more", "30m")
	}
	return d, nil
}

// defaultRateLimit is the questions a minute a Slack user may ask when
// DEALBOT_RATE_LIMIT is unset: more than a person types, fewer than a
// script sends.
const defaultRateLimit = 10

// rateLimit is DEALBOT_RATE_LIMIT: questions a minute per user, 0 for none.
func (c config) rateLimit() (int, error) {
	v := strings.TrimSpace(c.RateLimit)
	switch {
	case v == "":
		return defaultRateLimit, nil
	case isFalse(v), strings.EqualFold(v, "none"):
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, badSetting("DEALBOT_RATE_LIMIT", c.RateLimit, "give the questions a minute each user may ask, or 0 for no limit", "10")
	}
	return n, nil
}

// shutdownGrace is DEALBOT_SHUTDOWN_GRACE, handlers.DefaultShutdownGrace
// when unset.
func (c config) shutdownGrace() (time.Duration, error) {
	if c.ShutdownGrace == "" {
		return handlers.DefaultShutdownGrace, nil
	}
	d, err := time.ParseDuration(c.ShutdownGrace)
	if err != nil || d <= 0 {
		return 0, badSetting("DEALBOT_SHUTDOWN_GRACE", c.ShutdownGrace, "give a duration", "8s")
	}
	return d, nil
}

// stateDirFrom is DEALBOT_STATE_DIR, or dealbot's folder in the user's
// state directory ($XDG_STATE_HOME, else ~/.local/state); "" when there
// is no home either.
func stateDirFrom(get func(string) string) string {
	if d := get("DEALBOT_STATE_DIR"); d != "" {
		return d
	}
	if x := get("XDG_STATE_HOME"); filepath.IsAbs(x) { // the XDG spec ignores a relative one
		return filepath.Join(x, "dealbot")
	}
	if home := get("HOME"); home != "" {
		return filepath.Join(home, ".local", "state", "dealbot")
	}
	return ""
}

// fetchGuard is the guard of every outbound fetch: public addresses, and
// those DEALBOT_ALLOW_HOSTS names.
func (c config) fetchGuard() (*corpus.Guard, error) {
	hosts, err := c.allowHosts()
	if err != nil {
		return nil, err
	}
	return corpus.NewGuard(hosts.names, hosts.prefixes), nil
}
