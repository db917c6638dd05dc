package main

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// settingError is a setting dealbot cannot use: it names the variable,
// what was given (unless it is a secret) and a value that would work.
type settingError struct {
	name, given, want, example string
	secret                     bool
}

func (e settingError) Error() string {
	given := strconv.Quote(e.given)
	if e.secret {
		given = "(value not shown)"
	}
	return fmt.Sprintf("%s=%s: %s, e.g. %s=%s", e.name, given, e.want, e.name, e.example)
}

// badSetting is the error for a value of name that cannot be used.
func badSetting(name, given, want, example string) error {
	return settingError{name: name, given: given, want: want, example: example}
}

// check parses every setting once and reports all the bad ones together,
// before anything loads.
func (c config) check() error {
	return errors.Join( // nil for each good setting
		errOf(c.logLevel(0)),
		errOf(c.logJSON()),
		errOf(c.listenAddr()),
		errOf(c.rateLimit()),
		errOf(c.shutdownGrace()),
		errOf(c.feedInterval()),
		errOf(c.digestSchedule()),
		c.checkEmbedded(),
		c.checkSlackAPIURL(),
		c.checkFeeds(),
		errOf(c.allowHosts()),
		c.checkDatabase(),
	)
}

// errOf is the error of a setting's parser, whose value check does not
// need.
func errOf[T any](_ T, err error) error { return err }

// checkDatabase checks the form of DEALBOT_DATABASE_URL (whether the
// server answers is pgstore.Open's to say) and DEALBOT_TEAM_ID. The URL
// may hold a password: it is never shown.
func (c config) checkDatabase() error {
	var errs []error
	if c.DatabaseURL != "" {
		u, err := url.Parse(c.DatabaseURL)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") || u.Host == "" {
			errs = append(errs, settingError{name: "DEALBOT_DATABASE_URL", given: c.DatabaseURL, secret: true,
				want: "give a PostgreSQL URL", example: "postgres://dealbot:PASSWORD@db.internal:5432/dealbot"})
		}
	}
	if c.TeamID != "" && !teamIDPattern.MatchString(c.TeamID) {
		errs = append(errs, badSetting("DEALBOT_TEAM_ID", c.TeamID, "give a Slack team id", "T0123ABCD"))
	}
	return errors.Join(errs...)
}

var teamIDPattern = regexp.MustCompile(`^[TE][A-Z0-9]{2,30}$`)

// checkEmbedded accepts the usual spellings of yes and no.
func (c config) checkEmbedded() error {
	switch strings.ToLower(strings.TrimSpace(c.Embedded)) {
	case "", "true", "1", "yes", "on", "false", "0", "no", "off":
		return nil
	}
	return badSetting("DEALBOT_EMBEDDED", c.Embedded, "give true or false", "false")
}

// listenAddr is DEALBOT_ADDR checked: host:port, either part may be
// empty (":3000", "127.0.0.1:9090", "[::1]:3000").
func (c config) listenAddr() (string, error) {
	if c.Addr == "" {
		return "", nil
	}
	host, port, err := net.SplitHostPort(c.Addr)
	n, perr := strconv.Atoi(port)
	if err != nil || perr != nil || n < 0 || n > 65535 || strings.ContainsAny(host, " /") {
		example := ":3000"
		if _, err := strconv.Atoi(c.Addr); err == nil {
			example = ":" + c.Addr
		}
		return "", badSetting("DEALBOT_ADDR", c.Addr, "give host:port (the host may be left out)", example)
	}
	return c.Addr, nil
}

// checkSlackAPIURL wants an http or https URL with a host.
func (c config) checkSlackAPIURL() error {
	if c.SlackAPIURL == "" {
		return nil
	}
	if !isWebURL(c.SlackAPIURL) {
		return badSetting("SLACK_API_URL", c.SlackAPIURL, "give the Web API's http(s) base URL", "https://slack.com/api/")
	}
	return nil
}

// checkFeeds wants every feed to be an http or https URL.
func (c config) checkFeeds() error {
	for _, f := range c.Feeds {
		if !isWebURL(f) {
			return badSetting("DEALBOT_FEEDS", f, "give http(s) feed URLs, comma-separated", "https://example.com/trade.rss")
		}
	}
	return nil
}

func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// hostName is a DNS name: labels of letters, digits and hyphens.
var hostName = regexp.MustCompile(`^(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$`)

// allowHosts is DEALBOT_ALLOW_HOSTS checked: host names, IP addresses and
// CIDR ranges that may be fetched although they are private.
func (c config) allowHosts() (hostList, error) {
	var l hostList
	for _, h := range c.AllowHosts {
		if p, err := netip.ParsePrefix(h); err == nil {
			l.prefixes = append(l.prefixes, p.Masked())
			continue
		}
		if a, err := netip.ParseAddr(strings.Trim(h, "[]")); err == nil {
			l.prefixes = append(l.prefixes, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
			continue
		}
		if !hostName.MatchString(h) {
			return hostList{}, badSetting("DEALBOT_ALLOW_HOSTS", h, "give host names, IP addresses or CIDR ranges, comma-separated", "intranet.example.com,10.0.0.0/8")
		}
		l.names = append(l.names, strings.TrimSuffix(strings.ToLower(h), "."))
	}
	return l, nil
}

// hostList is DEALBOT_ALLOW_HOSTS parsed.
type hostList struct {
	names    []string
	prefixes []netip.Prefix
}

// indexDirFrom is DEALBOT_INDEX_DIR, or dealbot's folder in the user's
// cache directory ($XDG_CACHE_HOME, else ~/.cache), which is the default
// (so a start that cannot use it falls back to a temporary index); ""
// when there is no home either.
func indexDirFrom(get func(string) string) (dir string, isDefault bool) {
	if d := get("DEALBOT_INDEX_DIR"); d != "" {
		return d, false
	}
	if x := get("XDG_CACHE_HOME"); filepath.IsAbs(x) { // the XDG spec ignores a relative one
		return filepath.Join(x, "dealbot", "index"), true
	}
	if home := get("HOME"); home != "" {
		return filepath.Join(home, ".cache", "dealbot", "index"), true
	}
	return "", false
}

// defaultHTTPAddr is where HTTP mode listens when DEALBOT_ADDR is unset.
const defaultHTTPAddr = ":3000"
