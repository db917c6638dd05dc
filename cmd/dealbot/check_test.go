package main

import (
	"context"
	"net"
	"strings"
	"testing"
)

// TestBadSettings: every setting dealbot cannot use stops the start with
// the variable's name, what was given and an example of a good value.
func TestBadSettings(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"LogLevel", map[string]string{"DEALBOT_LOG_LEVEL": "verbose"}, `DEALBOT_LOG_LEVEL="verbose": give debug, info, warn or error, e.g. DEALBOT_LOG_LEVEL=info`},
		{"LogFormat", map[string]string{"DEALBOT_LOG_FORMAT": "xml"}, `DEALBOT_LOG_FORMAT="xml": give text or json, e.g. DEALBOT_LOG_FORMAT=json`},
		{"Embedded", map[string]string{"DEALBOT_EMBEDDED": "nope"}, `DEALBOT_EMBEDDED="nope": give true or false, e.g. DEALBOT_EMBEDDED=false`},
		{"AddrPortOnly", map[string]string{"DEALBOT_ADDR": "3000"}, `DEALBOT_ADDR="3000": give host:port (the host may be left out), e.g. DEALBOT_ADDR=:3000`},
		{"AddrBadPort", map[string]string{"DEALBOT_ADDR": "localhost:http-ish"}, `DEALBOT_ADDR="localhost:http-ish": give host:port (the host may be left out), e.g. DEALBOT_ADDR=:3000`},
		{"RateLimit", map[string]string{"DEALBOT_RATE_LIMIT": "lots"}, `DEALBOT_RATE_LIMIT="lots": give the questions a minute each user may ask, or 0 for no limit, e.g. DEALBOT_RATE_LIMIT=10`},
		{"ShutdownGrace", map[string]string{"DEALBOT_SHUTDOWN_GRACE": "8"}, `DEALBOT_SHUTDOWN_GRACE="8": give a duration, e.g. DEALBOT_SHUTDOWN_GRACE=8s`},
		{"FeedInterval", map[string]string{"DEALBOT_FEED_INTERVAL": "10s"}, `DEALBOT_FEED_INTERVAL="10s": give a duration of a minute or more, e.g. DEALBOT_FEED_INTERVAL=30m`},
		{"DigestTime", map[string]string{"DEALBOT_DIGEST_TIME": "9am"}, `DEALBOT_DIGEST_TIME="9am": give a 24-hour HH:MM time, e.g. DEALBOT_DIGEST_TIME=09:00`},
		{"DigestTZ", map[string]string{"DEALBOT_DIGEST_TZ": "Mars/Olympus"}, `DEALBOT_DIGEST_TZ="Mars/Olympus": give an IANA time zone, e.g. DEALBOT_DIGEST_TZ=Asia/Tokyo`},
		{"DigestChannels", map[string]string{"DEALBOT_DIGEST_CHANNELS": "C1,#general"}, `DEALBOT_DIGEST_CHANNELS="#general": give channel ids (not names), comma-separated, e.g. DEALBOT_DIGEST_CHANNELS=C0123ABCD,C0456EFGH`},
		{"SlackAPIURL", map[string]string{"SLACK_API_URL": "slack.com/api"}, `SLACK_API_URL="slack.com/api": give the Web API's http(s) base URL, e.g. SLACK_API_URL=https://slack.com/api/`},
		{"Feeds", map[string]string{"DEALBOT_FEEDS": "https://example.com/a.rss,ftp://example.com/b"}, `DEALBOT_FEEDS="ftp://example.com/b": give http(s) feed URLs, comma-separated, e.g. DEALBOT_FEEDS=https://example.com/trade.rss`},
		{"AllowHosts", map[string]string{"DEALBOT_ALLOW_HOSTS": "10.0.0.0/8,intra net"}, `DEALBOT_ALLOW_HOSTS="intra net": give host names, IP addresses or CIDR ranges, comma-separated, e.g. DEALBOT_ALLOW_HOSTS=intranet.example.com,10.0.0.0/8`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := configFrom(func(k string) string { return tt.env[k] }).check()
			if err == nil || err.Error() != tt.want {
				t.Errorf("err = %v\nwant %s", err, tt.want)
			}
		})
	}
	t.Run("AllAtOnce", func(t *testing.T) {
		env := map[string]string{"DEALBOT_LOG_LEVEL": "verbose", "DEALBOT_EMBEDDED": "nope", "DEALBOT_ADDR": "3000"}
		err := configFrom(func(k string) string { return env[k] }).check()
		for _, name := range []string{"DEALBOT_LOG_LEVEL", "DEALBOT_EMBEDDED", "DEALBOT_ADDR"} {
			if err == nil || !strings.Contains(err.Error(), name) {
				t.Errorf("err = %v, want one naming %s too", err, name)
			}
		}
	})
	t.Run("StopsTheStart", func(t *testing.T) {
		_, _, err := runEnv(t, config{LogLevel: "verbose"}, "ask", "How big is the fund?")
		if err == nil || !strings.Contains(err.Error(), "DEALBOT_LOG_LEVEL") {
			t.Errorf("err = %v, want the bad log level before any answer", err)
		}
	})
}

func TestGoodSettings(t *testing.T) {
	env := map[string]string{
		"DEALBOT_LOG_LEVEL": "DEBUG", "DEALBOT_LOG_FORMAT": "json", "DEALBOT_EMBEDDED": "off",
		"DEALBOT_ADDR": "[::1]:9090", "DEALBOT_RATE_LIMIT": "off", "DEALBOT_SHUTDOWN_GRACE": "2s",
		"DEALBOT_FEED_INTERVAL": "1h", "DEALBOT_DIGEST_TIME": "7:30", "DEALBOT_DIGEST_TZ": "America/New_York",
		"SLACK_API_URL": "http://127.0.0.1:9/api/", "DEALBOT_FEEDS": "https://example.com/a.rss",
		"DEALBOT_ALLOW_HOSTS": "intranet.example.com, 10.0.0.0/8, 192.168.1.7, fd00::/8",
	}
	c := configFrom(func(k string) string { return env[k] })
	if err := c.check(); err != nil {
		t.Fatal(err)
	}
	hosts, _ := c.allowHosts()
	if len(hosts.names) != 1 || len(hosts.prefixes) != 3 {
		t.Errorf("allow list = %+v, want one name and three ranges", hosts)
	}
}

// TestSlackUnreachable: Slack that cannot be reached is reported as such,
// not as a refused token.
func TestSlackUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/api/"
	ln.Close() // nothing listens there any more: connections are refused
	env := config{SlackBotToken: "xoxb-1", SlackAppToken: "xapp-1", SlackAPIURL: closed, StateDir: t.TempDir()}
	err = run(context.Background(), nil, env, strings.NewReader(""), &strings.Builder{}, &strings.Builder{})
	if err == nil || !strings.Contains(err.Error(), "could not reach Slack at "+closed) || strings.Contains(err.Error(), "refused (token") {
		t.Errorf("err = %v, want Slack unreachable, not a token problem", err)
	}
}
