package slackfake

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strconv"
	"time"
)

// Signature returns Slack's v0 signature of body at timestamp ts, computed
// here independently of the code under test.
func Signature(secret, ts, body string) string {
	mac := hmac.New(sha256.New, []byte(secret))
	io.WriteString(mac, "v0:"+ts+":"+body)
	return "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// Sign sets the timestamp and signature headers Slack would send with
// body at time at.
func Sign(r *http.Request, secret, body string, at time.Time) {
	ts := strconv.FormatInt(at.Unix(), 10)
	r.Header.Set("X-Slack-Request-Timestamp", ts)
	r.Header.Set("X-Slack-Signature", Signature(secret, ts, body))
}
